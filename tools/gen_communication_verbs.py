#!/usr/bin/env python3
"""Generates rules/lexicons/communication_verbs_wordnet.txt: verbs of communicating, one per line with its inflected
forms (lemma, past, past participle when it differs, third person, -ing), from WordNet 3.0's verb.communication.

reporting_verbs.txt is the short hand list of verbs that introduce a claim (frames, vague sources, RH3001–RH3011);
news names the speaker of a verbatim quotation with a much wider class of verbs — of manner ("beamed", "gushed"),
of speech acts ("touted", "pledged", "lamented") and of going on talking ("continued", "related") — that would pass
on nothing as a claim. QuotationSpeakers reads these only next to a quotation, with a named or singular subject, or
inverted right after the closing mark ("“…” beamed Ilse Brandt"): the quotation's speaker (issue 17).

A lemma is listed when it is one lower-case word and a verb.communication sense (lexicographer file 32) below
communicate.v.02, express.v.02 (verbalize) or evaluate.v.02 (praise, blame, tout) is its most frequent sense, or one of its three most frequent
while the first is a gesture, a feeling or going on (verb.body, verb.emotion, verb.stative: "beam", "express with a
beaming face", "continue", "continue talking"). A lemma whose speech sense ranks behind a sense of doing or making
("blast", "react", "handle") is out: in news it mostly means that. Left out on purpose, EXCLUDE: verbs whose
communication sense is a formal act on paper, a machine or a gesture with no words that could be quoted (sign, vote,
type, wave, convict), and verbs that in news mostly mean something else (deal, mean, mind, issue, point, project).

Source: WordNet 3.0, Princeton University (Debian package wordnet-base, /usr/share/wordnet); the licence notice is
copied into the generated header, as WordNet's licence asks.
Usage: apt-get install wordnet-base && python3 tools/gen_communication_verbs.py
"""
import pathlib
import re

from wordnet import LICENCE_NOTICE, WORDNET, load_index, load_synsets, tree

VERB_COMMUNICATION = "32"
SENSES_READ = 3
COMMUNICATE = "00740595"  # communicate.v.02, transmit thoughts or feelings: informing, telling, talking, expressing
EVALUATE = "00670279"  # evaluate.v.02, form a critical opinion of: praise, blame and tout are said aloud
VERBALIZE = "00940402"  # express.v.02, articulate verbally or with a cry: state, say, exclaim and the manners of voicing
# First senses that leave a lower-ranked speech sense the verb's meaning beside a quotation: verb.body ("beam", "smile",
# "nod"), verb.emotion, verb.stative ("continue").
EXPRESSIVE_FIRST = {"29", "37", "42"}
# Formal acts with no words of the actor's own: a signature, a ballot, a stamp, a filing, a dial.
EXCLUDE = {
    # formal acts and gestures with no words of their own
    "sign", "countersign", "signpost", "type", "typewrite", "wave", "notarise", "notarize", "convict", "reconvict", "acquit",
    "recuse", "repeal", "rescind", "satellite", "network", "fax", "telefax", "telex", "cable", "braille", "backspace",
    # mostly something else in news
    "deal", "mean", "mind", "issue", "point", "proceed", "project", "represent", "oppose", "moderate", "pad", "out",
    "deliver", "introduce", "contact", "consult", "negotiate", "meld", "mediate", "intermediate", "inflict", "deter",
    "contract", "sentence", "warp", "pretend", "mitigate", "palliate", "swan", "scald", "visa", "underwrite", "undersign",
    "initial", "subvent", "subvention", "betroth", "affiance",
    # a modal or a fate, not a speech act: "will" (bequeath) is the future auxiliary, "doom" and "destine" ordain
    "will", "wish", "fate", "destine", "predestine", "doom", "foredoom",
}

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "rules" / "lexicons" / "communication_verbs_wordnet.txt"
VOWELS = "aeiou"


def irregular_forms():
    """verb.exc: inflected form -> lemma, read backwards as lemma -> its forms."""
    forms = {}
    for line in (WORDNET / "verb.exc").read_text(encoding="latin-1").splitlines():
        form, lemma = line.split()[:2]
        forms.setdefault(lemma, []).append(form)
    return forms


def regular_forms(lemma):
    """Past (= participle), third person and -ing by the spelling rules; a final consonant after one vowel is doubled too
    ("nag", "nagged"), both spellings kept, since WordNet does not mark stress."""
    if lemma.endswith("e"):
        return [lemma + "d", lemma + "s", lemma[:-1] + "ing"]
    if lemma.endswith("y") and lemma[-2] not in VOWELS:
        return [lemma[:-1] + "ied", lemma[:-1] + "ies", lemma + "ing"]
    third = lemma + "es" if re.search(r"(s|x|z|ch|sh)$", lemma) else lemma + "s"
    forms = [lemma + "ed", third, lemma + "ing"]
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", lemma):
        forms += [lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"]
    return forms


def inflected_forms(lemma, irregular):
    """The lemma and its forms: verb.exc's irregular past and participle where it has them (then only the regular -s
    and -ing, never a "teached" beside "taught"), else the regular forms."""
    forms = irregular.get(lemma) or []
    forms = forms + [f for f in regular_forms(lemma) if not forms or f.endswith(("s", "ing"))]
    return list(dict.fromkeys([lemma, *forms]))


def write_verb_lexicon(out, header, lemmas):
    """The header, then each verb's line of lemma and inflected forms; prints the count."""
    irregular = irregular_forms()
    lines = [" ".join(inflected_forms(lemma, irregular)) for lemma in lemmas]
    out.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"{out.relative_to(ROOT)}: {len(lemmas)} verbs")


def hypernyms(synsets, offset):
    """The synset and everything above it by hypernym pointers."""
    return tree(synsets, offset, symbols=("@",))


def main():
    synsets = load_synsets("verb")
    irregular = irregular_forms()
    lines = []
    for lemma, entry in load_index("verb").items():
        if not re.fullmatch(r"[a-z]+", lemma) or lemma in EXCLUDE:
            continue
        speech = [s for s in entry.senses[:SENSES_READ]
                  if synsets[s].lexfile == VERB_COMMUNICATION and hypernyms(synsets, s) & {COMMUNICATE, EVALUATE, VERBALIZE}]
        if not speech or speech[0] != entry.senses[0] and synsets[entry.senses[0]].lexfile not in EXPRESSIVE_FIRST:
            continue
        lines.append(" ".join(inflected_forms(lemma, irregular)))

    header = [
        "# communication_verbs_wordnet.txt — verbs of communicating (\"beam\", \"tout\", \"continue\", \"pledge\"): beside a",
        "#   quotation, with a named or singular subject, they name its speaker (QuotationSpeakers, issue 17).",
        f"# Format: lemma then its inflected forms, one verb per line ({len(lines)} verbs).",
        "# Generated by tools/gen_communication_verbs.py from WordNet 3.0 (Debian wordnet-base: index.verb, data.verb,",
        "#   verb.exc); do not edit by hand.",
        *LICENCE_NOTICE,
    ]
    OUT.write_text("\n".join(header + lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
