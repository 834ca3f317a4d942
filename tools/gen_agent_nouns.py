#!/usr/bin/env python3
"""Generates rules/lexicons/agent_nouns.txt: agent nouns that name a lay person by what they do — "installers say",
"a builder told me", "diners insist", "commenters claim" — and that source_nouns.txt (first senses only) and the
curated lists lack, one lemma per line as `person<TAB>lemma`, read by SourceNouns like source_nouns.txt.

Criterion (issue 17: lay role nouns as unnamed sources). An agent noun names a doer of a verb, so it names a person
whatever its other senses when the doer reading is the one a reader hears; two routes:
- WordNet: a one-word noun ending in -er, -or, -ist, -ant or -ent with a sense in noun.person (lexicographer file
  18) that WordNet derives from a verb of doing (the derivation pointer "+" from that very word to a verb of
  possession, consumption, social life, creation, motion, contact, competition or communication: "holder" ← hold,
  "diner" ← dine, "builder" ← build), kept when
  * that person sense is the lemma's first common-noun sense (proper names skipped: "walker"), and the lemma is not
    ambiguous as gen_source_nouns.py judges it: SemCor tagged one of its senses, or at least half its senses are
    persons (WordNet orders an untagged lemma's senses arbitrarily: "scanner", "trailer" and "washer" are machines
    first to a reader, though a person leads their entries), or
  * the lemma is the head of closed compounds WordNet lists that are mostly persons (first sense in noun.person):
    "shareholder", "householder", "leaseholder" make "holder" a person head over "candleholder"; "shipbuilder",
    "housebuilder" make "builder" one over the detergent builder;
- morphology: the -er agent of a WordNet verb whose first sense is one of communication, competition, consumption or
  contact (the verbs of using and taking part; an -er of possession or social life is as often a paper or a device:
  "a detainer", "a disclaimer"), where WordNet has no noun of
  that spelling at all (WordNet 3.0 is from 2006 and lists few trades of the web or of fitting): "install" →
  "installer", "comment" → "commenter", "game" → "gamer", "blog" → "blogger". A spelling WordNet knows as a noun is
  WordNet's to decide, by the first route ("dinner" is a meal, not one who dins); a spelling that is the comparative
  of an adjective SemCor tags more often than the verb is the comparative ("faster", "nearer", "freer").
Left out: a lemma with a sense in noun.communication ("a campaign mailer", "a voucher", "a tender"): a paper or a
message before it is a person, and documents are sources of their own kind (document_nouns.txt). As in
gen_source_nouns.py: capitalized lemmas, multi-word lemmas, the disparaging, slang and obscene
usage domains and the insult subtrees (they evaluate, they do not identify a source), and verbs of feeling,
perception, cognition, change, body, weather and state: their doers are traits or states, not roles ("worrier",
"liver", "sweater").

Plurals are derived at load time (SourceNouns: Vocabulary.Plural).
Usage: apt-get install wordnet-base && python3 tools/gen_agent_nouns.py
"""
import pathlib
import re

from gen_source_nouns import NOT_SPEAKERS, OFFENSIVE, UNSPEAKING_USAGE, speakers_tree, usages
from wordnet import LICENCE_NOTICE, load_index, load_synsets, semcor_counts

ROOT = pathlib.Path(__file__).resolve().parent.parent
LEXICONS = ROOT / "rules" / "lexicons"
OUT = LEXICONS / "agent_nouns.txt"

NOUN_PERSON = "18"
NOUN_COMMUNICATION = "10"
SUFFIXES = ("er", "or", "ist", "ant", "ent")
# Verb lexicographer files of doing: possession, consumption, social, creation, motion, contact, competition, communication.
DOING = {"40", "34", "41", "36", "38", "35", "33", "32"}
# Verb lexicographer files whose -er agents WordNet lacks are coined for people: communication, competition, consumption, contact.
USING = {"32", "33", "34", "35"}
MIN_COMPOUND_MODIFIER = 3
VOWELS = set("aeiou")


