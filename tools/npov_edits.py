#!/usr/bin/env python3
"""Measures the superlative rules (RH2) on real NPOV edits and on neutral Wikipedia prose.

Recall (issue 17): in the WNC sample (../shared/corpus/wnc-sample, pre/post pairs of Wikipedia NPOV edits), the
pairs whose edit removes a superlative, an absolute or a puffery word. A pair is caught when the build flags the
pre sentence and not the post one. The removed words are classed as
  superlative  an -est form of adjective_forms.txt, or "most"/"least" before an adjective
  absolute     a universal quantifier or absolute adverb (the ABSOLUTES list below)
  peacock      a one-word entry of the repository's promotional lexicons (peacock_terms, puffery_adjectives,
               novelty_claims)
  positive     any other word of the Liu (2005) positive opinion lexicon: praise the lexicons do not hold
Missed pre sentences are counted by removed word, the shape of a construction, so that a class with many real
instances can be told from a case.

Precision: every RH2 finding on the neutral featured-article sentences of Hube & Fetahu (2019) is a probable
false alarm; they are counted by rule and listed. The RH2 rate on Hube's biased statements is printed beside it.

With --before, the pairs and featured sentences on which the two builds differ are listed.

Usage:
  python3 tools/npov_edits.py [--rhetlint PATH] [--before PATH] [--show 30] [--only wnc|featured]

Every sentence is checked as a paragraph of its own. The corpora have no redistribution rights: output goes to the
terminal only. Standard library only.
"""
import argparse
import collections
import difflib
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from weasel_recall import CORPUS, REPO, detokenize, flagged  # noqa: E402

DEFAULT_RHETLINT = REPO / "src/Rhetlint.Cli/bin/Debug/net10.0/rhetlint.dll"
WNC = CORPUS / "wnc-sample"
HUBE = CORPUS / "wiki-npov-hube2019"
LEXICONS = REPO / "rules/lexicons"
# Universal quantifiers and absolute adverbs an NPOV edit removes when they overstate ("always", "the only").
ABSOLUTES = {"always", "never", "all", "every", "everyone", "everybody", "everything", "nobody", "none", "nothing",
             "only", "ever", "entirely", "completely", "totally", "wholly", "utterly", "absolutely", "undoubtedly",
             "undeniably", "unquestionably", "universally", "undisputed", "indisputably", "clearly", "obviously"}

PRAISE_KINDS = {"adjective", "adjective+", "participle", "noun", "verb", "verb-the", "verb-will"}


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rhetlint", type=pathlib.Path, default=DEFAULT_RHETLINT, help="the build to measure (default: %(default)s)")
    parser.add_argument("--before", type=pathlib.Path, help="another build: list the sentences only one of the two flags")
    parser.add_argument("--show", type=int, default=30, help="examples to print per list (default: %(default)s)")
    parser.add_argument("--only", choices=["wnc", "featured"], help="run one half only")
    return parser.parse_args()


def words(path, column=None):
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith(("#", ";")):
            continue
        fields = line.split("\t")
        out.add((fields[column] if column is not None and len(fields) > column else fields[0]).strip().lower())
    return out


