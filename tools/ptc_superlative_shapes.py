#!/usr/bin/env python3
"""Groups the PTC train Exaggeration spans the superlative rules (RH2) miss by shape, and samples the RH2 findings that
fall outside every span (issue 17, su2 step 1).

(a) For each writer's-voice Exaggeration,Minimisation span of the train split that no RH2 finding overlaps, the first
matching shape: superlative or rank adjective with or without a scope after its noun, absolute adverb with a perfect
tense or a modal, absolute otherwise, "everyone knows"-type consensus, "of all time", "ever" forms. (b) A seeded
random sample of RH2 findings outside any span of any technique, printed for judging by hand.

Counts and samples go to the terminal only (the corpus has no licence); no span's words become lexicon entries.

Usage:
  python3 tools/ptc_superlative_shapes.py --rhetlint PATH/rhetlint.dll [--json CACHED.json] [--show SHAPE] [--sample 60]
"""
import argparse
import collections
import json
import pathlib
import random
import re
import subprocess

from exaggeration_constructions import PTC_TECHNIQUE, is_quoted
from semeval_overlap import gold_spans, utf16_to_code_points

ROOT = pathlib.Path(__file__).resolve().parent.parent
PTC = ROOT.parent / "shared/corpus/semeval2020-task11-ptc"
SUPERLATIVE = r"(?:most|least|best|worst|\w{3,}est|top|leading|foremost|premier)"
SCOPE = r"(?:in|on|of|since|among)\b"
# Shapes in order; a span takes the first one it matches.
SHAPES = {
    "of all time / in history / ever-superlative": r"\bof all time\b|\bin (?:\w+ )?history\b|\best\w* \w+ ever\b|\bever (?:\w+ed|seen|made)\b",
    "consensus (everyone knows / we all know / as anyone)": r"\b(?:everyone|everybody|we all|all of us|anyone|any \w+) (?:knows|know|agrees|agree|understands|sees|would tell)\b",
    "superlative + noun + scope": rf"\b{SUPERLATIVE}\s+(?:\w+\s+){{0,2}}\w+\s+{SCOPE}",
    "superlative + noun, no scope": rf"\b{SUPERLATIVE}\s+\w+",
    "absolute + perfect or modal": r"\b(?:never|always|nobody|no one|no-one|nothing|everyone|everybody|everything)\b(?:\s+\w+)?\s+(?:has|have|had|can|could|will|would|ever|been)\b|\b(?:has|have|had|can|could|will|would)\s+(?:never|always)\b",
    "absolute, other": r"\b(?:never|always|nobody|no one|no-one|nothing|everyone|everybody|everything|forever|nowhere)\b",
}


def findings(rhetlint: str, cache: str | None) -> dict:
    if cache and pathlib.Path(cache).exists():
        return json.loads(pathlib.Path(cache).read_text(encoding="utf-8"))
    command = ["dotnet", rhetlint] if rhetlint.endswith(".dll") else [rhetlint]
    run = subprocess.run([*command, "check", "--format", "json", "--no-cache", str(PTC / "train-articles")], capture_output=True, text=True)
    if cache:
        pathlib.Path(cache).write_text(run.stdout, encoding="utf-8")
    return json.loads(run.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rhetlint", default=str(ROOT / "src/Rhetlint.Cli/bin/Debug/net10.0/rhetlint.dll"))
    parser.add_argument("--json", help="a cached `check --format json` of the train articles (written when missing)")
    parser.add_argument("--show", help="print the missed spans of the shape whose name starts so")
    parser.add_argument("--sample", type=int, default=60, help="RH2 findings outside every span to print")
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()

    spans = gold_spans(PTC, "train")
    by_article = {}
    for file in findings(args.rhetlint, args.json)["files"]:
        path = pathlib.Path(file["path"])
        text = path.read_text(encoding="utf-8")
        to_cp = utf16_to_code_points(text)
        by_article[path.stem.removeprefix("article")] = (text, [
            (f["id"], to_cp[f["start"]], to_cp[f["start"] + f["length"]]) for f in file["diagnostics"] if f["id"].startswith("RH2")])

    counts: collections.Counter[str] = collections.Counter()
    shown = []
    total = covered = quoted = 0
    for article, (text, found) in sorted(by_article.items()):
        for technique, start, end in spans.get(article, []):
            if technique != PTC_TECHNIQUE:
                continue
            total += 1
            if any(s < end and start < e for _, s, e in found):
                covered += 1
                continue
            if is_quoted(text, start, end):
                quoted += 1
                continue
            span = text[start:end].replace("\n", " ")
            shape = next((name for name, pattern in SHAPES.items() if re.search(pattern, span, re.I)), "(other)")
            counts[shape] += 1
            if args.show and shape.startswith(args.show):
                line_start = text.rfind("\n", 0, start) + 1
                line_end = text.find("\n", end)
                shown.append(f"  {article} {text[line_start:start]}[[{span}]]{text[end:line_end if line_end >= 0 else None]}"[:360])
    print(f"PTC train {PTC_TECHNIQUE}: {total} spans, {covered} overlapped by RH2, {quoted} quoted or reported; missed writer's-voice by shape:")
    for name in [*SHAPES, "(other)"]:
        print(f"  {counts[name]:4d}  {name}")
    print("\n".join(shown))

    outside = []
    for article, (text, found) in sorted(by_article.items()):
        for rule, start, end in found:
            if any(s < end and start < e for _, s, e in spans.get(article, [])):
                continue
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", end)
            outside.append(f"{rule} {article} {text[line_start:start]}[[{text[start:end]}]]{text[end:line_end if line_end >= 0 else None]}")
    by_rule = collections.Counter(line.split()[0] for line in outside)
    print(f"\nRH2 findings outside every span: {len(outside)} {dict(sorted(by_rule.items()))}; a random {args.sample}:")
    for line in random.Random(args.seed).sample(outside, min(args.sample, len(outside))):
        print("  " + line.strip()[:320])


if __name__ == "__main__":
    main()
