#!/usr/bin/env python3
"""Prints each PTC fear-appeal and exaggeration span with whether Rhetlint flags it (issue 16, step 1).

For every span of the chosen techniques (default Appeal_to_fear-prejudice and Exaggeration,Minimisation) in one
split of the SemEval-2020 Task 11 Propaganda Techniques Corpus, runs `rhetlint check --format json` over the split's
articles and prints the span with the ids of the findings (of the chosen prefixes, default RH1 and RH2) that overlap
it, or "-" when none does. With --missed only the spans no finding overlaps are printed; with --covered only the
others. A summary line per technique gives the covered share.

With --constructions, prints instead, for each candidate construction below (a regular expression that finds it in a
span's text), how many spans of the chosen techniques hold it, in how many articles, and how many of those a finding
covers. The expressions over-match on purpose: they find the candidates that are then read and coded by hand (the
construction table in docs/rules/RH1003.md; its first row, inaction, was counted by hand and is only approximated here).

The corpus has no licence: the output goes to the terminal only, never into the repository. Reading these spans is
how constructions are counted (coded by hand); the spans' words never become lexicon entries.

Usage:
  python3 tools/ptc_span_coverage.py --rhetlint src/Rhetlint.Cli/bin/Debug/net10.0/rhetlint.dll
      [--split train] [--techniques Appeal_to_fear-prejudice] [--prefix RH1 RH2] [--missed | --covered]
      [--context 0]
  python3 tools/ptc_span_coverage.py --techniques Appeal_to_fear-prejudice --constructions
"""
import argparse
import collections
import json
import pathlib
import re
import subprocess

from semeval_overlap import gold_spans, utf16_to_code_points

ROOT = pathlib.Path(__file__).resolve().parent.parent
FEAR_TECHNIQUES = ("Appeal_to_fear-prejudice", "Exaggeration,Minimisation")
# Candidate constructions of issue 16, each as the words that find its spans for reading (not a rule).
CONSTRUCTIONS = {
    "harm as the price of inaction or persistence (approximate)":
        r"\b(?:if|unless)\b[^.;!?]{0,90}?(?:\b(?:not|never|nothing|nobody|no one|fail\w*|continue\w*|keep\w*|allowed)\b|n[’']t\b)",
    "a disease or a threat spreading": r"\b(?:spread|spreads|spreading|spill over|move into|move to|explode|go beyond)\b",
    "a threat, danger or menace predicated": r"\b(?:threat|danger|menace|peril|dangerous|dangers)\b",
    "destruction, extermination or conquest of a group":
        r"\b(?:destroy|destruction|wipe|exterminat|annihilat|slaughter|massacre|decimate|conquer|overwhelm)",
    "imminence or inevitability": r"\b(?:when,? not .?if|inevitable|sooner or later|is coming|afoot|any ?time|ahead of us|"
                                  r"near future|will soon|will come upon|will fall)\b",
    "attack, war or invasion against a group": r"\b(?:under .{0,12}attack|war (?:against|going on)|warfare|holy war|assault|"
                                               r"invasion|overrun|at the gates)\b",
    "no one is safe": r"\b(?:no one|nobody|none of us|all of us|every place)\b",
}


def findings_by_article(rhetlint: str, articles: pathlib.Path, prefixes: tuple[str, ...]):
    command = ["dotnet", rhetlint] if rhetlint.endswith(".dll") else [rhetlint]
    run = subprocess.run([*command, "check", "--format", "json", "--no-cache", str(articles)], capture_output=True, text=True)
    out: dict[str, list[tuple[str, int, int]]] = {}
    for file in json.loads(run.stdout)["files"]:
        path = pathlib.Path(file["path"])
        to_code_points = utf16_to_code_points(path.read_text(encoding="utf-8"))
        out[path.stem.removeprefix("article")] = [
            (f["id"], to_code_points[f["start"]], to_code_points[f["start"] + f["length"]])
            for f in file["diagnostics"] if f["id"].startswith(prefixes)]
    return out


def count_constructions(spans, articles: pathlib.Path, findings, techniques: list[str]) -> None:
    """Per candidate construction: the spans of the techniques that hold it, their articles, and how many are covered."""
    print(f"{'spans':>5} {'articles':>8} {'covered':>7}  construction")
    for name, pattern in CONSTRUCTIONS.items():
        regex = re.compile(pattern, re.IGNORECASE)
        hits = [(article, start, end) for article in sorted(spans)
                for technique, start, end in spans[article] if technique in techniques
                and regex.search((articles / f"article{article}.txt").read_text(encoding="utf-8")[start:end])]
        covered = sum(any(s < end and start < e for _, s, e in findings.get(article, [])) for article, start, end in hits)
        print(f"{len(hits):5d} {len({a for a, _, _ in hits}):8d} {covered:7d}  {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=pathlib.Path, default=ROOT.parent / "shared/corpus/semeval2020-task11-ptc")
    parser.add_argument("--split", default="train")
    parser.add_argument("--techniques", nargs="+", default=list(FEAR_TECHNIQUES))
    parser.add_argument("--prefix", nargs="+", default=["RH1", "RH2"])
    parser.add_argument("--rhetlint", default=str(ROOT / "src/Rhetlint.Cli/bin/Debug/net10.0/rhetlint.dll"))
    shown = parser.add_mutually_exclusive_group()
    shown.add_argument("--missed", action="store_true", help="print only the spans no finding overlaps")
    shown.add_argument("--covered", action="store_true", help="print only the spans a finding overlaps")
    parser.add_argument("--context", type=int, default=0, help="characters of the sentence to print around the span")
    parser.add_argument("--constructions", action="store_true", help="count the candidate constructions instead")
    args = parser.parse_args()

    spans = gold_spans(args.corpus, args.split)
    articles = args.corpus / f"{args.split}-articles"
    findings = findings_by_article(args.rhetlint, articles, tuple(args.prefix))
    totals: collections.Counter = collections.Counter()
    covered: collections.Counter = collections.Counter()
    if args.constructions:
        count_constructions(spans, articles, findings, args.techniques)
        return
    for article in sorted(spans):
        text = (articles / f"article{article}.txt").read_text(encoding="utf-8")
        for technique, start, end in sorted(spans[article], key=lambda span: span[1]):
            if technique not in args.techniques:
                continue
            ids = sorted({rule for rule, s, e in findings.get(article, []) if s < end and start < e})
            totals[technique] += 1
            covered[technique] += bool(ids)
            if (args.missed and ids) or (args.covered and not ids):
                continue
            before = text[max(0, start - args.context):start].split("\n")[-1]
            after = text[end:end + args.context].split("\n")[0]
            span = text[start:end].replace("\n", " ")
            print(f"{article}\t{technique[:8]}\t{','.join(ids) or '-'}\t{before}[[{span}]]{after}")
    for technique in args.techniques:
        print(f"# {technique}: {covered[technique]}/{totals[technique]} spans overlapped by {'/'.join(args.prefix)}")


if __name__ == "__main__":
    main()
