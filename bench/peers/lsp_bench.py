#!/usr/bin/env python3
"""The benchmark against the peers: oxt's language server and the servers people use
for the same interface written as Protocol Buffers (buf), YAML (yaml-language-server)
or JSON (vscode-json-language-server), each on the same extension of N actions
(bench/peers/generate_workloads.py), driven over stdio the same way.

Measured per server (docs/performance.md, "Against the peers"):
  initialize       the `initialize` round trip
  open             `didOpen` of the file with one error to the first diagnostics that
                   report it
  edit             a one-character `didChange` (the error toggled: fixed, broken, …)
                   to the diagnostics that reflect it; p50 and p95 over --edits
  completion       at a parameter's type; p50 and p95 over --completions
  hover            on a structure reference; p50 and p95 over --hovers
  symbols          textDocument/documentSymbol; median of 5, and how many symbols
                   the answer holds (a server may stop short of the whole file)
  tokens           textDocument/semanticTokens/full, where the server offers it
  lenses           textDocument/codeLens, where the server offers it
  memory           peak resident memory (VmHWM), the server and its child processes
Rounds interleave the servers (oxt, buf, yaml, json, oxt, …) so that noise from
other work on the machine falls on all of them alike. Then `oxt check` on a
workspace of --workspace-files files and `oxt generate` of --generate-actions
actions, best and median of --cli-runs.

  python3 bench/peers/lsp_bench.py [--actions 1000,5000] [--rounds 3]
        [--servers oxt,buf,yaml,json] [--oxt build/release/bin/oxt] [--require-all]

--servers also knows oxt-project: oxt on the same file with the C# project that
`oxt generate` wrote beside it, as a user's folder usually holds.

Python 3 standard library only. Peers are found in bench/peers/node_modules
(`npm ci` there; scripts/bench does it); a peer that cannot start is reported in
the table and the run goes on.
"""

from __future__ import annotations

import argparse
import dataclasses
import glob
import json
import os
import queue
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate_workloads  # noqa: E402  (beside this file)

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
NODE_MODULES = os.path.join(HERE, "node_modules")


class ServerError(Exception):
    """The server did not start, answered an error, exited, or timed out."""


# --- the servers ------------------------------------------------------------------

class Peer:
    """How to start one server, and what it is measured on."""

    def __init__(self, key, label, form, command, settings, fixed_delay_ms, init_options=None):
        self.key, self.label, self.form = key, label, form
        self.command, self.settings = command, settings
        self.fixed_delay_ms = fixed_delay_ms   # a debounce the server applies before checking
        self.init_options = init_options


def package_version(name: str) -> str:
    try:
        with open(os.path.join(NODE_MODULES, name, "package.json"), encoding="utf-8") as f:
            return json.load(f)["version"]
    except (OSError, ValueError, KeyError):
        return "?"


def make_peers(oxt: str) -> dict[str, Peer]:
    node = shutil.which("node") or "node"
    # The native buf binary, not the Node.js wrapper in .bin (benchmark-notes: through
    # the wrapper every message pays a hop and the memory figure is the wrapper's).
    bufs = sorted(glob.glob(os.path.join(NODE_MODULES, "@bufbuild", "buf-*", "bin", "buf")))
    yaml_main = os.path.join(NODE_MODULES, "yaml-language-server", "bin", "yaml-language-server")
    json_main = os.path.join(NODE_MODULES, "vscode-langservers-extracted", "lib",
                             "json-language-server", "node", "jsonServerMain.js")
    oxt_settings = {"oxt": {"diagnostics": {"delay": 0}}}
    return {
        "oxt": Peer("oxt", "oxt", "oxt", [oxt, "lsp"], oxt_settings, 0, oxt_settings),
        # The same file with the C# project `oxt generate` wrote beside it, as a user's
        # folder usually is: each check also compares the actions with <Ext>.cs.
        "oxt-project": Peer("oxt-project", "oxt, project generated", "oxt-project", [oxt, "lsp"],
                            oxt_settings, 0, oxt_settings),
        "buf": Peer("buf", f"buf {package_version('@bufbuild/buf')}", "proto",
                    [bufs[0] if bufs else "buf-not-installed", "lsp", "serve"], {}, 0),
        "yaml": Peer("yaml", f"yaml-language-server {package_version('yaml-language-server')}", "yaml",
                     [node, yaml_main, "--stdio"],
                     {"yaml": {"validate": True, "hover": True, "completion": True,
                               "format": {"enable": False}, "schemaStore": {"enable": False}},
                      "redhat": {"telemetry": {"enabled": False}}},
                     200),   # validationDelayMs in yamlSettings.js
        "json": Peer("json", f"vscode-json-language-server {package_version('vscode-langservers-extracted')}",
                     "json", [node, json_main, "--stdio"],
                     {"json": {"validate": {"enable": True}, "format": {"enable": False}},
                      "http": {"proxyStrictSSL": True}},
                     500),   # validationDelayMs in utils/validation.js
    }


