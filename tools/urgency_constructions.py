#!/usr/bin/env python3
"""Counts last-chance urgency, successive-"then" domino lists and spreading ubiquity in real propaganda and real news.

Issue 16 (RH1006, RH1008, RH1012): a construction is a class worth a rule when ten or more real writer's-voice
instances hold it and neutral news rarely does. For each candidate construction below (a regular expression that
over-matches on purpose, to find instances to read and code by hand) the script counts:
- propaganda spans: the spans of the fear, exaggeration, causal-oversimplification, slogan and false-dilemma
  techniques of the PTC train split (SemEval-2020 Task 11) and of SemEval-2023 Task 3's English train split (the same
  articles re-annotated, so the two are counted side by side, never added), how many are in the writer's voice (not
  inside quotation marks, no reporting verb in their sentence: `exaggeration_constructions.is_quoted`), and in how many
  articles;
- propaganda sentences: every sentence of the PTC train articles that holds it, labelled or not (annotators mark one
  technique per span, so an urgency inside a Loaded_Language span is not in the spans above);
- neutral news: the sentences of the PolNeAR train split (hard political news) that hold it, and how many of those are
  quoted or reported; the rest are what a rule would have to keep silent on.
`--show NAME` prints the writer's-voice propaganda instances and the unquoted news sentences of one construction.

The corpora have no licence: output goes to the terminal only, never into the repository; their words never become
lexicon entries.

Usage:
  python3 tools/urgency_constructions.py [--show last] [--limit 40]
"""
import argparse
import pathlib
import re

from exaggeration_constructions import is_quoted
from semeval_overlap import gold_spans, span_table, technique_spans

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared/corpus"
PTC_TECHNIQUES = ("Appeal_to_fear-prejudice", "Exaggeration,Minimisation", "Causal_Oversimplification", "Slogans",
                  "Black-and-White_Fallacy")
SEMEVAL23_TECHNIQUES = ("Appeal_to_Fear-Prejudice", "Exaggeration-Minimisation", "Causal_Oversimplification", "Slogans",
                        "False_Dilemma-No_Choice")

CHANCE = r"(?:chance|chances|opportunity|opportunities|window|shot|hope|moment|opening)"
# Candidate constructions of issue 16's urgency, chain and ubiquity misses (finders for reading, not rules).
CONSTRUCTIONS = {
    "last chance: last/final/only + chance noun": rf"\b(?:last|final|only|one|single)\s+(?:real\s+|remaining\s+|best\s+|good\s+)?{CHANCE}\b",
    "last chance: never another / no second chance": rf"\b(?:never|no|not)\b[^.;!?]{{0,25}}\b(?:another|second|other)\s+{CHANCE}\b",
    "last time unit in which anything can be done":
        r"\b(?:last|final)\s+(?:year|month|week|day|decade|election|budget|summer|winter|generation|moment|time)s?\s+"
        r"(?:in which|when|that|to|before)\b",
    "now or never": r"\bnow or never\b|\bit'?s now or\b",
    "closing time: too late / running out / clock ticking (RH1008's cues, for scale)":
        r"\btoo late\b|\btime is running out\b|\brunning out of time\b|\bclock is ticking\b|\bno time to (?:lose|waste)\b|"
        r"\bwindow (?:is )?(?:closing|narrowing)\b",
    "chain: X, then Y, then Z": r",\s*(?:and\s+)?then\s+[^,.;:!?]{1,40},\s*(?:and\s+)?then\b",
    "chain: then ... then ... then, anywhere in a sentence": r"\bthen\b[^.!?]{1,60}\bthen\b[^.!?]{1,60}\bthen\b",
    "chain: next it will be / who is next / they will come for": r"\bnext it will be\b|\bwho(?:'s| is) next\b|\bcome for (?:you|us)\b",
    "chain: first X, then Y": r"\bfirst\s+(?:the|they|it|we|our|a)\b[^.;!?]{1,50},\s*(?:and\s+)?then\b",
    "chain: today X, tomorrow Y": r"\btoday\b[^.!?]{1,60}\btomorrow\b",
    "chain: after X, Y; after Y": r"\bafter\s+\w+[^.;]{0,30}[;,]\s*after\b",
    "spread: verb of spreading + every/all/whole":
        r"\b(?:spread|spreads|spreading|seep\w*|creep\w*|pour\w*|flood\w*|swarm\w*|infest\w*|infiltrat\w*|invad\w*|"
        r"engulf\w*|overrun\w*|reach\w*)\s+(?:\w+\s+){0,2}(?:into|to|through|across|over|in|throughout)?\s*"
        r"(?:every|each|all|the whole|the entire)\b",
    "spread: pouring/flooding in or through": r"\b(?:pour\w*|flood\w*|stream\w*|swarm\w*)\s+(?:in|into|through|across|over)\b",
    "spread: spreading across/throughout/through": r"\bspread\w*\s+(?:across|throughout|through)\b",
    "spread: a magnet for every/all": r"\bmagnet\s+for\s+(?:every|all|each|any)\b",
    "ubiquity: in/on/at every + place": r"\b(?:in|on|at|into|inside)\s+every\s+(?:single\s+)?\w+",
}
REPORTING_SENTENCE = re.compile(r"\b(?:said|says|say|told|tells|according to|wrote|writes|added|stated|tweeted|declared|claimed)\b", re.I)


