#!/usr/bin/env bash
# The editor packages' tests, each in its real editor (or, for VS Code, its real
# client libraries) against the built `oxt lsp`:
#   vscode  TextMate grammar (vscode-tmgrammar-test), the .vsix's contents, and
#           the protocol client (vscode-languageserver-protocol) on a test file
#   nvim    headless Neovim (Debian's package, 0.7.2 on Debian 12) with the plugin
#   emacs   oxt-mode.el byte-compiled without warnings; ERT in batch Emacs with Eglot
# Installs what is missing (Debian: neovim emacs-nox elpa-eglot unzip, nodejs npm;
# npm: editors/vscode's locked packages), builds `oxt` when it is not built.
#
#   editors/test.sh [vscode|nvim|emacs]...     (default: all three)
# Environment: OXT=path/to/oxt (default build/dev/bin/oxt).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/lib/install-packages.sh

all=(vscode nvim emacs)
editors=("$@")
[ ${#editors[@]} -eq 0 ] && editors=("${all[@]}")
for e in "${editors[@]}"; do
  case " ${all[*]} " in
    *" $e "*) ;;
    *) echo "editors/test.sh: unknown editor '$e' (editors: ${all[*]})" >&2; exit 2 ;;
  esac
done

set -e
packages=(unzip)
for e in "${editors[@]}"; do
  case $e in
    nvim) packages+=(neovim) ;;
    emacs) packages+=(emacs-nox elpa-eglot) ;;
  esac
done
install_packages "${packages[@]}"
# As scripts/test: Node.js and npm by name only when missing (a machine may have
# them from elsewhere, where Debian's npm package conflicts).
command -v node >/dev/null 2>&1 || install_packages nodejs
command -v npm >/dev/null 2>&1 || install_packages npm
oxt="${OXT:-build/dev/bin/oxt}"
if [ ! -x "$oxt" ]; then
  echo "==> building oxt ($oxt is missing)" >&2
  cmake --preset dev >/dev/null && cmake --build --preset dev --target oxt
fi
oxt="$(realpath "$oxt")"
if [[ " ${editors[*]} " == *" vscode "* ]] && [ ! -d editors/vscode/node_modules/vscode-languageclient ]; then
  echo "==> npm ci (editors/vscode)" >&2
  (cd editors/vscode && npm ci --ignore-scripts --no-audit --no-fund >&2)
fi
set +e

failed=()
for e in "${editors[@]}"; do
  printf '\n==> editors: %s\n' "$e"
  if ! "editors/$e/test/run.sh" "$oxt"; then
    failed+=("$e")
    echo "--> editors: $e FAILED"
  fi
done
echo
if [ ${#failed[@]} -gt 0 ]; then
  echo "editors/test.sh: failed: ${failed[*]}"
  exit 1
fi
echo "editors/test.sh: ${editors[*]} passed"
