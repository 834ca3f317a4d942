#!/usr/bin/env python3
"""Times `rhetlint lsp` the way an editor uses it: one ~5,000-word Markdown draft, typed into one keystroke at a time.

Opens the draft (debounceMs 0, so what is measured is the analysis, not the debounce), types 1,000 single characters
at 100 places spread over the document (ten keystrokes each), and for each didChange measures the time until the
publishDiagnostics of that version arrives. Then it goes on to 10,000 edits in all (single characters inserted or
deleted at random places) and reports the server's memory (GC heap after a full collection, and RSS) before and after.
Usage: bench/lsp.py path/to/rhetlint   (bench/lsp.sh builds the native binary and runs this)
"""
import json
import os
import random
import statistics
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from lsp_frames import read_messages  # noqa: E402

# Our own sentences (fictional places and people), with the claims, quotations and sources the rules look at.
SENTENCES = [
    "Varn covets every deep-water port on the Kestrian coast, and the council is handing it one.",
    "The council's plan is the most reckless giveaway in the city's history.",
    "Ferry traffic reached a record high this summer, yet the harbour master was never consulted.",
    "According to a recent report, the port authority has already signed a letter of intent.",
    "\u201cWe will not sell the quay,\u201d said Ilse Brandt, who chairs the Harlow Institute.",
    "Critics say the deal is a catastrophe waiting to happen.",
    "Time is running out for Norvania to act.",
    "The Harbor Gazette reported that 40 percent of the berths sit idle in winter.",
    "Some experts believe the lease is the worst in decades.",
    "An official familiar with the talks said the terms were unprecedented.",
    "Officials in Varn have not responded to questions about the fleet.",
    "The ferry union, which opposed the first draft, asked to testify before the vote.",
    "Clearly, the board met in order to approve the lease without reading the figures.",
    "The pilots' association published its own figures on Monday.",
    "A quiet morning on the north pier is no longer the rule.",
]


def make_document(words=5000, seed=7):
    rng = random.Random(seed)
    parts = ["# The harbor deal\n\n"]
    count = 0
    paragraphs = 0
    while count < words:
        if paragraphs and paragraphs % 8 == 0:
            parts.append(f"## Part {paragraphs // 8 + 1}\n\n")
        sentences = [rng.choice(SENTENCES) for _ in range(rng.randint(3, 6))]
        count += sum(len(s.split()) for s in sentences)
        parts.append(" ".join(sentences) + "\n\n")
        paragraphs += 1
    return "".join(parts)


class Server:
    def __init__(self, command):
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.lock = threading.Condition()
        self.published = {}  # version -> arrival time
        self.responses = {}
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for message in read_messages(self.process.stdout):
            arrived = time.perf_counter()
            with self.lock:
                if message.get("method") == "textDocument/publishDiagnostics":
                    self.published[message["params"].get("version")] = (arrived, len(message["params"]["diagnostics"]))
                elif "id" in message:
                    self.responses[message["id"]] = message
                self.lock.notify_all()

    def send(self, message):
        body = json.dumps(message).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def request(self, method, params):
        self.next_id += 1
        request_id = self.next_id
        self.send({"jsonrpc": "2.0", "id": request_id, "method": method, "params": params})
        with self.lock:
            self.lock.wait_for(lambda: request_id in self.responses, timeout=120)
            return self.responses.pop(request_id)

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def wait_published(self, version):
        with self.lock:
            if not self.lock.wait_for(lambda: version in self.published, timeout=120):
                raise SystemExit(f"no diagnostics for version {version}")
            return self.published.pop(version)

    def cpu_ms(self):
        """User plus system CPU time the server has used, from /proc (clock ticks): robust where wall time is noisy."""
        with open(f"/proc/{self.process.pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")

    def rss_kib(self):
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0


def position(text, offset):
    line = text.count("\n", 0, offset)
    return {"line": line, "character": offset - (text.rfind("\n", 0, offset) + 1)}