def spans_in(corpus_name: str, articles: pathlib.Path, spans, techniques) -> list[tuple[str, str, bool]]:
    """(article, span text, quoted) for each span of the techniques."""
    return [(article, text[start:end].replace("\n", " "), is_quoted(text, start, end))
            for article, text, _, start, end in technique_spans(articles, spans, techniques)]


def sentences(folder: pathlib.Path) -> list[tuple[str, str, bool]]:
    """(file, sentence, quoted or reported) for every sentence of every article in the folder, split roughly."""
    rows = []
    for path in sorted(folder.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            for sentence in re.split(r"(?<=[.!?])\s+(?=[“\"A-Z])", line):
                if sentence.strip():
                    quoted = any(c in sentence for c in "“”\"") or bool(REPORTING_SENTENCE.search(sentence))
                    rows.append((path.stem, sentence.strip(), quoted))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", help="print the instances of the construction whose name starts so")
    parser.add_argument("--limit", type=int, default=40)
    args = parser.parse_args()

    ptc = CORPUS / "semeval2020-task11-ptc"
    s23 = CORPUS / "semeval2023-task3-en"
    span_sets = [
        ("PTC spans", spans_in("ptc", ptc / "train-articles", gold_spans(ptc, "train"), PTC_TECHNIQUES)),
        ("S23 spans", spans_in("s23", s23 / "train-articles", span_table(s23 / "train-labels-spans.all.tsv"), SEMEVAL23_TECHNIQUES)),
    ]
    ptc_sentences = sentences(ptc / "train-articles")
    news = sentences(CORPUS / "polnear/train/text")
    print(f"PTC spans {len(span_sets[0][1])}, S23 spans {len(span_sets[1][1])}, PTC sentences {len(ptc_sentences)}, "
          f"PolNeAR train sentences {len(news)}")
    print(f"{'PTC span':>8} {'writer':>6} {'arts':>4} | {'S23 span':>8} {'writer':>6} | {'PTC sent':>8} {'unq':>4} | "
          f"{'news':>5} {'unq':>4}  construction")
    for name, pattern in CONSTRUCTIONS.items():
        regex = re.compile(pattern, re.IGNORECASE)
        cells = []
        for _, rows in span_sets:
            hits = [r for r in rows if regex.search(r[1])]
            writer = [r for r in hits if not r[2]]
            cells.append((len(hits), len(writer), len({r[0] for r in writer})))
        ptc_hits = [r for r in ptc_sentences if regex.search(r[1])]
        news_hits = [r for r in news if regex.search(r[1])]
        print(f"{cells[0][0]:8d} {cells[0][1]:6d} {cells[0][2]:4d} | {cells[1][0]:8d} {cells[1][1]:6d} | "
              f"{len(ptc_hits):8d} {sum(not r[2] for r in ptc_hits):4d} | {len(news_hits):5d} {sum(not r[2] for r in news_hits):4d}  {name}")
        if args.show and name.startswith(args.show):
            for label, rows in span_sets:
                print(f"  -- {label}, writer's voice")
                for article, span, quoted in [r for r in rows if regex.search(r[1]) and not r[2]][: args.limit]:
                    print(f"    {article}  {span[:200]}")
            print("  -- PTC sentences, unquoted")
            for article, sentence, _ in [r for r in ptc_sentences if regex.search(r[1]) and not r[2]][: args.limit]:
                print(f"    {article}  {sentence[:200]}")
            print("  -- PolNeAR train sentences, unquoted")
            for article, sentence, _ in [r for r in news if regex.search(r[1]) and not r[2]][: args.limit]:
                print(f"    {article}  {sentence[:200]}")


if __name__ == "__main__":
    main()
