#!/usr/bin/env python3
"""Writes every finding `rhetlint check` reports on the annotated sets and samples/, in one canonical JSON file, so
that two builds can be compared: an optimisation must not change a finding (issue 18).

Documents: ../shared/eval/dev/cases.jsonl and ../shared/eval/dev2/train.jsonl (each written to a file of its id in a
temporary folder, .md or .txt by its format; never the held-out check set), and samples/. Each is checked with
--no-cache under every profile, as the files' folders configure them and as news and opinion.
Usage: python3 tools/findings_snapshot.py path/to/rhetlint[.dll] OUT.json
then:  diff before.json after.json   (no output: the same findings, spans, messages, fixes and fingerprints)
"""
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
EVAL_SETS = [ROOT.parent / "shared" / "eval" / "dev" / "cases.jsonl", ROOT.parent / "shared" / "eval" / "dev2" / "train.jsonl"]


def command(rhetlint):
    return ["dotnet", rhetlint] if rhetlint.endswith(".dll") else [rhetlint]


def write_eval_documents(folder):
    count = 0
    for path in EVAL_SETS:
        if not path.exists():
            print(f"skipped {path}: not present", file=sys.stderr)
            continue
        subset = folder / path.parent.name
        subset.mkdir()
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            case = json.loads(line)
            suffix = ".md" if case.get("format") == "markdown" else ".txt"
            (subset / (case["id"] + suffix)).write_text(case["text"], encoding="utf-8")
            count += 1
    return count


def check(rhetlint, cwd, paths, extra):
    run = subprocess.run(command(rhetlint) + ["check", "--no-cache", "--fail-on", "none", "--format", "json", *extra, *paths],
                         cwd=cwd, capture_output=True, text=True)
    if run.returncode != 0:
        raise SystemExit(f"rhetlint check exited {run.returncode}: {run.stderr}")
    report = json.loads(run.stdout)
    report.pop("tool", None)  # the version differs between builds
    return report


def main():
    rhetlint, out = os.path.abspath(sys.argv[1]), sys.argv[2]
    with tempfile.TemporaryDirectory(prefix="rhetlint-snapshot-") as temp:
        folder = pathlib.Path(temp)
        documents = write_eval_documents(folder)
        shutil.copytree(ROOT / "samples", folder / "samples")
        reports = {}
        for label, extra in [("configured", []), ("news", ["--profile", "news"]), ("opinion", ["--profile", "opinion"])]:
            reports[label] = check(rhetlint, folder, sorted(p.name for p in folder.iterdir()), extra)
    findings = sum(len(f["diagnostics"]) for report in reports.values() for f in report["files"])
    with open(out, "w", encoding="utf-8") as f:
        json.dump(reports, f, indent=1, sort_keys=True, ensure_ascii=False)
    print(f"{documents} eval documents and samples/, 3 profiles: {findings} findings written to {out}")


if __name__ == "__main__":
    main()
