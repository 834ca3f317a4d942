#!/usr/bin/env python3
"""Generates rules/lexicons/rules/historical_catastrophes_wordnet.txt, RH1009's WordNet list of named catastrophes: the
wars, massacres, genocides, camps and weapons programmes an analogy borrows ("a digital Manhattan Project", "the
Korean War all over again"), and the places whose name stands for a catastrophe there ("ask the people of Chernobyl").

Candidates are WordNet 3.0 noun instances ("@i" instance hypernyms), taken three ways:
- event: every instance below war.n.01 (00973077), massacre.n.01 (00223983), genocide.n.01 (01245159),
  holocaust.n.01 (01245318), epidemic.n.01 (07435533), calamity.n.01 (07314838), famine.n.01 (07315790),
  plague.n.02 (07316603), crash.n.02 (07301950, a serious accident), crash.n.04 (07477945, a market collapse) and
  depression.n.02 (14489113, an economic slump); and every named kind below them, a synset that is no instance but
  whose first lemma is spelled as a name ("the Irish Famine", a kind of famine in WordNet), without its "the";
  and every event or artifact instance (noun.act, noun.artifact, noun.event, noun.group) whose gloss names a
  concentration camp or the development of atomic bombs ("Auschwitz", "Manhattan Project");
- place: every location instance (noun.location) whose gloss names a catastrophe at it: an accident, a disaster, a
  massacre, a leak, a volcanic eruption, the atomic bomb ("Chernobyl", "Hiroshima", "Nanjing", "Pompeii").
Battles are left out on purpose: their names are places, stations and idioms ("Waterloo", "Gettysburg").

Review criteria (EXCLUDED, with the reason beside each): a candidate stays out when it is myth rather than history, when
its name is an ordinary word or a place name read first as a place, or when it names negotiations or people rather
than a catastrophe. ADDED holds the places whose release of a poison, radiation or pathogen the gloss does not name
(WordNet 3.0 glosses Bhopal, Seveso and Wuhan as cities only), with the year of the release beside each.

Kinds written:
- event  a named catastrophe, read by RH1009 as an analogy term (with the cues of any term: "another", "a new", "all
         over again", "a digital …") and as a past disaster (<c>PastDisasters</c>: "will make the Korean War look
         like a skirmish", "ask anyone who lived through the Spanish Civil War");
- place  a place whose name stands for a catastrophe there, read by RH1009 in the analogy by testimony ("ask the
         people of Chernobyl").
Source: WordNet 3.0, Princeton University (Debian package wordnet-base, /usr/share/wordnet); the licence is copied
into the generated header.
Usage: apt-get install wordnet-base && python3 tools/gen_historical_catastrophes.py
"""
import pathlib
import re

from wordnet import LICENCE_NOTICE, load_synsets, tree

OUT = pathlib.Path(__file__).resolve().parent.parent / "rules" / "lexicons" / "rules" / "historical_catastrophes_wordnet.txt"

EVENT_ROOTS = ["00973077", "00223983", "01245159", "01245318", "07435533", "07314838", "07315790", "07316603", "07301950", "07477945",
               "14489113"]
EVENT_GLOSS = re.compile(r"\b(concentration camp|develop atomic bombs)\b", re.I)
EVENT_FILES = {"04", "06", "11", "14"}  # noun.act, noun.artifact, noun.event, noun.group
PLACE_GLOSS = re.compile(r"\b(accident|disaster|massacre|leak|volcanic eruption|atomic bomb)\b", re.I)

EXCLUDED = {
    # myth, not history
    "Trojan_War",
    # a place read first as a place, or an ordinary word
    "Alamo",
    # an event already a term of historical_analogies.txt, which gives it its own cues (the places stay: a term
    # is read with the cues of any term, a place also in "ask the people of …")
    "Holocaust", "Auschwitz", "Great_Depression",
}

ADDED = {
    # places whose name stands for a release of a poison, radiation or pathogen the WordNet gloss does not name
    "Bhopal": "place",  # methyl isocyanate leak, 1984
    "Seveso": "place",  # dioxin release, 1976
    "Sverdlovsk": "place",  # anthrax leak from a military laboratory, 1979
    "Three_Mile_Island": "place",  # partial reactor meltdown, 1979
    "Fukushima": "place",  # reactor meltdowns after the tsunami, 2011
}


def candidates() -> dict[str, str]:
    synsets = load_synsets("noun")
    found: dict[str, str] = {}
    for offset in tree(synsets, *EVENT_ROOTS):
        first = synsets[offset].words[0]
        if any(p.symbol == "@i" for p in synsets[offset].pointers):
            found.setdefault(first, "event")
        elif first.removeprefix("the_")[:1].isupper():
            found.setdefault(first.removeprefix("the_"), "event")
    for synset in synsets.values():
        if not any(p.symbol == "@i" for p in synset.pointers):
            continue
        if synset.lexfile in EVENT_FILES and EVENT_GLOSS.search(synset.gloss):
            found.setdefault(synset.words[0], "event")
        elif synset.lexfile == "15" and PLACE_GLOSS.search(synset.gloss):
            found.setdefault(synset.words[0], "place")
    return found


def main() -> None:
    found = candidates()
    kept = {name: kind for name, kind in found.items() if name not in EXCLUDED} | ADDED
    lines = [
        "# historical_catastrophes_wordnet.txt — named catastrophes an analogy borrows (RH1009: \"a digital Manhattan",
        "#   Project\", \"the Korean War all over again\") and places whose name stands for a catastrophe there (\"ask the",
        "#   people of Chernobyl\"). Generated by tools/gen_historical_catastrophes.py from WordNet 3.0 instances below",
        "#   war, massacre, genocide, holocaust, epidemic, calamity, famine, plague, crash and depression (and named kinds",
        "#   there, as \"the Irish Famine\"), event instances glossed as a",
        "#   concentration camp or the atomic-bomb project, and location instances glossed with an accident, disaster,",
        "#   massacre, leak, eruption or atomic bomb; battles are left out (their names are places and idioms). The",
        "#   exclusions, the hand-added release sites and the reasons are in the script. Do not edit by hand.",
        "# Format: KIND<TAB>entry; KIND is event or place (lower case).",
        *LICENCE_NOTICE,
    ]
    for kind in ("event", "place"):
        lines += [f"{kind}\t{name.replace('_', ' ').lower()}" for name, k in sorted(kept.items()) if k == kind]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(kept)} entries; excluded: {', '.join(sorted(set(found) & EXCLUDED))}")


if __name__ == "__main__":
    main()
