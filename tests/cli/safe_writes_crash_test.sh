#!/usr/bin/env bash
# Safe writes, end to end: `oxt generate` and `oxt publish` to a dir target are
# killed (SIGKILL) at every durable step of a run (OXT_TEST_KILL_AT_STEP=N, the
# test hook of support/atomic_write.h) and after random short delays; each time
# every output must be its old bytes or its new bytes (those of an uninterrupted
# run), a published version folder complete or absent, and the next run must
# finish the job and leave no temporary file behind.
#   safe_writes_crash_test.sh OXT ACTIONS RANDOM_KILLS SWEEP
# ACTIONS: the size of the extension; RANDOM_KILLS: kills after a random delay
# (within an uninterrupted run's time) of each command; SWEEP: 1 to kill at every
# durable step (a run per step: keep ACTIONS small), 0 not to.
set -u
oxt=$(realpath "$1")
actions=$2 randomKills=$3 sweep=$4
work=$(mktemp -d "${TMPDIR:-/tmp}/oxt-crash-$$.XXXXXX")
trap 'rm -rf "$work"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }

# An extension of N actions (the shape of bench/generated_extension.cpp), so that
# the generated files are large and a kill lands in the middle of a run.
extension() { # actions version
  echo "@version(\"$2\")"
  echo "extension Big {"
  local i
  for ((i = 0; i < $1; i++)); do
    if ((i % 10 == 0)); then
      printf '    structure Rec%d {\n        Id: Integer\n        Label: Text(100)\n    }\n\n' "$i"
    fi
    printf '    /// Action number %d.\n    action Act%d {\n        input Name: Text\n' "$i" "$i"
    printf '        input Item: Rec%d\n        output Result: List<Rec%d>\n    }\n\n' \
      $((i - i % 10)) $((i - i % 10))
  done
  echo "}"
}

# The files of a folder with their SHA-256, one "hash  path" line each.
hashes() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 -r sha256sum); }
temporaries() { find "$1" -name '.*.oxt-tmp-*' | wc -l; }

# (The shell's "Killed" notices go to /dev/null with the command's output.)
run_killed_at_step() { # step command...
  { OXT_TEST_KILL_AT_STEP=$1 "${@:2}" >/dev/null 2>&1; } 2>/dev/null
}
run_killed_after() { # seconds command...
  "${@:2}" >/dev/null 2>&1 &
  local pid=$!
  sleep "$1"
  kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
}
# How many kills after a random delay landed before the run's end.
interrupted=0

# ---------------------------------------------------------------- oxt generate
mkdir -p "$work/old"
extension "$actions" 1.0.0 >"$work/old/Big.oxt"
"$oxt" generate "$work/old/Big.oxt" >/dev/null || { echo "FAIL: first generate"; exit 1; }
extension $((actions + actions / 2)) 1.0.0 >"$work/v2.oxt"
cp -a "$work/old" "$work/new"
cp "$work/v2.oxt" "$work/new/Big.oxt"
start=$(date +%s%N)
"$oxt" generate "$work/new/Big.oxt" >/dev/null || { echo "FAIL: uninterrupted generate"; exit 1; }
generateNs=$(($(date +%s%N) - start))
for part in Source/NET Templates/NET; do
  hashes "$work/old/Big/$part" >"$work/old-${part%%/*}.sums"
  hashes "$work/new/Big/$part" >"$work/new-${part%%/*}.sums"
done
cmp -s "$work/old-Source.sums" "$work/new-Source.sums" && fail "v2 changes nothing"
cat "$work/old-Source.sums" "$work/old-Templates.sums" | cut -d' ' -f1 | sort -u >"$work/old-hashes"

