#!/usr/bin/env python3
"""Writes rules/lexicons/rules/benign_complements_wordnet.txt: the predicates that keep an open complement benign in a
frame that otherwise imputes hostility by itself (RH1004/RH1003/RH1001, OpenComplements, issue 16): "want every child
taught to swim", "won't rest until every family is housed", "would happily answer every letter", "sleepwalked into
the final".

Criterion:
- `benefit`: verbs of helping, bettering, mending, protecting, caring for, teaching, feeding, healing, rescuing,
  housing, supplying, checking, planting, cleaning, immunising, learning, reading, succeeding and thriving — the WordNet
  3.0 senses below (most with their hyponyms), one-word members for which such a sense is among the first two senses of the
  verb (so "help.v.01"'s rare hyponym "abet", wrongdoing helped, comes in only if its first sense is there: it is not).
  A frame over a set that is helped, taught or checked states a helper's aim, not a hostile one.
- `courtesy`: a closed set of verbs of a host's or a speaker's courtesy (answer, discuss, explain, lend, host, sign,
  play, cook …), written here: "would happily take questions", "would gladly lend every painting".
- `mind`: verbs whose first WordNet sense is filed under verb.cognition ("understand", "know", "remember"): a set
  brought to know something is in its own state, a teacher's aim. Not verb.emotion, whose causatives ("alarm",
  "humiliate") are done to the set.
- `success`: nouns of success, victory and the contests that lead to one (success.n.01–03, victory.n.01, final.n.01,
  championship.n.01–02, contest.n.01 and hyponyms): "sleepwalked into the final" is ease on the way to a win.

Usage: apt-get install wordnet-base && python3 tools/gen_benign_complements.py
Source: WordNet 3.0, Princeton University (Debian package wordnet-base, /usr/share/wordnet), WordNet licence.
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from wordnet import LICENCE_NOTICE, load_senses, load_synsets, one_word_lemmas_of, tree  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "rules" / "lexicons" / "rules" / "benign_complements_wordnet.txt"
SENSES_READ = 2

BENEFIT_ROOTS = [("help", 1), ("help", 2), ("better", 2), ("repair", 1), ("restore", 1), ("protect", 1), ("care", 2),
                 ("tend", 2), ("educate", 1), ("train", 1), ("heal", 3), ("rescue", 1), ("save", 1), ("save", 3),
                 ("house", 2), ("inspect", 1), ("vaccinate", 1), ("plant", 1), ("clean", 1), ("weed", 1), ("learn", 1),
                 ("read", 1), ("succeed", 1), ("win", 1), ("thrive", 1), ("thrive", 2), ("welcome", 2), ("support", 2),
                 ("foster", 1), ("rear", 2)]
# Senses read without their hyponyms, whose trees hold harm as a kind of the act (teach.v.01: "brainwash",
# "indoctrinate"; provide.v.01/02: "arm", "pimp"; feed.v.02: "force-feed"; examine.v.02: "ransack", "frisk";
# check.v.01: "police"; support.v.01: "spur").
BENEFIT_SENSES = [("teach", 1), ("provide", 1), ("provide", 2), ("feed", 2), ("examine", 2), ("check", 1), ("support", 1)]
COURTESY = ["accept", "advise", "answer", "attend", "chat", "cook", "discuss", "donate", "explain", "give", "greet",
            "guide", "host", "join", "lend", "listen", "meet", "oblige", "perform", "play", "pose", "return", "share",
            "show", "sign", "sing", "speak", "talk", "thank", "visit", "wait", "welcome"]
SUCCESS_ROOTS = [("success", 1), ("success", 2), ("success", 3), ("victory", 1), ("final", 1), ("championship", 1),
                 ("championship", 2), ("contest", 1)]
# Words of the trees whose first senses name no benefit to the set or no win of a contest: verbs too general to tell
# a helper's aim ("take", "serve", "do", "manage"), a taking in ("absorb", "ingest" under learn.v.01), and the seizures
# and fights among the successes ("conquest", "coup", "takedown", "dogfight"), which a hostile complement names.
EXCLUDED = {"take", "serve", "do", "keep", "hold", "get", "have", "go", "make", "turn", "run", "set", "put", "manage",
            "absorb", "ingest", "conquest", "coup", "overturn", "seduction", "campaign", "takedown", "cuckoldry",
            "dogfight", "cockfight", "prizefight"}


def lemmas(part, roots, alone=()):
    senses, synsets = load_senses(part), load_synsets(part)
    offsets = set(tree(synsets, *(senses[lemma][number - 1] for lemma, number in roots)))
    offsets |= {senses[lemma][number - 1] for lemma, number in alone}
    return one_word_lemmas_of(part, offsets, SENSES_READ, EXCLUDED)


# Lexicographer file of the mind's own acts: verb.cognition.
MIND_FILES = {"31"}


def mind():
    senses, synsets = load_senses("verb"), load_synsets("verb")
    return sorted(lemma for lemma, offsets in senses.items()
                  if "_" not in lemma and lemma.isalpha() and lemma not in EXCLUDED and synsets[offsets[0]].lexfile in MIND_FILES)


def main():
    benefit = lemmas("verb", BENEFIT_ROOTS, BENEFIT_SENSES)
    success = lemmas("noun", SUCCESS_ROOTS)
    header = [
        "# benign_complements_wordnet.txt — predicates that keep an open complement benign (OpenComplements, issue 16)",
        "# Criterion: benefit = WordNet 3.0 verbs " + ", ".join(f"{l}.v.{n:02d}" for l, n in BENEFIT_ROOTS) + " and hyponyms,",
        "#   and " + ", ".join(f"{l}.v.{n:02d}" for l, n in BENEFIT_SENSES) + " without them;",
        "#   success = nouns " + ", ".join(f"{l}.n.{n:02d}" for l, n in SUCCESS_ROOTS) + " and hyponyms;",
        f"#   a one-word member is kept when such a sense is among its {SENSES_READ} first senses.",
        "#   mind = verbs whose first sense is in verb.cognition;",
        "#   courtesy = a closed set of verbs of a host's or a speaker's courtesy, written in the generator.",
        "# Generated by tools/gen_benign_complements.py; do not edit by hand.",
        "# Format: TAG<TAB>lemma",
        *LICENCE_NOTICE,
    ]
    lines = [f"benefit\t{w}" for w in benefit] + [f"courtesy\t{w}" for w in COURTESY] + [f"mind\t{w}" for w in mind()] + [f"success\t{w}" for w in success]
    OUT.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(benefit)} benefit verbs, {len(COURTESY)} courtesy verbs, {len(success)} success nouns")


if __name__ == "__main__":
    main()
