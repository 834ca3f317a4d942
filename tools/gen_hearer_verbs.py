#!/usr/bin/env python3
"""Generates rules/lexicons/hearer_verbs_wordnet.txt: verbs of informing and persuading whose object is the hearer
("convince the donors that …", "reminding voters that …", "assure investors that …"), one per line with its inflected
forms, from WordNet 3.0.

After such a verb, its hearer and "that", the clause is what the subject tells or tries to make the hearer believe: its
claim, not the writer's, in every form of the verb ("trying to convince the board that", "kept reminding us that"),
where reporting_verbs.txt reads only finite forms as reports (issue 17: real news read the content of "trying to
convince … that" as the writer's superlative).

A lemma is listed when it is one lower-case word and one of its two most frequent verb senses is a verb.communication
sense (lexicographer file 32) at or below inform.v.01 (impart knowledge to: notify, remind, warn, brief, advise),
persuade.v.02 (cause somebody to adopt a belief: convince, reassure) or assure.v.02 (inform positively and with
certainty), outside the branches listed in NOT_TOLD_THAT, and that sense has a sentence frame with a person as object
("Somebody ----s somebody", "… somebody of something", "… somebody to INFINITIVE"). The reader requires a hearer and a
"that" clause with its own subject after the verb, so a verb of this family with a thing as object ("explained the
plan") reads nothing.

Review criteria (issue 16): a listed verb must read naturally as "VERB the voters that <clause>" with the clause as
what the voters are told or brought to believe. WordNet's frames cannot test that: frame 9 ("Somebody ----s
somebody") is on thank, coach, bully and convince alike, and no frame has a person object and a "that" clause
together (26, "Somebody ----s that CLAUSE", has no object). So whole branches whose verbs take a person but never
tell them a that-clause are cut, and "thanked the supporters that we all know are the loudest" stays a relative
clause, the writer's own words. Check every new entry of the generated list against the criterion when WordNet or
the roots change.

Source: WordNet 3.0, Princeton University (Debian package wordnet-base, /usr/share/wordnet); the licence notice is
copied into the generated header, as WordNet's licence asks.
Usage: apt-get install wordnet-base && python3 tools/gen_hearer_verbs.py
"""
import pathlib

from gen_communication_verbs import write_verb_lexicon
from wordnet import LICENCE_NOTICE, WORDNET, load_index, load_synsets, tree

VERB_COMMUNICATION = "32"
SENSES_READ = 2
INFORM = "00831669"  # inform.v.01, impart knowledge of some fact, state or affairs, or event to
PERSUADE = "00766436"  # persuade.v.02, cause somebody to adopt a certain position, belief, or course of action
ASSURE = "01019661"  # assure.v.02, inform positively and with certainty and confidence
# WordNet's verb frames with a person as object: 9 "Somebody ----s somebody", 18 "Somebody ----s somebody of
# something", 24 "Somebody ----s somebody to INFINITIVE".
HEARER_FRAMES = {9, 18, 24}
# Branches under the roots whose verbs take a person object but not a that-clause told to that person (see the review
# criteria above): the whole branch, its head included, is left out.
NOT_TOLD_THAT = {
    "00952542",  # tell.v.02 (let something be known): convey > thank, mean, menace; repeat > quote, translate; unwrap
    "00939295",  # explain.v.01: describe, depict, explicate ("explained the rules that …" is a thing object)
    "00829125",  # teach.v.01: coach, tutor, mentor, catechize ("coached the players that …" names which players)
    "00776541",  # charm.v.02: mesmerize, spellbind (a spell, not a message)
    "00768796",  # wheedle.v.01: browbeat, bully, swagger (pressure, not a message)
    "00854438",  # deceive.v.01: dupe, gull, hoodwink, kid (the trick, not what is said)
    "00901121",  # introduce.v.01: acquaint, reintroduce (introduce a person to someone)
    "00842004",  # denounce.v.02: snitch, stag (inform on someone)
    "00965053",  # report.v.01: describe, report ("described the fans that …" is a thing object)
}

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "rules" / "lexicons" / "hearer_verbs_wordnet.txt"


def verb_frames():
    """Each verb synset's sentence frame numbers (data.verb's f_cnt section, which wordnet.py does not read)."""
    frames = {}
    for line in (WORDNET / "data.verb").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        fields = line.partition(" | ")[0].split()
        k = 4 + 2 * int(fields[3], 16)
        k += 1 + 4 * int(fields[k])
        count = int(fields[k]) if k < len(fields) else 0
        frames[fields[0]] = {int(fields[k + 2 + 3 * j]) for j in range(count)}
    return frames


def main():
    synsets, index, frames = load_synsets("verb"), load_index("verb"), verb_frames()
    family = tree(synsets, INFORM, PERSUADE, ASSURE, symbols=("~",)) - tree(synsets, *NOT_TOLD_THAT, symbols=("~",))
    lemmas = sorted(
        lemma for lemma, entry in index.items()
        if lemma.isalpha() and lemma.islower()
        and any(sense in family and synsets[sense].lexfile == VERB_COMMUNICATION and frames[sense] & HEARER_FRAMES
                for sense in entry.senses[:SENSES_READ]))
    header = [
        "# hearer_verbs_wordnet.txt — verbs of informing and persuading whose object is the hearer (\"convince the donors",
        "#   that …\", \"reminding voters that …\"): with a hearer and a \"that\" clause after them, in any form, the clause is",
        "#   the subject's claim, not the writer's (AttributionFinder, issue 17).",
        f"# Format: lemma then its inflected forms, one verb per line ({len(lemmas)} verbs).",
        "# Generated by tools/gen_hearer_verbs.py from WordNet 3.0 (Debian wordnet-base: index.verb, data.verb, verb.exc); do",
        "#   not edit by hand.",
        *LICENCE_NOTICE,
    ]
    write_verb_lexicon(OUT, header, lemmas)


if __name__ == "__main__":
    main()
