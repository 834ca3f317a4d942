#!/usr/bin/env python3
"""Generates rules/lexicons/rules/ruin_predicates_wordnet.txt: the predicates of death, ruin and absence that a loaded
frame of wish, willingness or indifference takes as its complement (RH1004, LoadedFrames: "would be glad to see every
ranch go under", "want every baker broke", "does not care who gets sick").

Criterion: the WordNet 3.0 senses that end a life, a livelihood or a presence — as states (adjectives: dead.a.01, the
three senses of ruined, bankrupt, broke, destitute, penniless, poor.a.02, starving, ill/sick.a.01, homeless.a.02,
jobless, extinct.a.01, gone.a.01) and as events (verbs: die.v.01 with its hyponyms, drown.v.03, starve.v.01/02,
sicken.v.02, wither, languish.v.01, rot, decay.v.02, crumble, collapse.v.01/04, founder.v.01, fold.v.03 as "cease to
operate", vanish.v.04 as "cease to exist", suffer.v.02, and "go under", the failure of a business, which
WordNet files only as a sinking or a setting sun; and the participles of kill.v.01, injure.v.01, hurt.v.04 and
destroy.v.02 after "get"). Synset members are kept when they are one or two words and the root is among the lemma's
three most frequent senses, so "go" (die.v.01) or "give" (collapse.v.01) does not come in as its commoner sense.

Usage: apt-get install wordnet-base && python3 tools/gen_ruin_predicates.py
Source: WordNet 3.0, Princeton University (Debian package wordnet-base, /usr/share/wordnet), WordNet licence.
"""
import pathlib

from wordnet import LICENCE_NOTICE, load_senses, load_synsets, tree

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "rules" / "lexicons" / "rules" / "ruin_predicates_wordnet.txt"
SENSE_RANK = 3

# An end (dead, gone, extinct, destroyed) is wished on a bill, a rival or a pest as often as on a community; a
# deprivation (broke, starving, homeless) only on people and what they live by.
ENDED_ROOTS = [("dead", 1), ("ruined", 1), ("ruined", 2), ("extinct", 1), ("gone", 1)]
DEPRIVED_ROOTS = [("ruined", 3), ("bankrupt", 1), ("broke", 1), ("destitute", 1), ("penniless", 1), ("poor", 2),
                  ("starving", 1), ("ill", 1), ("homeless", 2), ("jobless", 1)]
STATE_ROOTS = ENDED_ROOTS + DEPRIVED_ROOTS
EVENT_ROOTS = [("die", 1), ("drown", 3), ("starve", 1), ("starve", 2), ("sicken", 2), ("wither", 1), ("wither", 2),
               ("languish", 1), ("rot", 1), ("rot", 2), ("decay", 2), ("crumble", 1), ("collapse", 1), ("collapse", 4),
               ("founder", 1), ("fold", 3), ("vanish", 4), ("suffer", 2)]
# Hyponyms of die.v.01 are ways of dying ("drown", "starve", "suffocate").
EVENT_TREES = [("die", 1)]
PARTICIPLE_ROOTS = [("kill", 1), ("injure", 1), ("hurt", 4), ("destroy", 2)]
# Words of the synsets that name no ruin in their commoner sense ("go" and "exit" die.v.01, "give" collapse.v.01,
# "close" fold.v.03 — "close" a road for a parade —, "have" and "get" suffer.v.02; "shrink", "shrivel" and "fade" of
# wither, which a deficit or a bruise does; "flop", "fall flat" and "abort" of founder, a plan's failure; "hunger" of
# starve, a wish; "pinched", "sunk" and "undone" of the states, whose commoner senses are not ruin) are left out by name.
EXCLUDED = {"go", "exit", "give", "close", "close_up", "have", "get", "sustain", "turn_up", "fall_in", "decease", "gone",
            "shrink", "shrivel", "shrivel_up", "fade", "flop", "fall_flat", "abort", "hunger", "pinched", "sunk", "undone",
            "give_way", "expire"}
# A business going under: WordNet has "go under" only as sinking (go_under.v.01) or the sun setting (v.02); "die out",
# "die off" and "wither away" (a whole kind ending) are phrasal verbs of ruin that WordNet files under other roots or
# not at all; any other particle after a verb of ruin makes another verb (LoadedFrames: "drown out", "die down").
IDIOMS = ["go under", "die out", "die off", "wither away"]
ALWAYS = {"gone"}


