# Installs Debian packages that are missing, by name, with apt-get.
# Used by scripts/setup (build dependencies) and scripts/test (test dependencies).
# shellcheck shell=bash

# Runs a command as root: directly when we are root (CI), through sudo otherwise.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "error: '$*' needs root and sudo is not installed" >&2
    return 1
  fi
}

package_installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q '^install ok installed$'
}

apt_updated=""
apt_update_once() {
  if [ -z "$apt_updated" ]; then
    echo "==> apt-get update" >&2
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
    apt_updated=yes
  fi
}

# install_packages [--target-release SUITE] PKG...
install_packages() {
  local release=()
  if [ "${1:-}" = --target-release ]; then
    release=(-t "$2")
    shift 2
  fi
  local missing=() p
  for p in "$@"; do package_installed "$p" || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  apt_update_once
  echo "==> installing ${missing[*]}" >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "${release[@]}" "${missing[@]}" >&2
}

# The major version of a package apt would install (candidate), or 0.
candidate_major() {
  apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ { split($2, v, /[.:-]/); print (v[1] ~ /^[0-9]+$/ ? v[1] : 0); exit }'
}

# Catch2 v3: Ubuntu 24.04 and Debian 13 have it in their main suite; Debian 12 has
# 2.13 there and 3.7 in bookworm-backports, which we enable on the mirror apt
# already uses (read from the system's sources; no host name is written here).
install_catch2_v3() {
  if grep -qs 'PACKAGE_VERSION "3' /usr/lib/cmake/Catch2/Catch2ConfigVersion.cmake \
    /usr/lib/*/cmake/Catch2/Catch2ConfigVersion.cmake; then
    return 0
  fi
  apt_update_once
  if [ "$(candidate_major catch2)" -ge 3 ] 2>/dev/null; then
    install_packages catch2
    return
  fi
  local codename
  codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
  if [ "$codename" != bookworm ]; then
    echo "error: this system offers no Catch2 v3 package (catch2 >= 3); install it and retry" >&2
    return 1
  fi
  local list=/etc/apt/sources.list.d/oxt-bookworm-backports.sources mirror
  if ! grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    mirror=$(debian_mirror) || { echo "error: no Debian mirror found in /etc/apt sources" >&2; return 1; }
    echo "==> enabling bookworm-backports (for Catch2 v3) in $list" >&2
    printf 'Types: deb\nURIs: %s\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
      "$mirror" | as_root tee "$list" >/dev/null
    apt_updated=""
    apt_update_once
  fi
  # Debian 12's catch2 2.13 and 3.x share the package name; take the backport.
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    -t bookworm-backports catch2 >&2
}
