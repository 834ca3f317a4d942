"""Mines candidate peacock words (promotional praise) from two Wikipedia neutral-point-of-view resources.

Why these resources: Wikipedia editors remove promotional ("peacock") wording, and two corpora record that work.
The cue-level CoNLL-2010 XML with its PEACOCK tags is not in our corpus store (`shared/corpus/szeged-uncertainty-
wikiweasel/wiki.xml` carries semantic-uncertainty cues only, no peacock type), so the script reads:
  - `wnc-sample/` (Wiki Neutrality Corpus, Pryzant et al. 2020): 1,100 sentence pairs before and after an NPOV
    edit. A word the edit removed was judged biased by an editor. Column `removed`/`kept`: in how many pairs the
    edit removed the word vs left it. This is the main signal: it is word-level and made by editors.
  - `wikiweasel-conll2010-sentences/` (CoNLL-2010, Farkas et al.): sentences labelled uncertain when they hold a
    weasel, hedge, peacock or semantic-uncertainty cue. Column `z`: the z-scored log-odds of the word in uncertain
    vs certain sentences (informative Dirichlet prior, Monroe, Colaresi & Quinn 2008). Sentence-level and mixed with
    hedges, so it only corroborates.
Candidates are WordNet adjectives removed by at least --min-removed edits more often than kept, plus any word
whose z is at least --min-z; each is printed with its counts and the hand verdict below.

Review criteria (a candidate goes into `rules/lexicons/rules/peacock_terms.txt` only if all hold):
  1. Promotional in any domain: it praises its head (a person, work, place, firm, product) without saying what
     earns the praise, and reads as praise in sport, business, culture and politics alike.
  2. Not a neutral or checkable descriptor: not a size, age, kind, nationality or status one can look up
     ("award-winning", "prolific", "popular" are checkable; "major", "important" plain description).
  3. Not a domain term or a word with a common literal sense ("classic" car, "premier" league, "elite" forces,
     "golden" colour, "her beloved husband" in a death notice).
  4. Not ordinary evaluation that reviews and opinion use fairly ("brilliant", "great", "remarkable",
     "talented"), and not a rank, record or uniqueness word another rule owns (RH2001 best/finest/foremost,
     RH2002 unrivalled, RH2004 leading/respected before a role noun).
  5. Not a hedge, weasel or loaded label (RH3xxx and RH4xxx material: "alleged", "so-called", "controversial").
The verdicts below record that review, so a rerun shows which candidates were taken and why the rest were not.

Usage: python3 tools/mine_peacock_cues.py [--min-removed N] [--min-z Z]
"""
import argparse
import collections
import math
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import wordnet  # noqa: E402

CORPUS = pathlib.Path("/work/shared/corpus")
CONLL = CORPUS / "wikiweasel-conll2010-sentences"
WNC = CORPUS / "wnc-sample"
WORD = re.compile(r"[a-z][a-z-]*[a-z]")

# Hand review of the candidates the default run prints (criteria in the docstring), grouped by verdict. "take"
# words are in peacock_terms.txt; every other group names the criterion that rules its words out. The sentence
# labels mix hedges, weasels and peacocks, so most high scorers are hedges and quantifiers.
REVIEW = {
    "take (already listed)": "legendary acclaimed prestigious renowned iconic celebrated",
    "take": "revered",
    "1 not promotional in every domain (topic words the labels happen to favour)":
        "nationalist gay religious biblical medieval sexual political public social human physical soviet hindu "
        "british architectural comic thermal virtual regulatory passive contemporary world kind scandinavian "
        "patriotic aligned",
    "2 neutral or checkable descriptor, or part of one ('award-winning', 'self-proclaimed')": "known famous "
        "well-known notable significant important successful recent critical difficult related outside wide large "
        "powerful popular hard safe stable strong big developed massive earliest written considerable rising "
        "increasing spread vocal authorized murdered uncovered winning nominated proclaimed prolific short passing "
        "illegal limited multiple real rich potential needed occupied committed wanted obscure false excessive "
        "clean none alike x 80 enough just",
    "3 domain term or a common literal sense": "elite quality golden blue beloved pivotal",
    "4 ordinary evaluation, or a rank another rule owns": "finest greatest greater better best-known beautiful "
        "influential innovative revolutionary interesting exciting impressive favorite favourite challenging "
        "acceptable inferior robust respected prominent great good nice brilliant talented remarkable outstanding "
        "memorable fantastic elegant delicious reasonable",
    "5 hedge, weasel, quantifier or loaded label (RH3xxx, RH4xxx material)": "some many most several one more much "
        "numerous considered certain very reported alleged said due likely perceived supposed disputed accepted "
        "expected received pointed well still credited verified questioning contributing opponent away speaking sad "
        "angry vague unusual incorporate noted controversial bizarre grotesque radical brutal desperate homophobic",
}
VERDICTS = {word: verdict for verdict, words in REVIEW.items() for word in words.split()}