def listed_elsewhere():
    known = set()
    for name in ("source_nouns.txt", "source_nouns_curated.txt"):
        for line in (LEXICONS / name).read_text(encoding="utf-8").splitlines():
            if "\t" in line and not line.startswith("#"):
                known.add(line.split("\t")[1].strip())
    for line in (LEXICONS / "role_nouns.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            known.add(line.strip())
    return known


def is_proper(synset, lemma):
    return any(w.lower() == lemma and not w[0].islower() for w in synset.words)


def agent_sense(nouns, verbs, lemma, offset):
    """The verb lexicographer file a person sense of `lemma` is derived from, when it is one of doing; else None."""
    synset = nouns[offset]
    if synset.lexfile != NOUN_PERSON or is_proper(synset, lemma) or usages(synset) & UNSPEAKING_USAGE:
        return None
    for pointer in synset.pointers:
        if pointer.symbol != "+" or pointer.pos != "v":
            continue
        source = int(pointer.source_target[:2], 16)
        if source and synset.words[source - 1].lower() == lemma and verbs[pointer.target].lexfile in DOING:
            return verbs[pointer.target].lexfile
    return None


def first_common_sense(nouns, lemma, senses):
    return next((s for s in senses if not is_proper(nouns[s], lemma)), None)


def person_head(nouns, index, words, lemma):
    """Closed compounds WordNet lists that end in `lemma` after a word of its own: more persons than not, and two at least."""
    persons = others = 0
    for word, entry in index.items():
        if not word.endswith(lemma) or len(word) < len(lemma) + MIN_COMPOUND_MODIFIER or not word.isalpha():
            continue
        if word[:-len(lemma)] not in words:
            continue
        first = first_common_sense(nouns, word, entry.senses)
        if first is None:
            continue
        if nouns[first].lexfile == NOUN_PERSON:
            persons += 1
        else:
            others += 1
    return persons >= 2 and persons > others


def agent_spellings(verb):
    """The -er agent of a verb: "game" → "gamer", "blog" → "blogger", "carry" → "carrier", "install" → "installer"."""
    if verb.endswith("e"):
        return [verb + "r"]
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in VOWELS:
        return [verb[:-1] + "ier"]
    vowels = [i for i, c in enumerate(verb) if c in VOWELS]
    one_syllable_cvc = (len(vowels) == 1 and len(verb) >= 3 and vowels[0] == len(verb) - 2
                        and verb[-1] not in VOWELS | set("wxy"))
    return [verb + verb[-1] + "er"] if one_syllable_cvc else [verb + "er"]


def main():
    nouns, verbs = load_synsets("noun"), load_synsets("verb")
    index, verb_index = load_index("noun"), load_index("verb")
    silent = speakers_tree(nouns, *NOT_SPEAKERS)
    adjectives = set(load_index("adj"))
    words = set(index) | set(verb_index) | adjectives
    tagged = semcor_counts()
    known = listed_elsewhere()
    from_wordnet, from_verbs = set(), set()
    for lemma, entry in index.items():
        if not re.fullmatch(r"[a-z]+", lemma) or lemma in known or lemma in OFFENSIVE or not lemma.endswith(SUFFIXES):
            continue
        agents = [s for s in entry.senses if s not in silent and agent_sense(nouns, verbs, lemma, s)]
        if not agents or any(nouns[s].lexfile == NOUN_COMMUNICATION for s in entry.senses):
            continue
        persons = sum(nouns[s].lexfile == NOUN_PERSON for s in entry.senses)
        unambiguous = entry.tagged > 0 or 2 * persons >= len(entry.senses)
        if first_common_sense(nouns, lemma, entry.senses) == agents[0] and unambiguous or person_head(nouns, index, words, lemma):
            from_wordnet.add(lemma)
    for verb, entry in verb_index.items():
        if not re.fullmatch(r"[a-z]+", verb) or verbs[entry.senses[0]].lexfile not in USING:
            continue
        if verb in adjectives and tagged[verb, "3"] + tagged[verb, "5"] > tagged[verb, "2"]:
            continue
        for form in agent_spellings(verb):
            if form not in index and form not in known and form not in OFFENSIVE:
                from_verbs.add(form)

    header = [
        "# agent_nouns.txt — agent nouns that name a lay person by what they do (\"installers say\", \"a builder told me\",",
        "#   \"dog walkers insist\"), which source_nouns.txt and the curated lists lack. Read by SourceNouns with source_nouns.txt;",
        "#   plurals are derived at load time. Format: person<TAB>lemma.",
        f"# {len(from_wordnet)} from WordNet's person senses derived from verbs of doing, {len(from_verbs)} -er agents of such",
        "#   verbs that WordNet lacks as nouns. Generated by tools/gen_agent_nouns.py from WordNet 3.0 (Debian wordnet-base);",
        "#   the script's docstring gives the criterion. Do not edit by hand.",
    ] + LICENCE_NOTICE
    lines = [f"person\t{lemma}" for lemma in sorted(from_wordnet | from_verbs)]
    OUT.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"{len(from_wordnet)} WordNet + {len(from_verbs)} derived -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
