#!/usr/bin/env python3
"""Writes the seeds of oxt-fuzz-lsp: the client messages of every transcript
(tests/lsp/transcripts/*.lsp), framed with Content-Length as a client sends them,
one file per transcript in tests/fuzz/seeds/lsp/. Run it again when the transcripts
change; the seeds are committed so that the fuzz step needs no generation.

Usage: tests/fuzz/make_lsp_seeds.py
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
TRANSCRIPTS = HERE.parent / "lsp" / "transcripts"
SEEDS = HERE / "seeds" / "lsp"
MARKERS = ("-->", "<--", "%write", "%delete", "%exitcode")


def client_messages(path):
    """The bodies the client sends, in order (as tests/lsp/transcript.cpp reads them)."""
    blocks = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("#"):
            continue
        marker = next((m for m in MARKERS if line.startswith(m)), None)
        if marker:
            blocks.append([marker, line[len(marker):].removeprefix(" "), ""])
        elif blocks and line:
            blocks[-1][2] += line + "\n"
    for marker, argument, body in blocks:
        if marker != "-->":
            continue
        if argument.startswith("raw:"):
            yield argument[4:].encode("utf-8")
            continue
        text = (argument + "\n" + body).replace("${rootUri}", "file:///workspace")
        text = text.replace("${source}", "/source").replace("${root}", "/workspace")
        yield json.dumps(json.loads(text), separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def main():
    SEEDS.mkdir(parents=True, exist_ok=True)
    for transcript in sorted(TRANSCRIPTS.glob("*.lsp")):
        stream = b"".join(b"Content-Length: %d\r\n\r\n%s" % (len(body), body)
                          for body in client_messages(transcript))
        (SEEDS / (transcript.stem + ".bin")).write_bytes(stream)


if __name__ == "__main__":
    main()
