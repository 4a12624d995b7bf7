#!/usr/bin/env bash
# Compiles generated C# projects with Mono's C# compiler (mcs) against the
# stand-in of the OutSystems runtime API in runtime_stand_in/ (the real assemblies
# are proprietary and ship with the Platform Server).
#
#   compile_csharp.sh FOLDER...
#
# Each FOLDER (a `Source/NET` folder) is compiled on its own into a library, from
# every *.cs file in it, with the settings of the generated .csproj: its XML
# documentation file (so a doc comment that is not well-formed XML is reported),
# warning level 4 and warnings 1591 and 1587 off. Other warnings are errors: the
# generated code compiles without any.
#
# Exit code 0 when every folder compiles; 1 with the compiler's messages when one
# does not; 2 when the compiler or a .NET assembly it needs is not installed (the
# message names the Debian package). $MCS names the compiler (default: mcs on PATH).
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mcs=${MCS:-mcs}

if [ $# -eq 0 ]; then
  echo "usage: compile_csharp.sh FOLDER..." >&2
  exit 2
fi
if ! command -v "$mcs" >/dev/null 2>&1; then
  echo "error: Mono's C# compiler '$mcs' is not installed: install the Debian package mono-mcs" \
       "(scripts/test installs it)" >&2
  exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/oxt-compile-csharp.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The compiler's messages, with a hint when a .NET assembly is missing.
explain() {
  cat "$1"
  if grep -q "error CS0006: Metadata file \`System.Data.dll' could not be found" "$1"; then
    echo "error: Mono's System.Data.dll is not installed: install the Debian package" \
         "libmono-system-data4.0-cil (scripts/test installs it)"
    return 2
  fi
  return 1
}

references=(-r:System.Data.dll -r:System.Xml.dll)
standin="$work/OutSystems.RuntimeStandIn.dll"
if ! "$mcs" -nologo -target:library -warnaserror -out:"$standin" "${references[@]}" \
    "$here"/runtime_stand_in/*.cs >"$work/log" 2>&1; then
  echo "the stand-in of the OutSystems runtime API does not compile:"
  explain "$work/log"
  exit $?
fi

status=0
n=0
for folder in "$@"; do
  n=$((n + 1))
  shopt -s nullglob
  sources=("$folder"/*.cs)
  shopt -u nullglob
  if [ ${#sources[@]} -eq 0 ]; then
    echo "FAILED: $folder: no *.cs files"
    status=1
    continue
  fi
  if "$mcs" -nologo -target:library -warn:4 -warnaserror -nowarn:1591,1587 \
      -out:"$work/project$n.dll" -doc:"$work/project$n.xml" \
      "${references[@]}" -r:"$standin" "${sources[@]}" >"$work/log" 2>&1; then
    echo "compiled: $folder (${#sources[@]} files)"
  else
    echo "FAILED: $folder does not compile:"
    explain "$work/log"
    case $? in
      2) exit 2 ;;
      *) status=1 ;;
    esac
  fi
done
exit $status
