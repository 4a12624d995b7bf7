"""Pathological input against the real `oxt lsp` and `oxt check`/`oxt fmt`
(support/limits.h, docs/security.md): a 20 MB file, a file of one 1 MB line, a file
of 100,000 nested braces, and a message nested 1,000 levels deep. After each, the
server still answers requests on a small file; the user is told what was refused.

    limits_test.py OXT
"""
import os
import shutil
import subprocess
import sys
import tempfile
import pathlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lsp_process import LspProcess  # noqa: E402

oxt = os.path.abspath(sys.argv[1])
work = pathlib.Path(tempfile.mkdtemp(prefix="oxt-limits-%d-" % os.getpid()))
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL:", what)


def uri(name):
    return (work / name).as_uri()


small = "extension Small {\n    action Ping {\n        input Count: Integer\n    }\n}\n"
actions = "".join("    action A%d {\n        input P%d: Text\n    }\n" % (i, i)
                  for i in range(400000))
files = {
    "Small.oxt": small,
    "Big.oxt": "extension Big {\n" + actions + "}\n",                     # ~21 MB
    "Line.oxt": "extension Line {\n    action A {}\n    // " + "x" * (1 << 20) + "\n}\n",
    "Nested.oxt": "extension Nested {\n" + "{" * 100000 + "\n}\n",
}
for name, text in files.items():
    (work / name).write_text(text)
check(len(files["Big.oxt"]) > 20_000_000, "the big file is over 20 MB")

# What the user is told, per file: (a phrase of the diagnostic at 1:1, or None when
# the file is read as usual).
refused = {"Big.oxt": "too large to analyse", "Nested.oxt": "too deeply to analyse",
           "Line.oxt": None}

try:
    # The command line: an error with the reason, exit 1, no crash.
    for name, phrase in refused.items():
        for command in (["check"], ["fmt", "--check"]):
            run = subprocess.run([oxt, *command, str(work / name)], capture_output=True,
                                 text=True, timeout=120)
            output = run.stdout + run.stderr
            what = "oxt %s %s" % (" ".join(command), name)
            check(run.returncode >= 0, "%s is not killed by a signal (%d)" % (what, run.returncode))
            if phrase:
                check(run.returncode == 1, "%s exits 1, not %d" % (what, run.returncode))
                check(phrase in output, "%s says '%s': %s" % (what, phrase, output[-300:]))
            else:
                check(run.returncode in (0, 1), "%s exits 0 or 1, not %d" % (what, run.returncode))

    # The server.
    server = LspProcess([oxt, "lsp"], stderr=subprocess.DEVNULL)
    server.initialize()
    server.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri("Small.oxt"), "languageId": "oxt", "version": 1, "text": small}})

    def still_answers(after):
        symbols = server.call("textDocument/documentSymbol",
                              {"textDocument": {"uri": uri("Small.oxt")}})
        names = [s.get("name") for s in symbols.get("result") or []]
        check("Small" in names, "after %s, documentSymbol answers (%s)" % (after, symbols))
        hover = server.call("textDocument/hover", {"textDocument": {"uri": uri("Small.oxt")},
                                                   "position": {"line": 2, "character": 24}})
        check("result" in hover and hover["result"] is not None,
              "after %s, hover answers (%s)" % (after, str(hover)[:200]))

    still_answers("opening a small file")
    for name, phrase in refused.items():
        server.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri(name), "languageId": "oxt", "version": 1, "text": files[name]}})
        published = server.wait_for(
            lambda m: m.get("method") == "textDocument/publishDiagnostics"
            and m["params"]["uri"] == uri(name), timeout=120)["params"]["diagnostics"]
        limit = [d for d in published if "to analyse" in d["message"]]
        if phrase:
            check(len(published) == 1 and phrase in published[0]["message"],
                  "%s gets one diagnostic saying '%s': %s" % (name, phrase, str(published)[:300]))
            check(bool(limit) and limit[0]["range"]["start"] == {"line": 0, "character": 0},
                  "%s: the diagnostic is at the start of the file" % name)
            shown = server.wait_for(lambda m: m.get("method") == "window/showMessage"
                                    and name in m["params"]["message"])
            check(phrase in shown["params"]["message"] and shown["params"]["type"] == 2,
                  "%s: a warning is shown: %s" % (name, shown))
            # Requests on the refused file are answered, as for an empty file.
            symbols = server.call("textDocument/documentSymbol",
                                  {"textDocument": {"uri": uri(name)}})
            check(symbols.get("result") == [], "%s: documentSymbol answers [] (%s)"
                  % (name, str(symbols)[:200]))
            formatting = server.call("textDocument/formatting", {
                "textDocument": {"uri": uri(name)},
                "options": {"tabSize": 4, "insertSpaces": True}})
            check("id" in formatting and not formatting.get("result"),
                  "%s: formatting answers without edits (%s)" % (name, str(formatting)[:200]))
        else:
            check(not limit, "%s is read as usual: %s" % (name, str(published)[:300]))
        still_answers("opening " + name)

    # A change that brings the big file under the limit makes it readable again.
    server.notify("textDocument/didChange", {
        "textDocument": {"uri": uri("Big.oxt"), "version": 2},
        "contentChanges": [{"text": "extension Big {\n    action Ok {}\n}\n"}]})
    published = server.wait_for(
        lambda m: m.get("method") == "textDocument/publishDiagnostics"
        and m["params"]["uri"] == uri("Big.oxt") and m["params"].get("version") == 2,
        timeout=120)["params"]["diagnostics"]
    check(not [d for d in published if "to analyse" in d["message"]],
          "Big.oxt is read again once small: %s" % published)

    # A message nested 1,000 levels deep is refused before it is parsed.
    deep = "[" * 1000 + "]" * 1000
    server.process.stdin.write(b"Content-Length: %d\r\n\r\n" % (len(deep) + 60)
                               + ('{"jsonrpc":"2.0","id":99,"method":"oxt/deep","params":%s}'
                                  % deep).ljust(len(deep) + 60).encode())
    server.process.stdin.flush()
    rejected = server.wait_for(lambda m: "error" in m and m.get("id") is None
                               and "nests" in m["error"]["message"])
    check(rejected["error"]["code"] == -32600, "a deep message is InvalidRequest: %s" % rejected)
    still_answers("a deeply nested message")

    check(server.shutdown() == 0, "the server exits 0 after shutdown and exit")
finally:
    shutil.rmtree(work, ignore_errors=True)

if failures:
    sys.exit(1)
print("ok: oxt stays responsive on pathological input")
