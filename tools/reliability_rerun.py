#!/usr/bin/env python3
"""Reruns the 29 failures of the hostile-input report (shared/reports/reliability.md, issue 15) against a build.

Every item's reproduction from the report, adapted to run unattended in a fresh temporary folder: the language-server
items talk to `rhetlint lsp` through a small stdio JSON-RPC driver, the items that need another user run the command
as `nobody` (when this script runs as root), and hangs are cut by a timeout and count as failures. Prints one row per
item: item, class (S security, D data damage, C crash or hang, W wrong output, U unclear message), what is expected
now (the behaviour issue 15 asks for), what was observed, and PASS or FAIL. Exits 1 when an S, D or C item fails,
0 otherwise. Builds nothing itself:

    python3 tools/reliability_rerun.py path/to/rhetlint.dll      # a JIT build (run with dotnet)
    python3 tools/reliability_rerun.py path/to/rhetlint          # a native binary
    RHETLINT=path/to/rhetlint.dll python3 tools/reliability_rerun.py [--only 4,17] [--keep]

Items 1, 16 and the code-rule half of 7 need the JIT build (the native binary cannot compile C# rule files); items 3,
20 and 28 need root (to run as `nobody`) and are reported as SKIP otherwise. Times are wall-clock on whatever machine
runs this: the time budgets (seconds) are for a Debug build on a loaded machine, far above the Release target of
issue 15 (1 MB in under 2 s, measured by bench/run.sh), and far below the minutes the quadratic paths took.
Python 3 standard library only.
"""
import argparse
import json
import os
import pathlib
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time

from lsp_frames import read_messages

TIME_BUDGET = 30  # seconds for one command on a hostile input (Debug build, loaded machine)
HANG = 60  # seconds after which a command is taken to hang

ROOT = os.geteuid() == 0
rows = []


def rhetlint_command(target):
    target = os.path.abspath(target)
    return ["dotnet", target] if target.endswith(".dll") else [target]


class Run:
    """One finished command: exit code (None when it timed out), output, error, seconds."""

    def __init__(self, code, out, err, seconds):
        self.code, self.out, self.err, self.seconds = code, out, err, seconds

    def describe(self):
        return "timeout" if self.code is None else f"exit {self.code}"

    def trace(self):
        return "Unhandled exception" in self.err or "   at " in self.err or "Stack overflow" in self.err

    def internal(self):
        return self.code == 3 or "internal error" in self.err


class Rerun:
    def __init__(self, command, keep):
        self.command = command
        self.keep = keep
        self.base = pathlib.Path(tempfile.mkdtemp(prefix="rhetlint-rerun-"))
        os.chmod(self.base, 0o755)
        # dotnet writes its first-run state under HOME; `nobody` has none.
        self.home = self.base / "home"
        self.home.mkdir()
        os.chmod(self.home, 0o777)

    def folder(self, name):
        path = self.base / name
        path.mkdir()
        os.chmod(path, 0o777)
        return path

    def env(self, cwd, extra=None):
        env = dict(os.environ)
        env.update({"HOME": str(self.home), "DOTNET_CLI_HOME": str(self.home), "DOTNET_NOLOGO": "1",
                    "DOTNET_CLI_TELEMETRY_OPTOUT": "1", "RHETLINT_CACHE_DIR": str(cwd / ".cache")})
        env.pop("RHETLINT_ALLOW_CODE_RULES", None)
        env.update(extra or {})
        return env

    def run(self, cwd, *args, stdin=b"", timeout=HANG, env=None, as_nobody=False):
        command = self.command + list(args)
        if as_nobody:
            command = ["runuser", "-u", "nobody", "--"] + command
        started = time.monotonic()
        try:
            done = subprocess.run(command, cwd=cwd, input=stdin, capture_output=True, timeout=timeout, env=self.env(cwd, env))
            code, out, err = done.returncode, done.stdout, done.stderr
        except subprocess.TimeoutExpired as e:
            code, out, err = None, e.stdout or b"", e.stderr or b""
        seconds = time.monotonic() - started
        return Run(code, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"), seconds)

    def lsp(self, cwd, env=None):
        return LspSession(self.command + ["lsp"], cwd, self.env(cwd, env))


class LspSession:
    """A minimal JSON-RPC client over stdio: raw frames in, parsed messages out (by a reader thread)."""

    def __init__(self, command, cwd, env):
        self.process = subprocess.Popen(command, cwd=cwd, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE)
        self.messages = []
        self.condition = threading.Condition()
        self.log = []
        self.next_id = 100
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._read_log, daemon=True).start()

    def _read(self):
        for message in read_messages(self.process.stdout):
            with self.condition:
                self.messages.append(message)
                self.condition.notify_all()
        with self.condition:
            self.condition.notify_all()

    def _read_log(self):
        for line in self.process.stderr:
            self.log.append(line.decode("utf-8", "replace"))

    def send_raw(self, body):
        try:
            self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
            self.process.stdin.flush()
        except (BrokenPipeError, OSError):
            pass

    def send_bytes(self, data):
        try:
            self.process.stdin.write(data)
            self.process.stdin.flush()
        except (BrokenPipeError, OSError):
            pass

    def send(self, message):
        self.send_raw(json.dumps(message).encode())

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method, params, timeout=20):
        self.next_id += 1
        ident = self.next_id
        self.send({"jsonrpc": "2.0", "id": ident, "method": method, "params": params})
        return self.wait(lambda m: m.get("id") == ident and "method" not in m, timeout)

    def wait(self, predicate, timeout):
        deadline = time.monotonic() + timeout
        with self.condition:
            while True:
                for message in self.messages:
                    if predicate(message):
                        self.messages.remove(message)
                        return message
                left = deadline - time.monotonic()
                if left <= 0 or self.process.poll() is not None:
                    return None
                self.condition.wait(min(left, 0.5))

    def published(self, uri, version, timeout=30):
        return self.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                         and m["params"].get("uri") == uri and m["params"].get("version") == version, timeout)

    def initialize(self, root=None, options=None):
        answer = self.request("initialize", {"processId": os.getpid(), "rootUri": root, "capabilities": {},
                                             "initializationOptions": options or {"rhetlint": {"debounceMs": 0}}})
        self.notify("initialized", {})
        return answer

    def alive(self):
        """Still running and still answering requests."""
        return self.process.poll() is None and self.request("rhetlint/stats", {}, timeout=20) is not None

    def close(self):
        if self.process.poll() is None:
            self.request("shutdown", None, timeout=10)
            self.notify("exit", None)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def record(item, klass, expected, observed, passed):
    rows.append((item, klass, expected, observed, "PASS" if passed is True else "SKIP" if passed is None else "FAIL"))


