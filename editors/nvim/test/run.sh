#!/usr/bin/env bash
# The Neovim plugin's test: headless Neovim (Debian's package) with only this
# plugin on its runtimepath, against `oxt lsp`.
#   editors/nvim/test/run.sh [path/to/oxt]     (default: build/dev/bin/oxt)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
oxt="$(realpath "${1:-$here/../../build/dev/bin/oxt}")"
echo "--- nvim: $(nvim --version | head -1) against oxt lsp"
OXT="$oxt" timeout 120 nvim --headless -u NONE -i NONE --cmd "set rtp^=$here" \
  -c "luafile $here/test/run.lua" 2>&1