# --- a language client over stdio -------------------------------------------------

def lookup(settings: dict, section: str | None):
    value = settings
    for part in (section.split(".") if section else []):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


class Client:
    """JSON-RPC over the server's stdin and stdout. A reader thread stamps each
    message with the time it arrived and answers the server's own requests at once."""

    def __init__(self, peer: Peer, cwd: str):
        self.peer = peer
        try:
            self.proc = subprocess.Popen(peer.command, cwd=cwd, stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        except OSError as e:
            raise ServerError(f"cannot start {peer.command[0]}: {e.strerror}") from e
        self.messages: queue.Queue = queue.Queue()
        self.write_lock = threading.Lock()
        self.next_id = 0
        self.diagnostics: dict[str, list] = {}
        self.reply_bytes: dict = {}   # the body's length of each response, by id
        threading.Thread(target=self._read, daemon=True).start()

    def send(self, message: dict) -> None:
        body = json.dumps(message).encode()
        with self.write_lock:
            try:
                self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
                self.proc.stdin.flush()
            except (BrokenPipeError, ValueError) as e:
                raise ServerError("the server closed its input") from e

    def encoded(self, method: str, params) -> bytes:
        """A notification serialised ahead of time, so that building a large message
        (a full-document change) is not part of the figure."""
        body = json.dumps({"jsonrpc": "2.0", "method": method, "params": params}).encode()
        return b"Content-Length: %d\r\n\r\n" % len(body) + body

    def send_raw(self, data: bytes) -> None:
        with self.write_lock:
            self.proc.stdin.write(data)
            self.proc.stdin.flush()

    def notify(self, method: str, params) -> None:
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def _read(self) -> None:
        out = self.proc.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    self.messages.put((time.perf_counter(), None))
                    return
                line = line.strip()
                if not line:
                    break
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            body = out.read(length or 0)
            now = time.perf_counter()
            try:
                message = json.loads(body)
            except ValueError:
                continue
            if "method" in message and "id" in message:
                self._answer(message)
            else:
                if "id" in message:
                    self.reply_bytes[message["id"]] = len(body)
                self.messages.put((now, message))

    def _answer(self, request: dict) -> None:
        method, params = request["method"], request.get("params") or {}
        result = None
        if method == "workspace/configuration":
            result = [lookup(self.peer.settings, item.get("section")) for item in params.get("items", [])]
        elif method == "vscode/content":   # vscode-json-language-server fetching a schema
            try:
                path = urllib.request.url2pathname(urllib.parse.urlparse(params[0] if isinstance(params, list) else params).path)
                with open(path, encoding="utf-8") as f:
                    result = f.read()
            except (OSError, IndexError, TypeError):
                result = None
        try:
            self.send({"jsonrpc": "2.0", "id": request["id"], "result": result})
        except ServerError:
            pass

    def _next(self, deadline: float):
        try:
            stamp, message = self.messages.get(timeout=max(0.0, deadline - time.perf_counter()))
        except queue.Empty as e:
            raise ServerError("timed out") from e
        if message is None:
            try:
                code = self.proc.wait(timeout=2)
            except subprocess.TimeoutExpired:
                code = None
            raise ServerError(f"the server closed its output (exit code {code})")
        if message.get("method") == "textDocument/publishDiagnostics":
            self.diagnostics[message["params"]["uri"]] = message["params"]["diagnostics"]
        return stamp, message

    def request(self, method: str, params, timeout: float = 120.0):
        """(seconds from sending to the response, result)."""
        self.next_id += 1
        rid = self.next_id
        start = time.perf_counter()
        self.send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
        deadline = start + timeout
        while True:
            stamp, message = self._next(deadline)
            if message.get("id") == rid and "method" not in message:
                if "error" in message:
                    raise ServerError(f"{method}: {message['error'].get('message')}")
                return stamp - start, message.get("result")

    def wait_diagnostics(self, uri: str, predicate, start: float, timeout: float = 120.0) -> float:
        """Seconds from `start` to the first diagnostics of `uri` that satisfy `predicate`."""
        deadline = time.perf_counter() + timeout
        while True:
            stamp, message = self._next(deadline)
            if (message.get("method") == "textDocument/publishDiagnostics"
                    and message["params"]["uri"] == uri and predicate(message["params"]["diagnostics"])):
                return stamp - start

    def drain(self) -> None:
        while True:
            try:
                _, message = self.messages.get_nowait()
            except queue.Empty:
                return
            if message is None:
                return

    def close(self) -> None:
        try:
            self.request("shutdown", None, timeout=10)
            self.notify("exit", None)
            self.proc.wait(timeout=5)
        except (ServerError, subprocess.TimeoutExpired, OSError):
            pass
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


def descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for stat in glob.glob("/proc/[0-9]*/stat"):
        try:
            with open(stat, encoding="utf-8") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(stat.split("/")[2]))
        except (OSError, IndexError, ValueError):
            continue
    result, todo = [], [pid]
    while todo:
        p = todo.pop()
        result.append(p)
        todo.extend(children.get(p, []))
    return result


