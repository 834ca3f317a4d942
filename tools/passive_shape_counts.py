#!/usr/bin/env python3
"""Counts agentless and vague-agent passive shapes in real Wikipedia weasel data, per participle.

For each participle it counts sentences of CoNLL-2010 WikiWeasel (uncertain vs certain) and WikiWeasel 2.0 in
two shapes:
  it      "it + be + (adverb) + PARTICIPLE + that"          ("it is alleged that", "it is generally considered that")
  by-many "be + (adverb) + PARTICIPLE + by + vague agent"   ("is credited by many", "was criticised by some")
so a participle is added to a rule only when real instances make it a class (10+), and the certain-sentence count
shows how often the shape sits in a sentence the annotators did not call a weasel (a precision proxy).

With --rhetlint, each count is followed by how many of those sentences the build flags with an RH3 finding.

Usage: python3 tools/passive_shape_counts.py [--min 3] [--rhetlint PATH]
The corpora are research data without redistribution rights: output (counts only) goes to the terminal.
Standard library only.
"""
import argparse
import collections
import html
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from weasel_recall import detokenize, flagged  # noqa: E402

CORPUS = pathlib.Path(__file__).resolve().parent.parent.parent / "shared/corpus"
CONLL = CORPUS / "wikiweasel-conll2010-sentences"
SZEGED = CORPUS / "szeged-uncertainty-wikiweasel/wiki.xml"

BE = r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been|is\s+being|be|been)"
ADVERB = r"(?:\w+ly\s+|long\s+|much\s+|well\s+|often\s+|also\s+){0,2}"
VAGUE = r"(?:some|many|most|others|several|few|a\s+few|various|numerous|a\s+number\s+of\s+\w+|critics|experts|scholars|historians|commentators|observers|fans|analysts)"
SHAPES = {
    "it": re.compile(rf"\bit\s+{BE}\s+{ADVERB}(\w+ed|\w+en|thought|held|felt|known|said|shown)\s+that\b", re.I),
    "by-many": re.compile(rf"\b{BE}\s+{ADVERB}(\w+ed|\w+en|thought|held|felt|known|said|seen)\s+by\s+{VAGUE}\b", re.I),
}


def conll(label):
    for split in ("train", "eval"):
        for line in (CONLL / f"{split}_wikiweasel_{label}_sentences.txt").read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield detokenize(line)


def szeged():
    xml = SZEGED.read_text(encoding="utf-8")
    for sentence in re.finditer(r"<Sentence[^>]*>(.*?)</Sentence>", xml, re.S):
        yield html.unescape(re.sub(r"<[^>]+>", "", sentence.group(1)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min", type=int, default=3, help="smallest total to print (default: %(default)s)")
    parser.add_argument("--rhetlint", type=pathlib.Path, help="a build: also count how many matching sentences it flags (RH3)")
    args = parser.parse_args()
    sources = {"uncertain": list(conll("uncertain")), "certain": list(conll("certain")), "szeged": list(szeged())}
    for shape, pattern in SHAPES.items():
        counts = collections.defaultdict(collections.Counter)
        matched = []
        for name, sentences in sources.items():
            for sentence in sentences:
                for participle in {m.group(1).lower() for m in pattern.finditer(sentence)}:
                    counts[participle][name] += 1
                    matched.append((participle, name, sentence))
        hit = collections.defaultdict(collections.Counter)
        if args.rhetlint:
            for (participle, name, _), found in zip(matched, flagged(args.rhetlint, [m[2] for m in matched])):
                hit[participle][name] += bool(found)
        print(f"== {shape}: participle  uncertain  certain  szeged" + ("  (flagged)" if args.rhetlint else ""))
        for participle, c in sorted(counts.items(), key=lambda kv: -sum(kv[1].values())):
            if sum(c.values()) < args.min:
                continue
            h = hit[participle]
            cells = [f"{c[n]}" + (f"({h[n]})" if args.rhetlint else "") for n in ("uncertain", "certain", "szeged")]
            print(f"  {participle:16} {cells[0]:>9} {cells[1]:>9} {cells[2]:>9}")


if __name__ == "__main__":
    main()
