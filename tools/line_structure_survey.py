#!/usr/bin/env python3
"""Measures how Rhetlint reads the shape of scraped plain text: sentences per line, sentences across line breaks.

The PTC (SemEval-2020 Task 11) articles have a title, a blank line, then one sentence per line; the SemEval-2023
Task 3 train articles have one paragraph per line (its dev articles, one sentence per line). For each article of the chosen corpora, runs
`rhetlint explain --format json` and counts, over every run of two or more non-blank lines (a block between blank
lines), how many of its lines start a sentence and how many lines that open like a sentence (a capital, a digit, a
quotation mark) the engine read as the rest of the line before (a caption run into the next line); how many sentences
cross a line break, the paragraphs, the unclosed-quotation notices (RH0002) and the findings per family. With `--before`,
a second build (say, one of main) is measured the same way and both columns are printed.

With `--cases` (an eval file such as ../shared/eval/dev/cases.jsonl; never the check set) and `--before`, it lists
the ids of the cases whose sentences, paragraphs or attribution frames differ between the two builds.

The corpora have no licence: the script prints counts and case ids only, never text, and writes nothing but
temporary copies of the eval cases.

Usage:
  dotnet build src/Rhetlint.Cli
  python3 tools/line_structure_survey.py [--corpus-root ../shared/corpus] [--split dev] [--before OTHER/rhetlint.dll]
  python3 tools/line_structure_survey.py --cases ../shared/eval/dev2/train.jsonl --before OTHER/rhetlint.dll
"""
import argparse
import collections
import json
import pathlib
import subprocess
import tempfile

from semeval_overlap import utf16_to_code_points

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPORA = {"ptc": "semeval2020-task11-ptc/{split}-articles", "semeval2023": "semeval2023-task3-en/{split}-articles"}
FAMILIES = {"RH1": "threat inflation", "RH2": "superlatives", "RH3": "sourcing", "RH4": "hedging"}


def runs_of_lines(text: str) -> list[tuple[int, int]]:
    """(first, last) 1-based line numbers of each run of non-blank lines."""
    runs, first = [], None
    lines = text.split("\n")
    for number, line in enumerate(lines, 1):
        if line.strip():
            first = first or number
        elif first:
            runs.append((first, number - 1))
            first = None
    if first:
        runs.append((first, len(lines)))
    return runs


def measure(dll: str, path: pathlib.Path, counts: collections.Counter) -> None:
    text = path.read_text(encoding="utf-8-sig")
    run = subprocess.run(["dotnet", dll, "explain", "--format", "json", str(path)], capture_output=True, text=True)
    if run.returncode != 0:
        counts["explain failed"] += 1
        return
    explanation = json.loads(run.stdout)
    to_index = utf16_to_code_points(text)
    line_starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    sentence_starts: set[int] = set()
    for sentence in explanation["sentences"]:
        span = sentence["span"]
        start = to_index[span["start"]]
        end = to_index[min(span["start"] + span["length"], len(to_index) - 1)]
        counts["sentences"] += 1
        if "\n" in text[start:end]:
            counts["sentences across a line break"] += 1
        sentence_starts.add(start)
        for finding in sentence.get("findings", []):
            rule = finding["id"]
            if rule == "RH0002":
                counts["RH0002 unclosed quotation notices"] += 1
            elif rule[:3] in FAMILIES:
                counts[f"findings: {FAMILIES[rule[:3]]}"] += 1
    paragraphs = {s["paragraph"] for s in explanation["sentences"]}
    counts["paragraphs"] += len(paragraphs)
    for first, last in runs_of_lines(text):
        if first == last:
            continue
        starting = joined = 0
        for number in range(first, last + 1):
            line = text[line_starts[number - 1]:].split("\n", 1)[0]
            content = line_starts[number - 1] + len(line) - len(line.lstrip())
            if content in sentence_starts:
                starting += 1
            elif number > first and not line.lstrip()[:1].islower():
                # A line that opens like a sentence (a capital, a digit, a mark) read as the rest of the line before.
                joined += 1
        counts["runs of 2+ lines"] += 1
        counts["runs with a capitalized line joined to the one before" if joined else "runs with every capitalized line starting a sentence"] += 1
        counts["lines in runs of 2+ lines"] += last - first + 1
        counts["lines that start a sentence"] += starting
        counts["capitalized lines joined to the line before"] += joined


def shape(dll: str, path: pathlib.Path) -> tuple:
    """The sentences (paragraph, start, length) and the frames (sentence, source) the engine reads in a file."""
    explanation = json.loads(subprocess.run(["dotnet", dll, "explain", "--format", "json", str(path)], capture_output=True, text=True).stdout)
    sentences = [(s["paragraph"], s["span"]["start"], s["span"]["length"]) for s in explanation["sentences"]]
    frames = [(s["index"], f["source"]["start"]) for s in explanation["sentences"] for f in s["frames"]]
    return sentences, frames


def compare_cases(cases: pathlib.Path, after: str, before: str) -> None:
    changed = []
    with tempfile.TemporaryDirectory() as folder:
        for line in cases.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            path = pathlib.Path(folder) / (case["id"] + (".md" if case["format"] == "markdown" else ".txt"))
            path.write_text(case["text"], encoding="utf-8")
            if shape(after, path) != shape(before, path):
                changed.append(case["id"])
    print(f"{cases.name}: {len(changed)} cases read differently: {' '.join(changed) or '-'}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus-root", default=str(ROOT.parent / "shared" / "corpus"))
    parser.add_argument("--split", default="dev")
    parser.add_argument("--rhetlint", default=str(ROOT / "src" / "Rhetlint.Cli" / "bin" / "Debug" / "net10.0" / "rhetlint.dll"))
    parser.add_argument("--before", help="another build's rhetlint.dll, measured the same way")
    parser.add_argument("--cases", help="an eval .jsonl file whose cases to compare between the builds (needs --before)")
    args = parser.parse_args()
    if args.cases:
        if "check" in pathlib.Path(args.cases).name:
            parser.error("the check set is held out: never measured here")
        if not args.before:
            parser.error("--cases needs --before")
        compare_cases(pathlib.Path(args.cases), args.rhetlint, args.before)
        return

    builds = {"after": args.rhetlint} | ({"before": args.before} if args.before else {})
    for corpus, pattern in CORPORA.items():
        folder = pathlib.Path(args.corpus_root) / pattern.format(split=args.split)
        files = sorted(folder.glob("*.txt"))
        results = {name: collections.Counter() for name in builds}
        for path in files:
            for name, dll in builds.items():
                measure(dll, path, results[name])
        print(f"\n{corpus} {args.split}: {len(files)} articles")
        keys = sorted(set().union(*results.values()))
        names = list(builds)
        print(f"  {'':45}" + "".join(f"{n:>10}" for n in reversed(names)))
        for key in keys:
            print(f"  {key:45}" + "".join(f"{results[n][key]:>10}" for n in reversed(names)))


if __name__ == "__main__":
    main()
