#!/usr/bin/env python3
"""Counts and lists the findings of one rule family (RH2xxx by default) a build reports on a fixed sample of real news.

The sample is fixed so that two builds can be compared: every article of the PolNeAR dev split (84 political news
articles from seven outlets) and of the SemEval-2023 English dev split (news and opinion); --split train takes the
larger train splits instead (840 PolNeAR articles, 446 SemEval articles). Hard news reports far
more than it asserts, so most RH1/RH2 findings there are false alarms, and most RH3 findings should be real gaps
(anonymous officials, unowned reports) rather than reporting misread: the count per rule, with the flagged sentence,
is what a change is measured by. With --before, findings only one build reports are listed.

Usage:
  python3 tools/news_sample.py [--rhetlint PATH] [--before PATH] [--prefix RH2] [--show 40] [--split dev|train]

The corpora have no licence: output goes to the terminal only, never into the repository.
Standard library only.
"""
import argparse
import collections
import json
import pathlib
import re
import subprocess
import sys

REPO = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_RHETLINT = REPO / "src/Rhetlint.Cli/bin/Debug/net10.0/rhetlint.dll"
CORPUS = REPO.parent / "shared/corpus"
SAMPLES = {
    "dev": [("polnear-dev", CORPUS / "polnear/dev/text"), ("semeval2023-dev", CORPUS / "semeval2023-task3-en/dev-articles")],
    "train": [("polnear-train", CORPUS / "polnear/train/text"),
              ("semeval2023-train", CORPUS / "semeval2023-task3-en/train-articles")],
}


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rhetlint", type=pathlib.Path, default=DEFAULT_RHETLINT, help="the build to measure (default: %(default)s)")
    parser.add_argument("--before", type=pathlib.Path, help="another build: list the findings only one of the two reports")
    parser.add_argument("--prefix", default="RH2", help="rule id prefix (default: %(default)s)")
    parser.add_argument("--split", choices=sorted(SAMPLES), default="dev", help="which split of both corpora (default: %(default)s)")
    parser.add_argument("--show", type=int, default=40, help="findings to print with their sentence (default: %(default)s)")
    parser.add_argument("--previous-line", action="store_true",
                        help="print the non-blank line before each finding's line too (to judge a quote that continues a speaker)")
    return parser.parse_args()


def command(build):
    return ["dotnet", str(build)] if build.suffix == ".dll" else [str(build)]


def checked_files(build, paths, chunk=200):
    """The JSON report's "files" entries for the paths, checked by the build in chunks (a command line has a limit)."""
    files = []
    for i in range(0, len(paths), chunk):
        result = subprocess.run(command(build) + ["check", "--format", "json", "--no-cache", "--exit-zero"] + [str(p) for p in paths[i:i + chunk]],
                                capture_output=True, text=True, encoding="utf-8")
        if result.returncode != 0:
            sys.exit(f"{pathlib.Path(sys.argv[0]).stem}: {build} exited {result.returncode}: {result.stderr.strip()[:300]}")
        files.extend(json.loads(result.stdout)["files"])
    return files


def findings(build, prefix, sample, previous_line=False):
    """(file, start, rule, text, context) for every finding of the prefix, over the whole sample."""
    found = []
    for _, folder in sample:
        for file in checked_files(build, sorted(folder.glob("*.txt"))):
            text = pathlib.Path(file["path"]).read_text(encoding="utf-8")
            for d in file["diagnostics"]:
                if d["id"].startswith(prefix):
                    found.append((file["path"], d["start"], d["id"], d["text"], context(text, d["start"], d["length"], previous_line)))
    return found


def context(text, start, length, previous_line=False):
    """
    The line around a finding (rhetlint's offsets are UTF-16; close enough for reading), the span in [[ ]]; with
    previous_line, the end of the last non-blank line before it on a line of its own, marked "<<".
    """
    encoded = text.encode("utf-16-le")
    before = encoded[:start * 2].decode("utf-16-le", "replace")
    span = encoded[start * 2:(start + length) * 2].decode("utf-16-le", "replace")
    after = encoded[(start + length) * 2:].decode("utf-16-le", "replace")
    lines_before = re.split(r"[\n]", before)
    left = lines_before[-1][-160:]
    right = re.split(r"[\n]", after)[0][:120]
    line = f"{left}[[{span}]]{right}"
    if not previous_line:
        return line
    earlier = next((l for l in reversed(lines_before[:-1]) if l.strip()), "")
    return f"<< {earlier[-240:]}\n      {line}"


def summary(label, items):
    by_rule = collections.Counter(rule for _, _, rule, _, _ in items)
    print(f"{label}: {len(items)} findings  " + "  ".join(f"{rule} {n}" for rule, n in sorted(by_rule.items())))


def main():
    args = parse_args()
    sample = SAMPLES[args.split]
    after = findings(args.rhetlint, args.prefix, sample, args.previous_line)
    print(f"sample: {', '.join(name for name, _ in sample)}")
    summary(str(args.rhetlint), after)
    shown = after
    if args.before:
        before = findings(args.before, args.prefix, sample, args.previous_line)
        summary(str(args.before), before)
        keys_after = {(f, s, r) for f, s, r, _, _ in after}
        keys_before = {(f, s, r) for f, s, r, _, _ in before}
        gone = [x for x in before if (x[0], x[1], x[2]) not in keys_after]
        new = [x for x in after if (x[0], x[1], x[2]) not in keys_before]
        print(f"\nonly in --before ({len(gone)}):")
        for f, _, rule, _, ctx in gone[:args.show]:
            print(f"  {rule} {pathlib.Path(f).name}: {ctx}")
        shown = new
        print(f"\nonly in --rhetlint ({len(new)}):")
    else:
        print()
    for f, _, rule, _, ctx in shown[:args.show]:
        print(f"  {rule} {pathlib.Path(f).name}: {ctx}")


if __name__ == "__main__":
    main()