def write(path, text, mode=0o644):
    path = pathlib.Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    os.chmod(path, mode)
    return path


WIRE_STYLE = "root=true\n[*]\nrhetlint.packs = wire-style\n"
EVIL_RULE = """public sealed class Evil : RhetoricAnalyzer {
  static Evil() { System.IO.File.WriteAllText("PWNED", System.Environment.UserName); }
  public static readonly DiagnosticDescriptor D = new("EVIL1","t","m","HouseStyle",DiagnosticSeverity.Warning,true);
  public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [D];
  public override void Initialize(AnalysisContext c) { } }
"""


def stranger_folder(r, name):
    victim = r.folder(name)
    write(victim / ".editorconfig", "root = true\n[*.md]\n")
    write(victim / "drafts/.editorconfig", "[*.md]\nrhetlint.packs = p\nrhetlint.allow_code_rules = true\n")
    write(victim / "drafts/p/pack.yaml", "name: p\n")
    write(victim / "drafts/p/Evil.rule.cs", EVIL_RULE)
    write(victim / "drafts/story.md", "The audit was fine.\n")
    return victim


def item1(r):
    victim = stranger_folder(r, "i1")
    run = r.run(victim, "check", "--no-cache", "drafts/")
    cli_pwned = (victim / "PWNED").exists() or (victim / "drafts/PWNED").exists()
    lsp_dir = stranger_folder(r, "i1-lsp")
    session = r.lsp(lsp_dir)
    session.initialize(lsp_dir.as_uri())
    uri = (lsp_dir / "drafts/story.md").as_uri()
    session.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": "The audit was fine.\n"}})
    published = session.published(uri, 1, timeout=30)
    session.close()
    lsp_pwned = any(p.name == "PWNED" for p in lsp_dir.rglob("PWNED"))
    record(1, "S", "a folder's .editorconfig cannot opt in: no code runs (CLI and server)",
           f"check: {run.describe()}, PWNED {'written' if cli_pwned else 'absent'}; lsp: "
           f"{'diagnostics published' if published else 'no diagnostics'}, PWNED {'written' if lsp_pwned else 'absent'}",
           not cli_pwned and not lsp_pwned and run.code in (0, 1, 2))


