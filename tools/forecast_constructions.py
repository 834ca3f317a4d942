#!/usr/bin/env python3
"""Counts candidate constructions of a worst case stated as certain (RH1003, issue 16) in real propaganda and in news.

For each candidate construction below (a regular expression that over-matches on purpose), counts its matches:
- inside the fear and exaggeration spans of the PTC train split (Appeal_to_fear-prejudice, Exaggeration,Minimisation,
  Loaded_Language) and of the SemEval-2023 task 3 English train split (Appeal_to_Fear-Prejudice,
  Exaggeration-Minimisation, Loaded_Language; the same articles re-annotated, so counted side by side, never added),
  split into writer's voice and quoted or reported speech (`exaggeration_constructions.is_quoted`);
- in neutral news: every sentence of the PolNeAR train split (840 political news articles);
- anywhere in the PTC train articles, spans or not, per 10,000 sentences beside the news rate: a construction as
  common in news as in propaganda does not mark propaganda, whatever its count inside spans.
A construction with 10 or more writer's-voice span instances and few news sentences is a class worth building; the
rest are cases. --show NAME prints the writer's-voice span instances and the news sentences of one construction to
read and code by hand.

The corpora have no licence: output goes to the terminal only, never into the repository; their words never become
lexicon entries.

Usage:
  python3 tools/forecast_constructions.py [--show NAME] [--limit 30]
"""
import argparse
import pathlib
import re

from exaggeration_constructions import is_quoted
from semeval_overlap import gold_spans, span_table, technique_spans

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared/corpus"
CERTAIN = r"(?:will|'ll|’ll|shall|is going to|are going to|is set to|are set to)(?:\s+\w+ly)?"
# Candidate constructions: the words that find instances for reading (not a rule).
CONSTRUCTIONS = {
    "end: will die / be dead / perish": rf"\b{CERTAIN}\s+(?:die|perish|be dead|be extinct|be no more)\b",
    "end: will be over / finished / gone": rf"\b{CERTAIN}\s+(?:be (?:over|finished|gone|history|doomed))\b",
    "end: will disappear / vanish / cease to exist": rf"\b{CERTAIN}\s+(?:disappear|vanish|cease to exist|be wiped out|be lost)\b",
    "end: the death / end / demise of": r"\b(?:the|its|their) (?:death|end|demise|extinction|destruction) of\b",
    "end: will be the end of": rf"\b{CERTAIN}\s+(?:be|mean|spell) the (?:end|death|demise)\b",
    "nothing / nobody left": r"\b(?:nothing|nobody|no one|none of \w+) (?:will be |would be )?left\b|\bthere (?:will|would) be nothing\b",
    "no such thing as": r"\bno such thing as\b|\bno longer (?:be )?(?:any|a) \w+\b",
    "unrecognisable": r"\bunrecogni[sz]able\b",
    "insolvency": r"\b(?:unable|not be able) to pay\b|\bgo (?:bankrupt|bust|broke|under)\b|\bbe (?:bankrupt|insolvent|broke)\b",
    "universal subject + certain future": rf"\b(?:every|all|each)\s+(?:\w+\s+){{0,3}}{CERTAIN}\s+\w+",
    "we will lose / lose everything": rf"\b{CERTAIN}\s+lose\b|\blose everything\b",
    "never again / there will never be": r"\bthere (?:will|would) never be\b|\bwill never (?:again )?(?:be|recover|return)\b",
    # The classes of the ti-forecast reading (session 37): an outcome in no catastrophe class, stated as certain.
    "class 1: negated existence (no such thing, nothing left, exist only)": rf"\bthere(?: will|'ll|’ll) be (?:no such thing as|nothing (?:\w+ )?left)\b"
                                                 rf"|\b{CERTAIN}\s+exist only\b|\bno \w+(?: \w+)? will ever\b",
    "class 2: universal takeover (every X will be done by / have / forever)": rf"\b(?:every|all)\s+(?:\w+\s+){{0,5}}{CERTAIN}\s+(?:be \w+ed by (?:a|an)\b|have (?:a|an|its own)\b|be \w+ (?:forever|for ever|permanently)\b)",
    "class 3: inability of a collective (unable to, no X will know, cannot)": rf"\b{CERTAIN}\s+(?:be unable|not be able|no longer be able) to\b"
                                                 r"|\bno \w+(?: \w+)? will (?:know|be able|understand|remember)\b"
                                                 r"|\b(?:generation|country|nation) of \w+ (?:who|that) (?:cannot|can't|can not)\b|\bgeneration (?:who|that) (?:cannot|can't)\b",
    "class 4: span deadline + certain future": rf"\b(?:within|in) (?:a|an|one|two|three|four|five|six|ten|eighteen|\d+|the next \w+) (?:year|years|decade|decades|months|generation)\b,? (?:\w+ ){{1,6}}?{CERTAIN}\s+\w+"
                                                 rf"|\b{CERTAIN}\s+(?:\w+\s+){{1,6}}?(?:within|in) (?:a|an|one|two|three|four|five|six|ten|eighteen|\d+|the next \w+) (?:year|years|decade|decades|months|generation)\b",
    # The classes of the ti-forecast reading (session 39): dominoes of going, finality with "as we know it", and
    # total loss told as what a collective will have left.
    "class 5: domino of going (X goes, then the Y, then the Z)": r"\b(?:go|goes|fall|falls|close|closes|die|dies|fold|folds)\b,? (?:and )?then (?:the|our|its|their|what|whatever) (?:\S+ ){0,3}?\S+, (?:and )?then\b",
    "class 6: as we know it + end (is gone / will be over / will end)": r"\bas we know (?:it|them),? (?:is|are|'s|will be|would be) (?:gone|over|finished|dead|doomed|history|no more)\b"
                                                 r"|\bas we know (?:it|them),? (?:will|would) (?:end|die|disappear|vanish|cease)\b",
    "class 7: will have none left (will not have a single X left)": r"\b(?:will|won't|'ll|would|wouldn't) (?:not |never )?have (?:no|a single|any|nothing|none)\b(?: \S+){0,4}? left\b",
    "any certain end or ruin (the union, broad)": rf"\b{CERTAIN}\b(?:\s+\S+){{0,3}}\s+(?:die|perish|dead|extinct|over|finished|gone|"
                                                 r"history|doomed|disappear|vanish|cease|wiped|lost|destroy|destroyed|ruin|ruined|"
                                                 r"collapse|end|bankrupt|unrecogni[sz]able|no more|lose|nothing left)\b",
}
PTC_TECHNIQUES = ("Appeal_to_fear-prejudice", "Exaggeration,Minimisation", "Loaded_Language")
S23_TECHNIQUES = ("Appeal_to_Fear-Prejudice", "Exaggeration-Minimisation", "Loaded_Language")
SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def span_rows(articles: pathlib.Path, spans, techniques):
    """(construction, article, span text, quoted) for each construction match inside a span of the techniques.

    A match counts once per article position, however many spans overlap it; the match must lie inside the span
    widened to its sentence, since annotators mark the alarming core and the modal is often just outside it."""
    rows, seen = [], set()
    for article, text, _, start, end in technique_spans(articles, spans, techniques):
        left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
        right = min((i for i in (text.find(c, end) for c in ".!?\n") if i >= 0), default=len(text))
        for name, pattern in CONSTRUCTIONS.items():
            for m in re.finditer(pattern, text[left:right], re.IGNORECASE):
                s, e = left + m.start(), left + m.end()
                if not (s < end and start < e) or (name, article, s) in seen:
                    continue
                seen.add((name, article, s))
                rows.append((name, article, text[left:right].strip().replace("\n", " "), is_quoted(text, s, e)))
    return rows


