#!/usr/bin/env python3
"""Generates rules/lexicons/rules/fear_appeals.txt, the word classes of RH1001's fear-appeal construction: a fear or
horror verb or adjective that tells a broad audience how to feel ("should terrify every parent", "we should all be
horrified") instead of showing why.

How an entry is chosen:
- fear verbs: the lemmas of frighten.v.01 ("cause fear in", WordNet 3.0 offset 01779183) and of its hyponym tree,
  minus the EXCLUDED_VERBS below (acts of coercion, not feelings: intimidate, bully, cow; milder or other feelings:
  awe, dismay, shock), written out as the base form a modal governs ("should terrify") plus petrify, the verb of
  the adjective "petrifying" (WordNet files it under stun.v.02, "make stiff or stony").
- fear adjectives: the past participles of those verbs ("we should be terrified"), plus "afraid" (afraid.a.01);
  the present participles that WordNet lists among the similar-to set of alarming.a.01 ("terrifying",
  "horrifying", "chilling", "petrifying", "frightening", "alarming", "scary") for "is terrifying for every parent".
- the audience words, fixed appeals and fiction cues are hand-curated (see the file header this script writes).
Source: WordNet 3.0, Princeton University (Debian package wordnet-base, /usr/share/wordnet).
Usage: apt-get install wordnet-base && python3 tools/gen_fear_appeals.py
"""
import pathlib

from wordnet import load_synsets

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "rules" / "lexicons" / "rules" / "fear_appeals.txt"

FRIGHTEN = "01779183"
# Kept out of the class, with the reason: coercion is an act done to someone, not a feeling an audience is told to
# have; awe, dismay and shock are other or milder feelings ("should shock us all" is outrage, not fear).
EXCLUDED_VERBS = {
    "bluff", "awe", "overawe", "cow", "buffalo", "intimidate", "hold_over", "strong-arm", "bully", "browbeat",
    "bullyrag", "ballyrag", "boss_around", "hector", "push_around", "tyrannize", "tyrannise", "domineer", "dismay",
    "shock", "consternate", "spook", "fright", "affright", "terrorize", "terrorise", "panic",
}
ADDED_VERBS = ["petrify"]
# Participles that are forms of the kept verbs but read as adjectives of fear.
PARTICIPLES = {
    "frighten": ("frightened", "frightening"), "scare": ("scared", "scary"), "terrify": ("terrified", "terrifying"),
    "alarm": ("alarmed", "alarming"), "appal": ("appalled", "appalling"), "appall": ("appalled", "appalling"),
    "horrify": ("horrified", "horrifying"), "petrify": ("petrified", "petrifying"),
}
# Similar-to adjectives of alarming.a.01 that name the fear itself; "appalling" and "alarming" are left out of the causing set:
# "appalling conditions" judges quality and "an alarming rise" is measured news wording.
CAUSING_EXTRA = ["chilling"]
CAUSING_EXCLUDED = {"appalling", "scary", "alarming"}

CURATED = """\
# Hand-curated kinds:
#   audience     words that make the one told how to feel a broad audience: "every parent", "all of us", "anyone who",
#                "you"; a first-person singular object ("the exam terrified me") is a private feeling
#   modal        directives and claims of how one ought to feel: "should", "ought to", "must"
#   degree       adverbs between "be" and the adjective ("we should all be very afraid")
#   chill        "send a chill down the spine of anyone who …": the nouns of the fixed verb phrase
#   out-of       the nouns of "scare the life / the wits / the hell out of every voter"
#   phrase       fixed appeals that need a threat referent nearby: "is the stuff of nightmares", "keeps me up at night"
#   fiction      cues that the fear is a work's effect on its audience (a review of a horror film or a thriller)
audience	every
audience	all
audience	any
audience	anyone
audience	anybody
audience	everyone
audience	everybody
audience	us
audience	you
audience	we
audience	each
audience	our
modal	should
modal	ought
modal	must
degree	very
degree	deeply
degree	truly
degree	really
degree	absolutely
degree	thoroughly
degree	utterly
degree	all
chill	chill
chill	chills
chill	shiver
chill	shivers
chill	shudder
chill	shudders
out-of	life
out-of	wits
out-of	hell
out-of	daylights
out-of	crap
out-of	bejesus
phrase	the stuff of nightmares
phrase	the stuff of nightmare
phrase	keeps me up at night
phrase	keeps me awake at night
phrase	keep me up at night
phrase	keep me awake at night
phrase	kept me up at night
phrase	kept me awake at night
fiction	film
fiction	films
fiction	movie
fiction	movies
fiction	novel
fiction	novels
fiction	horror
fiction	thriller
fiction	thrillers
fiction	sequel
fiction	episode
fiction	series
fiction	trailer
fiction	director
fiction	audiences
fiction	viewers
fiction	readers
fiction	screenplay
fiction	ride
fiction	haunted
fiction	ghost
fiction	ghosts
"""


def hyponym_lemmas(verbs, offset):
    found = list(verbs[offset].words)
    for symbol, child, pos, _ in verbs[offset].pointers:
        if symbol == "~" and pos == "v":
            found += hyponym_lemmas(verbs, child)
    return found


def main():
    verbs = []
    for lemma in hyponym_lemmas(load_synsets("verb"), FRIGHTEN) + ADDED_VERBS:
        if lemma not in EXCLUDED_VERBS and lemma not in verbs:
            verbs.append(lemma)
    lines = [
        "# fear_appeals.txt — the word classes of RH1001's fear appeal: the writer tells a broad audience to be afraid",
        "#   (\"should terrify every parent\", \"we should all be horrified\") instead of showing why.",
        "# Used by: RH1001 fear-imagery (the fear-appeal construction).",
        "# Format: KIND<TAB>entry (word forms, lower case; phrases word by word).",
        "#   verb         fear verbs as a modal governs them: the lemmas of WordNet 3.0 frighten.v.01 and its hyponyms,",
        "#                less coercion (intimidate, bully, cow, terrorize), other or milder feelings (awe, dismay, shock,",
        "#                consternate) and rare or sudden ones (fright, affright, spook, panic); plus petrify",
        "#   felt         their past participles and \"afraid\": how the audience is told to feel (\"should be terrified\")",
        "#   causing      present participles of the same verbs and \"chilling\" (similar-to set of alarming.a.01):",
        "#                \"is terrifying for every parent\"; \"appalling\", \"alarming\" and \"scary\" are left out",
        "# Generated by tools/gen_fear_appeals.py from WordNet 3.0 (Princeton University; WordNet licence: permission",
        "#   to use, copy, modify and distribute this software and database for any purpose and without fee is granted,",
        "#   provided the copyright notice appears in all copies); the curated kinds below are hand-written for Rhetlint.",
    ]
    felt = []
    causing = []
    for verb in verbs:
        lines.append(f"verb\t{verb}")
        past, present = PARTICIPLES[verb]
        if past not in felt:
            felt.append(past)
        if present not in causing and present not in CAUSING_EXCLUDED:
            causing.append(present)
    felt.append("afraid")
    causing += CAUSING_EXTRA
    lines += [f"felt\t{word}" for word in felt]
    lines += [f"causing\t{word}" for word in causing]
    OUT.write_text("\n".join(lines) + "\n" + CURATED, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(verbs)} verbs, {len(felt)} felt, {len(causing)} causing")


if __name__ == "__main__":
    main()
