#!/usr/bin/env python3
"""Ranks candidate fear-imagery and existential-framing words and phrases mined from the PTC train split.

Reads the train articles and technique spans of the SemEval-2020 Task 11 Propaganda Techniques Corpus and ranks
unigrams, bigrams and trigrams by the log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn
2008, "Fightin' Words", section 3.5) of occurring inside spans of the target techniques (default
Appeal_to_fear-prejudice and Exaggeration,Minimisation; --loaded adds Loaded_Language) against occurring outside every
propaganda span. The prior is the n-gram's share of the whole train split times --prior-weight; the z-score (the
log-odds difference over its estimated standard deviation) orders the list, so rare chance hits rank below frequent
consistent ones.

An n-gram counts as inside when all its tokens lie inside one target span, and as outside when none of them lies in
any span (of any technique); n-grams that straddle a border, or sit in other techniques' spans, are left out of both
counts. N-grams made only of function words, and n-grams seen fewer than --min-count times inside, are not printed.

With --classes, counts word-class patterns instead of n-grams: each candidate CLASS (a regular expression over a
construction, written below from the reviewed n-grams and their spans) is counted inside the target spans, inside
spans of other techniques, outside every span, and in the hard news of PolNeAR (New York Times, Politico, USA Today,
Washington Post; all splits), so a class that propaganda uses and neutral news does not can be told from one that
both use. A class is wired into a rule only when it is frequent in spans, rare outside and absent from news (review
criteria in tools/README.md).

The corpus has no licence: the output goes to the terminal only, never into the repository. The lexicon entries
kept from it were reviewed by hand (criteria and counts in tools/README.md and the lexicons' headers).

Usage:
  python3 tools/mine_ptc_phrases.py [--corpus ../shared/corpus/semeval2020-task11-ptc] [--top 60] [--min-count 3]
      [--prior-weight 1000] [--loaded] [--n 1 2 3]
  python3 tools/mine_ptc_phrases.py --classes [--examples 3]
"""
import argparse
import collections
import math
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
FEAR_TECHNIQUES = ("Appeal_to_fear-prejudice", "Exaggeration,Minimisation")
TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*")
FUNCTION_WORDS = frozenset("""
a an the and or but if of to in on at by for with from as into onto over under about than then that this these those
is are was were be been being am do does did have has had will would shall should can could may might must not no
it its it's they them their he him his she her we us our you your i me my who whom whose which what when where why how
there here so such too very just also only all any each every some more most other own same s t 's ’s
""".split())


NEWS_PUBLISHERS = ("nyt_", "politico_", "usa-today_", "wash-post_")
_MODAL = r"(?:will|would|could|may|might|can|to|'ll)"
_WEAPON = r"(?:gun|pistol|rifle|shotgun|cannon|missile|rocket|torpedo|bullet|dagger|knife|sword|weapon|bomb|wrecking ball|battering ram)"
# Candidate classes, each a construction rather than a phrase (issue 16). Kept or rejected by the counts this prints.
CLASSES = {
    "polity's end foretold": rf"\b(?:{_MODAL} (?:be|mean|spell|herald|signal|bring)|is|means|spells|heralds|signals) the "
                             r"(?:end|death|demise|destruction|downfall|extinction) of (?:our |the )?(?:very )?(?:free )?"
                             r"(?:republic|democracy|nation|country|civilization|civilisation|west|society|freedom|free speech|"
                             r"free press|rule of law|constitution|way of life|humanity|mankind|life on earth)\b",
    "weapon aimed at a whole group": rf"\ban? (?:\w+ )?{_WEAPON}s? (?:pointed|aimed|trained|levelled|leveled) at "
                                     r"(?:every|each|all|our|your|the whole|an entire|the entire)\b",
    "driven off a cliff": r"\b(?:drive|drives|driving|drove|push|pushes|pushing|pushed|lead|leads|leading|march|marching|"
                          r"steer|steering|drag|dragging)(?: \w+){1,3} (?:off|over) (?:a|the) (?:cliff|precipice|edge|abyss)\b",
    "enemy at the gates": r"\b(?:enemy|enemies|barbarians?|invaders?) (?:is |are )?(?:at|inside) the gates?\b",
    "overrun": r"\b(?:is|are|was|were|be|been|being) overrun\b",
    "our worst nightmare": r"\bour (?:very )?worst nightmares?\b",
    "mortal peril": r"\bmortal (?:peril|danger|threat)\b",
    "away from ruin": r"\baway from (?:ruin|disaster|catastrophe|destruction|annihilation)\b",
    "spreads like a disease": r"\bspread\w* like (?:a |an )?(?:wildfire|cancer|virus|plague|disease|contagion)\b",
    "an invasion of": r"\binvasion of\b",
}


def spans_by_article(corpus: pathlib.Path) -> dict[str, list[tuple[str, int, int]]]:
    spans: dict[str, list[tuple[str, int, int]]] = collections.defaultdict(list)
    for line in (corpus / "train-task-flc-tc.labels").read_text(encoding="utf-8").splitlines():
        article, technique, start, end = line.split("\t")
        spans[article].append((technique, int(start), int(end)))
    return spans


