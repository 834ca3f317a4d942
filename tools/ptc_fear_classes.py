#!/usr/bin/env python3
"""Tags PTC train Appeal_to_fear-prejudice spans by construction class and counts each class in and out of spans.

Issue 16, step 1. Each class below is a construction (not a topic): a regular expression that finds it in a span's
text, written after reading 150 train spans (seed 7). The expressions over-match on purpose; they size a class and
find its instances for reading, they are not rules.

Default mode prints one line per train span of the chosen technique: its classes, the ids of the findings that
overlap it (or "-"), and the span in its sentence. --counts prints, per class: the fear spans that hold it, how many of
those a finding covers, and the same structure's matches inside other techniques' spans, outside every span of the
train split, and in PolNeAR hard news (New York Times, Politico, USA Today, Washington Post; all splits), so a class
propaganda uses and news does not can be told from one both use.

The corpus has no licence: the output goes to the terminal only, never into the repository.

Usage:
  python3 tools/ptc_fear_classes.py --rhetlint DLL [--split train] [--missed] [--counts]
"""
import argparse
import collections
import pathlib
import re

from ptc_span_coverage import findings_by_article
from semeval_overlap import gold_spans

ROOT = pathlib.Path(__file__).resolve().parent.parent
TECHNIQUE = "Appeal_to_fear-prejudice"
NEWS_PUBLISHERS = ("nyt_", "politico_", "usa-today_", "wash-post_")
_MODAL = r"(?:will|would|shall|could|'ll|is going to|are going to)"
_DOOM = (r"(?:destroy\w*|ruin\w*|wreck\w*|kill\w*|die|dies|perish\w*|collapse\w*|disappear\w*|vanish\w*|"
         r"be (?:the end|the death|destroyed|wiped out|finished|over|gone|lost|too late)|mean the (?:end|death)|"
         r"end in \w+|wipe\w*|annihilat\w*|cease to exist|go to hell|face \w+|pay (?:the|a) price|"
         r"regret|lose (?:everything|it all|our|their|your))")
_PLAN_VERB = r"(?:want|wants|wanted|plan|plans|planning|plot|plots|plotting|scheme|schemes|scheming|aim|aims|seek|seeks|intend|intends|vow\w*|vocation|agenda|goal|mission)"
CLASSES = {
    "conditional doom (if/unless … will …)": rf"\b(?:if|unless|should we|once|when)\b[^.;!?]{{0,120}}?\b{_MODAL}\b[^.;!?]{{0,40}}?\b{_DOOM}",
    "ultimatum (must/stop … or … will / or else)": rf"\b(?:must|need to|have to|has to|stop|act|now)\b[^.;!?]{{0,80}}?[,.]?\s+(?:or|otherwise)\b[^.;!?]{{0,12}}?(?:\b{_MODAL}\b|\belse\b)",
    "too late / countdown": r"\b(?:(?:will|would) be too late|before it(?:'s| is) too late|time is running out|clock is ticking|"
                            r"in the next \d+ (?:hours|days)|(?:only|just) \d+ (?:days|hours|months) (?:left|to))\b",
    "certain end of a country or people (will be the end of / wipe off the map)":
        rf"\b(?:{_MODAL} (?:be|mean|spell|bring)|spells|means) the (?:end|death|demise|destruction|downfall) of\b|"
        r"\bwipe\w* [^.;!?]{0,40}?(?:off|from) (?:the )?(?:map|face of the earth)\b",
    "certain destruction of a whole (will destroy X)": rf"\b{_MODAL} (?:\w+ )?(?:destroy|ruin|wreck|annihilate|exterminate|wipe out|kill off|overwhelm|conquer)\b",
    "hostile plan imputed (want/plot/vow to + harm)": rf"\b{_PLAN_VERB} (?:is )?to (?:\w+ )?(?:destroy|kill|conquer|overwhelm|wipe|exterminate|"
                                                   r"eliminate|erase|replace|islamize|take over|silence|enslave|subjugate|convert|end|undermine)\w*",
    "violence against a group (kill/slaughter/massacre them)": r"\b(?:kill\w*|slaughter\w*|massacre\w*|exterminat\w*|behead\w*|murder\w*|extermination|genocide|holocaust)\b",
    "invasion / overrun label": r"\b(?:invasion|invaders?|invading|overrun|occupants|occupiers|horde\w*|swarm\w*|flood\w* (?:of|into|in)|stream in)\b",
    "existential stake (survival, existence, the death of our)": r"\b(?:(?:our|its|their) (?:very )?(?:survival|existence)|existential|"
                                                               r"survival of|death of (?:our|the) (?:nation|country|civilization|west|republic))\b",
    "threat/danger predicated": r"\b(?:threat|threatens|threatening|danger|dangerous|menace|peril|risk|at risk)\b",
    "contagion spreading": r"\b(?:spread\w*|outbreak|epidemic|pandemic|plague|virus|contagio\w*|infect\w*|spill over)\b",
}
REGEXES = {name: re.compile(pattern, re.IGNORECASE) for name, pattern in CLASSES.items()}