def peak_rss_mb(pid: int) -> float | None:
    """VmHWM of the server and every process it started (a wrapper's node child)."""
    total, found = 0, False
    for p in descendants(pid):
        try:
            with open(f"/proc/{p}/status", encoding="utf-8") as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        total += int(line.split()[1])
                        found = True
        except OSError:
            continue
    return total / 1024 if found else None


# --- one session: start, measure, stop --------------------------------------------

CAPABILITIES = {
    "general": {"positionEncodings": ["utf-16"]},
    "workspace": {"configuration": True, "workspaceFolders": True,
                  "didChangeConfiguration": {"dynamicRegistration": True}},
    "textDocument": {
        "synchronization": {"dynamicRegistration": False, "didSave": True},
        "publishDiagnostics": {"relatedInformation": True, "versionSupport": True},
        # As VS Code's client declares it: documentation resolved item by item
        # (completionItem/resolve, for the item shown) and the list's item defaults.
        "completion": {"completionItem": {"snippetSupport": True,
                                          "documentationFormat": ["markdown", "plaintext"],
                                          "resolveSupport": {"properties": [
                                              "documentation", "detail", "additionalTextEdits"]}},
                       "completionList": {"itemDefaults": [
                           "commitCharacters", "editRange", "insertTextFormat", "insertTextMode",
                           "data"]}},
        "hover": {"contentFormat": ["markdown", "plaintext"]},
        "documentSymbol": {"hierarchicalDocumentSymbolSupport": True},
        "semanticTokens": {
            "requests": {"full": True, "range": False},
            "tokenTypes": ["namespace", "type", "class", "enum", "interface", "struct", "typeParameter",
                           "parameter", "variable", "property", "enumMember", "event", "function",
                           "method", "macro", "keyword", "modifier", "comment", "string", "number",
                           "regexp", "operator", "decorator"],
            "tokenModifiers": ["declaration", "definition", "readonly", "static", "deprecated",
                               "abstract", "async", "modification", "documentation", "defaultLibrary"],
            "formats": ["relative"],
        },
    },
}



def uri_of(path: str) -> str:
    return "file://" + urllib.request.pathname2url(os.path.abspath(path))


