#!/usr/bin/env python3
"""Renders `rhetlint check --format html` in headless Chromium and checks the page the browser built.

Usage: tests/html/check_report.py RHETLINT_COMMAND...   (e.g. `dotnet run --project src/Rhetlint.Cli --no-build --`)

The JSON report of the same drafts is the oracle: after the page's script ran (body[data-ready]), every finding's
marks must spell exactly its flagged text, the draft's own markup must be text (one <script>, the page's), the
chart must count every finding once, and opening the page at #fN-M must show that finding's tooltip.
Exits 0 when all checks pass, 1 otherwise, 2 when Chromium or rhetlint cannot run.
"""
import html.parser
import json
import os
import shutil
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# Markup, entities, quotes, CRLF line endings and non-ASCII text around a finding ("A think tank report declared").
TRICKY_DRAFT = (
    "Kestria & Varn <b>agree</b> on \"nothing\" and 'little'. <script>alert(1)</script>\r\n"
    "\r\n"
    "A think tank report declared that rents in Norvania would “double” by spring — café owners 😟 agree.\r\n"
)


class Page(html.parser.HTMLParser):
    """The parts of the rendered DOM the checks read."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.body = {}
        self.scripts = 0
        self.marks = []  # (finding ids, text)
        self.findings = {}  # id -> attributes of li.finding
        self.tip = None  # attributes of #rl-tip
        self.tip_text = []
        self.source_text = []
        self.chart_rows = []  # per table.chart body row: {family: count}
        self._mark = None
        self._tip_depth = 0
        self._source_depth = 0
        self._row = None
        self._cell = None
        self._in_tbody = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag == "body":
            self.body = a
        elif tag == "script":
            self.scripts += 1
        elif tag == "mark" and "data-findings" in a:
            self._mark = (a["data-findings"].split(), [])
        elif tag == "li" and "finding" in classes:
            self.findings[a.get("id")] = a
        elif tag == "tbody":
            self._in_tbody = True
        elif tag == "tr" and self._in_tbody:
            self._row = {}
            self.chart_rows.append(self._row)
        elif tag == "td" and self._row is not None and "data-family" in a:
            self._cell = a["data-family"]
            self._row[self._cell] = ""
        if self._tip_depth:
            self._tip_depth += 1
        elif a.get("id") == "rl-tip":
            self.tip, self._tip_depth = a, 1
        if self._source_depth:
            self._source_depth += 1
        elif tag == "div" and "source" in classes:
            self._source_depth = 1

    def handle_endtag(self, tag):
        if tag == "mark" and self._mark is not None:
            self.marks.append((self._mark[0], "".join(self._mark[1])))
            self._mark = None
        elif tag == "tbody":
            self._in_tbody = False
            self._row = None
        elif tag == "td":
            self._cell = None
        if self._tip_depth:
            self._tip_depth -= 1
        if self._source_depth:
            self._source_depth -= 1

    def handle_data(self, data):
        if self._mark is not None:
            self._mark[1].append(data)
        if self._tip_depth:
            self.tip_text.append(data)
        if self._source_depth:
            self.source_text.append(data)
        if self._cell is not None:
            self._row[self._cell] += data


def main(rhetlint):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("chromium is not installed")
        return 2
    work = tempfile.mkdtemp(prefix="rhetlint-html-")
    try:
        drafts = [os.path.join(REPO, "samples", "op-ed-harbor.md"), os.path.join(work, 'tricky & "quoted".txt')]
        with open(drafts[1], "w", encoding="utf-8", newline="") as f:
            f.write(TRICKY_DRAFT)

        def check(fmt):
            run = subprocess.run(rhetlint + ["check", "--format", fmt] + drafts, capture_output=True, text=True, encoding="utf-8")
            if run.returncode not in (0, 1):
                raise RuntimeError(f"rhetlint check --format {fmt} exited {run.returncode}: {run.stderr}")
            return run.stdout

        expected = json.loads(check("json"))
        report = os.path.join(work, "report.html")
        with open(report, "w", encoding="utf-8") as f:
            f.write(check("html"))

        target = "f1-2"
        dom = subprocess.run(
            [chromium, "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--user-data-dir=" + os.path.join(work, "profile"),
             "--virtual-time-budget=2000", "--dump-dom", "file://" + report + "#" + target],
            capture_output=True, text=True, encoding="utf-8", timeout=60)
        if dom.returncode != 0 or "<body" not in dom.stdout:
            print(f"chromium failed (exit {dom.returncode}): {dom.stderr[-2000:]}")
            return 2
        page = Page()
        page.feed(dom.stdout)
        return verify(page, expected, target)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def verify(page, expected, target):
    problems = []

    def expect(condition, message):
        if not condition:
            problems.append(message)

    expect(page.body.get("data-ready") == "true", "the page's script did not run (no body[data-ready=true])")
    expect(page.scripts == 1, f"expected only the page's own <script>, found {page.scripts}")
    source = "".join(page.source_text)
    expect("<script>alert(1)</script>" in source and "Kestria & Varn <b>agree</b> on \"nothing\" and 'little'." in source,
           "the draft's markup, ampersand and quotes are not shown as text")

    marks_of = {}
    for ids, text in page.marks:
        for finding in ids:
            marks_of.setdefault(finding, []).append(text)
    checked = 0
    for n, file in enumerate(expected["files"], start=1):
        for m, diagnostic in enumerate(file["diagnostics"], start=1):
            finding = f"f{n}-{m}"
            flagged = diagnostic["text"].replace("\r\n", "\n")
            shown = "".join(marks_of.pop(finding, []))
            expect(shown == flagged, f"{finding} ({diagnostic['id']} in {file['path']}): marks read {shown!r}, the finding is {flagged!r}")
            expect(page.findings.get(finding, {}).get("data-rule") == diagnostic["id"], f"{finding}: no list entry for {diagnostic['id']}")
            checked += 1
    expect(not marks_of, f"marks for findings the JSON report does not have: {sorted(marks_of)}")
    expect(checked >= 5, f"the drafts should give at least 5 findings, got {checked}")
    expect(any(d["text"] == "A think tank report declared" for d in expected["files"][1]["diagnostics"]), "the tricky draft's finding is missing")

    charted = sum(int(count) for row in page.chart_rows for count in row.values())
    expect(charted == checked, f"the charts count {charted} findings, the report has {checked}")
    headings = 2  # op-ed-harbor.md: "# The harbor deal …" and "## What the council should do"
    expect(len(page.chart_rows) == headings + 1, f"expected {headings} section rows for the op-ed and 1 for the plain text, got {len(page.chart_rows)}")

    tip = "".join(page.tip_text)
    wanted = expected["files"][0]["diagnostics"][1]
    expect(page.tip is not None and "hidden" not in page.tip, f"the tooltip for #{target} is not shown")
    expect(wanted["id"] in tip and wanted["message"] in tip, f"the tooltip does not explain {target}: {tip[:300]!r}")

    for problem in problems:
        print("FAIL: " + problem)
    if problems:
        return 1
    print(f"html report: ok ({checked} findings: marks match their spans, script ran, chart counts them, tooltip shown)")
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    try:
        sys.exit(main(sys.argv[1:]))
    except (RuntimeError, OSError, subprocess.TimeoutExpired) as error:
        print(f"cannot run the check: {error}")
        sys.exit(2)