def classes_of(text: str) -> list[str]:
    return [name for name, regex in REGEXES.items() if regex.search(text.replace("’", "'"))]


def sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    right_candidates = [p for p in (text.find(".", end), text.find("\n", end)) if p >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    return (text[left:start] + "[[" + text[start:end] + "]]" + text[end:right]).replace("\n", " ").strip()


def print_counts(spans, articles: pathlib.Path, findings, news: list[str]) -> None:
    texts = {path.stem.removeprefix("article"): path.read_text(encoding="utf-8") for path in sorted(articles.glob("article*.txt"))}
    print(f"{'fear':>4} {'cov':>4} {'other':>5} {'outside':>7} {'news':>5}  class")
    for name, regex in REGEXES.items():
        fear = covered = 0
        where: collections.Counter = collections.Counter()
        for article, text in texts.items():
            for technique, start, end in spans.get(article, []):
                if technique == TECHNIQUE and regex.search(text[start:end].replace("’", "'")):
                    fear += 1
                    covered += any(s < end and start < e for _, s, e in findings.get(article, []))
            for match in regex.finditer(text.replace("’", "'")):
                overlapping = {t for t, s, e in spans.get(article, []) if s < match.end() and match.start() < e}
                where["fear" if TECHNIQUE in overlapping else "other" if overlapping else "outside"] += 1
        in_news = sum(len(regex.findall(text.replace("’", "'"))) for text in news)
        print(f"{fear:4d} {covered:4d} {where['other']:5d} {where['outside']:7d} {in_news:5d}  {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=pathlib.Path, default=ROOT.parent / "shared/corpus/semeval2020-task11-ptc")
    parser.add_argument("--split", default="train")
    parser.add_argument("--prefix", nargs="+", default=["RH1", "RH2"])
    parser.add_argument("--rhetlint", default="/tmp/main-s49/rhetlint.dll")
    parser.add_argument("--missed", action="store_true", help="print only the spans no finding overlaps")
    parser.add_argument("--counts", action="store_true", help="print the per-class counts instead of the spans")
    args = parser.parse_args()

    spans = gold_spans(args.corpus, args.split)
    articles = args.corpus / f"{args.split}-articles"
    findings = findings_by_article(args.rhetlint, articles, tuple(args.prefix))
    if args.counts:
        polnear = args.corpus.parent / "polnear"
        news = [path.read_text(encoding="utf-8") for split in ("train", "dev", "test")
                for path in sorted((polnear / split / "text").glob("*.txt")) if path.name.startswith(NEWS_PUBLISHERS)]
        print_counts(spans, articles, findings, news)
        return
    total = covered = 0
    for article in sorted(spans):
        text = (articles / f"article{article}.txt").read_text(encoding="utf-8")
        for technique, start, end in sorted(spans[article], key=lambda span: span[1]):
            if technique != TECHNIQUE:
                continue
            ids = sorted({rule for rule, s, e in findings.get(article, []) if s < end and start < e})
            total += 1
            covered += bool(ids)
            if args.missed and ids:
                continue
            tags = "; ".join(classes_of(text[start:end])) or "(none)"
            print(f"{article}\t{','.join(ids) or '-'}\t{tags}\t{sentence_around(text, start, end)[:400]}")
    inside = sum(1 for article in findings for _, s, e in findings[article]
                 if any(s < end2 and start2 < e for _, start2, end2 in spans.get(article, [])))
    every = sum(len(v) for v in findings.values())
    print(f"# {TECHNIQUE}: {covered}/{total} spans overlapped by {'/'.join(args.prefix)}; "
          f"findings {every}, inside any span {inside} ({inside / max(every, 1):.0%})")


if __name__ == "__main__":
    main()
