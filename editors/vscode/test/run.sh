#!/usr/bin/env bash
# The VS Code extension's tests: compiles it, checks the TextMate grammar, packages
# the .vsix and checks its contents, then drives `oxt lsp` as the extension's
# client library does. Needs `npm ci` done here first (editors/test.sh does it).
#   editors/vscode/test/run.sh [path/to/oxt]     (default: build/dev/bin/oxt)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
oxt="$(realpath "${1:-$here/../../build/dev/bin/oxt}")"
cd "$here"
echo "--- vscode: compile (tsc)"
npx tsc -p .
echo "--- vscode: the extension's code with a fake vscode API"
node test/extension_test.js
echo "--- vscode: TextMate grammar (vscode-tmgrammar-test)"
npx vscode-tmgrammar-test -g syntaxes/oxt.tmLanguage.json 'test/grammar/*.test.oxt'
node test/grammar/examples_check.js
echo "--- vscode: package (vsce) and check the .vsix"
mkdir -p build
npx vsce package --skip-license --allow-missing-repository -o build/oxt.vsix >build/vsce.log 2>&1 \
  || { cat build/vsce.log; exit 1; }
node test/vsix_check.js build/oxt.vsix
echo "--- vscode: the client against oxt lsp"
node test/client/lsp_client_test.js "$oxt"
