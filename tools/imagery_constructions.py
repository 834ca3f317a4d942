#!/usr/bin/env python3
"""Counts candidate constructions of fear imagery in real propaganda and in neutral news (issue 16: imagery outside war).

A construction is worth a rule when real writers use it to frighten and neutral news does not use it: this script
counts, for each candidate below, its matches

- inside the fear and loaded-language spans of the PTC train and dev splits (Appeal_to_fear-prejudice, Loaded_Language,
  Exaggeration,Minimisation, Name_Calling,Labeling) and of the SemEval-2023 Task 3 English train split (the same
  articles re-annotated: the two are counted side by side, never added), in the writer's voice only (not inside
  quotation marks, not in a sentence with a reporting verb: `exaggeration_constructions.is_quoted`), with the
  number of articles they come from;
- in the same PTC articles outside every propaganda span (the base rate of the words in opinionated prose);
- in the PolNeAR news articles (all splits: hard news of four US papers), all matches and writer's-voice ones;
- in the BABE news sentences (Spinde et al. 2021): in sentences labelled biased, with a matched word among the
  annotated biased words, and in unbiased ones;
- with --rhetlint BUILD, how many of the writer's-voice span matches an RH1 finding already overlaps.

A construction with ten or more writer's-voice span matches over several articles, and few writer's-voice news
matches to read, is a class; fewer is a case. The expressions over-match on purpose: they find matches to read and
code by hand (--show NAME prints the writer's-voice span matches and the news matches of one construction).

The corpora have no licence: output goes to the terminal only, never into the repository; the matched words never
become lexicon entries (the lexicons come from WordNet, tools/gen_fear_vehicles.py).

Usage:
  python3 tools/imagery_constructions.py [--rhetlint BUILD] [--show NAME] [--limit 30]
"""
import argparse
import collections
import csv
import pathlib
import re

from exaggeration_constructions import is_quoted
from ptc_span_coverage import findings_by_article
from semeval_overlap import gold_spans, span_table

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared/corpus"
PTC_TECHNIQUES = {"Appeal_to_fear-prejudice", "Loaded_Language", "Exaggeration,Minimisation", "Name_Calling,Labeling"}
S23_TECHNIQUES = {"Appeal_to_Fear-Prejudice", "Loaded_Language", "Exaggeration-Minimisation", "Name_Calling-Labeling"}