def main():
    binary = sys.argv[1]
    uri = "file:///bench/draft.md"
    text = make_document()
    assert all(ord(c) < 0x10000 for c in text), "positions below count code points, which are UTF-16 units only in the BMP"
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "out")
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "lsp-draft.md"), "w") as f:
        f.write(text)

    server = Server([binary, "lsp", "--stdio"])
    server.request("initialize", {"processId": os.getpid(), "rootUri": None, "capabilities": {}, "initializationOptions": {"debounceMs": 0}})
    server.notify("initialized", {})
    started = time.perf_counter()
    server.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}})
    arrived, findings = server.wait_published(1)
    print(f"document: {len(text.split())} words, {len(text)} characters, {text.count(chr(10) + chr(10))} paragraphs; {findings} findings")
    print(f"first analysis (didOpen to publishDiagnostics): {(arrived - started) * 1000:.1f} ms")

    version = 1
    rng = random.Random(2026)

    def edit(offset, delete, insert):
        nonlocal text, version
        version += 1
        change = {"range": {"start": position(text, offset), "end": position(text, offset + delete)}, "text": insert}
        text = text[:offset] + insert + text[offset + delete:]
        sent = time.perf_counter()
        server.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]})
        arrived, _ = server.wait_published(version)
        return (arrived - sent) * 1000

    def typing_edits(places, word):
        """Ten keystrokes at each of `places` spots spread over the document, after a word."""
        for k in range(places):
            at = text.find(" ", (k * len(text)) // places)
            if at < 0:
                at = len(text)
            for i, ch in enumerate(word):
                yield at + i, 0, ch

    def random_edits(n):
        for _ in range(n):
            at = rng.randrange(len(text))
            if rng.random() < 0.6:
                yield at, 0, rng.choice("abcdefghijklmnopqrstuvwxyz ")
            elif text[at] != "\n":
                yield at, 1, ""
            else:
                yield at, 0, "e"

    for at, delete, insert in typing_edits(5, " and ferry"):
        edit(at, delete, insert)
    before = server.request("rhetlint/stats", {"collect": True})["result"]
    rss_before = server.rss_kib()

    cpu_before = server.cpu_ms()
    timed = [edit(at, delete, insert) for at, delete, insert in typing_edits(100, " and ferry")]
    cpu_per_keystroke = (server.cpu_ms() - cpu_before) / len(timed)
    allocated = server.request("rhetlint/stats", {"collect": False})["result"].get("allocatedBytes")
    timed.sort()
    median = statistics.median(timed)
    p95 = timed[int(len(timed) * 0.95) - 1]
    print(f"1,000 keystrokes typed at 100 places: didChange to publishDiagnostics median {median:.2f} ms, p95 {p95:.2f} ms, max {timed[-1]:.2f} ms")
    # CPU time and allocation per keystroke compare builds on a shared machine, where wall times are noisy.
    per_keystroke_kib = "n/a" if allocated is None or "allocatedBytes" not in before else f"{(allocated - before['allocatedBytes']) / len(timed) / 1024:.0f} KiB"
    print(f"  server CPU (user+sys) per keystroke {cpu_per_keystroke:.2f} ms, allocated per keystroke {per_keystroke_kib}")

    samples = []
    remaining = 10_000 - len(timed)
    later = []
    for i, (at, delete, insert) in enumerate(random_edits(remaining)):
        later.append(edit(at, delete, insert))
        if (i + 1) % 3000 == 0:
            samples.append((len(timed) + i + 1, server.request("rhetlint/stats", {"collect": True})["result"]["gcHeapBytes"], server.rss_kib()))
    after = server.request("rhetlint/stats", {"collect": True})["result"]
    rss_after = server.rss_kib()
    later.sort()
    print(f"9,000 random single-character edits: median {statistics.median(later):.2f} ms, p95 {later[int(len(later) * 0.95) - 1]:.2f} ms")
    print(f"memory before: GC heap {before['gcHeapBytes'] / 2**20:.1f} MiB, RSS {rss_before / 1024:.1f} MiB")
    for edits, heap, rss in samples:
        print(f"  after {edits:>6,} edits: GC heap {heap / 2**20:.1f} MiB, RSS {rss / 1024:.1f} MiB")
    print(f"memory after 10,000 edits: GC heap {after['gcHeapBytes'] / 2**20:.1f} MiB, RSS {rss_after / 1024:.1f} MiB")

    server.request("shutdown", None)
    server.notify("exit", None)
    server.process.wait(timeout=30)
    with open(os.path.join(out, "lsp.json"), "w") as f:
        json.dump({"median_ms": median, "p95_ms": p95, "cpu_ms_per_keystroke": cpu_per_keystroke, "gc_heap_before": before["gcHeapBytes"], "gc_heap_after": after["gcHeapBytes"],
                   "rss_kib_before": rss_before, "rss_kib_after": rss_after}, f, indent=1)


if __name__ == "__main__":
    main()
