#!/usr/bin/env python3
"""Counts PolNeAR gold attributions whose source is vague or anonymous, and which of them RH3 flags, by construction.

A gold attribution (brat Source / Cue / Content, read by polnear_overlap.read_attributions) is a sourcing gap by the
annotation guidelines (../shared/eval/README.md, QS) when its source names nobody: a bare group or role ("officials",
"critics", "analysts"), an indefinite one ("a source", "a senior aide", "one adviser"), people known only by their
access ("people familiar with the talks"), a bare quantifier ("some", "many", "others"), or no source at all (an
agentless passive, "reportedly"). A source is left out when it names someone (a capitalized word after its first
word, other than a state or party word, which only scopes the group), when it is a personal pronoun, or when it is a
definite phrase that refers back ("the official", "the source": the first mention is the gap).

Each vague attribution counts as flagged when an RH3 finding overlaps its source or its cue. The table breaks the
attributions down by construction, source shape x cue class x position:

  shape     anonymous noun (source, official, aide …), people-by-access ("people familiar with"), bare quantifier,
            group noun (plural role, "critics", "voters"), indefinite singular ("a diplomat", "one adviser"), counted
            ("two officials"), none (agentless)
  cue       say/tell, according to, other lexicon reporting verb, other (belief, intention, evaluation, nouns)
  position  before the cue, after the cue ("said officials"), trailing (", officials said" after the content),
            according to, none

A construction with ten or more real instances is a class (the preamble's bar); --show prints missed instances of the
larger missed constructions to read. The corpus is third-party news without a licence: output to the terminal only.

Usage:
  python3 tools/polnear_vague_sources.py [--rhetlint BUILD] [--before OTHER_BUILD] [--split train] [--show 5]
"""
import argparse
import collections
import pathlib
import random
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from news_sample import checked_files  # noqa: E402
from polnear_overlap import read_attributions, sentence_of, utf16_to_codepoints  # noqa: E402

REPO = pathlib.Path(__file__).resolve().parent.parent
LEXICONS = REPO / "rules/lexicons"
DEFAULT_RHETLINT = REPO / "src/Rhetlint.Cli/bin/Debug/net10.0/rhetlint.dll"
DEFAULT_CORPUS = REPO.parent / "shared/corpus/polnear"

PERSONAL = {"he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "us", "me", "who", "which", "that",
            "this", "whom", "his", "their", "its", "himself", "herself", "themselves"}
QUANTIFIERS = {"some", "many", "others", "few", "most", "several", "all", "both", "a few", "some others", "many others",
               "more", "critics"}
INDEFINITE = {"a", "an", "one", "another"}
COUNT = re.compile(r"^(two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|\d[\d,]*|a dozen|a couple|a handful|"
                   r"a number|a majority|a group|a pair)\b", re.IGNORECASE)
ACCESS = re.compile(r"\b(familiar with|close to|briefed on|with knowledge|knowledgeable|aware of|involved in|"
                    r"who (?:spoke|asked|requested|declined)|on condition|not authorized)\b", re.IGNORECASE)
PARTY_GROUPS = {"democrats", "republicans", "americans", "conservatives", "liberals", "progressives"}
# Party, state and campaign words before a group noun scope it ("Trump aides", "GOP strategists"), they name nobody.
PARTY = PARTY_GROUPS | {"democratic", "republican", "gop", "u.s.", "us", "american", "white", "house", "administration",
                        "trump", "clinton", "obama", "sanders", "cruz", "campaign", "senate", "congressional"}


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rhetlint", type=pathlib.Path, default=DEFAULT_RHETLINT)
    parser.add_argument("--before", type=pathlib.Path, help="another build: its flagged counts beside, and the changes")
    parser.add_argument("--corpus", type=pathlib.Path, default=DEFAULT_CORPUS)
    parser.add_argument("--split", default="train", help="train (default) or dev; keep test for final evaluation")
    parser.add_argument("--show", type=int, default=5, help="missed instances to print per large missed construction")
    parser.add_argument("--min", type=int, default=10, help="constructions with at least this many instances are listed")
    parser.add_argument("--seed", type=int, default=1)
    return parser.parse_args()


