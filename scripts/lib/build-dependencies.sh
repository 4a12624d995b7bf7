# The Debian packages oxt needs, by name: one list for building, one for testing.
# shellcheck shell=bash

# To build `oxt` (Catch2 v3 comes separately: see install_catch2_v3).
build_packages=(
  g++ cmake ninja-build pkg-config git
  nlohmann-json3-dev libsimdjson-dev libasio-dev libtree-sitter-dev libspdlog-dev libcli11-dev
  libssl-dev libzip-dev libcurl4-openssl-dev
)

# tree-sitter's C# grammar (npm package tree-sitter-c-sharp, pinned in
# deps/tree-sitter-c-sharp/package.json): the C sources the server compiles to read
# the developer's <Ext>.cs. Only the sources are used, so no install script runs.
install_npm_build_dependencies() {
  # By command, not package: Node.js from another source (with its own npm) will do.
  command -v node >/dev/null 2>&1 || install_packages nodejs
  command -v npm >/dev/null 2>&1 || install_packages npm
  if [ ! -f deps/tree-sitter-c-sharp/node_modules/tree-sitter-c-sharp/src/parser.c ]; then
    echo "==> npm ci (deps/tree-sitter-c-sharp)" >&2
    (cd deps/tree-sitter-c-sharp && npm ci --ignore-scripts --no-audit --no-fund >&2)
  fi
}

# To run the whole test suite: lint tools, and a C compiler and Node.js for the
# tree-sitter CLI (`generate` evaluates grammar.js with Node.js; `test` compiles
# the parser with cc), clang with its runtime (libFuzzer) for the fuzzers, and
# Mono's C# compiler with System.Data to compile the generated C# (tests/codegen).
test_packages=(
  clang-format clang-tidy gcc clang libclang-rt-dev
  mono-mcs libmono-system-data4.0-cil nginx-light python3
)
