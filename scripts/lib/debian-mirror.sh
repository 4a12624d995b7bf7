# Prints the Debian mirror this machine's apt already uses, so that scripts that
# need another suite (bookworm-backports, trixie) reuse it instead of naming a host.
# Reads deb822 files first (Debian 12's default), then one-line sources.list files.
# shellcheck shell=bash

debian_mirror() {
  local f uri
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -r "$f" ] || continue
    # The first URIs: line of a stanza whose Suites are Debian's (not security).
    uri=$(awk '
      /^URIs:/   { u = $2 }
      /^Suites:/ { if ($0 !~ /security/ && u != "") { print u; exit } }
      /^$/       { u = "" }' "$f")
    if [ -n "$uri" ]; then echo "${uri%/}"; return 0; fi
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -r "$f" ] || continue
    uri=$(awk '$1 == "deb" && $0 !~ /security/ {
                 for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; exit } }' "$f")
    if [ -n "$uri" ]; then echo "${uri%/}"; return 0; fi
  done
  return 1
}

# Runs apt-get with a private configuration for one suite of the mirror, with its
# own lists and cache under $1, so that the system's sources and state stay as they are.
#   private_apt CACHE SUITE apt-get-arguments...
private_apt() {
  local cache=$1 suite=$2
  shift 2
  local mirror
  mirror=$(debian_mirror) || { echo "error: no Debian mirror found in /etc/apt sources" >&2; return 1; }
  mkdir -p "$cache/apt/lists/partial" "$cache/apt/archives/partial" "$cache/apt/etc"
  printf 'deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] %s %s main\n' \
    "$mirror" "$suite" >"$cache/apt/etc/sources.list"
  apt-get -q \
    -o Dir::Etc::SourceList="$cache/apt/etc/sources.list" \
    -o Dir::Etc::SourceParts="-" \
    -o Dir::State::Lists="$cache/apt/lists" \
    -o Dir::State::Status="/var/lib/dpkg/status" \
    -o Dir::Cache="$cache/apt" \
    -o Dir::Cache::Archives="$cache/apt/archives" \
    -o APT::Get::List-Cleanup=0 \
    -o Debug::NoLocking=1 \
    -o APT::Sandbox::User="$(id -un)" \
    "$@"
}
