#!/usr/bin/env python3
"""Measures how many of Rhetlint's findings fall inside propaganda spans of the SemEval-2020 Task 11 corpus (PTC).

For the chosen rule family prefixes (default RH2; several may be given, "--prefix RH1 RH2"), runs
`rhetlint check --format json` over the dev articles and counts findings that lie inside, or overlap, a gold span of
the chosen techniques (default Exaggeration,Minimisation and Loaded_Language), per rule, the share inside a span of
any technique (the corpus's chance level is about 10%), and the recall of each chosen technique's spans (gold spans
overlapped by any finding). The corpus has no licence: output goes to the terminal only, never into the repository.

Usage:
  dotnet build src/Rhetlint.Cli -c Release
  python3 tools/semeval_overlap.py [--corpus ../shared/corpus/semeval2020-task11-ptc] [--split dev] [--prefix RH2]
      [--techniques Exaggeration,Minimisation Loaded_Language] [--show 20] [--rhetlint PATH(.dll)]
Threat inflation and superlatives together against fear appeals (issue 16's measure), on a Debug build:
  python3 tools/semeval_overlap.py --prefix RH1 RH2 --techniques Appeal_to_fear-prejudice \
      --rhetlint src/Rhetlint.Cli/bin/Debug/net10.0/rhetlint.dll
"""
import argparse
import collections
import json
import pathlib
import subprocess

ROOT = pathlib.Path(__file__).resolve().parent.parent


def gold_spans(corpus: pathlib.Path, split: str) -> dict[str, list[tuple[str, int, int]]]:
    return span_table(corpus / f"{split}-task-flc-tc.labels")


def span_table(labels: pathlib.Path) -> dict[str, list[tuple[str, int, int]]]:
    """article -> (technique, start, end) from a tab-separated label file; SemEval-2023's span table has the same columns."""
    spans: dict[str, list[tuple[str, int, int]]] = collections.defaultdict(list)
    for line in labels.read_text(encoding="utf-8").splitlines():
        article, technique, start, end = line.split("\t")
        spans[article].append((technique, int(start), int(end)))
    return spans


def technique_spans(articles: pathlib.Path, spans, techniques):
    """(article, article text, technique, start, end) for each span of the techniques whose article is in the folder."""
    for article in sorted(spans):
        path = articles / f"article{article}.txt"
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        for name, start, end in spans[article]:
            if name in techniques:
                yield article, text, name, start, end


def utf16_to_code_points(text: str) -> list[int]:
    """Rhetlint reports UTF-16 offsets (like LSP and Roslyn); the gold spans and Python count code points."""
    mapping = []
    for index, char in enumerate(text):
        mapping.extend([index] * (2 if ord(char) > 0xFFFF else 1))
    mapping.append(len(text))
    return mapping


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "semeval2020-task11-ptc"))
    parser.add_argument("--split", default="dev")
    parser.add_argument("--prefix", nargs="+", default=["RH2"])
    parser.add_argument("--techniques", nargs="+", default=["Exaggeration,Minimisation", "Loaded_Language"])
    parser.add_argument("--rhetlint", default=str(ROOT / "src" / "Rhetlint.Cli" / "bin" / "Release" / "net10.0" / "rhetlint"),
                        help="the native executable, or rhetlint.dll to run it with `dotnet`")
    parser.add_argument("--show", type=int, default=20, help="findings outside every chosen span to print")
    args = parser.parse_args()

    corpus = pathlib.Path(args.corpus)
    spans = gold_spans(corpus, args.split)
    articles = corpus / f"{args.split}-articles"
    command = ["dotnet", args.rhetlint] if args.rhetlint.endswith(".dll") else [args.rhetlint]
    run = subprocess.run([*command, "check", "--format", "json", "--no-cache", str(articles)], capture_output=True, text=True)
    report = json.loads(run.stdout)

    prefixes = tuple(args.prefix)
    total = inside = overlapping = inside_any = 0
    found_spans: collections.Counter[str] = collections.Counter()
    gold_counts = collections.Counter(t for article_spans in spans.values() for t, _, _ in article_spans if t in args.techniques)
    by_rule: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    other_techniques: collections.Counter[str] = collections.Counter()
    outside: list[str] = []
    for file in report["files"]:
        article = pathlib.Path(file["path"]).stem.removeprefix("article")
        text = pathlib.Path(file["path"]).read_text(encoding="utf-8")
        # Rhetlint reports UTF-16 offsets (like LSP and Roslyn); the gold spans and Python count code points.
        to_code_points = utf16_to_code_points(text)
        chosen = [(s, e) for t, s, e in spans.get(article, []) if t in args.techniques]
        findings = [f for f in file["diagnostics"] if f["id"].startswith(prefixes)]
        ranges = [(to_code_points[f["start"]], to_code_points[f["start"] + f["length"]]) for f in findings]
        for technique, s, e in spans.get(article, []):
            if technique in args.techniques and any(start < e and s < end for start, end in ranges):
                found_spans[technique] += 1
        for finding in findings:
            start = to_code_points[finding["start"]]
            end = to_code_points[finding["start"] + finding["length"]]
            is_inside = any(s <= start and end <= e for s, e in chosen)
            overlaps = any(start < e and s < end for s, e in chosen)
            total += 1
            inside += is_inside
            inside_any += any(s <= start and end <= e for _, s, e in spans.get(article, []))
            overlapping += overlaps
            counts = by_rule[finding["id"]]
            counts[0] += 1
            counts[1] += is_inside
            counts[2] += overlaps
            if not overlaps:
                other = sorted({t for t, s, e in spans.get(article, []) if start < e and s < end})
                other_techniques.update(other or ["(no span)"])
                line_start = text.rfind("\n", 0, start) + 1
                line_end = text.find("\n", end)
                outside.append(f"{finding['id']} [{', '.join(other) or 'no span'}] {text[line_start:start]}[[{text[start:end]}]]{text[end:line_end if line_end >= 0 else None]}")

    print(f"{'+'.join(p + 'xxx' for p in prefixes)} findings on {args.split}: {total}; inside a {' / '.join(args.techniques)} span: {inside}; overlapping one: {overlapping}")
    print(f"  inside a span of any technique: {inside_any}/{total} = {inside_any / max(1, total):.3f}")
    for rule, (count, rule_inside, rule_overlap) in sorted(by_rule.items()):
        print(f"  {rule}: {count} findings, {rule_inside} inside, {rule_overlap} overlapping")
    for technique in args.techniques:
        print(f"  recall of {technique} spans: {found_spans[technique]}/{gold_counts[technique]}"
              f" = {found_spans[technique] / max(1, gold_counts[technique]):.3f}")
    print("findings overlapping none of those spans, by the techniques they do overlap:", dict(other_techniques))
    for line in outside[: args.show]:
        print("  " + line.strip()[:300])


if __name__ == "__main__":
    main()
