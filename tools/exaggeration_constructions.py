#!/usr/bin/env python3
"""Counts the real exaggeration spans the superlative rules (RH2) miss, by construction (issue 17, step 1).

Reads the Exaggeration,Minimisation spans of the PTC train split (SemEval-2020 Task 11) and the
Exaggeration-Minimisation spans of the SemEval-2023 Task 3 English train split (the same articles re-annotated with
other offsets, so the two are counted side by side, never added). For each span it records whether an RH2 finding
overlaps it, whether it is quoted speech (inside quotation marks, or in a sentence with a reporting verb), and which
candidate constructions its text holds. A span can hold several constructions; "(none)" counts the rest.

A construction with 10 or more missed writer's-voice spans across many articles is a class worth a rule; fewer is a
case. The expressions over-match on purpose: they find spans to read and code by hand (--show NAME prints them).

The corpora have no licence: output goes to the terminal only, never into the repository; the spans' words never
become lexicon entries.

Usage:
  python3 tools/exaggeration_constructions.py [--rhetlint PATH] [--prefix RH2] [--show NAME] [--limit 40]
"""
import argparse
import pathlib
import re

from ptc_span_coverage import findings_by_article
from semeval_overlap import gold_spans, span_table, technique_spans

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared/corpus"
PTC_TECHNIQUE = "Exaggeration,Minimisation"
SEMEVAL23_TECHNIQUE = "Exaggeration-Minimisation"

ABSOLUTE_WORDS = r"never|always|nothing|nobody|no one|no-one|everyone|everybody|everything|none|nowhere|forever"
TOTALITY = r"complete|completely|total|totally|utter|utterly|absolute|absolutely|sheer|entire|entirely|pure|purely"
INTENSIFIERS = (r"extremely|incredibly|enormously|immensely|hugely|deeply|highly|massively|tremendously|"
                r"insanely|unbelievably|remarkably|exceptionally|so|very|really|truly|wildly|vastly")
# Candidate constructions of issue 17, each as the words that find its spans for reading (not a rule).
CONSTRUCTIONS = {
    "superlative (-est / most / best / worst)": r"\b(?:most|least|best|worst)\s+\w+|\b\w{3,}iest\b|\b\w{3,}est\b",
    "record scope (ever / in history / of all time / in memory)":
        r"\bever\b|\bin (?:\w+ )?history\b|\bof all time\b|\bin (?:living |recent )?memory\b|\bin (?:my|our) (?:lifetime|life)\b",
    "absolute adverb or negative/positive universal": rf"\b(?:{ABSOLUTE_WORDS})\b",
    "universal quantifier (every / all / whole world)": r"\b(?:every|all|whole|the world|entire world)\b",
    "totality adjective or adverb": rf"\b(?:{TOTALITY})\b",
    "comparative against everything (than ever / than any)": r"\bthan (?:ever|any|anyone|anything|all)\b|\bmore than ever\b",
    "intensifier + evaluative": rf"\b(?:{INTENSIFIERS})\s+\w+",
    "extreme or record adjective (unprecedented, epic, record-…)":
        r"\bunprecedented\b|\bepic\b|\brecord[- ]\w+|\bskyrocket\w*|\bbiggest\b|\bmassive\b|\bhuge\b|\benormous\b|\bunparalleled\b|\bextraordinary\b",
    "hyperbolic number (a million, thousands and thousands)": r"\b(?:a|one) (?:million|billion|thousand)\b|\b(\w+) and \1\b|\bzero\b",
    "minimisation (only / just / mere / nothing more than)": r"\b(?:only|just|mere|merely|simply|nothing more than|little more than|nothing but)\b",
}
QUOTE_OPEN = "“\"‘"


def reporting_forms() -> tuple[list[str], list[str]]:
    """The repo's reporting verbs as two lists: past forms (said, warned, argued, feared), finite and rarely nouns; and
    present forms (warn, warns, fear), which are read only before "that" since several are nouns too ("claims",
    "fears"). A sentence holding either reports what someone else says or thinks ("officials warn that …")."""
    past, present = set(), set()
    for line in (ROOT / "rules/lexicons/reporting_verbs.txt").read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if len(fields) < 2 or line.startswith("#"):
            continue
        past.add(fields[1])
        past.update(f for f in fields if f.endswith("ed"))
        present.update(f for f in fields if not f.endswith(("ed", "ing")) and f not in past)
    return sorted(past), sorted(present)