# Candidate constructions, each as the words that find its matches for reading (not a rule).
CONSTRUCTIONS = {
    "predator noun": r"\b(?:wolf|wolves|sharks?|hyenas?|jackals?|vultures?|piranhas?|predators?|parasites?|leech(?:es)?|"
                     r"vermin|rats|cockroach(?:es)?|locusts?|termites?)\b",
    "predator noun + of + name (the wolves of X)": r"\b(?:wolves|sharks|hyenas|jackals|vultures|piranhas|predators|parasites|"
                                                   r"leeches|vermin|rats|locusts) of [A-Z]",
    "predator verb (circling, prey on, smell blood, feeding frenzy)":
        r"\b(?:are|is|were|was|'re|been) circling\b|\bprey(?:s|ed|ing)? (?:on|upon)\b|\bsmell(?:s|ed|ing)? (?:blood|weakness|fear)\b|"
        r"\bfeeding frenzy\b|\bsink(?:s|ing)? (?:its|their) (?:teeth|claws|fangs)\b|\bpounc(?:e|es|ed|ing) on\b|\bstalk(?:s|ed|ing) (?:our|the|its|their)\b",
    "disease or poison noun": r"\b(?:cancer(?:ous)?|plague|virus|poison(?:ous)?|toxic|venom(?:ous)?|disease|epidemic|contagion|gangrene|tumou?r)\b",
    "disease simile (spread like a cancer, like a plague)":
        r"\blike (?:an? |the )?(?:\w+ )?(?:cancer|plague|virus|disease|poison|epidemic|contagion|gangrene|tumou?r|infection|pestilence)\b",
    "outbreak of (an epidemic of, a plague of, a virus of)":
        r"\b(?:epidemic|plague|pandemic|contagion|pestilence|cancer|virus|scourge) of\b",
    "lethal drug noun": r"\b(?:fentanyl|heroin|crack cocaine|cocaine|opioids?|opiates?|narcotics?|meth(?:amphetamine)?)\b",
    "poisoning verb": r"\bpoison(?:s|ed|ing)\b|\binfect(?:s|ed|ing)\b",
    "engulfing verb (drown, engulf, swamp, swallow, devour)":
        r"\b(?:drown(?:s|ed|ing)?|engulf(?:s|ed|ing)?|swamp(?:s|ed|ing)?|submerg(?:e|es|ed|ing)|swallow(?:s|ed|ing)?|"
        r"devour(?:s|ed|ing)?|overrun|overrunning)\b",
    "consuming from within (eat away, hollow out, gut, bleed dry, strip-mine)":
        r"\beat(?:s|ing|en)? (?:away|up|into|from the inside)|\bhollow(?:s|ed|ing)? out\b|\bgut(?:s|ted|ting)\b|"
        r"\bstrip-?min\w*|\bbleed(?:s|ing)? (?:\w+ )?(?:dry|white)\b|\bbled (?:\w+ )?(?:dry|white)\b",
    "destructive force noun": r"\b(?:avalanche|tsunami|tidal wave|wildfire|firestorm|inferno|hurricane|tornado|earthquake|"
                              r"wrecking ball|juggernaut|steamroller|landslide|volcano)\b",
    "chokehold or strangling": r"\b(?:chokehold|stranglehold|noose|strangl\w+|chok(?:e|es|ed|ing)\b|suffocat\w+|throttl\w+)",
    "confinement noun (cage, prison, panopticon, gulag, police state)":
        r"\b(?:cage|prison|panopticon|gulag|police state|surveillance state|concentration camp)s?\b",
    "war on a non-military stake (war on/against, under attack, assault on, invasion)":
        r"\bwar (?:on|against)\b|\bunder (?:\w+ )?attack\b|\bassault on\b|\binvasion\b|\binvad(?:e|es|ed|ing)\b|\bonslaught\b|\bsalvo\b",
}


def articles_of(folder: pathlib.Path):
    return {path.stem.removeprefix("article"): path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))}


def span_matches(texts, spans, techniques, findings):
    """construction -> [(article, match text, in a span, writer's voice, covered)] over every match in the articles."""
    out = collections.defaultdict(list)
    for article, text in texts.items():
        chosen = [(s, e) for name, s, e in spans.get(article, []) if name in techniques]
        every = [(s, e) for _, s, e in spans.get(article, [])]
        found = findings.get(article, []) if findings is not None else []
        for kind, pattern in CONSTRUCTIONS.items():
            for m in re.finditer(pattern, text, flags=0 if "[A-Z]" in pattern else re.IGNORECASE):
                start, end = m.span()
                inside = any(s < end and start < e for s, e in chosen)
                outside = not any(s < end and start < e for s, e in every)
                covered = any(s < end and start < e for _, s, e in found)
                out[kind].append((article, context(text, start, end), inside, outside, not is_quoted(text, start, end), covered))
    return out


def context(text, start, end, width=110):
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    left = max(line_start, start - width)
    return (text[left:start] + "[" + text[start:end] + "]" + text[end:min(line_end, end + width)]).replace("\n", " ")


def news_matches():
    out = collections.defaultdict(list)
    for split in ("train", "dev", "test"):
        for path in sorted((CORPUS / "polnear" / split / "text").glob("*")):
            text = path.read_text(encoding="utf-8")
            for kind, pattern in CONSTRUCTIONS.items():
                for m in re.finditer(pattern, text, flags=0 if "[A-Z]" in pattern else re.IGNORECASE):
                    out[kind].append((path.name, context(text, *m.span()), not is_quoted(text, *m.span())))
    return out