# Every output file is complete: its old bytes or its new bytes; backups are
# copies of old files; anything else is a temporary file, not an output.
check_generation() { # folder what
  local folder=$1 what=$2 part line name hash
  for part in Source Templates; do
    while read -r hash name; do
      if [[ $(basename "$name") == .*.oxt-tmp-* ]]; then continue; fi
      if ! grep -q "^$hash  $name\$" "$work/old-$part.sums" &&
        ! grep -q "^$hash  $name\$" "$work/new-$part.sums"; then
        fail "$what: $part/NET/$name is neither the old nor the new file"
      fi
    done < <(hashes "$folder/Big/$part/NET")
    while read -r line; do
      name=${line#*  }
      [ -f "$folder/Big/$part/NET/$name" ] || fail "$what: $part/NET/$name is missing"
    done <"$work/old-$part.sums"
  done
  if [ -d "$folder/Big/Backups" ]; then
    while read -r hash name; do
      [[ $(basename "$name") == .*.oxt-tmp-* ]] && continue
      grep -qx "$hash" "$work/old-hashes" || fail "$what: backup $name is not a copy of an old file"
    done < <(hashes "$folder/Big/Backups")
  fi
}
# The next run completes the update and removes what the killed run left.
check_rerun() { # folder what
  "$oxt" generate "$1/Big.oxt" >/dev/null 2>&1 || fail "$2: the next generate failed"
  for part in Source Templates; do
    hashes "$1/Big/$part/NET" | cmp -s - "$work/new-$part.sums" ||
      fail "$2: after the next run, $part/NET differs from an uninterrupted run"
  done
  [ "$(temporaries "$1/Big")" -eq 0 ] || fail "$2: temporary files left after the next run"
}

changed=$(cat "$work"/new-*.sums | grep -vxFf <(cat "$work"/old-*.sums) | wc -l)
step=1 generateSteps=0 killedMidFile=0
while [ "$sweep" = 1 ]; do
  rm -rf "$work/run" && cp -a "$work/old" "$work/run" && cp "$work/v2.oxt" "$work/run/Big.oxt"
  run_killed_at_step "$step" "$oxt" generate "$work/run/Big.oxt"
  code=$?
  if [ $code -eq 0 ]; then
    check_generation "$work/run" "generate, not killed"
    generateSteps=$((step - 1))
    break
  fi
  [ $code -eq 137 ] || { fail "generate killed at step $step exited $code"; break; }
  [ "$(temporaries "$work/run/Big")" -gt 0 ] && killedMidFile=$((killedMidFile + 1))
  check_generation "$work/run" "generate killed at step $step"
  check_rerun "$work/run" "generate killed at step $step"
  step=$((step + 1))
  [ $step -gt 500 ] && { fail "generate never finished"; break; }
done
if [ "$sweep" = 1 ]; then
  # Two steps per written file (flushed; renamed), and its backup's two.
  [ "$generateSteps" -ge $((2 * changed)) ] ||
    fail "generate had $generateSteps durable steps for $changed changed files"
  [ "$killedMidFile" -gt 0 ] || fail "no kill left a temporary file (the hook is not before renames)"
fi

for ((i = 1; i <= randomKills; i++)); do
  delay=$(awk -v ns="$generateNs" -v r="$RANDOM" 'BEGIN { printf "%.4f", ns / 1e9 * r / 32768 }')
  rm -rf "$work/run" && cp -a "$work/old" "$work/run" && cp "$work/v2.oxt" "$work/run/Big.oxt"
  run_killed_after "$delay" "$oxt" generate "$work/run/Big.oxt"
  cat <(hashes "$work/run/Big/Source/NET") <(hashes "$work/run/Big/Templates/NET") |
    cmp -s - <(cat "$work/new-Source.sums" "$work/new-Templates.sums") ||
    interrupted=$((interrupted + 1))
  check_generation "$work/run" "generate killed after ${delay}s"
  check_rerun "$work/run" "generate killed after ${delay}s"
done
echo "generate: $generateSteps durable steps, each killed; $randomKills random kills" \
  "(uninterrupted run $((generateNs / 1000000)) ms; $interrupted landed before its end)"
interrupted=0

# ---------------------------------------------------------------- oxt publish
printf 'not a real assembly\n' >"$work/fake.dll"
mkdir -p "$work/pub"
extension "$actions" 1.0.0 >"$work/pub/Big.oxt"
cat >"$work/pub/oxt.json" <<JSON
{
  "targets": {"platform": {"type": "dir", "path": "platform"}},
  "compile": {"command": ["cp", "$work/fake.dll", "{out}"]}
}
JSON
(cd "$work/pub" && "$oxt" publish Big.oxt >/dev/null 2>&1) || { echo "FAIL: first publish"; exit 1; }
cp "$work/pub/platform/index.json" "$work/old-index.json"

# A version folder is complete (package, its SHA-256, manifest) or absent; the
# index is whole and lists only versions that are there; nothing else is visible.
check_target() { # platform expected-version what
  local target=$1 version=$2 what=$3 folder entry
  for folder in "$target"/Big/*; do
    [ -d "$folder" ] || continue
    entry=$(basename "$folder")
    [ "$entry" = 1.0.0 ] || [ "$entry" = "$version" ] || fail "$what: unexpected version $entry"
    [ "$(ls -A "$folder" | wc -l)" -eq 3 ] || fail "$what: $entry is not complete: $(ls -A "$folder")"
    [ "$(cut -d' ' -f1 "$folder/Big-$entry.oxtpkg.sha256" 2>/dev/null)" = \
      "$(sha256sum <"$folder/Big-$entry.oxtpkg" | cut -d' ' -f1)" ] ||
      fail "$what: the package of $entry does not match its SHA-256"
    [ "$(tail -c 2 "$folder/manifest.json")" = "}" ] || fail "$what: manifest of $entry cut short"
  done
  [ -f "$target/Big/1.0.0/Big-1.0.0.oxtpkg" ] || fail "$what: 1.0.0 disappeared"
  if ! cmp -s "$target/index.json" "$work/old-index.json"; then
    [ "$(tail -c 2 "$target/index.json")" = "}" ] || fail "$what: index.json cut short"
    grep -q "\"$version\"" "$target/index.json" && [ ! -d "$target/Big/$version" ] &&
      fail "$what: index.json lists $version, which is not there"
  fi
  for entry in "$target"/* "$target"/Big/*; do
    case $(basename "$entry") in
      Big | index.json | 1.0.0 | "$version") ;;
      *) fail "$what: unexpected visible entry $entry" ;;
    esac
  done
}
check_republish() { # folder version what
  (cd "$1" && "$oxt" publish --force Big.oxt >/dev/null 2>&1) || fail "$3: the next publish failed"
  check_target "$1/platform" "$2" "$3, then published again"
  grep -q "\"$2\"" "$1/platform/index.json" || fail "$3: index.json does not list $2 after a publish"
  [ "$(find "$1/platform" "$1/Big" -name '.*' | wc -l)" -eq 0 ] ||
    fail "$3: leftovers after the next publish: $(find "$1/platform" "$1/Big" -name '.*')"
}

for scenario in "1.1.0 new-version" "1.0.0 force-replace"; do
  read -r version name <<<"$scenario"
  extension $((actions + actions / 2)) "$version" >"$work/pub-v2.oxt"
  force=() && [ "$version" = 1.0.0 ] && force=(--force)
  step=1
  while [ "$sweep" = 1 ]; do
    rm -rf "$work/prun" && cp -a "$work/pub" "$work/prun" && cp "$work/pub-v2.oxt" "$work/prun/Big.oxt"
    (cd "$work/prun" && run_killed_at_step "$step" "$oxt" publish "${force[@]}" Big.oxt)
    code=$?
    if [ $code -eq 0 ]; then
      check_target "$work/prun/platform" "$version" "publish ($name), not killed"
      echo "publish ($name): $((step - 1)) durable steps, each killed"
      break
    fi
    [ $code -eq 137 ] || { fail "publish ($name) killed at step $step exited $code"; break; }
    check_target "$work/prun/platform" "$version" "publish ($name) killed at step $step"
    check_republish "$work/prun" "$version" "publish ($name) killed at step $step"
    step=$((step + 1))
    [ $step -gt 500 ] && { fail "publish never finished"; break; }
  done
done

# Random kills of `publish --force` of 1.0.0 (the last scenario's definition).
rm -rf "$work/prun" && cp -a "$work/pub" "$work/prun" && cp "$work/pub-v2.oxt" "$work/prun/Big.oxt"
start=$(date +%s%N)
(cd "$work/prun" && "$oxt" publish --force Big.oxt >/dev/null 2>&1) || fail "uninterrupted publish"
publishNs=$(($(date +%s%N) - start))
for ((i = 1; i <= randomKills; i++)); do
  delay=$(awk -v ns="$publishNs" -v r="$RANDOM" 'BEGIN { printf "%.4f", ns / 1e9 * r / 32768 }')
  rm -rf "$work/prun" && cp -a "$work/pub" "$work/prun" && cp "$work/pub-v2.oxt" "$work/prun/Big.oxt"
  (cd "$work/prun" && run_killed_after "$delay" "$oxt" publish --force Big.oxt)
  [ -z "$(find "$work/prun/platform" -newer "$work/prun/Big.oxt" -name Big-1.0.0.oxtpkg)" ] &&
    interrupted=$((interrupted + 1))
  check_target "$work/prun/platform" 1.0.0 "publish killed after ${delay}s"
  check_republish "$work/prun" 1.0.0 "publish killed after ${delay}s"
done
echo "publish: $randomKills random kills (uninterrupted run $((publishNs / 1000000)) ms;" \
  "$interrupted landed before the new version was in place)"
exit $status