def words_of(path):
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            words.update(w.lower() for w in line.replace("\t", " ").split())
    return words


def source_heads():
    """Person and group nouns of the generated and curated source-noun lexicons, singular and regular plural."""
    heads = set()
    for name in ("source_nouns.txt", "source_nouns_curated.txt"):
        for line in (LEXICONS / name).read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if len(fields) == 2 and fields[0] in ("person", "group"):
                lemma = fields[1].strip().lower()
                heads.update((lemma, lemma + "s", lemma + "es", lemma[:-1] + "ies", lemma[:-3] + "men"))
    return heads | {"people", "police", "staff", "media", "press", "public", "folks"}


def lexicon_words():
    anonymous = words_of(LEXICONS / "anonymous_source_nouns.txt")
    reporting = words_of(LEXICONS / "reporting_verbs.txt")
    belief = words_of(LEXICONS / "belief_verbs.txt") | words_of(LEXICONS / "stance_verbs.txt") | {
        "believe", "believed", "believes", "think", "thinks", "thought", "expect", "expected", "expects", "fear",
        "feared", "fears", "worry", "worried", "worries", "consider", "considered", "considers", "see", "sees", "seen",
        "view", "viewed", "views", "regard", "regarded", "regards", "reportedly", "allegedly", "reputedly",
        "supposedly", "purportedly", "rumored", "rumoured"}
    states = set()
    for line in (LEXICONS / "actors.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            states.update(part.strip().lower() for part in line.split("\t")[-1].split(","))
            states.update(w.lower() for w in line.split("\t")[0].split())
    return anonymous, reporting, belief, states, source_heads()


def tokens(phrase):
    return [w.strip(",.:;!?'’\"“”()—-") for w in phrase.split() if w.strip(",.:;!?'’\"“”()—-")]


def source_shape(phrase, anonymous, states, heads):
    """The shape of a vague source, or None when the phrase names, points back or is a pronoun."""
    words = tokens(phrase)
    low = [w.lower() for w in words]
    if not words:
        return None
    if len(words) == 1 and low[0] in PERSONAL:
        return None
    # A capitalized word after the first names someone, unless it is a state or party word that only scopes.
    for w, lw in zip(words[1:], low[1:]):
        if w[:1].isupper() and lw not in PARTY and lw not in states and lw.rstrip("s") not in states:
            return None
    if len(words) == 1 and low[0] not in QUANTIFIERS and low[0] not in heads and low[0] not in PARTY_GROUPS:
        return None
    if words[-1][:1].isupper() and low[-1] not in PARTY_GROUPS:
        return None
    if low[0] in ("the", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my") \
            and not ACCESS.search(phrase) and low[0] not in ("those",):
        return None
    if " ".join(low) in QUANTIFIERS or (len(low) <= 2 and low[0] in QUANTIFIERS and low[-1] in ("others", "say")):
        return "bare quantifier"
    if ACCESS.search(phrase) or low[0] == "those" or (low[0] in ("people", "person", "someone", "sources") and len(low) > 2):
        return "people by access"
    if COUNT.match(phrase):
        return "counted"
    if any(w in anonymous for w in low):
        return "anonymous noun"
    if low[0] in INDEFINITE:
        return "indefinite singular"
    # A plural person or group noun heads the phrase; its head is the last word before a post-modifier.
    head_words = re.split(r"\b(?:of|in|at|for|from|on|with|who|that|close|inside|across)\b", " ".join(low))[0].split()
    head = head_words[-1] if head_words else ""
    if head in heads and (head.endswith("s") or head in ("people", "police", "staff", "media", "press", "public", "folks")
                          or low[0] in QUANTIFIERS) or head in PARTY_GROUPS:
        return "group noun"
    return None


def cue_class(cue_text, reporting, belief):
    low = [w.lower() for w in tokens(cue_text)]
    if "according" in low:
        return "according to"
    if any(w in ("say", "said", "says", "saying", "tell", "told", "tells", "telling") for w in low):
        return "say/tell"
    if any(w in reporting for w in low):
        return "other reporting verb"
    if any(w in belief for w in low):
        return "belief/stance verb"
    return None


def position(text, source, cue, content):
    if source is None:
        return "none"
    if "according" in text[cue[0]:cue[1]].lower():
        return "according to"
    if source[0] > cue[0]:
        return "after cue"
    before = text[max(0, source[0] - 3):source[0]]
    if content is not None and content[1] <= source[0] and ("," in before or any(q in before for q in "”\"'’")):
        return "trailing"
    return "before cue"


def rh3_findings(build, paths):
    """{path: [(start, end, rule)]} in code points, every RH3 finding of the build."""
    out = collections.defaultdict(list)
    for file in checked_files(build, paths):
        path = pathlib.Path(file["path"])
        to_cp = utf16_to_codepoints(path.open(encoding="utf-8", newline="").read())
        for d in file["diagnostics"]:
            if d["id"].startswith("RH3"):
                start = to_cp[min(d["start"], len(to_cp) - 1)]
                end = to_cp[min(d["start"] + d["length"], len(to_cp) - 1)]
                out[path.name].append((start, end, d["id"]))
    return out


def flagged_by(findings, spans):
    return sorted({rule for start, end, rule in findings for a, b in spans if start < b and a < end})


def main():
    args = parse_args()
    anonymous, reporting, belief, states, heads = lexicon_words()
    text_dir = args.corpus / args.split / "text"
    ann_dir = args.corpus / args.split / "attributions"
    articles = sorted(text_dir.glob("*.txt"))
    after = rh3_findings(args.rhetlint, articles)
    before = rh3_findings(args.before, articles) if args.before else None

    rows = []
    out_of_scope = collections.Counter()
    for article in articles:
        text = article.open(encoding="utf-8", newline="").read()
        title_end = text.find("\n")
        for source, cues, content in read_attributions(sorted(ann_dir.glob(article.stem + "_*.ann"))):
            if (source or cues[0])[0] < title_end:
                continue
            cue_text = " ".join(text[a:b] for a, b in cues)
            cue = cue_class(cue_text, reporting, belief)
            if source is None:
                shape = "none (agentless)"
            else:
                shape = source_shape(text[source[0]:source[1]], anonymous, states, heads)
            if shape is None:
                continue
            if cue is None:
                # Intentions, evaluations and actions PolNeAR also marks pass on no claim: out of RH3's scope.
                out_of_scope[shape] += 1
                continue
            spans = list(cues) + ([source] if source else [])
            key = (shape, cue, position(text, source, cues[0], content))
            rows.append((key, article.name, flagged_by(after[article.name], spans),
                         flagged_by(before[article.name], spans) if before is not None else None,
                         text[source[0]:source[1]] if source else "", cue_text, sentence_of(text, source or cues[0]),
                         text[cues[-1][1]:cues[-1][1] + 60]))

    report(args, rows, out_of_scope)
    belief_breakdown(rows)


def report(args, rows, out_of_scope):
    print(f"PolNeAR {args.split}: {len(rows)} gold attributions with a vague or no source and a cue that passes on a "
          f"claim; rhetlint = {args.rhetlint}")
    print("left out, cue neither reporting nor belief (intention, evaluation, action): "
          + ", ".join(f"{k} {n}" for k, n in out_of_scope.most_common()))
    flagged = sum(1 for r in rows if r[2])
    line = f"flagged by RH3 (finding over source or cue): {flagged}/{len(rows)} = {flagged / max(1, len(rows)):.1%}"
    if args.before:
        was = sum(1 for r in rows if r[3])
        line += f"   before: {was}/{len(rows)} = {was / max(1, len(rows)):.1%}"
    print(line)
    for title, index in (("by source shape", 0), ("by cue", 1), ("by position", 2)):
        counts = collections.Counter(r[0][index] for r in rows)
        hits = collections.Counter(r[0][index] for r in rows if r[2])
        print(f"\n{title}")
        for value, n in counts.most_common():
            print(f"  {value:<26} {hits[value]:>5}/{n:<5} {hits[value] / n:6.1%}")
    rules = collections.Counter(rule for r in rows for rule in r[2])
    print("\nrules flagging them: " + "  ".join(f"{rule} {n}" for rule, n in sorted(rules.items())))

    counts = collections.Counter(r[0] for r in rows)
    hits = collections.Counter(r[0] for r in rows if r[2])
    print(f"\nconstructions with >= {args.min} instances (shape | cue | position): flagged/all, missed")
    for key, n in counts.most_common():
        if n >= args.min:
            print(f"  {' | '.join(key):<66} {hits[key]:>4}/{n:<4} missed {n - hits[key]}")

    rng = random.Random(args.seed)
    print(f"\nmissed instances, {args.show} per construction with >= {args.min} misses (terminal only)")
    missed = collections.defaultdict(list)
    for r in rows:
        if not r[2]:
            missed[r[0]].append(r)
    for key, items in sorted(missed.items(), key=lambda kv: -len(kv[1])):
        if len(items) < args.min:
            continue
        print(f"- {' | '.join(key)} ({len(items)} missed)")
        for _, name, _, _, source, cue, context, _ in rng.sample(items, min(args.show, len(items))):
            print(f"    [{source} / {cue}] {context}")

    if args.before:
        gained = [r for r in rows if r[2] and not r[3]]
        lost = [r for r in rows if r[3] and not r[2]]
        print(f"\nnewly flagged: {len(gained)}; no longer flagged: {len(lost)}")
        for label, items in (("new", gained), ("lost", lost)):
            for key, name, now, was, source, cue, context, _ in items:
                print(f"  {label} {' | '.join(key)} {now or was}: {context}")


# WordNet lexicographer files of a verb's senses: the class of a belief or feeling verb, not the sample's words.
VERB_CLASSES = {"31": "cognition", "37": "emotion", "32": "communication", "39": "perception"}


def verb_lemmas():
    """{form: lemma} from the lexicons whose lines list every form of a verb, lemma first."""
    forms = {}
    for name in ("belief_verbs.txt", "stance_verbs.txt", "perception_verbs.txt", "reporting_verbs.txt", "cognition_verbs.txt"):
        path = LEXICONS / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip() and not line.startswith("#"):
                    words = line.replace("\t", " ").split()
                    for w in words:
                        forms.setdefault(w.lower(), words[0].lower())
    return forms


def verb_class(lemma):
    """The WordNet class of the lemma's most frequent verb sense (cognition, emotion, …)."""
    import wordnet
    index = wordnet.load_index("verb")
    synsets = wordnet.load_synsets("verb")
    entry = index.get(lemma)
    if entry is None:
        return "not in WordNet"
    return VERB_CLASSES.get(synsets[entry.senses[0]].lexfile, "other")


def complement(after):
    """What follows the cue: a that-clause, about/of + noun, a to-infinitive, a bare clause or noun, or nothing."""
    words = re.findall(r"[\w'’]+|[.,;:!?\"“”]", after.lower())
    if not words or words[0] in ".,;:!?\"“”":
        return "nothing"
    if words[0] == "that":
        return "that-clause"
    if words[0] in ("about", "of", "over", "for"):
        return "about/of + noun"
    if words[0] == "to":
        return "to-infinitive"
    return "bare clause or object"


def belief_breakdown(rows):
    """The group-noun attributions with a belief or stance cue, by verb, WordNet verb class and what follows the cue."""
    forms = verb_lemmas()
    picked = [r for r in rows if r[0][0] == "group noun" and r[0][1] == "belief/stance verb"]
    print(f"\ngroup noun + belief/stance verb: {len(picked)} ({sum(1 for r in picked if r[2])} flagged)")
    by = {"verb class x complement": collections.Counter(), "lemma": collections.Counter()}
    for r in picked:
        lemma = next((forms.get(w.lower(), w.lower()) for w in tokens(r[5])[::-1] if w.lower() in forms), tokens(r[5])[-1].lower() if tokens(r[5]) else "")
        by["verb class x complement"][(verb_class(lemma), complement(r[7]), "flagged" if r[2] else "missed")] += 1
        by["lemma"][(lemma, "flagged" if r[2] else "missed")] += 1
    for title, counts in by.items():
        print(f"  by {title}")
        for key, n in counts.most_common():
            print(f"    {' | '.join(key):<50} {n}")


if __name__ == "__main__":
    main()