def with_project(work, base: str, actions: int, oxt: str):
    """The oxt workload again under `base/oxt-project/`, with the C# project that
    `oxt generate` writes beside it (generated from the text without the error, which
    generate refuses; then the error is put back)."""
    root = os.path.join(base, "oxt-project")
    path = os.path.join(root, os.path.basename(work.path))
    os.makedirs(root, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(generate_workloads.oxt_text(actions, False))
    done = subprocess.run([oxt, "generate", path], capture_output=True, text=True)
    if done.returncode != 0:
        raise ServerError(f"oxt generate failed: {done.stderr.strip()[:200]}")
    with open(path, "w", encoding="utf-8") as f:
        f.write(work.text)
    return dataclasses.replace(work, form="oxt-project", root=root, path=path)


def count_symbols(outline) -> int:
    """Symbols in a documentSymbol answer: every DocumentSymbol with its children, or
    every SymbolInformation of a flat answer. A server may stop early (a limit on the
    outline's size): then it did less work than one that answers the whole file."""
    pending, count = list(outline or []), 0
    while pending:
        symbol = pending.pop()
        count += 1
        pending.extend(symbol.get("children") or [])
    return count


# A "server" that answers every request with a reply of a given size and does nothing
# else: what moving that many bytes from a process to this client costs on this
# machine, through a pipe widened as oxt widens its own (transport/pipe_capacity.h).
PIPE_WRITER = r"""
import fcntl, json, os, sys
size = int(sys.argv[1])
try:
    fcntl.fcntl(1, fcntl.F_SETPIPE_SZ, 1 << 20)
except (AttributeError, OSError):
    pass
stdin = sys.stdin.buffer
# Made before the first request, as a server has its reply before it writes it.
payload = b"x" * max(0, size - len(b'{"jsonrpc":"2.0","id":1,"result":""}'))
while True:
    length = None
    while True:
        line = stdin.readline()
        if not line:
            sys.exit(0)
        line = line.strip()
        if not line:
            break
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    request = json.loads(stdin.read(length or 0))
    if request.get("method") == "exit":
        sys.exit(0)
    if "id" not in request:
        continue
    head = b'{"jsonrpc":"2.0","id":%d,"result":"' % request["id"]
    parts = [memoryview(b"Content-Length: %d\r\n\r\n" % (len(head) + len(payload) + 2)),
             memoryview(head), memoryview(payload), memoryview(b'"}')]
    while parts:
        written = os.writev(1, parts)
        while parts and written >= len(parts[0]):
            written -= len(parts[0])
            parts.pop(0)
        if parts and written:
            parts[0] = parts[0][written:]
"""


def pipe_floor(size: int, cwd: str, times: int = 7) -> float | None:
    """Median milliseconds for a reply of `size` bytes to reach this client from a
    process that has it ready: the part of a large answer no server can work away."""
    peer = Peer("pipe", "pipe", "none", [sys.executable, "-c", PIPE_WRITER, str(size)], {}, 0)
    try:
        client = Client(peer, cwd)
    except ServerError:
        return None
    try:
        client.request("pipe", None)  # the first: the pipe's and the client's buffers
        figures = [client.request("pipe", None)[0] * 1000 for _ in range(times)]
        return statistics.median(figures)
    except ServerError:
        return None
    finally:
        client.close()


def session(peer: Peer, work, args) -> dict:
    """One run of every measurement on one server. Values in milliseconds (memory
    in MB); a list for the repeated ones."""
    result: dict = {}
    missing = [a for a in peer.command[1:] if a.startswith(NODE_MODULES) and not os.path.exists(a)]
    if missing or "buf-not-installed" in peer.command:
        return {"failure": "not installed: run `npm ci` in bench/peers (scripts/bench does)"}
    try:
        client = Client(peer, work.root)
    except ServerError as e:
        return {"failure": str(e)}
    try:
        root_uri = uri_of(work.root)
        start = time.perf_counter()
        seconds, init = client.request("initialize", {
            "processId": os.getpid(), "rootUri": root_uri, "rootPath": work.root,
            "workspaceFolders": [{"uri": root_uri, "name": os.path.basename(work.root)}],
            "capabilities": CAPABILITIES, "initializationOptions": peer.init_options,
        }, timeout=60)
        result["initialize"] = seconds * 1000
        caps = (init or {}).get("capabilities", {})
        client.notify("initialized", {})
        if peer.settings:
            client.notify("workspace/didChangeConfiguration", {"settings": peer.settings})

        uri = uri_of(work.path)
        err_line, err_char = work.error_position

        def has_error(diags):
            return any(d["range"]["start"]["line"] <= err_line <= d["range"]["end"]["line"] for d in diags)

        # Serialised before the clock starts, as the edits are: encoding a 1 MB text
        # takes Python milliseconds that are the client's, not the server's.
        opening = client.encoded("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": work.language_id, "version": 1, "text": work.text}})
        start = time.perf_counter()
        client.send_raw(opening)
        result["open"] = client.wait_diagnostics(uri, has_error, start) * 1000

        # Edits toggle the error: insert the missing `e`, delete it again, …, each
        # waiting for the diagnostics of the new state. Full-sync servers get the text.
        sync = caps.get("textDocumentSync", 1)
        incremental = (sync.get("change") if isinstance(sync, dict) else sync) == 2
        fixed_lines = work.text.split("\n")
        fixed_lines[err_line] = fixed_lines[err_line][:err_char] + "e" + fixed_lines[err_line][err_char:]
        fixed_text = "\n".join(fixed_lines)
        edits = []
        for k in range(args.edits):
            fixing = k % 2 == 0
            if incremental:
                end = (err_char if fixing else err_char + 1)
                change = {"range": {"start": {"line": err_line, "character": err_char},
                                    "end": {"line": err_line, "character": end}},
                          "text": "e" if fixing else ""}
            else:
                change = {"text": fixed_text if fixing else work.text}
            edits.append((fixing, client.encoded("textDocument/didChange", {
                "textDocument": {"uri": uri, "version": k + 2}, "contentChanges": [change]})))
        result["edit"] = []
        for fixing, data in edits:
            start = time.perf_counter()
            client.send_raw(data)
            expected = not fixing
            result["edit"].append(client.wait_diagnostics(
                uri, lambda d, e=expected: has_error(d) == e, start) * 1000)

        def repeat(method, params, times):
            figures, first = [], None
            for _ in range(times):
                seconds, answer = client.request(method, params)
                figures.append(seconds * 1000)
                first = answer if first is None else first
            return figures, first

        doc = {"uri": uri}
        line, char = work.completion_position
        result["completion"], items = repeat("textDocument/completion",
                                             {"textDocument": doc, "position": {"line": line, "character": char}},
                                             args.completions)
        result["completion_items"] = len(items.get("items", []) if isinstance(items, dict) else items or [])
        line, char = work.hover_position
        result["hover"], hover = repeat("textDocument/hover",
                                        {"textDocument": doc, "position": {"line": line, "character": char}},
                                        args.hovers)
        result["hover_empty"] = not hover
        result["symbols"], outline = repeat("textDocument/documentSymbol", {"textDocument": doc}, 5)
        result["symbols_returned"] = count_symbols(outline)
        result["symbols_bytes"] = client.reply_bytes.get(client.next_id)
        result["tokens_offered"] = bool((caps.get("semanticTokensProvider") or {}).get("full"))
        if result["tokens_offered"]:
            result["tokens"], _ = repeat("textDocument/semanticTokens/full", {"textDocument": doc}, 5)
        # VS Code asks for the lenses after every change; oxt's read <Ext>.cs when the
        # project is there (one per action: "Open implementation").
        result["lenses_offered"] = bool(caps.get("codeLensProvider"))
        if result["lenses_offered"]:
            result["lenses"], _ = repeat("textDocument/codeLens", {"textDocument": doc}, 5)
        result["memory"] = peak_rss_mb(client.proc.pid)
    except ServerError as e:
        result["failure"] = str(e)
    finally:
        client.close()
    return result


