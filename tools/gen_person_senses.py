#!/usr/bin/env python3
"""Generates rules/lexicons/person_senses_wordnet.txt: nouns that name a person only in a sense other than their most
frequent one ("head" for a head teacher, "figure" for a public figure, "voice", "hand", "builder"), one lemma per line,
from WordNet 3.0.

source_nouns.txt holds the nouns whose most frequent sense is a person, so "a senior figure at the ministry said" and
"one head in Kent told me" find no source head there. These nouns are read as a person only where nothing else fits:
an indefinite or counted phrase ("a", "one", "two") that is the subject of a verb of saying (SourcePhraseReader).

A lemma is listed when one of its senses other than the first is in the hyponym tree of person.n.01 (lexicographer file
noun.person), and it is left out when:
- its first sense is already a person, group or organization (source_nouns.txt's business), or it is capitalized,
  multi-word or an offensive word;
- a sense that names a group or an organization ranks above the person sense ("power" for a state, "authority" for
  a public body): the indefinite phrase then names the body, not a person;
- the person sense is marked as disparagement, ethnic slur, obscenity or slang, or lies in an insult subtree
  (unwelcome person, simpleton), as in gen_source_nouns.py: insults evaluate, they do not identify a source;
- its most frequent sense is a thing — an artifact, natural object, plant, animal, food or substance ("plant", "tanker",
  "computer", "timer"): "a plant reported a leak" is the works, and machines and vessels "say" things in plain news. A
  body part first is kept: "head" and "hand" name people by a figure of speech no body part reports by;
- a sense that names an imaginary being ranks above the person sense ("character"): a figure in fiction is no source;
- SemCor tags the word as a verb, adjective or adverb more often than as a noun ("general", "have"): at the head of
  a subject such a word is a modifier or a verb far more often.

Source: WordNet 3.0, Princeton University (Debian package wordnet-base, /usr/share/wordnet); the licence notice is
copied into the generated header, as WordNet's licence asks.
Usage: apt-get install wordnet-base && python3 tools/gen_person_senses.py
"""
import pathlib
import re

from gen_source_nouns import (CAUSAL_AGENT, NOT_SPEAKERS, NOUN_PERSON, OFFENSIVE, ORGANIZATIONS, PEOPLE, PERSON,
                              SOCIAL_GROUP, UNSPEAKING_USAGE, speakers_tree, tagged_counts, usages)
from wordnet import LICENCE_NOTICE, load_index, load_synsets

# Lexicographer files of things that cannot speak: noun.animal, noun.artifact, noun.food, noun.object, noun.plant,
# noun.substance.
THING_LEXFILES = {"05", "06", "13", "17", "20", "27"}
IMAGINARY_BEING = "09483738"  # imaginary being, imaginary creature (fictional characters, gods of myth)

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "rules" / "lexicons" / "person_senses_wordnet.txt"


def main():
    synsets = load_synsets()
    silent = speakers_tree(synsets, *NOT_SPEAKERS)
    person = (speakers_tree(synsets, PERSON)
              | {offset for offset in speakers_tree(synsets, CAUSAL_AGENT) if synsets[offset].lexfile == NOUN_PERSON}) - silent
    speakers = person | speakers_tree(synsets, *ORGANIZATIONS, SOCIAL_GROUP, PEOPLE)
    imaginary = speakers_tree(synsets, IMAGINARY_BEING)
    counts = tagged_counts()
    entries = []
    for lemma, (senses, _) in load_index().items():
        if not re.fullmatch(r"[a-z][a-z-]*[a-z]", lemma) or lemma in OFFENSIVE or senses[0] in speakers:
            continue
        if any(w.split("(")[0].lower() == lemma and not w[0].islower() for w in synsets[senses[0]].words):
            continue
        person_senses = [i for i, s in enumerate(senses) if i > 0 and s in person and synsets[s].lexfile == NOUN_PERSON]
        if not person_senses or all(usages(synsets[senses[i]]) & UNSPEAKING_USAGE for i in person_senses):
            continue
        # "a foreign power", "a local authority": a body before the person, so the phrase names the body.
        if any(s in speakers and s not in person for s in senses[:person_senses[0]]):
            continue
        # "a plant reported a leak", "a tanker said": the common sense is a thing, and things are reported as speaking.
        if synsets[senses[0]].lexfile in THING_LEXFILES:
            continue
        # "a character in the novel says": a fictional person ranked above the real one.
        if any(s in imaginary for s in senses[:person_senses[0]]):
            continue
        if counts[lemma, "other"] > counts[lemma, "n"]:
            continue
        entries.append(lemma)

    header = [
        "# person_senses_wordnet.txt — nouns that name a person in a sense other than their most frequent one (\"head\",",
        "#   \"figure\", \"voice\", \"builder\"): a source head only in an indefinite or counted phrase before a verb of",
        "#   saying (\"a senior figure at the ministry told me\"). Read by SourceNouns.HasPersonSense.",
        f"# Format: one lemma per line ({len(entries)} lemmas); plurals are derived at load time.",
        "# Generated by tools/gen_person_senses.py from WordNet 3.0 (Debian wordnet-base: index.noun, data.noun,",
        "#   cntlist.rev); the script's docstring says what is left out. Do not edit by hand.",
    ] + LICENCE_NOTICE
    OUT.write_text("\n".join(header + sorted(entries)) + "\n")
    print(f"{len(entries)} lemmas -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