PAST_REPORTING, PRESENT_REPORTING = reporting_forms()
REPORTING = re.compile(r"\b(?:says|say|tells|writes|tweeted|according to|" + "|".join(map(re.escape, PAST_REPORTING))
                       + r"|(?:" + "|".join(map(re.escape, PRESENT_REPORTING)) + r") that)\b", re.I)


def is_quoted(text: str, start: int, end: int) -> bool:
    """Inside an open quotation in its paragraph, or in a sentence that carries a reporting verb."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    opened = sum(before.count(c) for c in "“") - before.count("”") + before.count('"') % 2
    if opened > 0 or text[start:end].lstrip().startswith(tuple(QUOTE_OPEN)):
        return True
    sentence_start = max(before.rfind(". "), before.rfind("? "), before.rfind("! ")) + line_start + 1
    line_end = text.find("\n", end)
    after = text[end:line_end if line_end >= 0 else len(text)]
    sentence_end = min((i for i in (after.find(". "), after.find("? "), after.find("! ")) if i >= 0), default=len(after))
    return bool(REPORTING.search(text[sentence_start:start] + after[:sentence_end]))


def read(corpus_name: str, articles: pathlib.Path, spans, technique: str, findings):
    """(article, span text, covered, quoted, constructions) for each span of the technique."""
    rows = []
    for article, text, _, start, end in technique_spans(articles, spans, (technique,)):
        span = text[start:end]
        covered = any(s < end and start < e for _, s, e in findings.get(article, []))
        kinds = [k for k, p in CONSTRUCTIONS.items() if re.search(p, span, re.IGNORECASE)] or ["(none)"]
        rows.append((article, span.replace("\n", " "), covered, is_quoted(text, start, end), kinds))
    return rows


def table(corpus_name: str, rows) -> None:
    print(f"\n== {corpus_name}: {len(rows)} spans, {sum(r[2] for r in rows)} overlapped by a finding, "
          f"{sum(r[3] for r in rows)} quoted or reported")
    print(f"{'spans':>5} {'arts':>4} {'cov':>4} {'quoted':>6} {'missed writer':>13}  construction")
    for kind in [*CONSTRUCTIONS, "(none)"]:
        hits = [r for r in rows if kind in r[4]]
        missed = [r for r in hits if not r[2] and not r[3]]
        print(f"{len(hits):5d} {len({r[0] for r in hits}):4d} {sum(r[2] for r in hits):4d} {sum(r[3] for r in hits):6d} "
              f"{len(missed):13d}  {kind}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rhetlint", default=str(ROOT / "src/Rhetlint.Cli/bin/Debug/net10.0/rhetlint.dll"))
    parser.add_argument("--prefix", nargs="+", default=["RH2"])
    parser.add_argument("--show", help="print the missed writer's-voice spans of the construction whose name starts so")
    parser.add_argument("--limit", type=int, default=60)
    args = parser.parse_args()

    ptc = CORPUS / "semeval2020-task11-ptc"
    ptc_articles = ptc / "train-articles"
    s23_articles = CORPUS / "semeval2023-task3-en/train-articles"
    corpora = [
        ("PTC train Exaggeration,Minimisation", read("ptc", ptc_articles, gold_spans(ptc, "train"), PTC_TECHNIQUE,
                                                     findings_by_article(args.rhetlint, ptc_articles, tuple(args.prefix)))),
        ("SemEval-2023 train Exaggeration-Minimisation",
         read("s23", s23_articles, span_table(CORPUS / "semeval2023-task3-en/train-labels-spans.all.tsv"), SEMEVAL23_TECHNIQUE,
              findings_by_article(args.rhetlint, s23_articles, tuple(args.prefix)))),
    ]
    for name, rows in corpora:
        table(name, rows)
    if args.show:
        for name, rows in corpora:
            print(f"\n-- {name}: missed writer's-voice spans holding '{args.show}…'")
            shown = [r for r in rows if not r[2] and not r[3] and any(k.startswith(args.show) for k in r[4])]
            for article, span, _, _, _ in shown[: args.limit]:
                print(f"  {article}  {span[:220]}")


if __name__ == "__main__":
    main()
