# The language servers the benchmark against the peers measures oxt against
# (bench/peers/package.json, pinned by its package-lock.json): buf,
# yaml-language-server, vscode-langservers-extracted. Used by scripts/bench and the
# `bench` step of scripts/test.
# shellcheck shell=bash

install_bench_peers() {
  # By command, not package: Node.js from another source (with its own npm) will do.
  command -v node >/dev/null 2>&1 || install_packages nodejs
  command -v npm >/dev/null 2>&1 || install_packages npm
  command -v python3 >/dev/null 2>&1 || install_packages python3
  # Install scripts are not needed: npm installs buf's native binary for this
  # platform as an optional dependency (@bufbuild/buf-linux-x64, …).
  if [ ! -f bench/peers/node_modules/.package-lock.json ] ||
    [ bench/peers/package-lock.json -nt bench/peers/node_modules/.package-lock.json ]; then
    echo "==> npm ci (bench/peers)" >&2
    (cd bench/peers && npm ci --ignore-scripts --no-audit --no-fund >&2)
  fi
}
