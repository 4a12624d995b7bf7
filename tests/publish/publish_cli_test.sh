#!/usr/bin/env bash
# End to end, with the real executable: `oxt publish` of every example to a dir
# target, `oxt versions` lists them back, and the failures the user meets at the
# command line (already published, unwritable target, compile errors) leave the
# target as it was, with exit codes and messages that name the cause.
#   publish_cli_test.sh OXT SOURCE_DIR
set -u
oxt=$(realpath "$1") source=$(realpath "$2")
work=$(mktemp -d "${TMPDIR:-/tmp}/oxt-publish-cli.XXXXXX")
trap 'rm -rf "$work"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }

if ! command -v mcs >/dev/null 2>&1; then
  echo "FAIL: Mono's C# compiler mcs is not installed: install the Debian package mono-mcs"
  exit 1
fi
cp -r "$source/examples" "$work/ws"
cd "$work/ws" || exit 1
mcs -nologo -target:library -out:"$work/StandIn.dll" -r:System.Data.dll -r:System.Xml.dll \
  "$source"/tests/codegen/runtime_stand_in/*.cs || exit 1
echo "a file, not a folder" >"$work/blocked"
cat >oxt.json <<JSON
{
  "targets": {
    "platform": {"type": "dir", "path": "platform", "default": true},
    "blocked": {"type": "dir", "path": "$work/blocked/platform"}
  },
  "compile": {"references": ["$work/StandIn.dll"]}
}
JSON

# Every example is published; versions lists them with their @version.
for oxtfile in */*.oxt; do
  name=$(basename "$oxtfile" .oxt)
  version=$(sed -n 's/^@version("\(.*\)")$/\1/p' "$oxtfile")
  out=$("$oxt" publish "$oxtfile" 2>&1)
  code=$?
  [ $code -eq 0 ] || fail "publish $oxtfile exited $code: $out"
  grep -q "^\[6/6\] Publish: platform" <<<"$out" || fail "no progress line for Publish: $out"
  grep -q "^$name $version published to 'platform'" <<<"$out" || fail "no summary: $out"
  [ -f "platform/$name/$version/$name-$version.oxtpkg" ] || fail "$name $version not in the target"
done
listed=$("$oxt" versions)
[ "$(grep -c "sha256:" <<<"$listed")" -eq 3 ] || fail "versions does not list 3 versions: $listed"
grep -q "^MortgageLib 1.0.0 " <<<"$listed" || fail "versions does not list MortgageLib 1.0.0: $listed"
only=$("$oxt" versions MortgageLib/MortgageLib.oxt)
[ "$(wc -l <<<"$only")" -eq 1 ] || fail "versions FILE lists other extensions: $only"

snapshot() { (cd platform && find . -type f -print0 | sort -z | xargs -0 sha256sum); }
before=$(snapshot)

# Already published: refused (exit 1) unless --force.
out=$("$oxt" publish MortgageLib/MortgageLib.oxt 2>&1)
code=$?
[ $code -eq 1 ] || fail "publishing a published version exited $code"
grep -q "already published.*--force" <<<"$out" || fail "no 'already published' message: $out"
[ "$(snapshot)" = "$before" ] || fail "a refused publish changed the target"
"$oxt" publish --force MortgageLib/MortgageLib.oxt >/dev/null 2>&1 || fail "--force did not publish"

# A dry run packs and publishes nothing.
sed -i 's/@version("1.0.0")/@version("1.1.0")/' MortgageLib/MortgageLib.oxt
before=$(snapshot)
out=$("$oxt" publish --dry-run MortgageLib/MortgageLib.oxt 2>&1) || fail "--dry-run failed: $out"
[ -f MortgageLib/MortgageLib/Build/MortgageLib-1.1.0.oxtpkg ] || fail "--dry-run did not pack"
[ "$(snapshot)" = "$before" ] || fail "--dry-run changed the target"

# An unwritable target: exit 2, the folder named, nothing written.
out=$("$oxt" publish --target blocked MortgageLib/MortgageLib.oxt 2>&1)
code=$?
[ $code -eq 2 ] || fail "publishing to an unwritable target exited $code"
grep -q "Publish failed at Upload: cannot create the target folder '$work/blocked/platform'" <<<"$out" ||
  fail "no message naming the unwritable folder: $out"
[ "$(cat "$work/blocked")" = "a file, not a folder" ] || fail "the blocking file changed"

# A compile error: exit 1, file:line:col of the C# error.
impl=MortgageLib/MortgageLib/Source/NET/MortgageLib.cs
line=$(grep -n "public void Mss" "$impl" | head -1 | cut -d: -f1)
line=$((line + 1))
sed -i "${line}i int broken = undefinedRate;" "$impl"
out=$("$oxt" publish MortgageLib/MortgageLib.oxt 2>&1)
code=$?
[ $code -eq 1 ] || fail "a compile error exited $code"
grep -q "MortgageLib.cs:$line:[0-9]*: error CS0103" <<<"$out" || fail "no C# error on line $line: $out"
grep -q "Publish failed at Compile: The compiler exited with errors." <<<"$out" || fail "no Compile failure: $out"
[ "$(snapshot)" = "$before" ] || fail "a failed compile changed the target"

[ $status -eq 0 ] && echo "ok: publish and versions from the command line"
exit $status
