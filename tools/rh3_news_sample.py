#!/usr/bin/env python3
"""Counts Rhetlint's sourcing findings (RH3xxx) on real hard news and prints each one for review.

Professional news names its sources, so most RH3 findings here should be real gaps (anonymous officials, unowned
reports) rather than reporting the rules misread. Run it before and after a sourcing change on the same sample
and compare the counts per rule; read every new finding. The sample is the PolNeAR dev texts and the English
SemEval-2023 dev articles (both under ../shared/corpus). The corpora are third-party news: output goes to the
terminal only, never into the repository.

Usage:
  python3 tools/rh3_news_sample.py [--rhetlint PATH] [--show]
      --rhetlint  the rhetlint apphost or .dll (default: the Debug build of this checkout)
      --show      print every finding with its article and flagged text
"""
import argparse
import collections
import json
import pathlib
import subprocess

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPORA = [ROOT.parent / "shared/corpus/polnear/dev/text", ROOT.parent / "shared/corpus/semeval2023-task3-en/dev-articles"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rhetlint", default=str(ROOT / "src/Rhetlint.Cli/bin/Debug/net10.0/rhetlint.dll"))
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    command = ["dotnet", args.rhetlint] if args.rhetlint.endswith(".dll") else [args.rhetlint]

    files = sorted(str(f) for corpus in CORPORA for f in corpus.glob("*.txt"))
    run = subprocess.run(command + ["check", *files, "--format", "json", "--select", "RH3", "--no-cache", "--exit-zero"],
                         capture_output=True, text=True, check=False)
    report = json.loads(run.stdout)
    per_rule: collections.Counter[str] = collections.Counter()
    for entry in report["files"]:
        for finding in entry["diagnostics"]:
            per_rule[finding["id"]] += 1
            if args.show:
                print(f"{finding['id']}  {pathlib.Path(entry['path']).name}:{finding['line']}  {finding['text']!r}")
    words = sum(len(pathlib.Path(f).read_text(encoding="utf-8").split()) for f in files)
    print(f"{len(files)} articles, {words} words, {sum(per_rule.values())} RH3 findings")
    for rule, count in sorted(per_rule.items()):
        print(f"  {rule} {count}")


if __name__ == "__main__":
    main()
