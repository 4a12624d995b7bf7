"""Publish credentials never leave the environment variable that holds them
(docs/security.md): `oxt publish` and `oxt lsp`'s oxt.publish, both at log level
trace (the server also with verbose protocol tracing), publish to a local HTTP
target that answers 401. The secret must reach the target (Authorization header)
and appear nowhere else: not in stdout, stderr, the log file, the protocol replies,
the build folder, the compiler's log (the compiler prints its environment) or the
package.

    secrets_test.py OXT SOURCE_DIR
"""
import http.server
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import threading
import zipfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lsp"))
from lsp_process import LspProcess  # noqa: E402

oxt = os.path.abspath(sys.argv[1])
source = pathlib.Path(sys.argv[2]).resolve()
work = pathlib.Path(tempfile.mkdtemp(prefix="oxt-secrets-%d-" % os.getpid()))
secret = "oxt-secret-%d-%s" % (os.getpid(), os.urandom(6).hex())
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL:", what)


authorizations = []


class Refuses(http.server.BaseHTTPRequestHandler):
    """Answers every request with 401, remembering its Authorization header."""

    def answer(self):
        authorizations.append(self.headers.get("Authorization", ""))
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self.send_response(401)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_HEAD = do_PUT = do_DELETE = answer

    def log_message(self, *args):
        pass


target = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Refuses)
threading.Thread(target=target.serve_forever, daemon=True).start()

try:
    ws = work / "ws"
    shutil.copytree(source / "examples" / "MortgageLib", ws / "MortgageLib")
    # The "compiler" prints its environment into the compile log, then makes the
    # assembly, so that the package is built.
    (ws / "oxt.json").write_text("""{
  "targets": {"web": {"type": "http", "url": "http://127.0.0.1:%d/repo", "auth": "bearer",
                      "credentials": "OXT_SECRET_TOKEN", "retries": 0}},
  "compile": {"command": ["sh", "-c", "env; echo assembly > \\"$0\\"", "{out}"]}
}
""" % target.server_address[1])
    env = dict(os.environ, OXT_SECRET_TOKEN=secret)
    oxt_file = ws / "MortgageLib" / "MortgageLib.oxt"
    outputs = []

    # The command line.
    run = subprocess.run([oxt, "--log-level", "trace", "publish", str(oxt_file)], cwd=ws, env=env,
                         capture_output=True, text=True, timeout=300)
    outputs += [("oxt publish stdout", run.stdout), ("oxt publish stderr", run.stderr)]
    check(run.returncode == 2, "oxt publish exits 2, not %d: %s" % (run.returncode, run.stderr))
    check("401 Unauthorized (check the credentials in $OXT_SECRET_TOKEN)" in run.stdout + run.stderr,
          "oxt publish names the variable on 401: %s" % (run.stdout + run.stderr)[-500:])
    check(("Bearer " + secret) in authorizations, "the target received the token")

    # The server, at log level trace and with verbose tracing; the client's settings
    # carry a field named like a secret, which traces must not echo.
    authorizations.clear()
    log_file = work / "lsp.log"
    with open(work / "lsp.stderr", "wb") as stderr:
        server = LspProcess([oxt, "--log-level", "trace", "--log-file", str(log_file), "lsp"],
                            env=env, stderr=stderr)
        server.initialize(root_uri=ws.as_uri(), trace="verbose")
        server.notify("$/setTrace", {"value": "verbose"})
        server.notify("workspace/didChangeConfiguration",
                      {"settings": {"oxt": {"publish": {"accessToken": secret}}}})
        server.notify("textDocument/didOpen", {"textDocument": {
            "uri": oxt_file.as_uri(), "languageId": "oxt", "version": 1,
            "text": oxt_file.read_text()}})
        reply = server.call("workspace/executeCommand",
                            {"command": "oxt.publish", "arguments": [oxt_file.as_uri()]},
                            timeout=300)
        summary = (reply.get("result") or {}).get("summary", "")
        check(reply.get("result", {}).get("published") is False and "401" in summary,
              "oxt.publish fails with 401: %s" % reply)
        traced = [m for m in server.received if m.get("method") == "$/logTrace"]
        check(any("<redacted>" in (m["params"].get("verbose") or "") for m in traced),
              "the verbose trace of the settings shows <redacted>")
        check(server.shutdown() == 0, "the server exits 0")
    check(("Bearer " + secret) in authorizations, "the target received the token from the server")
    outputs += [("the server's stdout", server.raw.decode("utf-8", "replace")),
                ("the server's stderr", (work / "lsp.stderr").read_text(errors="replace")),
                ("the server's log file", log_file.read_text(errors="replace"))]
    check("401" in outputs[-1][1], "the log file holds the publish's outcome")

    # Every file the publishes wrote, and every entry of every package.
    packages = 0
    for path in ws.rglob("*"):
        if not path.is_file():
            continue
        outputs.append((str(path.relative_to(work)), path.read_bytes().decode("latin-1")))
        if path.suffix == ".oxtpkg":
            packages += 1
            with zipfile.ZipFile(path) as package:
                for name in package.namelist():
                    outputs.append((str(path.relative_to(work)) + ":" + name,
                                    package.read(name).decode("latin-1")))
    check(packages >= 1, "a package was built")
    check(any(name.endswith("compile.log") and "PATH=" in text for name, text in outputs),
          "the compile log holds the compiler's environment")
    for name, text in outputs:
        check(secret not in text, "the secret appears in " + name)
finally:
    target.shutdown()
    shutil.rmtree(work, ignore_errors=True)

if failures:
    sys.exit(1)
print("ok: the publish credentials appear nowhere but in the request to the target")
