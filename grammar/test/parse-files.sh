#!/usr/bin/env bash
# Checks the .oxt text that lives outside the corpus: every example
# (examples/*/*.oxt) and every complete ```oxt block of docs/language.md
# (```oxt-fragment blocks are skipped) must parse without ERROR or MISSING
# nodes. Prints the offending node and exits with 1 otherwise.
#
# Usage, from anywhere in the repository: grammar/test/parse-files.sh
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# A config naming any parser directory keeps the CLI from warning that none
# is configured; the grammar itself is found in the current directory.
printf '{"parser-directories": ["%s"]}\n' "$tmp" > "$tmp/config.json"
export TREE_SITTER_DIR=$tmp

# One file per block, named after the line where the block starts.
mkdir "$tmp/docs"
awk -v dir="$tmp/docs" '
  !open && /^```oxt[ \t]*$/ { open = 1; file = sprintf("%s/language.md:%d.oxt", dir, NR + 1); printf "" > file; next }
  open && /^```/ { open = 0; close(file); next }
  open { print > file }
' "$root/docs/language.md"

shopt -s nullglob
files=("$root"/examples/*/*.oxt "$tmp"/docs/*.oxt)
echo "parsing ${#files[@]} files: examples/*/*.oxt and the oxt blocks of docs/language.md"
cd "$root/grammar"
"$root/scripts/tree-sitter" parse --quiet "${files[@]}"
echo "no syntax errors"