def members(part, roots, trees=()):
    senses = load_senses(part)
    synsets = load_synsets(part)
    offsets = {senses[lemma][number - 1] for lemma, number in roots}
    for lemma, number in trees:
        offsets |= set(tree(synsets, senses[lemma][number - 1]))
    words = set()
    for offset in offsets:
        for word in synsets[offset].words:
            word = word.lower()
            if word.count("_") > 1 or word in EXCLUDED and word not in ALWAYS:
                continue
            if offset not in senses.get(word, [])[:SENSE_RANK] and word not in {lemma for lemma, _ in roots}:
                continue
            words.add(word.replace("_", " "))
    return sorted(words)


# Things whose end is a plan, a use or a season, not a loss (kind "thing"): a structure, a tract of land, a food or a
# levy by the noun's first sense ("see the old stadium gone", "the car park closed for good", "souffles collapse",
# "the tariff die"), unless one of its first senses is a person, a group or a place of business ("every corner shop
# die", "rural pharmacies wither", "the village collapse"); and a plant by any of its first senses ("the tomato plants
# wither", where "plant" is first a factory).
THING_ROOTS = [("structure", 1), ("tract", 1), ("food", 1), ("food", 2), ("levy", 1)]
LIVING_ROOTS = [("place_of_business", 1)]
PLANT_ROOTS = [("plant", 2)]
PERSON_OR_GROUP = {"18", "14"}


def things():
    senses = load_senses("noun")
    synsets = load_synsets("noun")
    thing = set(tree(synsets, *(senses[l][n - 1] for l, n in THING_ROOTS)))
    living = set(tree(synsets, *(senses[l][n - 1] for l, n in LIVING_ROOTS)))
    plant = set(tree(synsets, *(senses[l][n - 1] for l, n in PLANT_ROOTS)))
    words = set()
    for lemma, offsets in senses.items():
        if "_" in lemma or "-" in lemma or not lemma.isalpha():
            continue
        first = offsets[:SENSE_RANK]
        if any(o in plant for o in first):
            words.add(lemma)
        elif offsets[0] in thing and not any(o in living or synsets[o].lexfile in PERSON_OR_GROUP for o in first):
            words.add(lemma)
    return sorted(words)


def participle(verb):
    irregular = {"kill": "killed", "injure": "injured", "hurt": "hurt", "wound": "wounded", "destroy": "destroyed",
                 "ruin": "ruined", "wipe out": "wiped out", "harm": "harmed", "wound": "wounded"}
    return irregular.get(verb)


def main():
    deprived = set(members("adj", DEPRIVED_ROOTS))
    states = (set(members("adj", ENDED_ROOTS)) | ALWAYS) - deprived
    events = sorted(set(members("verb", EVENT_ROOTS, EVENT_TREES)) | set(IDIOMS))
    harmed = sorted({p for v in members("verb", PARTICIPLE_ROOTS) if (p := participle(v))})
    header = [
        "# ruin_predicates_wordnet.txt — predicates of death, ruin and absence taken by a loaded frame (RH1004,",
        "#   LoadedFrames: \"would be glad to see every ranch go under\", \"want every baker broke\", \"does not care who gets sick\")",
        "# Criterion: WordNet 3.0 states " + ", ".join(f"{l}.a.{n:02d}" for l, n in STATE_ROOTS) + ";",
        "#   events " + ", ".join(f"{l}.v.{n:02d}" for l, n in EVENT_ROOTS) + " (and the hyponyms of die.v.01);",
        "#   harms undergone (participles after \"get\") " + ", ".join(f"{l}.v.{n:02d}" for l, n in PARTICIPLE_ROOTS) + ".",
        f"#   A member is kept when the root is among its {SENSE_RANK} most frequent senses; see the generator for the few left out by name.",
        "# Generated by tools/gen_ruin_predicates.py; do not edit by hand.",
        "# Format: TAG<TAB>phrase",
        "#   state     an end after a copula or a linking verb (\"is gone\", \"drop dead\")",
        "#   deprived  a deprivation, also wished on an object (\"want every baker broke\", \"go bankrupt\")",
        "#   event   a verb of ruin, in its forms (\"would happily let the villages wither\")",
        "#   harmed  a harm undergone after \"get\" (\"does not care who gets hurt\")",
        "#   thing   a noun whose end is a plan or a use, not a loss: first sense under " + ", ".join(f"{l}.n.{n:02d}" for l, n in THING_ROOTS),
        "#           and none of its first senses a person, a group or under place_of_business.n.01; or any first sense under plant.n.02",
        *LICENCE_NOTICE,
    ]
    lines = [f"state\t{w}" for w in sorted(states)] + [f"deprived\t{w}" for w in sorted(deprived)] + [f"event\t{w}" for w in events] + [f"harmed\t{w}" for w in harmed] + [f"thing\t{w}" for w in things()]
    OUT.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(states)} ends, {len(deprived)} deprivations, {len(events)} events, {len(harmed)} harms")


if __name__ == "__main__":
    main()