def babe_matches():
    """construction -> [(sentence, biased, a matched word among the sentence's biased words)] over the BABE news sentences."""
    out = collections.defaultdict(list)
    with open(CORPUS / "babe" / "final_labels_SG2.csv", encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle, delimiter=";"):
            text, words = row["text"], {w.lower() for w in re.findall(r"'([^']+)'", row["biased_words"])}
            for kind, pattern in CONSTRUCTIONS.items():
                for m in re.finditer(pattern, text, flags=0 if "[A-Z]" in pattern else re.IGNORECASE):
                    marked = any(w.lower() in words for w in re.findall(r"[\w-]+", m.group(0)))
                    out[kind].append((context(text, *m.span()), row["label_bias"] == "Biased", marked))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rhetlint", help="a build: count the span matches an RH1 finding already overlaps")
    parser.add_argument("--show", help="print the writer's-voice span matches and news matches of the construction whose name starts so")
    parser.add_argument("--limit", type=int, default=30)
    args = parser.parse_args()

    ptc = CORPUS / "semeval2020-task11-ptc"
    s23 = CORPUS / "semeval2023-task3-en"
    corpora = []
    for name, folder, spans, techniques in (
            ("PTC train", ptc / "train-articles", gold_spans(ptc, "train"), PTC_TECHNIQUES),
            ("PTC dev", ptc / "dev-articles", gold_spans(ptc, "dev"), PTC_TECHNIQUES),
            ("S23 train", s23 / "train-articles", span_table(s23 / "train-labels-spans.all.tsv"), S23_TECHNIQUES)):
        findings = findings_by_article(args.rhetlint, folder, ("RH1",)) if args.rhetlint else None
        corpora.append((name, span_matches(articles_of(folder), spans, techniques, findings)))
    news = news_matches()
    babe = babe_matches()

    print("span = a fear, loaded, exaggeration or labeling span; writer = not quoted or reported; out = PTC text outside every span")
    print("PTC = train and dev splits; S23 = SemEval-2023 train, the PTC train articles re-annotated (side by side, not added)")
    print(f"{'PTC span writer':>15} {'arts':>4} {'cov':>4} {'S23 span writer':>15} {'PTC out':>7} {'news':>5} {'news writer':>11} {'BABE biased':>11} {'marked':>6} {'unbiased':>8}  construction")
    for kind in CONSTRUCTIONS:
        row = []
        for name, matches in corpora:
            hits = [m for m in matches[kind] if m[2] and m[4]]
            row.append((len(hits), len({m[0] for m in hits}), sum(m[5] for m in hits), sum(m[3] for m in matches[kind])))
        (p, pa, pc, pout), (d, da, dc, dout), (s, _, _, _) = row
        n = news[kind]
        print(f"{p + d:15d} {pa + da:4d} {pc + dc:4d} {s:15d} {pout + dout:7d} {len(n):5d} {sum(m[2] for m in n):11d} {sum(m[1] for m in babe[kind]):11d} {sum(m[2] for m in babe[kind]):6d} {sum(not m[1] for m in babe[kind]):8d}  {kind}")
    if args.show:
        for kind in (k for k in CONSTRUCTIONS if k.startswith(args.show)):
            for name, matches in corpora:
                print(f"\n-- {name}: writer's-voice span matches of '{kind}'")
                for article, line, _, _, _, covered in [m for m in matches[kind] if m[2] and m[4]][: args.limit]:
                    print(f"  {article} {'+' if covered else '-'} {line}")
            print(f"\n-- BABE: matches of '{kind}' (B biased sentence, * a biased word)")
            for line, biased, marked in babe[kind][: args.limit]:
                print(f"  {'B' if biased else '-'}{'*' if marked else ' '} {line}")
            print(f"\n-- PolNeAR: writer's-voice matches of '{kind}'")
            for file, line, _ in [m for m in news[kind] if m[2]][: args.limit]:
                print(f"  {file} {line}")


if __name__ == "__main__":
    main()