def item2(r):
    d = r.folder("i2")
    write(d / "a.txt", "Critics say the plan is the greatest.\n")
    os.mknod(d / "fakenull", 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    device = r.run(d, "check", "--no-cache", "-o", "fakenull", "a.txt")
    still_device = stat.S_ISCHR(os.lstat(d / "fakenull").st_mode)
    write(d / "real.sarif", "real\n")
    os.symlink("real.sarif", d / "link.sarif")
    link = r.run(d, "check", "--no-cache", "-o", "link.sarif", "--format", "sarif", "a.txt")
    still_link = os.path.islink(d / "link.sarif")
    target_written = '"version": "2.1.0"' in (d / "real.sarif").read_text()
    write(d / "bl-real.json", "{}\n")
    os.symlink("bl-real.json", d / "bl.json")
    baseline = r.run(d, "baseline", "create", "a.txt", "--file", "bl.json")
    bl_ok = os.path.islink(d / "bl.json") and "a.txt" in (d / "bl-real.json").read_text()
    record(2, "D", "-o a device: device kept; -o / --file a symlink: written through, link kept",
           f"device: {device.describe()}, {'still a device' if still_device else 'REPLACED by a file'}; "
           f"symlink: {link.describe()}, link {'kept' if still_link else 'replaced'}, target {'written' if target_written else 'unchanged'}; "
           f"baseline --file symlink: {baseline.describe()}, {'written through' if bl_ok else 'link replaced or not written'}",
           still_device and still_link and target_written and bl_ok)


def item3(r):
    if not ROOT:
        record(3, "D", "read-only draft refused; owner kept; hard link not broken", "needs root (runs as nobody)", None)
        return
    d = r.folder("i3")
    write(d / ".editorconfig", WIRE_STYLE)
    original = "In order to win, we will utilize the port.\n"
    draft = write(d / "a.md", original, 0o444)
    readonly = r.run(d, "fix", "--write", "a.md", as_nobody=True)
    kept_readonly = draft.read_text() == original and os.stat(draft).st_uid == 0
    owned = write(d / "b.md", original)
    os.chown(owned, 65534, 65534)
    as_root = r.run(d, "fix", "--write", "b.md")
    owner = os.stat(owned).st_uid, os.stat(owned).st_gid
    write(d / "h1.md", original)
    os.link(d / "h1.md", d / "h2.md")
    hard = r.run(d, "fix", "--write", "h1.md")
    h1, h2 = (d / "h1.md").read_text(), (d / "h2.md").read_text()
    same_inode = os.stat(d / "h1.md").st_ino == os.stat(d / "h2.md").st_ino
    record(3, "D", "0444 draft refused (exit 2, unchanged); owner kept when root fixes; hard link kept",
           f"read-only as nobody: {readonly.describe()}, {'unchanged' if kept_readonly else 'REPLACED'}; "
           f"root on nobody's draft: {as_root.describe()}, owner {owner[0]}:{owner[1]}, {'fixed' if owned.read_text() != original else 'unchanged'}; "
           f"hard link: {hard.describe()}, {'link kept, names agree' if same_inode and h1 == h2 else 'LINK BROKEN'}",
           readonly.code == 2 and kept_readonly and owner == (65534, 65534) and owned.read_text() != original
           and same_inode and h1 == h2)


def item4(r):
    d = r.folder("i4")
    session = r.lsp(d)
    session.initialize()
    session.notify("textDocument/didOpen", {"textDocument": {"uri": "file:///t.md", "languageId": "markdown", "version": 1, "text": "Critics say so.\n"}})
    bad = [
        b'{"jsonrpc":"2.0","method":"textDocument/didOpen","params":[1,2]}',
        b'{"jsonrpc":"2.0","method":"textDocument/didOpen","params":"x"}',
        b'{"jsonrpc":"2.0","method":"textDocument/didOpen","params":5}',
        b'{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///t.md","version":2},"contentChanges":[1]}}',
        b'{"jsonrpc":"2.0","method":"workspace/didChangeWatchedFiles","params":{"changes":[1]}}',
        b'{"jsonrpc":"2.0","method":"$/cancelRequest","params":"x"}',
        b'{"jsonrpc":"2.0","method":"$/cancelRequest","params":[1]}',
        b'{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///u.md","languageId":"markdown","version":1,"text":"a \\ud800 b"}}}',
        b'{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///v.md","languageId":"markdown","version":1,"text":"a \xff\xfe b"}}}',
        b'{"jsonrpc":"2.0","id":1,"method":"\xff\xfe","params":{}}',
    ]
    survived = 0
    for body in bad:
        session.send_raw(body)
        if not session.alive():
            break
        survived += 1
    code = session.process.poll()
    session.close()
    record(4, "C", "each malformed message answered or logged; the server keeps serving",
           f"served after {survived} of {len(bad)} malformed messages" + ("" if code is None else f"; exited with {code}"),
           survived == len(bad))


def two_files(d, name, data):
    write(d / "ok.md", "Critics say the plan is the greatest.\n")
    return write(d / name, data)


def item5(r):
    d = r.folder("i5")
    two_files(d, "a.md", "Critics say \ufffe the greatest plan.\n".encode("utf-8"))
    observed = []
    passed = True
    for args in (["check", "--no-cache", "a.md", "ok.md"], ["check", "--no-cache", "--format", "json", "a.md", "ok.md"],
                 ["fix", "a.md", "ok.md"], ["explain", "a.md"], ["baseline", "create", "a.md", "ok.md"]):
        run = r.run(d, *args)
        other = "ok.md" in run.out or args[0] != "check"  # fix prints a diff only for drafts with safe rewrites
        observed.append(f"{args[0]}{' json' if 'json' in args else ''}: {run.describe()}")
        passed &= not run.internal() and not run.trace() and run.code is not None and other
    record(5, "C", "U+FFFE in a flagged sentence: no exit 3 in check/fix/explain/baseline; other files reported",
           ", ".join(observed), passed)


def item6(r):
    d = r.folder("i6")
    inputs = {"a.md": ">" * 128 + " Critics say x.\n", "b.md": "- " * 64 + "x\n", "c.md": "*a **b " * 8000,
              "d.md": "[" * 20000, "e.md": "[" * 50000 + "](b)" * 50000}
    observed = []
    passed = True
    for name, text in inputs.items():
        write(d / name, text)
        run = r.run(d, "check", "--no-cache", name, "ok.md") if (d / "ok.md").exists() else None
        if run is None:
            write(d / "ok.md", "Critics say the plan is the greatest.\n")
            run = r.run(d, "check", "--no-cache", name, "ok.md")
        one_line = len([l for l in run.err.splitlines() if name in l]) <= 1
        observed.append(f"{name} {run.describe()}")
        passed &= run.code in (0, 1, 2) and not run.internal() and not run.trace() and "ok.md" in run.out and one_line
    record(6, "C", "deep Markdown nesting: exit 0-2 with at most one line per file, other file reported",
           ", ".join(observed), passed)


def pack_folder(r, name, rule_yaml):
    d = r.folder(name)
    write(d / "p/pack.yaml", "name: p\n")
    write(d / "p/r.yaml", rule_yaml)
    write(d / ".editorconfig", "root=true\n[*]\nrhetlint.packs = p\n")
    write(d / "a.md", "Critics say the plan is the greatest.\n")
    return d


def item7(r):
    d = pack_folder(r, "i7", "&a [*a]: 1\nid: HG1\nkind: existence\nmessage: x\nphrases: [x]\n")
    run = r.run(d, "check", "--no-cache", "a.md")
    session = r.lsp(d)
    session.initialize(d.as_uri())
    uri = (d / "a.md").as_uri()
    session.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": "Critics say so.\n"}})
    published = session.published(uri, 1)
    alive = session.alive()
    session.close()
    record(7, "C", "recursive alias as a key: a pack problem (exit 2), findings still reported; server survives",
           f"check: {run.describe()}{', stack overflow' if 'Stack overflow' in run.err else ''}, "
           f"{'RH findings shown' if 'RH' in run.out else 'no report'}; lsp: {'published' if published else 'nothing published'}, "
           f"{'alive' if alive else 'dead'}",
           run.code == 2 and not run.trace() and "RH" in run.out and alive and published is not None)


def item8(r):
    d = r.folder("i8")
    write(d / "t/ok.md", "Critics say x.\n")
    (d / "t/sub").mkdir()
    os.symlink("..", d / "t/sub/a")
    os.symlink("..", d / "t/sub/b")
    run = r.run(d, "check", "--no-cache", "--format", "concise", "t", timeout=HANG)
    reported = run.out.count("ok.md(")
    record(8, "C", "two links to an ancestor: the walk ends, ok.md reported once",
           f"{run.describe()} in {run.seconds:.1f} s, ok.md findings listed {reported} time(s)",
           run.code in (0, 1) and reported == 1)


def item9(r):
    d = r.folder("i9")
    write(d / "t/ok.md", "Critics say the plan is the greatest.\n")
    os.mkfifo(d / "t/pipe.md")
    fifo = r.run(d, "check", "--no-cache", "t", timeout=HANG)
    os.symlink("/dev/zero", d / "z.md")
    zero = r.run(d, "check", "--no-cache", "z.md", timeout=HANG)
    os.symlink("/dev/urandom", d / "u.md")
    rand = r.run(d, "check", "--no-cache", "u.md", timeout=HANG)
    record(9, "C", "a FIFO in a folder, a link to /dev/zero or /dev/urandom: input error (exit 2) at once, others reported",
           f"fifo: {fifo.describe()} in {fifo.seconds:.1f} s{', ok.md reported' if 'ok.md' in fifo.out else ''}; "
           f"/dev/zero: {zero.describe()} in {zero.seconds:.1f} s; /dev/urandom: {rand.describe()} in {rand.seconds:.1f} s",
           fifo.code == 2 and "ok.md" in fifo.out and zero.code == 2 and rand.code == 2
           and max(fifo.seconds, zero.seconds, rand.seconds) < TIME_BUDGET)


def item10(r):
    lines = ["l0: &l0 [" + ", ".join(["lol"] * 10) + "]"]
    for level in range(1, 10):
        lines.append(f"l{level}: &l{level} [" + ", ".join([f"*l{level - 1}"] * 10) + "]")
    lines.append("? *l9\n: x")
    d = pack_folder(r, "i10", "\n".join(lines) + "\nid: HG1\nkind: existence\nmessage: x\nphrases: [x]\n")
    run = r.run(d, "check", "--no-cache", "a.md", timeout=HANG)
    record(10, "C", "billion laughs (depth 9) as a key: reported as a pack problem, bounded time",
           f"{run.describe()} in {run.seconds:.1f} s", run.code == 2 and run.seconds < TIME_BUDGET and not run.trace())


def timed_inputs(r, item, klass, expected, inputs):
    d = r.folder(f"i{item}")
    observed = []
    passed = True
    for name, text in inputs:
        write(d / name, text)
        run = r.run(d, "check", "--no-cache", "--fail-on", "none", name, timeout=HANG)
        observed.append(f"{name} ({len(text.encode()) // 1000} KB) {run.describe()} in {run.seconds:.1f} s")
        passed &= run.code in (0, 2) and run.seconds < TIME_BUDGET and not run.internal()
    record(item, klass, expected, "; ".join(observed), passed)


def item11(r):
    timed_inputs(r, 11, "C", f"many findings in one sentence, unclosed quotes: linear (< {TIME_BUDGET} s Debug)",
                 [("s.txt", "We saw the greatest plan, " * 20000 + "and stopped.\n"), ("q.txt", '"Critics ' * 100000 + "\n")])


def item12(r):
    timed_inputs(r, 12, "C", f"unclosed Markdown links, nested quotes: linear (< {TIME_BUDGET} s Debug)",
                 [("l.md", "[a](" * 80000 + "\n"), ("q.md", '("' * 20000 + "Critics say" + '")' * 20000)])


def item13(r):
    d = r.folder("i13")
    write(d / "a.md", "Critics say the plan is the greatest.\n")
    runs = [r.run(d, "check", "a.md", "--max-warnings", value) for value in ("abc", "2147483648")]
    record(13, "C", "--max-warnings abc / 2147483648: usage error, exit 2, one clear line",
           ", ".join(f"{v}: {run.describe()}{' with a stack trace' if run.trace() else ''}" for v, run in zip(("abc", "2147483648"), runs)),
           all(run.code == 2 and not run.trace() for run in runs))


def cache_entry(r, d, name):
    """Runs once to fill the cache; returns the entry's path and its JSON."""
    r.run(d, "check", "--format", "json", name)
    entries = list((d / ".cache").rglob("*.json"))
    entries = [e for e in entries if "results" in e.parts] or entries
    return entries[0], json.loads(entries[0].read_text())


def first_finding(entry):
    return entry["Findings"][0]


def item14(r):
    mutations = {
        "Findings null": lambda e: e.__setitem__("Findings", None),
        "no Suppressed": lambda e: e.pop("Suppressed", None),
        "Id null": lambda e: first_finding(e).__setitem__("Id", None),
        "Start -5": lambda e: first_finding(e).__setitem__("Start", -5),
        "Length -5": lambda e: first_finding(e).__setitem__("Length", -5),
        "Start 2^31-1": lambda e: first_finding(e).__setitem__("Start", 2**31 - 1),
        "Rewrites null": lambda e: first_finding(e).__setitem__("Rewrites", None),
    }
    observed = []
    passed = True
    for label, mutate in mutations.items():
        d = r.folder(f"i14-{label.replace(' ', '_').replace('^', '')}")
        write(d / "a.txt", "Critics say the plan is the greatest.\n")
        fresh = r.run(d, "check", "--no-cache", "--format", "json", "a.txt")
        path, entry = cache_entry(r, d, "a.txt")
        mutate(entry)
        path.write_text(json.dumps(entry))
        run = r.run(d, "check", "--format", "json", "a.txt")
        same = run.code == fresh.code and json.loads(run.out or "{}").get("files") == json.loads(fresh.out or "{}").get("files")
        observed.append(f"{label}: {run.describe()}{'' if same else ' (report differs)'}")
        passed &= same and not run.internal()
    record(14, "C", "a wrong cache entry is a miss: same report as --no-cache", ", ".join(observed), passed)


def item15(r):
    d = r.folder("i15")
    write(d / "a.md", "Critics say the plan is the greatest.\n")
    baselines = ['{"version":1}', '{"version":1,"files":null}', '{"version":1,"files":{"a.md":null}}',
                 '{"version":1,"files":{"a.md":[null]}}']
    observed = []
    passed = True
    for i, text in enumerate(baselines):
        write(d / f"bl{i}.json", text)
        check = r.run(d, "check", "--baseline", f"bl{i}.json", "a.md")
        update = r.run(d, "baseline", "update", "a.md", "--file", f"bl{i}.json")
        observed.append(f"{text}: check {check.describe()}, update {update.describe()}")
        passed &= check.code == 2 and update.code == 2 and not check.trace() and not update.trace()
        write(d / f"bl{i}.json", text)
    record(15, "C", "malformed baselines: exit 2 with one line in check --baseline and baseline update", "; ".join(observed), passed)


CODE_RULE = """public sealed class Bad : RhetoricAnalyzer {
  public static readonly DiagnosticDescriptor D = new("BAD1","t","m","HouseStyle",DiagnosticSeverity.Warning,true);
  public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [D];
  public override void Initialize(AnalysisContext c) => c.RegisterDocumentAction(d => Misbehave(d));
  static int Recurse(int n) => Recurse(n + 1) + 1;
  static void Misbehave(DocumentContext d) { BODY }
}
"""


def item16(r):
    bodies = {"stack overflow": "Recurse(0);", "endless loop": "while (true) { }", "Environment.Exit(0)": "System.Environment.Exit(0);"}
    observed = []
    passed = True
    for label, body in bodies.items():
        d = r.folder(f"i16-{label.split()[0].split('.')[0]}")
        write(d / "p/pack.yaml", "name: p\n")
        write(d / "p/Bad.rule.cs", CODE_RULE.replace("BODY", body))
        write(d / ".editorconfig", "root=true\n[*]\nrhetlint.packs = p\n")
        write(d / "a.md", "Critics say the plan is the greatest.\n")
        run = r.run(d, "check", "--no-cache", "--allow-code-rules", "--fail-on", "warning", "a.md", timeout=HANG)
        reported = "RH2001" in run.out or "RH3001" in run.out
        flagged = "RH0005" in run.out
        observed.append(f"{label}: {run.describe()} in {run.seconds:.0f} s, {'RH0005 and the report' if flagged and reported else 'report shown' if reported else 'no report'}"
                        + (f" ({run.err.strip().splitlines()[0][:90]})" if run.code == 2 and run.err.strip() else ""))
        # Exit 1 with RH0005 (the rule stopped, the rest reported), or exit 2 when the rule file is refused with a reason.
        passed &= (run.code == 1 and flagged and reported) or (run.code == 2 and not run.trace() and run.err.strip() != "")
    record(16, "C", "a trusted rule that recurses, loops or exits: reported as that rule's problem, the run goes on",
           "; ".join(observed), passed)


def item17(r):
    d = r.folder("i17")
    session = r.lsp(d)
    session.initialize()
    session.send_bytes(b"Content-Length: 200000000\r\n\r\n{}")
    started = time.monotonic()
    answer = session.request("rhetlint/stats", {}, timeout=HANG)
    seconds = time.monotonic() - started
    session.close()
    record(17, "C", "a Content-Length larger than the body: skipped after a timeout, later requests answered",
           f"request after the lying frame {'answered' if answer else 'NOT answered'} after {seconds:.1f} s", answer is not None)


def item18(r):
    d = r.folder("i18")
    write(d / "u.md", "Intro.\u2028Critics say the plan is the greatest.\n")
    concise = r.run(d, "check", "--no-cache", "--format", "concise", "u.md")
    g = r.folder("i18-git")
    git = lambda *a: subprocess.run(["git", *a], cwd=g, capture_output=True, env={**os.environ, "GIT_AUTHOR_NAME": "t",
                                    "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t", "HOME": str(r.home)})
    git("init", "-q")
    write(g / "b.md", "The weather\u2028was mild.\nThe ferry ran.\n")
    git("add", "b.md")
    git("commit", "-qm", "b")
    write(g / "b.md", "The weather\u2028was mild.\nCritics say the plan is the greatest.\n")
    changed = r.run(g, "check", "--no-cache", "--format", "concise", "--changed-since", "HEAD", "b.md")
    record(18, "W", "U+2028 is not a line break: u.md(1,..); --changed-since keeps the finding on line 2",
           f"concise: {concise.out.strip().splitlines()[0][:40] if concise.out.strip() else 'nothing'}; "
           f"changed-since: {changed.describe()}, {'b.md(2,' if 'b.md(2,' in changed.out else 'finding missing or wrong line'}",
           "u.md(1," in concise.out and "u.md(2," not in concise.out and "b.md(2," in changed.out)


def item19(r):
    d = r.folder("i19")
    write(d / "real.md", "In order to win.\n")
    os.symlink("real.md", d / "link.md")
    write(d / ".editorconfig", WIRE_STYLE)
    fix = r.run(d, "fix", "--write", "link.md")
    fixed = (d / "real.md").read_text() == "To win.\n" and os.path.islink(d / "link.md")
    write(d / "real2.md", "Critics say the plan is the greatest.\n")
    os.symlink("real2.md", d / "link2.md")
    suppress = r.run(d, "check", "--no-cache", "--add-suppressions", "link2.md")
    suppressed = "rhetlint-ignore" in (d / "real2.md").read_text() and os.path.islink(d / "link2.md")
    record(19, "W", "fix --write / --add-suppressions on ./link.md write the target, keep the link",
           f"fix: {fix.describe()}, {'target fixed' if fixed else 'not written'}; add-suppressions: {suppress.describe()}, "
           f"{'comment added' if suppressed else 'not written'}",
           fixed and fix.code == 0 and suppressed and suppress.code != 2)


def item20(r):
    if not ROOT:
        record(20, "W", "an unreadable folder is an input error (exit 2)", "needs root (runs as nobody)", None)
        return
    d = r.folder("i20")
    write(d / "t/locked/s.md", "Critics say the greatest plan.\n")
    write(d / "t/ok.md", "ok\n")
    os.chmod(d / "t", 0o755)
    os.chmod(d / "t/locked", 0o000)
    run = r.run(d, "check", "--no-cache", "--fail-on", "warning", "t", as_nobody=True)
    os.chmod(d / "t/locked", 0o755)
    line = next((l for l in run.err.splitlines() if "locked" in l), "no line")
    record(20, "W", "an unreadable folder is an input error (exit 2), the rest checked", f"{run.describe()}: {line[:80]}",
           run.code == 2 and "locked" in run.err)


def item21(r):
    d = r.folder("i21")
    write(d / "a.md", "Critics say the plan is the greatest.\n")
    select = r.run(d, "check", "--no-cache", "a.md", "--select", "NOPE123")
    write(d / ".editorconfig", "root = true\n[*.md]\nrhetlint.profle = opinion\n")
    show = r.run(d, "config", "show", "a.md")
    check = r.run(d, "check", "--no-cache", "a.md")
    write(d / ".editorconfig", "root = true\n[*.md]\nrhetlint_diagnostic.RH9999.severity = error\n")
    unknown = r.run(d, "check", "--no-cache", "a.md")
    record(21, "W", "--select NOPE123, a misspelt key, an unknown RH id: exit 2 naming them",
           f"--select NOPE123: {select.describe()}; rhetlint.profle: config show {show.describe()}, check {check.describe()}; "
           f"RH9999: {unknown.describe()}",
           select.code == 2 and show.code == 2 and check.code == 2 and unknown.code == 2)


def item22(r):
    d = r.folder("i22")
    write(d / "a.md", b"\xff\xfe\x00\x00" + 'Critics say "x".\n'.encode("utf-32-le"))
    utf32 = r.run(d, "check", "--no-cache", "a.md")
    write(d / "n.md", b"\xff\xfe" + "Critics say\x00 x.\n".encode("utf-16-le"))
    nul = r.run(d, "check", "--no-cache", "n.md")
    record(22, "W", "UTF-32 and U+0000 in UTF-16: refused as input errors (exit 2)",
           f"UTF-32LE: {utf32.describe()}; NUL in UTF-16: {nul.describe()}", utf32.code == 2 and nul.code == 2)


def item23(r):
    d = r.folder("i23")
    write(d / "a.txt", "Critics say \x1b]0;pwned\x07\x1b[31m the plan is the greatest.\n")
    write(d / "new\nline\x1b[2J.md", "Critics say the plan is the greatest.\n")
    observed = []
    passed = True
    for fmt in ("text", "concise"):
        run = r.run(d, "check", "--no-cache", "--format", fmt, "a.txt", "new\nline\x1b[2J.md")
        raw = "\x1b" in run.out or "\x07" in run.out or "\x1b" in run.err
        split = any(l.startswith("line") for l in run.out.splitlines())
        observed.append(f"{fmt}: {'raw ESC/BEL' if raw else 'escaped'}, {'name split' if split else 'one line per finding'}")
        passed &= not raw and not split and "RH" in run.out
    record(23, "W", "control characters from drafts and names escaped in text and concise output", "; ".join(observed), passed)


def item24(r):
    d = r.folder("i24")
    session = r.lsp(d)
    session.initialize()
    observed = []
    passed = True
    for name, text in (("x.md", "Critics say \ufffe the greatest plan."), ("y.md", ">" * 128 + " Critics say the plan is the greatest.\n")):
        uri = f"file:///{name}"
        session.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}})
        published = session.published(uri, 1, timeout=HANG)
        count = None if published is None else len(published["params"]["diagnostics"])
        observed.append(f"{name}: {'nothing published' if published is None else f'{count} diagnostic(s) published'}")
        passed &= published is not None
    session.close()
    record(24, "W", "a draft the engine cannot read (U+FFFE, 128 '>') still gets publishDiagnostics for its version",
           "; ".join(observed), passed)


