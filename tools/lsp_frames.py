"""Reads Language Server Protocol frames (a Content-Length header block, then a JSON body) from a byte stream.

Shared by tools/reliability_rerun.py and bench/lsp.py, which drive `rhetlint lsp` over stdio.
"""
import json


def read_messages(stream):
    """Yields each JSON-RPC message the server writes to `stream`, until the stream ends."""
    while True:
        length = None
        while True:
            line = stream.readline()
            if not line:
                return
            line = line.strip()
            if not line:
                break
            name, _, value = line.decode("ascii", "replace").partition(":")
            if name.lower() == "content-length":
                length = int(value)
        yield json.loads(stream.read(length))
