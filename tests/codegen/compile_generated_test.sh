#!/usr/bin/env bash
# The project `oxt generate` writes compiles: for every example (examples/*/*.oxt)
# and codegen fixture (tests/fixtures/codegen/*.oxt), generates into a temporary
# folder and compiles Source/NET and Templates/NET with compile_csharp.sh (Mono's
# mcs against the stand-in of the OutSystems runtime API).
#
#   compile_generated_test.sh OXT_EXECUTABLE SOURCE_DIR
#
# So that it cannot pass without compiling anything, it also checks that a
# generated project whose class no longer implements its interface, and a doc
# comment that is not well-formed XML, are refused, and that a missing compiler
# fails with the name of its Debian package. A missing mcs fails the test (it is
# not skipped): scripts/test installs mono-mcs.
set -uo pipefail

if [ $# -ne 2 ]; then
  echo "usage: compile_generated_test.sh OXT_EXECUTABLE SOURCE_DIR" >&2
  exit 2
fi
oxt=$1
source_dir=$2
compile="$source_dir/tests/codegen/compile_csharp.sh"

work=$(mktemp -d "${TMPDIR:-/tmp}/oxt-compile-generated.XXXXXX")
trap 'rm -rf "$work"' EXIT

failures=0
fail() {
  echo "FAILED: $*"
  failures=$((failures + 1))
}

# Generate every example and fixture, each in a folder of its own (a copy of the
# example's folder, so that its resources are there as beside the original).
shopt -s nullglob
inputs=("$source_dir"/examples/*/*.oxt "$source_dir"/tests/fixtures/codegen/*.oxt)
shopt -u nullglob
[ ${#inputs[@]} -ge 4 ] || fail "expected at least 4 .oxt files, found ${#inputs[@]}"
projects=()
for input in "${inputs[@]}"; do
  name=$(basename "$input" .oxt)
  mkdir -p "$work/$name"
  cp -R "$(dirname "$input")"/. "$work/$name/"
  if ! "$oxt" generate "$work/$name/$name.oxt" >"$work/generate.log" 2>&1; then
    fail "oxt generate $input:"
    cat "$work/generate.log"
    continue
  fi
  # The folder is named after the extension, which need not be the file's name.
  folder=$(find "$work/$name" -mindepth 3 -maxdepth 3 -path '*/Source/NET' -type d | head -n 1)
  if [ -z "$folder" ]; then
    fail "oxt generate $input wrote no Source/NET folder"
    continue
  fi
  projects+=("$folder" "${folder%/Source/NET}/Templates/NET")
done

"$compile" "${projects[@]}" || fail "a generated project does not compile (messages above)"

# The checks above can fail: a class that does not implement its interface...
broken="$work/broken-interface"
mkdir -p "$broken"
cp "${projects[0]}"/*.cs "$broken/"
implementation=$(grep -l "public class Css" "$broken"/*.cs | head -n 1)
sed -i '0,/public void Mss/s//public void Xss/' "$implementation"
if "$compile" "$broken" >"$work/broken.log" 2>&1; then
  fail "a project whose class does not implement its interface compiled"
elif ! grep -q "error CS0535" "$work/broken.log"; then
  fail "a project whose class does not implement its interface: expected error CS0535"
  cat "$work/broken.log"
fi

# ...a doc comment that is not well-formed XML...
broken="$work/broken-doc"
mkdir -p "$broken"
cp "${projects[0]}"/*.cs "$broken/"
printf 'namespace Broken {\r\n\t/// <summary>a < b</summary>\r\n\tpublic class Doc {}\r\n}\r\n' \
  >"$broken/Broken.cs"
if "$compile" "$broken" >"$work/broken.log" 2>&1; then
  fail "a doc comment that is not well-formed XML compiled"
elif ! grep -q "error CS1570" "$work/broken.log"; then
  fail "a doc comment that is not well-formed XML: expected error CS1570"
  cat "$work/broken.log"
fi

# ...and a compiler that is not there.
if MCS="$work/no-such-mcs" "$compile" "${projects[0]}" >"$work/missing.log" 2>&1; then
  fail "compile_csharp.sh passed without a compiler"
elif ! grep -q "mono-mcs" "$work/missing.log"; then
  fail "compile_csharp.sh without a compiler does not name the package mono-mcs"
  cat "$work/missing.log"
fi

if [ $failures -ne 0 ]; then
  echo "$failures failure(s)"
  exit 1
fi
echo "every generated project compiles (${#projects[@]} folders); broken ones do not"
