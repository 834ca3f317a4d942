#!/usr/bin/env python3
"""Generates rules/lexicons/rules/loaded_categories_wordnet.txt: the loaded categories RH1005 reads when the writer
predicates one of a place, a body, a group or a policy through a frame that carries the move by itself ("has become a
police state", "is turning into a lawless frontier", "would turn every landlord into a border guard", "a police state
in all but name", "no better than a dictatorship"; CategoryPredicates.cs).

Criterion: a category whose every member is either coercive rule, a place without law, or a coercive role imposed on
people, so that saying an ordinary place, body or policy is (or is becoming) one asserts an emergency without showing
it. The families are whole WordNet 3.0 noun trees (a root and its hyponyms), one per kind:
- regime  coercive rule and its prisons: dictatorship.n.01 (08440630: autocracy, despotism, tyranny…), police_state
          (08441039), autocracy (08361001), tyranny "dominance through threat of punishment" (14443912), martial_law
          (08454818), concentration_camp in both senses (03086183, 14448692), gulag (03467887), and prison "a prisonlike
          situation" (13937284);
- place   places at war or without law: combat_zone "a district known for vice and high crime" (08689646), frontier
          "a wilderness at the edge of a settled area" (08505402), jungle "a location marked by intense competition and
          struggle for survival" (08509111), ghetto in its three senses (08578951, 13963342, 08549292), no-go_area
          (08611063), banana_republic (08503004), Wild_West (08683177);
- role    coercive roles: informer (10206173), spy "a secret watcher" (10642151), snitch (10091012), enforcer
          (10161867), prison_guard (10149867), censor "authorized to read publications … and delete" (09903639).
EXTRA adds the compounds WordNet lacks that are made of a family's head and its own sense (a state run by police or
surveillance, a camp of penal confinement, a guard who polices a border), each said once with its reason.
EXCLUDED holds the lemmas of those trees that name something else in today's copy, each with its reason.
Not read here: "war zone" and "battlefield" (RH1001's battlefield images), named camps and eras (RH1009's gazetteer,
HistoricalNames), "battleground" (a swing state in election copy), "failed state" (political-science description).
Plurals are written beside each singular. Source: WordNet 3.0, Princeton University (Debian package wordnet-base,
/usr/share/wordnet); the licence is copied into the generated header.
Usage: apt-get install wordnet-base && python3 tools/gen_loaded_categories.py
"""
import pathlib

from wordnet import LICENCE_NOTICE, load_synsets, tree

OUT = pathlib.Path(__file__).resolve().parent.parent / "rules" / "lexicons" / "rules" / "loaded_categories_wordnet.txt"

ROOTS = {
    "regime": ["08440630", "08441039", "08361001", "14443912", "08454818", "03086183", "14448692", "03467887", "13937284"],
    "place": ["08689646", "08505402", "08509111", "08578951", "13963342", "08549292", "08611063", "08503004", "08683177"],
    "role": ["10206173", "10642151", "10091012", "10161867", "10149867", "09903639"],
}

EXTRA = {
    "regime": ["surveillance state", "re-education camp", "reeducation camp", "labour camp", "labor camp", "prison camp",
               "internment camp", "thought police"],
    "place": ["no-go zone", "lawless frontier", "lawless jungle"],
    "role": ["informant", "border guard"],
}

EXCLUDED = {
    # rule that is not coercive, or a named empire or camp (RH1009's gazetteer reads the names)
    "empire", "kingdom", "monarchy", "parliamentary monarchy", "mogul empire", "second empire", "shogunate",
    "auschwitz", "belsen", "buchenwald", "dachau", "stalinism",
    # RH1009 reads the gulag as a historical term with any cue of likeness ("a digital gulag")
    "gulag",
    # a fence, a theory, a style of rule named after a person, or too rare to predicate
    "stockade", "absolutism", "caesarism", "monocracy", "autarchy", "one-man rule",
    # "prison" is a real place in most copy ("is now in prison"); the prisonlike sense is read by its compounds
    "prison", "prison house",
    # ordinary words of other senses: a tail, a rat, grass, a canary, a sneak, a scout, a shadow
    "tail", "rat", "grass", "canary", "sneak", "sneaker", "shadow", "shadower", "betrayer", "blabber",
    # "combat zone" is a military area in most copy, "tenderloin" a cut of meat
    "combat zone", "tenderloin",
    # a jungle or a frontier alone is praise or geography ("the new frontier of science", "a jungle trek"); the
    # lawless compound stays
    "frontier", "jungle",
    # a turnkey is a ready-made system, a tapper taps trees or kegs; a concrete jungle is any big city
    "turnkey", "screw", "tapper", "concrete jungle",
}


def family(kind: str) -> list[str]:
    synsets = load_synsets("noun")
    words = {w.lower().replace("_", " ") for o in tree(synsets, *ROOTS[kind]) for w in synsets[o].words}
    return sorted((words | set(EXTRA[kind])) - EXCLUDED)


def plural(word: str) -> str:
    head, _, last = word.rpartition(" ")
    if last in ("police", "law", "anarchy") or last.endswith("ism"):
        return ""
    if last in ("west",):
        return ""
    if last == "man":
        last = "men"
    elif last == "spy":
        last = "spies"
    elif last.endswith(("s", "sh", "ch", "x")):
        last += "es"
    elif last.endswith("y") and last[-2] not in "aeiou":
        last = last[:-1] + "ies"
    else:
        last += "s"
    return f"{head} {last}".strip()


def main() -> None:
    lines = [
        "# loaded_categories_wordnet.txt — loaded categories predicated of a place, a body, a group or a policy (RH1005:",
        "#   \"has become a police state\", \"turning into a lawless frontier\", \"would turn every landlord into a border",
        "#   guard\"). Criterion: every member is coercive rule (regime), a place at war or without law (place) or a",
        "#   coercive role imposed on people (role). Generated by tools/gen_loaded_categories.py from whole WordNet 3.0",
        "#   noun trees; the roots, the compounds added, the exclusions and the reasons are in the script. Do not edit by hand.",
        "# Format: KIND<TAB>entry; KIND is regime, place or role; plurals follow their singular.",
        *LICENCE_NOTICE,
    ]
    for kind in ROOTS:
        for word in family(kind):
            lines.append(f"{kind}\t{word}")
            if (p := plural(word)) and p != word:
                lines.append(f"{kind}\t{p}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
