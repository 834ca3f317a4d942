#!/usr/bin/env python3
"""Prints how often each entry of the threat model's lexicons occurs in neutral news and in propaganda, to curate them.

For every entry of threat_referents*.txt and threat_outcomes*.txt (or the files given), singular and regular plural:
- news: occurrences in the hard-news articles of PolNeAR (New York Times, Politico, USA Today, Washington Post; all
  splits), and per million words;
- fear: occurrences inside the Appeal_to_fear-prejudice and Exaggeration,Minimisation spans of the SemEval-2020
  task 11 train articles (PTC), and outside any such span;
- lift: the smoothed log ratio of an entry's rate inside fear spans to its rate in news. An entry that is common in
  neutral news and never in fear spans ("depression" is mostly mental health, "storm" mostly weather) is a
  candidate to drop or to narrow; one that only fear spans use is a sign the family is right.
The corpora are third-party text without a licence: counts go to the terminal only, never into the repository.

Usage: python3 tools/threat_lexicon_counts.py [--corpus ../shared/corpus] [--sort lift|news|fear] [LEXICON.txt ...]
Python 3 standard library only.
"""
import argparse
import collections
import math
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
LEXICONS = ROOT / "rules" / "lexicons"
DEFAULT_FILES = ["threat_referents.txt", "threat_referents_wordnet.txt", "threat_outcomes.txt", "threat_outcomes_wordnet.txt"]
NEWS_PUBLISHERS = ("nyt_", "politico_", "usa-today_", "wash-post_")
FEAR_TECHNIQUES = {"Appeal_to_fear-prejudice", "Exaggeration,Minimisation"}
WORD = re.compile(r"[a-z0-9]+(?:['’-][a-z0-9]+)*")


def words(text):
    return [w.replace("’", "'") for w in WORD.findall(text.lower())]


def plural(noun):
    if noun.endswith(("s", "x", "z", "sh", "ch")):
        return noun + "es"
    if len(noun) > 2 and noun.endswith("y") and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def entries(files):
    for name in files:
        path = pathlib.Path(name) if "/" in name else LEXICONS / name
        for line in path.read_text().splitlines():
            if not line.strip() or line.startswith("#") or "\t" not in line:
                continue
            group, entry = line.split("\t", 1)
            head = entry.split()
            marked = next((i for i, w in enumerate(head) if w.startswith("*")), len(head) - 1)
            forms = [w.lstrip("*").lower() for w in head]
            yield path.name, group, entry, [tuple(forms), tuple(forms[:marked] + [plural(forms[marked])] + forms[marked + 1:])]


def ngram_counts(texts, longest):
    counts = collections.Counter()
    total = 0
    for text in texts:
        tokens = words(text)
        total += len(tokens)
        for n in range(1, longest + 1):
            for i in range(len(tokens) - n + 1):
                counts[tuple(tokens[i:i + n])] += 1
    return counts, total


def ptc_texts(corpus):
    """Text inside fear and exaggeration spans, and the rest of each article."""
    inside, outside = [], []
    spans = collections.defaultdict(list)
    labels = corpus / "semeval2020-task11-ptc" / "train-task-flc-tc.labels"
    for line in labels.read_text().splitlines():
        article, technique, start, end = line.split("\t")
        if technique in FEAR_TECHNIQUES:
            spans[article].append((int(start), int(end)))
    for path in sorted((corpus / "semeval2020-task11-ptc" / "train-articles").glob("article*.txt")):
        text = path.read_text(encoding="utf-8")
        article = path.stem.removeprefix("article")
        marked = [False] * len(text)
        for start, end in spans.get(article, []):
            inside.append(text[start:end])
            for i in range(start, min(end, len(text))):
                marked[i] = True
        outside.append("".join(c if not m else " " for c, m in zip(text, marked)))
    return inside, outside


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="*", default=DEFAULT_FILES)
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    parser.add_argument("--sort", choices=["lift", "news", "fear"], default="news")
    args = parser.parse_args()
    corpus = pathlib.Path(args.corpus)
    rows = list(entries(args.files))
    longest = max(len(form) for *_, forms in rows for form in forms)

    news_texts = [p.read_text(encoding="utf-8") for split in ("train", "dev", "test")
                  for p in sorted((corpus / "polnear" / split / "text").glob("*.txt")) if p.name.startswith(NEWS_PUBLISHERS)]
    news, news_total = ngram_counts(news_texts, longest)
    inside_texts, outside_texts = ptc_texts(corpus)
    fear, fear_total = ngram_counts(inside_texts, longest)
    rest, rest_total = ngram_counts(outside_texts, longest)
    print(f"news: {len(news_texts)} articles, {news_total:,} words; fear spans: {len(inside_texts)} spans, {fear_total:,} words; "
          f"rest of PTC: {rest_total:,} words")

    table = []
    for file, group, entry, forms in rows:
        n = sum(news[f] for f in set(forms))
        f = sum(fear[g] for g in set(forms))
        r = sum(rest[g] for g in set(forms))
        lift = math.log(((f + 0.5) / fear_total) / ((n + 0.5) / news_total))
        table.append((file, group, entry, n, n * 1e6 / news_total, f, r, lift))
    key = {"news": lambda t: -t[3], "fear": lambda t: -t[5], "lift": lambda t: t[7]}[args.sort]
    print(f"{'file':28} {'group':14} {'entry':32} {'news':>6} {'per M':>7} {'fear':>5} {'rest':>5} {'lift':>6}")
    for file, group, entry, n, per_million, f, r, lift in sorted(table, key=key):
        print(f"{file:28} {group:14} {entry:32} {n:6d} {per_million:7.1f} {f:5d} {r:5d} {lift:6.2f}")


if __name__ == "__main__":
    main()
