#!/usr/bin/env python3
"""Checks that two builds of rhetlint report the same findings: the correctness gate of a speed change.

Usage: python3 bench/compare_builds.py BEFORE AFTER [INPUT ...]

BEFORE and AFTER are rhetlint builds (a native binary, or a rhetlint.dll run with `dotnet`). Each INPUT is a file,
a folder (checked as the CLI checks folders), or a .jsonl eval set, whose cases are written one file each to a
temporary folder (.md or .txt by the case's format) and never kept. Both builds run
`check --format json --no-cache --fail-on none` on the same paths, and every difference between the two reports is
printed, file by file. Exit 0 when the reports are identical, 1 when they differ.
With no INPUT: the dev and train eval sets beside the repository (../shared/eval) and samples/.
"""
import json
from collections import Counter
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_INPUTS = [ROOT.parent / "shared/eval/dev/cases.jsonl", ROOT.parent / "shared/eval/dev2/train.jsonl", ROOT / "samples"]


def command(build: str) -> list[str]:
    return ["dotnet", build] if build.endswith(".dll") else [build]


def cases_to_files(jsonl: pathlib.Path, folder: pathlib.Path) -> list[str]:
    paths = []
    for n, line in enumerate(jsonl.read_text(encoding="utf-8").splitlines()):
        if not line.strip():
            continue
        case = json.loads(line)
        suffix = ".md" if case.get("format") == "markdown" else ".txt"
        path = folder / f"{jsonl.stem}-{n:04d}{suffix}"
        path.write_text(case["text"], encoding="utf-8")
        paths.append(str(path))
    return paths


def report(build: str, paths: list[str]) -> dict:
    run = subprocess.run(command(build) + ["check", "--format", "json", "--no-cache", "--fail-on", "none", *paths],
                         capture_output=True, text=True, check=False)
    # 2 is a file that cannot be read (nested too deeply): the report still lists it, with its error.
    if run.returncode not in (0, 2):
        sys.exit(f"{build} exited {run.returncode}: {run.stderr.strip()[:2000]}")
    return json.loads(run.stdout)


def differences(before: dict, after: dict) -> list[str]:
    out = []
    files_before = {f["path"]: f for f in before["files"]}
    files_after = {f["path"]: f for f in after["files"]}
    for path in sorted(files_before.keys() | files_after.keys()):
        a, b = files_before.get(path), files_after.get(path)
        if a != b:
            # Counted, not searched: a hostile input has tens of thousands of findings.
            da = Counter(json.dumps(d, sort_keys=True) for d in (a or {}).get("diagnostics", []))
            db = Counter(json.dumps(d, sort_keys=True) for d in (b or {}).get("diagnostics", []))
            out.append(f"{path}:")
            out += [f"  - {d}" for d in (da - db).elements()]
            out += [f"  + {d}" for d in (db - da).elements()]
            if da == db:
                out.append("  (same diagnostics, other fields differ)")
    if before.get("summary") != after.get("summary"):
        out.append(f"summary: {before.get('summary')} -> {after.get('summary')}")
    return out


def main() -> None:
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    before, after = sys.argv[1], sys.argv[2]
    inputs = [pathlib.Path(p) for p in sys.argv[3:]] or [p for p in DEFAULT_INPUTS if p.exists()]
    with tempfile.TemporaryDirectory(prefix="rhetlint-compare-") as tmp:
        paths = []
        for n, source in enumerate(inputs):
            if source.suffix != ".jsonl":
                paths.append(str(source))
                continue
            # A folder per set: several sets share a file name (eval/topics/cases.jsonl, eval/topics3/cases.jsonl).
            folder = pathlib.Path(tmp) / f"{n}-{source.parent.name}"
            folder.mkdir()
            paths += cases_to_files(source, folder)
        old, new = report(before, paths), report(after, paths)
    diffs = differences(old, new)
    if diffs:
        print("\n".join(diffs))
        sys.exit(1)
    print(f"identical: {len(paths)} inputs, {sum(len(f['diagnostics']) for f in new['files'])} findings")


if __name__ == "__main__":
    main()
