#!/usr/bin/env bash
# oxt-mode's tests: byte-compiles oxt-mode.el (warnings are errors), then ERT in
# Emacs batch (Debian's emacs-nox and elpa-eglot) against `oxt lsp`.
#   editors/emacs/test/run.sh [path/to/oxt]     (default: build/dev/bin/oxt)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
oxt="$(realpath "${1:-$here/../../build/dev/bin/oxt}")"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
echo "--- emacs: $(emacs --version | head -1), byte-compile oxt-mode.el"
cp "$here/oxt-mode.el" "$out/"
emacs --batch -Q -L "$out" --eval '(setq byte-compile-error-on-warn t)' \
  -f batch-byte-compile "$out/oxt-mode.el"
echo "--- emacs: ERT with eglot against oxt lsp"
# Debian's elpa-* packages (eglot and the newer project, xref it needs), which -Q
# does not load.
elpa=()
for dir in /usr/share/emacs/site-lisp/elpa/*/; do elpa+=(-L "$dir"); done
OXT="$oxt" timeout 120 emacs --batch -Q "${elpa[@]}" -L "$here" -l eglot -l "$here/test/oxt-mode-test.el" -f ert-run-tests-batch-and-exit