# --- the command-line figures -----------------------------------------------------

def timed_runs(command, runs: int, prepare=None, ok=(0,)):
    times = []
    for _ in range(runs):
        cwd = prepare() if prepare else None
        start = time.perf_counter()
        proc = subprocess.run(command(cwd) if callable(command) else command,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append((time.perf_counter() - start) * 1000)
        if proc.returncode not in ok:
            raise ServerError(f"exit code {proc.returncode}: {proc.stderr.decode(errors='replace')[:300]}")
    return times


def cli_parts(args) -> list[str]:
    """The command-line measurements asked for: a count of 0 skips one."""
    if args.cli_runs <= 0:
        return []
    return [k for k, count in (("check", args.workspace_files), ("generate", args.generate_actions)) if count > 0]


def cli_figures(args, base: str) -> dict:
    figures = {}
    os.makedirs(base, exist_ok=True)
    parts = cli_parts(args)
    if "check" in parts:
        workspace = os.path.join(base, "workspace")
        generate_workloads.write_workspace(workspace, args.workspace_files, args.workspace_actions)
        try:
            figures["check"] = timed_runs([args.oxt, "check", workspace], args.cli_runs)
        except ServerError as e:
            figures["check_failure"] = str(e)
    if "generate" not in parts:
        return figures
    source = os.path.join(base, "generate-source.oxt")
    with open(source, "w", encoding="utf-8") as f:
        f.write(generate_workloads.oxt_text(args.generate_actions, False))
    counter = [0]

    def fresh_folder():
        counter[0] += 1
        folder = os.path.join(base, f"generate-{counter[0]}")
        os.makedirs(folder)
        shutil.copy(source, os.path.join(folder, "BenchLib.oxt"))
        return folder

    try:
        figures["generate"] = timed_runs(lambda folder: [args.oxt, "generate", os.path.join(folder, "BenchLib.oxt")],
                                         args.cli_runs, fresh_folder)
    except ServerError as e:
        figures["generate_failure"] = str(e)
    return figures


# --- the table --------------------------------------------------------------------

def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    low = int(k)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


ROWS = [
    ("initialize", "initialize round trip", "initialize", "median"),
    ("open", "open → first diagnostics", "open", "median"),
    ("edit p50", "edit → diagnostics p50", "edit", 50),
    ("edit p95", "edit → diagnostics p95", "edit", 95),
    ("completion p50", "completion p50", "completion", 50),
    ("completion p95", "completion p95", "completion", 95),
    ("hover p50", "hover p50", "hover", 50),
    ("hover p95", "hover p95", "hover", 95),
    ("symbols", "documentSymbol (median)", "symbols", "median"),
    ("tokens", "semanticTokens/full (median)", "tokens", "median"),
    ("lenses", "codeLens (median)", "lenses", "median"),
    ("memory", "peak RSS (VmHWM)", "memory", "max"),
]


def summarise(sessions: list[dict]) -> dict:
    """Figures of one server over every round; None where a figure is missing."""
    good = [s for s in sessions if "failure" not in s]
    summary: dict = {"failure": next((s["failure"] for s in sessions if "failure" in s), None)}
    for row, _, key, how in ROWS:
        values = []
        for s in good:
            v = s.get(key)
            if v is None:
                continue
            values.extend(v if isinstance(v, list) else [v])
        if not values:
            summary[row] = None
        elif how == "median":
            summary[row] = statistics.median(values)
        elif how == "max":
            summary[row] = max(values)
        else:
            summary[row] = percentile(values, how)
    summary["completion_items"] = good[0].get("completion_items") if good else None
    summary["symbols_returned"] = good[0].get("symbols_returned") if good else None
    summary["symbols_bytes"] = good[0].get("symbols_bytes") if good else None
    summary["hover_empty"] = good[0].get("hover_empty") if good else None
    summary["tokens_offered"] = good[0].get("tokens_offered") if good else None
    summary["lenses_offered"] = good[0].get("lenses_offered") if good else None
    return summary


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "MB":
        return f"{value:.0f} MB"
    if value >= 1000:
        return f"{value / 1000:.2f} s"
    return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"


def ratio(r: float) -> str:
    return f"{r:.2f}×" if r < 0.1 else f"{r:.1f}×" if r < 100 else f"{r:.0f}×"


def table(actions: int, peers: dict[str, Peer], keys: list[str], summaries: dict, works: dict) -> str:
    cols = [peers[k] for k in keys]
    lines = [f"N = {actions} actions",
             "",
             "| | " + " | ".join(f"{p.label} (.{p.form})" for p in cols) + " |",
             "|---|" + "---|" * len(cols)]
    lines.append("| file | " + " | ".join(
        f"{works[p.form].lines:,} lines, {len(works[p.form].text.encode()) / 1e6:.2f} MB" for p in cols) + " |")
    base = summaries.get("oxt", {})
    for row, label, _, _ in ROWS:
        unit = "MB" if row == "memory" else "ms"
        cells = []
        for p in cols:
            s = summaries[p.key]
            v = s.get(row)
            cell = fmt(v, unit)
            if v is None and s.get("failure"):
                cell = "failed"
            elif v is None and row in ("tokens", "lenses"):
                cell = "not offered"
            elif p.key != "oxt" and v is not None and base.get(row):
                cell += f" ({ratio(v / base[row])})"
            cells.append(cell)
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    for key, label in [("completion_items", "completion items returned"),
                       ("symbols_returned", "document symbols returned")]:
        lines.append(f"| {label} | " + " | ".join(
            f"{summaries[p.key][key]:,}" if summaries[p.key].get(key) is not None else "—"
            for p in cols) + " |")
    notes = []
    for p in cols:
        s = summaries[p.key]
        if s.get("failure"):
            notes.append(f"{p.label}: {s['failure']}")
        else:
            if p.fixed_delay_ms:
                notes.append(f"{p.label} waits {p.fixed_delay_ms} ms after a change before validating (fixed)")
            if not s.get("completion_items"):
                notes.append(f"{p.label}: completion returned no item")
            if s.get("hover_empty"):
                notes.append(f"{p.label}: hover returned nothing")
    oxt_reply, floor = base.get("symbols_bytes"), base.get("symbols_floor")
    if oxt_reply and floor is not None:
        notes.append(f"oxt's documentSymbol reply is {oxt_reply / 1e6:.2f} MB; a process that has those "
                     f"bytes ready answers in {fmt(floor, 'ms')} (through the same pipe, to the same client)")
    lines.append("")
    lines.extend(f"- {n}" for n in notes)
    lines.append("- ratios: the peer's figure divided by oxt's (above 1× means oxt is faster or smaller)")
    return "\n".join(lines)


def cli_table(args, figures: dict) -> str:
    lines = ["| command | best | median |", "|---|---|---|"]
    for key, label in [("check", f"`oxt check` on {args.workspace_files} files of {args.workspace_actions} actions"),
                       ("generate", f"`oxt generate`, N = {args.generate_actions}")]:
        if key not in cli_parts(args):
            continue
        if key in figures:
            lines.append(f"| {label} | {fmt(min(figures[key]), 'ms')} | {fmt(statistics.median(figures[key]), 'ms')} |")
        else:
            lines.append(f"| {label} | failed: {figures.get(key + '_failure')} | |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--actions", default="5000", help="N, or a list: 1000,5000,20000 (default 5000)")
    parser.add_argument("--rounds", type=int, default=3, help="sessions per server and N (default 3)")
    parser.add_argument("--servers", default="oxt,buf,yaml,json",
                        help="comma-separated, from oxt, oxt-project (oxt with the generated C# "
                             "project beside the file), buf, yaml, json (default oxt,buf,yaml,json; "
                             "oxt always runs)")
    parser.add_argument("--oxt", default=os.path.join(REPO, "build", "release", "bin", "oxt"))
    parser.add_argument("--edits", type=int, default=30)
    parser.add_argument("--completions", type=int, default=50)
    parser.add_argument("--hovers", type=int, default=50)
    parser.add_argument("--workspace-files", type=int, default=1000,
                        help="files of the workspace `oxt check` runs on (default 1000; 0 skips it)")
    parser.add_argument("--workspace-actions", type=int, default=10)
    parser.add_argument("--generate-actions", type=int, default=5000,
                        help="N of the file `oxt generate` runs on (default 5000; 0 skips it)")
    parser.add_argument("--cli-runs", type=int, default=5,
                        help="runs of each command (default 5; 0 skips the command line)")
    parser.add_argument("--json", metavar="PATH", help="also write every raw figure (each request, each session) to PATH")
    parser.add_argument("--require-all", action="store_true",
                        help="exit 1 unless every measurement of every server produced a number (smoke test)")
    args = parser.parse_args()
    args.oxt = os.path.abspath(args.oxt)
    sizes = [int(n) for n in args.actions.split(",")]
    keys = [k.strip() for k in args.servers.split(",") if k.strip()]
    peers = make_peers(args.oxt)
    unknown = [k for k in keys if k not in peers]
    if unknown or not sizes or min(sizes) < 2:
        parser.error(f"unknown server {unknown} (known: {', '.join(peers)}) or N below 2")
    if "oxt" not in keys:
        keys.insert(0, "oxt")
    if not os.access(args.oxt, os.X_OK):
        parser.error(f"no oxt binary at {args.oxt} (build it, or pass --oxt)")

    missing = []
    base = tempfile.mkdtemp(prefix=f"oxt-lsp-bench-{os.getpid()}-")
    try:
        all_summaries, raw = {}, {"servers": {k: peers[k].label for k in keys}, "sizes": {}}
        for n in sizes:
            works = generate_workloads.workloads(os.path.join(base, f"n{n}"), n, error=True)
            not_run: dict[str, str] = {}
            if "oxt-project" in keys:
                try:
                    works["oxt-project"] = with_project(works["oxt"], os.path.join(base, f"n{n}"), n, args.oxt)
                except (ServerError, OSError) as e:
                    works["oxt-project"] = dataclasses.replace(works["oxt"], form="oxt-project")
                    not_run["oxt-project"] = str(e)
            sessions: dict[str, list] = {k: [] for k in keys}
            for r in range(args.rounds):
                for k in keys:
                    print(f"N={n} round {r + 1}/{args.rounds}: {peers[k].label}", file=sys.stderr, flush=True)
                    sessions[k].append({"failure": not_run[k]} if k in not_run
                                       else session(peers[k], works[peers[k].form], args))
            raw["sizes"][n] = sessions
            summaries = {k: summarise(v) for k, v in sessions.items()}
            oxt_reply = summaries["oxt"].get("symbols_bytes")
            if oxt_reply:
                summaries["oxt"]["symbols_floor"] = pipe_floor(oxt_reply, base)
                raw.setdefault("symbols_floor", {})[n] = {"bytes": oxt_reply,
                                                          "ms": summaries["oxt"]["symbols_floor"]}
            all_summaries[n] = summaries
            print("\n" + table(n, peers, keys, summaries, works) + "\n", flush=True)
            for k in keys:
                for row, _, _, _ in ROWS:
                    offered = {"tokens": "tokens_offered", "lenses": "lenses_offered"}.get(row)
                    if summaries[k].get(row) is None and not (offered and summaries[k][offered] is False):
                        missing.append(f"N={n} {k} {row}")
        if len(sizes) > 1:
            print("Growth (oxt):\n\n| | " + " | ".join(f"N = {n}" for n in sizes) + " |\n|---|"
                  + "---|" * len(sizes))
            for row, label, _, _ in ROWS:
                unit = "MB" if row == "memory" else "ms"
                print(f"| {label} | " + " | ".join(fmt(all_summaries[n]["oxt"].get(row), unit) for n in sizes) + " |")
            # What the outline's time is for: the symbols it returns, the bytes they
            # take, and what those bytes cost to move with nothing to compute.
            oxt_at = [all_summaries[n]["oxt"] for n in sizes]
            print("| document symbols returned | " + " | ".join(
                f"{s['symbols_returned']:,}" if s.get("symbols_returned") is not None else "—"
                for s in oxt_at) + " |")
            print("| documentSymbol reply | " + " | ".join(
                f"{s['symbols_bytes'] / 1e6:.2f} MB" if s.get("symbols_bytes") else "—" for s in oxt_at) + " |")
            print("| those bytes through the pipe alone | " + " | ".join(
                fmt(s.get("symbols_floor"), "ms") for s in oxt_at) + " |")
            print()
        figures = {}
        if cli_parts(args):
            print(f"oxt command line ({args.cli_runs} runs):\n", file=sys.stderr, flush=True)
            figures = cli_figures(args, os.path.join(base, "cli"))
            print(cli_table(args, figures))
        raw["command_line"] = figures
        if args.json:
            with open(args.json, "w", encoding="utf-8") as f:
                json.dump(raw, f, indent=1)
        missing.extend(f"oxt {k}" for k in cli_parts(args) if k not in figures)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    if missing:
        print("no figure for: " + ", ".join(missing), file=sys.stderr)
        return 1 if args.require_all else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