def news_rows(folder: pathlib.Path):
    """(construction, article, sentence) for each construction match in a news sentence."""
    rows, sentences = [], 0
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for m in SENTENCE.finditer(text):
            sentences += 1
            for name, pattern in CONSTRUCTIONS.items():
                if re.search(pattern, m.group(0), re.IGNORECASE):
                    rows.append((name, path.stem, m.group(0).strip()))
    return rows, sentences


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", help="print the instances of the construction whose name starts so")
    parser.add_argument("--limit", type=int, default=30)
    args = parser.parse_args()

    ptc = CORPUS / "semeval2020-task11-ptc"
    s23 = CORPUS / "semeval2023-task3-en"
    ptc_rows = span_rows(ptc / "train-articles", gold_spans(ptc, "train"), PTC_TECHNIQUES)
    s23_rows = span_rows(s23 / "train-articles", span_table(s23 / "train-labels-spans.all.tsv"), S23_TECHNIQUES)
    news, sentences = news_rows(CORPUS / "polnear/train/text")
    ptc_all, ptc_sentences = news_rows(ptc / "train-articles")
    print(f"spans: PTC train and SemEval-2023 train, writer's voice (wr) and quoted or reported (q); "
          f"PolNeAR train {sentences} sentences, PTC train {ptc_sentences} sentences (rates per 10,000)")
    print(f"{'PTC wr':>6} {'PTC q':>5} {'S23 wr':>6} {'S23 q':>5} {'news':>5} {'/10k':>5} {'PTC all':>7} {'/10k':>5}  construction")
    for name in CONSTRUCTIONS:
        p = [r for r in ptc_rows if r[0] == name]
        s = [r for r in s23_rows if r[0] == name]
        n = sum(r[0] == name for r in news)
        a = sum(r[0] == name for r in ptc_all)
        print(f"{sum(not r[3] for r in p):6d} {sum(r[3] for r in p):5d} {sum(not r[3] for r in s):6d} {sum(r[3] for r in s):5d} "
              f"{n:5d} {n * 1e4 / sentences:5.1f} {a:7d} {a * 1e4 / ptc_sentences:5.1f}  {name}")
    if args.show:
        for label, rows in (("PTC", ptc_rows), ("SemEval-2023", s23_rows)):
            print(f"\n-- {label} writer's-voice instances of '{args.show}…'")
            for name, article, sentence, quoted in rows:
                if name.startswith(args.show) and not quoted:
                    print(f"  {article}  {sentence[:240]}")
        print(f"\n-- PolNeAR train sentences of '{args.show}…'")
        for name, article, sentence in [r for r in news if r[0].startswith(args.show)][: args.limit]:
            print(f"  {article}  {sentence[:240]}")


if __name__ == "__main__":
    main()