def sentences(label: str):
    for split in ("train", "eval"):
        path = CONLL / f"{split}_wikiweasel_{label}_sentences.txt"
        yield from path.read_text(encoding="utf-8").splitlines()


def counts(label: str) -> collections.Counter:
    counter = collections.Counter()
    for line in sentences(label):
        counter.update(set(WORD.findall(line.lower())))  # sentence frequency: one vote per sentence
    return counter


def log_odds(a: collections.Counter, b: collections.Counter) -> dict[str, float]:
    """z-scored log-odds of each word in a vs b with the pooled counts as an informative Dirichlet prior."""
    prior = a + b
    n_a, n_b, n_p = sum(a.values()), sum(b.values()), sum(prior.values())
    scale = 500.0 / n_p  # prior strength: the pooled corpus shrunk to 500 pseudo-counts
    scores = {}
    for word, p in prior.items():
        alpha, alpha0 = p * scale, n_p * scale
        ya, yb = a[word], b[word]
        delta = (math.log((ya + alpha) / (n_a + alpha0 - ya - alpha))
                 - math.log((yb + alpha) / (n_b + alpha0 - yb - alpha)))
        scores[word] = delta / math.sqrt(1.0 / (ya + alpha) + 1.0 / (yb + alpha))
    return scores


def npov_edits() -> tuple[collections.Counter, collections.Counter]:
    """In how many WNC pairs an edit removed each word (fewer copies after than before) vs left it."""
    removed, kept = collections.Counter(), collections.Counter()
    for split in ("train", "test"):
        before = (WNC / f"pre.{split}").read_text(encoding="utf-8").splitlines()
        after = (WNC / f"post.{split}").read_text(encoding="utf-8").splitlines()
        for pre, post in zip(before, after):
            a, b = collections.Counter(pre.split()), collections.Counter(post.split())
            for word in a:
                (removed if a[word] > b[word] else kept)[word] += 1
    return removed, kept


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-removed", type=int, default=2, help="least NPOV edits that removed a candidate")
    parser.add_argument("--min-z", type=float, default=2.3, help="least CoNLL log-odds z for a candidate")
    args = parser.parse_args()
    adjectives = wordnet.load_index("adj")
    removed, kept = npov_edits()
    uncertain, certain = counts("uncertain"), counts("certain")
    z = log_odds(uncertain, certain)
    candidates = {w for w in removed if w in adjectives and removed[w] >= args.min_removed and removed[w] > kept[w]}
    candidates |= {w for w in z if w in adjectives and z[w] >= args.min_z and uncertain[w] >= 4}
    rows = sorted(candidates, key=lambda w: (-removed[w], -z.get(w, 0.0)))
    print("removed\tkept\tz\tuncertain\tcertain\tword\tverdict")
    for w in rows:
        print(f"{removed[w]}\t{kept[w]}\t{z.get(w, 0.0):.2f}\t{uncertain[w]}\t{certain[w]}\t{w}\t"
              f"{VERDICTS.get(w, 'UNREVIEWED')}")


if __name__ == "__main__":
    main()