def word_classes():
    superlatives = set()
    adjectives = set()
    for line in (LEXICONS / "adjective_forms.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        parts = line.split()
        adjectives.add(parts[0])
        if len(parts) >= 3:
            superlatives.update(parts[2].split(","))
    peacock = set()
    for name in ("rules/peacock_terms.txt", "puffery_adjectives.txt", "rules/novelty_claims.txt"):
        for line in (LEXICONS / name).read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            # The praise words only: not the objects and heads listed after them ("industry", "season"), nor
            # phrase entries ("for the first time ever"), whose function words would be classed as praise.
            kind, entry = (fields[0], fields[1]) if len(fields) > 1 else ("adjective", fields[0])
            if kind in PRAISE_KINDS and " " not in entry.strip():
                peacock.add(entry.strip().lower())
    positive = words(CORPUS / "lexicons/positive_liu2005.txt")
    return superlatives, adjectives, peacock, positive


def wnc_text(line):
    """WNC is lower-cased and tokenised: join split clitics and hyphens, capitalise the first letter."""
    text = re.sub(r" ' (s|t|re|ve|ll|d|m)\b", r"'\1", line.strip())
    text = re.sub(r"(\w) - (\w)", r"\1-\2", text)
    text = detokenize(text)
    return text[:1].upper() + text[1:]


def removed_words(pre, post):
    a, b = pre.split(), post.split()
    out = []
    for op, i1, i2, _, _ in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op in ("delete", "replace"):
            out.extend((k, a[k]) for k in range(i1, i2))
    return out, a


def classify(removed, tokens, classes):
    """(class, word) pairs for the removed words that overstate."""
    superlatives, adjectives, peacock, positive = classes
    found = []
    for k, word in removed:
        parts = word.split("-")
        if word in superlatives or any(p in superlatives for p in parts):
            found.append(("superlative", word))
        elif word in ("most", "least") and k + 1 < len(tokens) and tokens[k + 1] in adjectives:
            found.append(("superlative", f"{word} ADJ"))
        elif word in ABSOLUTES:
            found.append(("absolute", word))
        elif word in peacock or any(p in peacock for p in parts if len(parts) > 1):
            found.append(("peacock", word))
        elif word in positive:
            found.append(("positive", word))
    return found


def wnc(args, builds):
    classes = word_classes()
    pairs = []
    for split in ("train", "test"):
        pre = (WNC / f"pre.{split}").read_text(encoding="utf-8").splitlines()
        post = (WNC / f"post.{split}").read_text(encoding="utf-8").splitlines()
        pairs.extend(zip(pre, post))
    selected = []
    for pre, post in pairs:
        removed, tokens = removed_words(pre, post)
        kinds = classify(removed, tokens, classes)
        if kinds:
            selected.append((wnc_text(pre), wnc_text(post), kinds))
    print(f"WNC: {len(pairs)} pairs, {len(selected)} remove a superlative, absolute, peacock or positive word")
    results = {}
    for name, build in builds:
        hits = flagged(build, [p for p, _, _ in selected] + [q for _, q, _ in selected], prefix="RH2")
        pre_hits, post_hits = hits[:len(selected)], hits[len(selected):]
        caught = [bool(h) and not g for h, g in zip(pre_hits, post_hits)]
        results[name] = (pre_hits, caught)
        print(f"\n[{name}] {build}")
        for kind in ("superlative", "absolute", "peacock", "positive"):
            index = [i for i, (_, _, ks) in enumerate(selected) if ks[0][0] == kind]
            n = sum(caught[i] for i in index)
            flagged_pre = sum(bool(pre_hits[i]) for i in index)
            print(f"  {kind:<12} pairs {len(index):4}  pre flagged {flagged_pre:4}  caught (pre only) {n:4}  recall {n / len(index) if index else 0:.3f}")
        total = sum(caught)
        print(f"  {'all':<12} pairs {len(selected):4}  caught {total}  recall {total / len(selected):.3f}")
    name = builds[0][0]
    pre_hits, caught = results[name]
    missed = collections.Counter()
    examples = collections.defaultdict(list)
    for i, (pre, _, kinds) in enumerate(selected):
        if caught[i] or kinds[0][0] == "positive":
            continue
        for kind, word in kinds[:1]:
            missed[(kind, word)] += 1
            examples[(kind, word)].append(pre)
    print(f"\n[{name}] missed pairs of the superlative, absolute and peacock classes, by first removed word:")
    for (kind, word), n in missed.most_common():
        print(f"  {n:3}  {kind:<12} {word}")
    positives = collections.Counter(w for i, (_, _, ks) in enumerate(selected) if not caught[i] and ks[0][0] == "positive" for _, w in ks[:1])
    print(f"\n[{name}] missed pairs that remove praise outside the lexicons (Liu positive), by word:")
    print("  " + ", ".join(f"{w} {n}" for w, n in positives.most_common(60)))
    print(f"\n[{name}] examples of missed pre sentences:")
    for key, _ in missed.most_common(args.show):
        for example in examples[key][:3]:
            print(f"  {key[1]}: {example[:220]}")
    if len(builds) == 2:
        (a, (_, ca)), (b, (_, cb)) = results.items()
        for i, (pre, _, kinds) in enumerate(selected):
            if ca[i] != cb[i]:
                print(f"  {'caught only by ' + (a if ca[i] else b):<22} [{kinds[0][1]}] {pre[:200]}")


def featured(args, builds):
    sentences = [s for s in (HUBE / "statements_neutral_featured.txt").read_text(encoding="utf-8").splitlines() if s.strip()]
    biased = [s for s in (HUBE / "statements_biased.txt").read_text(encoding="utf-8").splitlines() if s.strip()]
    results = {}
    for name, build in builds:
        hits = flagged(build, sentences + biased, prefix="RH2")
        neutral, loaded = hits[:len(sentences)], hits[len(sentences):]
        results[name] = neutral
        per_rule = collections.Counter(rule for h in neutral for rule, _ in h)
        n = sum(bool(h) for h in neutral)
        b = sum(bool(h) for h in loaded)
        print(f"\n[{name}] featured neutral: {n}/{len(sentences)} sentences flagged ({sum(per_rule.values())} findings: "
              + ", ".join(f"{r} {c}" for r, c in sorted(per_rule.items())) + f"); biased statements flagged: {b}/{len(biased)} = {b / len(biased):.3f}")
    name = builds[0][0]
    shown = 0
    for sentence, h in zip(sentences, results[name]):
        for rule, text in h:
            if shown < args.show:
                print(f"  {rule} [[{text}]] {sentence[:200]}")
            shown += 1
    if len(builds) == 2:
        (a, ha), (b, hb) = results.items()
        for sentence, x, y in zip(sentences, ha, hb):
            if sorted(x) != sorted(y):
                print(f"  {a}: {x}  {b}: {y}  {sentence[:200]}")


def main():
    args = parse_args()
    builds = [("this", args.rhetlint)] + ([("before", args.before)] if args.before else [])
    if args.only != "featured":
        wnc(args, builds)
    if args.only != "wnc":
        featured(args, builds)


if __name__ == "__main__":
    main()
