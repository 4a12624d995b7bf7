"""A minimal LSP client for tests that drive the real `oxt lsp` process over stdio.

Why Python and a process: the limits and secrets tests must see what a user sees —
the bytes on stdout, the exit code, the log file — from the built executable, with
inputs (a 20 MB file) too large to write into a transcript.
"""
import json
import queue
import subprocess
import threading
import time


class LspProcess:
    def __init__(self, args, env=None, stderr=None):
        self.process = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=stderr if stderr is not None else subprocess.PIPE,
                                        env=env)
        self.messages = queue.Queue()
        self.received = []     # every message, in order
        self.raw = bytearray()  # every byte of stdout
        self.next_id = 1
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        stream = self.process.stdout
        while True:
            headers = {}
            while True:
                line = stream.readline()
                if not line:
                    self.messages.put(None)
                    return
                self.raw.extend(line)
                line = line.strip()
                if not line:
                    break
                name, _, value = line.decode("ascii").partition(":")
                headers[name.strip().lower()] = value.strip()
            body = stream.read(int(headers["content-length"]))
            self.raw.extend(body)
            self.messages.put(json.loads(body))

    def send(self, message):
        body = json.dumps(message).encode("utf-8")
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method, params):
        """Sends a request and returns its id."""
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        return self.next_id

    def wait_for(self, predicate, timeout=60):
        """The first message (already received or coming) that satisfies predicate."""
        for message in self.received:
            if predicate(message):
                return message
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                message = self.messages.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                break
            if message is None:
                raise AssertionError("the server closed its output")
            self.received.append(message)
            # Requests from the server (progress, configuration) get an empty answer.
            if "method" in message and "id" in message:
                self.send({"jsonrpc": "2.0", "id": message["id"], "result": None})
            if predicate(message):
                return message
        raise AssertionError("timed out waiting for a message")

    def call(self, method, params, timeout=60):
        """Sends a request and returns its response."""
        request_id = self.request(method, params)
        return self.wait_for(lambda m: m.get("id") == request_id and "method" not in m, timeout)

    def initialize(self, root_uri=None, trace="off"):
        reply = self.call("initialize", {"processId": None, "rootUri": root_uri,
                                         "capabilities": {}, "trace": trace})
        assert "result" in reply, reply
        self.notify("initialized", {})

    def shutdown(self, timeout=60):
        """shutdown, then exit; returns the exit code."""
        reply = self.call("shutdown", None)
        assert "result" in reply and reply["result"] is None, reply
        self.notify("exit", None)
        self.process.stdin.close()
        return self.process.wait(timeout=timeout)