def item25(r):
    d = r.folder("i25")
    write(d / "a.md", "In order to win, the greatest plan is clearly the one we have.\n")
    write(d / ".editorconfig", WIRE_STYLE)
    fresh = r.run(d, "check", "--no-cache", "--format", "json", "a.md")
    path, entry = cache_entry(r, d, "a.md")
    poisoned = False
    for finding in entry["Findings"]:
        for rewrite in finding.get("Rewrites") or []:
            for change in rewrite.get("Changes") or []:
                change["Start"] = 100000
                poisoned = True
    path.write_text(json.dumps(entry))
    run = r.run(d, "check", "--format", "json", "a.md")
    leaked = '"start": 100000' in run.out.replace('"start":100000', '"start": 100000')
    same = json.loads(run.out or "{}").get("files") == json.loads(fresh.out or "{}").get("files")
    record(25, "W", "a cached edit outside the text: the entry is a miss, the report is the fresh one",
           f"{'no rewrite in the entry to poison' if not poisoned else ''}{run.describe()}, "
           f"{'start 100000 in the report' if leaked else 'no poisoned edit'}, {'same as --no-cache' if same else 'differs from --no-cache'}",
           poisoned and not leaked and same)


def item26(r):
    d = r.folder("i26")
    write(d / ".editorconfig", WIRE_STYLE)
    drafts = d / "drafts"
    for i in range(1500):
        write(drafts / f"k{i:04}.md", f"In order to win, ferry {i} will utilize the port prior to the storm.\n")
    command = r.command + ["fix", "--write", "drafts"]
    kills = 0
    for _ in range(3):
        process = subprocess.Popen(command, cwd=d, env=r.env(d), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + HANG
        # SIGKILL while files are being written: when the first temporary file appears.
        while time.monotonic() < deadline and process.poll() is None:
            if any(name.endswith(".tmp") for name in os.listdir(drafts)):
                break
            time.sleep(0.005)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            kills += 1
        process.wait()
        # Undo the fixes, so the next run has work again.
        for i in range(1500):
            (drafts / f"k{i:04}.md").write_text(f"In order to win, ferry {i} will utilize the port prior to the storm.\n")
    left_after_kill = [n for n in os.listdir(drafts) if n.endswith(".tmp")]
    # A temporary file younger than 5 minutes may be another run's write in progress and is left alone: age the
    # leftovers as if the next run came an hour later.
    for name in left_after_kill:
        old = time.time() - 3600
        os.utime(drafts / name, (old, old))
    write(drafts / "k0000.md", "In order to win.\n")
    rerun = r.run(d, "fix", "--write", "drafts/k0000.md")
    left = [n for n in os.listdir(drafts) if n.endswith(".tmp")]
    partial = [n for n in os.listdir(drafts) if n.endswith(".md") and not (drafts / n).read_text().startswith(("In order", "To win"))]
    record(26, "W", "SIGKILL during fix --write: no partial draft; a later write removes the stale (> 5 min) temporary file",
           f"{kills} kills, {len(left_after_kill)} temporary file(s) left after them, {len(partial)} partial drafts; "
           f"next fix --write {rerun.describe()}, {len(left)} left",
           kills > 0 and not left and not partial)


def item27(r):
    d = r.folder("i27")
    write(d / ".editorconfig", WIRE_STYLE)
    original = "The council met in order to vote.\n"
    write(d / "a.md", original)
    run = r.run(d, "fix", "--interactive", "a.md", stdin=b"e\n\xf0\x9f\x98\x80 \xff\xfe\n")
    unchanged = (d / "a.md").read_text() == original
    p = pack_folder(r, "i27-pack", "id: HG1\nkind: existence\nmessage: x\nphrases: [caf\xe9]\n")
    write(p / "p/r.yaml", b"id: HG1\nkind: existence\nmessage: x\nphrases: [caf\xe9]\n")
    pack = r.run(p, "check", "--no-cache", "a.md")
    record(27, "W", "invalid UTF-8 at the edit prompt or in a pack YAML: refused (exit 2), nothing written as U+FFFD",
           f"edit prompt: {run.describe()}, draft {'unchanged' if unchanged else 'CHANGED'}; pack: {pack.describe()}, "
           f"{'says UTF-8' if 'UTF-8' in pack.err else 'no UTF-8 message'}",
           run.code == 2 and unchanged and pack.code == 2 and "UTF-8" in pack.err)


def item28(r):
    d = r.folder("i28")
    write(d / "a.md", "Critics say the plan is the greatest.\n")
    out = r.run(d, "check", "--no-cache", "-o", "/nonexistent/dir/out.json", "--format", "json", "a.md")
    names_tmp = ".tmp" in out.err
    observed = f"-o /nonexistent/dir/out.json: {out.describe()}, {'names the temporary file' if names_tmp else 'names out.json'}"
    passed = out.code == 2 and not names_tmp and "out.json" in out.err
    if ROOT:
        ro = r.folder("i28-ro")
        write(ro / ".editorconfig", WIRE_STYLE)
        write(ro / "a.md", "In order to win.\n", 0o666)
        os.chmod(ro, 0o555)
        fix = r.run(ro, "fix", "--write", "a.md", as_nobody=True)
        os.chmod(ro, 0o777)
        observed += f"; fix in a read-only folder (nobody): {fix.describe()}, {'names the temporary file' if '.tmp' in fix.err else 'names a.md'}"
        passed &= fix.code == 2 and ".tmp" not in fix.err and "a.md" in fix.err
    record(28, "U", "write errors name the file asked for, not a temporary file", observed, passed)


def item29(r):
    d = r.folder("i29")
    write(d / "a.md", "Critics say the plan is the greatest.\n")
    (d / "lex").mkdir()
    write(d / ".editorconfig", "root = true\n[*.md]\nrhetlint.actors = lex\n")
    folder = r.run(d, "check", "--no-cache", "a.md")
    os.remove(d / ".editorconfig")
    config = r.run(d, "check", "--no-cache", "--config", ".", "a.md")
    first = lambda run: next((l for l in run.err.splitlines() if l.strip()), "")[:90]
    record(29, "U", "a lexicon path or --config that is a folder: exit 2, 'is a folder'",
           f"lexicon folder: {folder.describe()} '{first(folder)}'; --config .: {config.describe()} '{first(config)}'",
           folder.code == 2 and config.code == 2 and "denied" not in folder.err and "no such file" not in config.err
           and "folder" in folder.err + "" and "folder" in config.err)


ITEMS = [item1, item2, item3, item4, item5, item6, item7, item8, item9, item10, item11, item12, item13, item14, item15,
         item16, item17, item18, item19, item20, item21, item22, item23, item24, item25, item26, item27, item28, item29]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rhetlint", nargs="?", default=os.environ.get("RHETLINT"), help="rhetlint.dll (JIT build) or a native rhetlint")
    parser.add_argument("--only", help="comma-separated item numbers")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folders")
    args = parser.parse_args()
    if not args.rhetlint:
        parser.error("name the rhetlint build (an argument or RHETLINT)")
    r = Rerun(rhetlint_command(args.rhetlint), args.keep)
    only = {int(n) for n in args.only.split(",")} if args.only else None
    try:
        for number, item in enumerate(ITEMS, 1):
            if only and number not in only:
                continue
            started = time.monotonic()
            try:
                item(r)
            except Exception as e:  # a broken reproduction is a failed row, not a stopped rerun
                record(number, "?", "the reproduction runs", f"{type(e).__name__}: {e}", False)
            print(f"item {number} done in {time.monotonic() - started:.1f} s", file=sys.stderr, flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(r.base, ignore_errors=True)
        else:
            print(f"kept {r.base}", file=sys.stderr)
    print("| # | class | expected | observed | result |")
    print("|---|---|---|---|---|")
    for item, klass, expected, observed, result in sorted(rows):
        print(f"| {item} | {klass} | {expected} | {observed.replace('|', '/')} | {result} |")
    failed = [row for row in rows if row[4] == "FAIL"]
    serious = [row for row in failed if row[1] in ("S", "D", "C", "?")]
    print(f"\n{sum(row[4] == 'PASS' for row in rows)} passed, {len(failed)} failed ({len(serious)} in classes S, D, C), "
          f"{sum(row[4] == 'SKIP' for row in rows)} skipped")
    return 1 if serious else 0


if __name__ == "__main__":
    sys.exit(main())
