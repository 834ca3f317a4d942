#!/usr/bin/env python3
"""Counts hedged catastrophe forecasts in the writer's voice (RH1003, issue 16) in real fear appeals and in news.

A hedged forecast is a modal of possibility (could, may, might, would; "may well", "could easily") before an outcome
the threat lexicons already know: a catastrophe verb of catastrophe_terms (VERB, VERB_OBJ, VERB_SUBJ, CAUSE), a dire
outcome of dire_forecasts (die, ruin, loss, dead, gone, end, harm), or a disease verb of fear_imagery ("spread"). Counts
its sentences
- inside the Appeal_to_fear-prejudice and Exaggeration,Minimisation spans of the PTC train split (the span widened to
  its sentence), writer's voice and quoted apart;
- in every sentence of the PolNeAR train split (news) and of the PTC train articles (per 10,000 sentences);
and, for each, which of the marks that make a measured forecast it holds: attribution (a verb of saying, "according
to"), a figure, an "if"/"unless" condition, a limited scope ("some", "parts of", "in some areas"), a named expert noun.
A shape worth building is clearly more frequent in spans than in news, and the marks tell what separates the news uses.
The outcome set is the lexicons' own, so CAUSE verbs ("would bring", "could lead to") over-match on purpose.
--show prints the writer's-voice span sentences and a sample of news sentences to read by hand.

The corpora have no licence: output goes to the terminal only, never into the repository.

Usage:
  python3 tools/hedged_forecasts.py [--show] [--limit 40]
"""
import argparse
import pathlib
import re

from exaggeration_constructions import is_quoted
from semeval_overlap import gold_spans, span_table, technique_spans

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared/corpus"
LEX = ROOT / "rules/lexicons/rules"
SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
TECHNIQUES = ("Appeal_to_fear-prejudice", "Exaggeration,Minimisation")
# SemEval-2023 task 3 re-annotates the same articles: counted beside PTC, never added to it.
S23_TECHNIQUES = ("Appeal_to_Fear-Prejudice", "Exaggeration-Minimisation")


def lexicon(name, kinds):
    """The entries of the given kinds in a rule lexicon (gapped entries left out: a regular expression cannot gap)."""
    out = set()
    for line in (LEX / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        kind, phrase = line.split("\t", 1)
        if kind in kinds and "…" not in phrase:
            out.add(phrase.strip().lower())
    return out


VERBS = (lexicon("catastrophe_terms", {"VERB", "VERB_OBJ", "VERB_SUBJ", "CAUSE"})
         | lexicon("dire_forecasts", {"die", "ruin", "loss", "harm"})
         | lexicon("fear_imagery", {"disease-verb"}))
STATES = lexicon("dire_forecasts", {"dead", "gone", "end"})
alt = lambda words: "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
HEDGED = re.compile(
    rf"\b(?:could|may|might|would)(?:\s+(?:well|easily|soon|quickly|even|very well|eventually|ultimately|also))?\s+"
    rf"(?:(?:be\s+)?(?:{alt(VERBS)})(?:ed|d)?|be\s+(?:{alt(STATES)}))\b", re.IGNORECASE)
MARKS = {
    "attribution": re.compile(r"\b(?:said|says|say|warned|warns|according to|told|predicted|estimated|believes?|fears?|argued)\b", re.I),
    "figure": re.compile(r"\d|\b(?:percent|per cent|million|billion|thousand|hundreds?|dozens?)\b", re.I),
    "if": re.compile(r"\b(?:if|unless|should)\b", re.I),
    "scope": re.compile(r"\b(?:some|parts? of|several|certain|a few|in areas)\b", re.I),
    "expert": re.compile(r"\b(?:experts?|officials?|analysts?|scientists?|economists?|researchers?|doctors?|study|report)\b", re.I),
}


def marks(sentence):
    """The marks of a measured forecast that a sentence holds."""
    return [name for name, pattern in MARKS.items() if pattern.search(sentence)]


def span_rows(articles, spans, techniques=TECHNIQUES):
    """(article, sentence, quoted, match) for each hedged forecast inside a span, the span widened to its sentence."""
    rows, seen = [], set()
    for article, text, _, start, end in technique_spans(articles, spans, techniques):
        left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
        right = min((i for i in (text.find(c, end) for c in ".!?\n") if i >= 0), default=len(text))
        for m in HEDGED.finditer(text, left, right):
            if not (m.start() < end and start < m.end()) or (article, m.start()) in seen:
                continue
            seen.add((article, m.start()))
            rows.append((article, text[left:right].strip().replace("\n", " "), is_quoted(text, m.start(), m.end()), m.group(0)))
    return rows


def sentence_rows(folder):
    """(article, sentence, match) for each sentence of a folder that holds a hedged forecast, and the sentence count."""
    rows, n = [], 0
    for path in sorted(folder.glob("*.txt")):
        for m in SENTENCE.finditer(path.read_text(encoding="utf-8")):
            n += 1
            if h := HEDGED.search(m.group(0)):
                rows.append((path.stem, m.group(0).strip().replace("\n", " "), h.group(0)))
    return rows, n


def mark_line(label, sentences):
    """How many of the sentences hold each mark of a measured forecast, and how many hold none."""
    counts = {name: sum(name in marks(s) for s in sentences) for name in MARKS}
    none = sum(not marks(s) for s in sentences)
    return f"  {label:26s} n={len(sentences):4d}  " + "  ".join(f"{k}={v}" for k, v in counts.items()) + f"  none={none}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--limit", type=int, default=40)
    args = parser.parse_args()
    ptc = CORPUS / "semeval2020-task11-ptc"
    spans = span_rows(ptc / "train-articles", gold_spans(ptc, "train"))
    news, news_n = sentence_rows(CORPUS / "polnear/train/text")
    everywhere, ptc_n = sentence_rows(ptc / "train-articles")
    writer = [r for r in spans if not r[2]]
    s23 = CORPUS / "semeval2023-task3-en"
    s23_rows = span_rows(s23 / "train-articles", span_table(s23 / "train-labels-spans.all.tsv"), S23_TECHNIQUES)
    print(f"outcome verbs {len(VERBS)}, states {len(STATES)}")
    print(f"PTC train fear/exaggeration spans: {len(writer)} writer's voice, {len(spans) - len(writer)} quoted")
    print(f"SemEval-2023 train fear/exaggeration spans: {sum(not r[2] for r in s23_rows)} writer's voice, "
          f"{sum(r[2] for r in s23_rows)} quoted")
    print(f"PTC train articles: {len(everywhere)} of {ptc_n} sentences ({len(everywhere) * 1e4 / ptc_n:.1f}/10k)")
    print(f"PolNeAR train news: {len(news)} of {news_n} sentences ({len(news) * 1e4 / news_n:.1f}/10k)")
    print("marks of a measured forecast:")
    print(mark_line("span, writer's voice", [r[1] for r in writer]))
    print(mark_line("news", [r[1] for r in news]))
    if args.show:
        print("\n-- span sentences, writer's voice")
        for article, sentence, _, hit in writer:
            print(f"  {article} [{hit}] {marks(sentence)} {sentence[:220]}")
        print("\n-- news sentences with no mark")
        for article, sentence, hit in [r for r in news if not marks(r[1])][: args.limit]:
            print(f"  {article} [{hit}] {sentence[:220]}")


if __name__ == "__main__":
    main()