def tokens_with_region(text: str, spans: list[tuple[str, int, int]], targets: frozenset[str]) -> list[tuple[str, int]]:
    """Each lower-cased token with the id of the target span holding it (>= 0), -1 outside every span, -2 elsewhere."""
    out = []
    for match in TOKEN.finditer(text):
        start, end = match.span()
        region = -1
        for index, (technique, s, e) in enumerate(spans):
            if s <= start and end <= e:
                if technique in targets:
                    region = index
                    break
                region = -2
            elif start < e and s < end and region == -1:
                region = -2
        out.append((match.group().lower().replace("’", "'"), region))
    return out


def count(corpus: pathlib.Path, targets: frozenset[str], orders: list[int]):
    inside: collections.Counter = collections.Counter()
    outside: collections.Counter = collections.Counter()
    spans = spans_by_article(corpus)
    for path in sorted((corpus / "train-articles").glob("article*.txt")):
        article = path.stem.removeprefix("article")
        tokens = tokens_with_region(path.read_text(encoding="utf-8"), spans.get(article, []), targets)
        for n in orders:
            for i in range(len(tokens) - n + 1):
                gram = tokens[i:i + n]
                regions = {region for _, region in gram}
                if len(regions) != 1:
                    continue
                words = tuple(word for word, _ in gram)
                if all(word in FUNCTION_WORDS for word in words):
                    continue
                region = regions.pop()
                if region >= 0:
                    inside[words] += 1
                elif region == -1:
                    outside[words] += 1
    return inside, outside


def log_odds(inside: collections.Counter, outside: collections.Counter, prior_weight: float):
    """Monroe et al. (2008) eq. 16–22: the prior is the n-gram's share of both counts, scaled to prior_weight."""
    total = collections.Counter(inside) + collections.Counter(outside)
    grand = sum(total.values())
    n_in, n_out = sum(inside.values()), sum(outside.values())
    scores = {}
    for gram, y_all in total.items():
        alpha = prior_weight * y_all / grand
        y_in, y_out = inside[gram], outside[gram]
        delta = (math.log((y_in + alpha) / (n_in + prior_weight - y_in - alpha))
                 - math.log((y_out + alpha) / (n_out + prior_weight - y_out - alpha)))
        variance = 1 / (y_in + alpha) + 1 / (y_out + alpha)
        scores[gram] = delta / math.sqrt(variance)
    return scores


def count_classes(corpus: pathlib.Path, targets: frozenset[str], examples: int) -> None:
    """Prints, per class, its matches inside target spans, in other spans, outside every span, and in PolNeAR news."""
    spans = spans_by_article(corpus)
    articles = {path.stem.removeprefix("article"): path.read_text(encoding="utf-8")
                for path in sorted((corpus / "train-articles").glob("article*.txt"))}
    polnear = corpus.parent / "polnear"
    news = [path.read_text(encoding="utf-8") for split in ("train", "dev", "test")
            for path in sorted((polnear / split / "text").glob("*.txt")) if path.name.startswith(NEWS_PUBLISHERS)]
    print(f"train articles {len(articles)}, PolNeAR news articles {len(news)}")
    print(f"{'target':>6} {'other':>6} {'outside':>7} {'news':>5}  class")
    for name, pattern in CLASSES.items():
        regex = re.compile(pattern, re.IGNORECASE)
        counts = collections.Counter()
        shown: list[str] = []
        for article, text in articles.items():
            for match in regex.finditer(text):
                start, end = match.span()
                overlapping = {t for t, s, e in spans.get(article, []) if s < end and start < e}
                where = "target" if overlapping & targets else "other" if overlapping else "outside"
                counts[where] += 1
        for text in news:
            for match in regex.finditer(text):
                counts["news"] += 1
                if len(shown) < examples:
                    shown.append(text[max(0, match.start() - 60):match.end() + 30].replace("\n", " "))
        print(f"{counts['target']:6d} {counts['other']:6d} {counts['outside']:7d} {counts['news']:5d}  {name}")
        for line in shown:
            print(f"{'':28}news: …{line}…")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=pathlib.Path, default=ROOT.parent / "shared/corpus/semeval2020-task11-ptc")
    parser.add_argument("--top", type=int, default=60)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--prior-weight", type=float, default=1000.0)
    parser.add_argument("--loaded", action="store_true", help="count Loaded_Language spans as targets too")
    parser.add_argument("--n", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("--classes", action="store_true", help="count the candidate word classes (CLASSES) instead of n-grams")
    parser.add_argument("--examples", type=int, default=0, help="with --classes, news matches to print per class")
    args = parser.parse_args()

    targets = frozenset(FEAR_TECHNIQUES + (("Loaded_Language",) if args.loaded else ()))
    if args.classes:
        count_classes(args.corpus, targets, args.examples)
        return
    inside, outside = count(args.corpus, targets, args.n)
    scores = log_odds(inside, outside, args.prior_weight)
    print(f"targets: {', '.join(sorted(targets))}; n-grams inside {sum(inside.values())}, outside {sum(outside.values())}")
    for n in args.n:
        ranked = sorted((g for g in scores if len(g) == n and inside[g] >= args.min_count), key=lambda g: -scores[g])
        print(f"\n== {n}-grams: z, inside, outside ==")
        for gram in ranked[:args.top]:
            print(f"{scores[gram]:6.2f} {inside[gram]:5d} {outside[gram]:6d}  {' '.join(gram)}")


if __name__ == "__main__":
    main()
