#!/usr/bin/env python3
"""Generates rules/lexicons/rules/end_states_wordnet.txt: the end states of cessation or ruin that a certain forecast
predicts of a stake (issue 16, EndStates: "within two years every bakery in the town will be padlocked", "every
bookshop will fold", "the whole fleet will be on the scrapheap"), each with its kind — closed, ruined, gone, dead,
empty.

Criterion: WordNet 3.0 senses of an ending of use, life or presence, in three forms:
  states (adjectives after "be"): the root synsets below and their similar-to sets;
  done (verbs whose past participle after "be" or "have been" is the state: "padlocked", "boarded up", "razed");
  events (intransitive verbs of ending after a modal or "have": "fold", "close down", "dry up").
A member is kept when the root is among its SENSE_RANK most frequent senses, so "give" (collapse.v.01) or "go"
(fail.v.04) does not come in as its commoner sense. Idioms of ending that WordNet files nowhere or only as a sinking
("go under", "go bust", "wiped off the map", "on the scrapheap") are listed below with the kind they join.
Passing: members whose root is also a door's or a night's closing (close.v.01, close.v.02, closed.a.01, closed.a.03,
closed.a.04, dark.a.11, empty.a.01 and their members) say nothing of permanence by themselves ("the pool will be
closed", "the hall will be empty"), so a reading takes them only with a duration of totality ("shut for good") or a
set whose normal state they end (UniversalStakeChanges).

Usage: apt-get install wordnet-base && python3 tools/gen_end_states.py
Source: WordNet 3.0, Princeton University (Debian package wordnet-base, /usr/share/wordnet), WordNet licence.
"""
import pathlib

from wordnet import LICENCE_NOTICE, load_senses, load_synsets, tree

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "rules" / "lexicons" / "rules" / "end_states_wordnet.txt"
SENSE_RANK = 3

# (kind, lemma, sense number): adjective roots, read with their similar-to sets.
STATE_ROOTS = [
    ("closed", "closed", 1), ("closed", "closed", 3), ("closed", "closed", 6), ("closed", "dark", 11),
    ("closed", "defunct", 1),
    ("ruined", "ruined", 1), ("ruined", "ruined", 2), ("ruined", "ruined", 3), ("ruined", "derelict", 4),
    ("ruined", "bankrupt", 1), ("ruined", "insolvent", 1),
    ("gone", "gone", 1), ("gone", "gone", 4), ("gone", "abandoned", 1), ("gone", "uninhabited", 1),
    ("dead", "dead", 1), ("dead", "dead", 2), ("dead", "extinct", 1), ("dead", "defunct", 2),
    ("empty", "empty", 1), ("empty", "desolate", 1), ("empty", "dry", 1),
]
# Roots whose similar-to sets are not read: dead.a.01's similar set is ways of dying ("assassinated", "executed"), a
# person's death, which the readings weigh as a death already; closed.a.01's is curtains and bottles.
NO_SIMILAR = {("dead", 1), ("closed", 1)}
# (kind, lemma, sense number): verbs whose participle is the state.
DONE_ROOTS = [
    ("closed", "close_down", 1), ("closed", "padlock", 1), ("closed", "board_up", 1), ("closed", "shutter", 1),
    ("closed", "mothball", 1), ("closed", "ax", 2),
    ("ruined", "raze", 1), ("ruined", "gut", 1), ("ruined", "devastate", 1), ("ruined", "wreck", 1),
    ("ruined", "wipe_out", 3), ("ruined", "destroy", 1), ("ruined", "destroy", 2),
    ("gone", "abandon", 1), ("gone", "abandon", 3), ("gone", "desert", 3),
]
# (kind, lemma, sense number): intransitive verbs of ending.
EVENT_ROOTS = [
    ("closed", "close_down", 1),
    ("ruined", "founder", 1),
    ("dead", "die_out", 1),
    ("empty", "dry_up", 1),
]
PASSING_ROOTS = [("verb", "close", 1), ("verb", "close", 2), ("adj", "closed", 1), ("adj", "closed", 3),
                 ("adj", "closed", 4), ("adj", "dark", 11), ("adj", "empty", 1), ("adj", "uninhabited", 1),
                 ("adj", "untenanted", 1), ("adj", "dry", 1)]
# Passing roots read with their similar-to sets: an emptiness of a room or a flat ("vacant", like "empty") is a
# tenancy's gap, refilled ahead of works or by new tenants ("every flat will be vacant ahead of refurbishment").
PASSING_SIMILAR = {("empty", 1)}
# Verbs of moving or transferring (tag "move"): a clause of moving after the state names where its users go, a
# successor ("vacant as pupils move into the new wing", "untenanted with residents transferred to Elm Court").
# travel.v.01 without "go" and "locomote" ("as the jobs go" is the harm itself), move.v.04 (change residence),
# relocate.v.01/02, transfer.v.01/04, migrate.v.01.
MOVE_ROOTS = [("travel", 1), ("move", 4), ("relocate", 1), ("relocate", 2), ("transfer", 1), ("transfer", 4),
              ("migrate", 1)]
MOVE_EXCLUDED = {"go", "locomote"}
# Verbs of ending (tag "end", end.v.01 and end.v.02): their participle clause after the state narrates what the
# closures end, a news report's measured close ("will have closed down, ending two centuries of mining").
END_ROOTS = [("end", 1), ("end", 2)]
# Members whose commoner use is no ending of a stake: "drawn" and "stoppered" (closed.a.01's curtains and bottles),
# "finished" (done, as work is), "lost" (ruined.a.01's similar set), "flop" and "fall flat" (a plan's failure, as in
# gen_ruin_predicates), "exsiccate", "dehydrate", "desiccate" (drying of a body or a food), "bare" (empty.a.01's
# stripped), "stark" and "bleak" (a view or a prospect), "sunk" and "undone", "cold", "destruct" (a rocket);
# "inoperative", "out of play", "void" (a machine, a ball, a contract); "damaged", "bedraggled", "tatterdemalion",
# "unsuccessful", "inhospitable" (harm or failure by degree, no ending); "pull down", "tear down" (raze.v.01's
# demolition, which a plan does) and "sweep away" (a flood's literal work); dry.a.01's ways and degrees of drying
# ("baked", "scorched", "kiln-dried", "semiarid", "withered", "thirsty"), which cooking, weather and gardens use.
EXCLUDED = {"drawn", "stoppered", "nonopening", "finished", "lost", "flop", "fall_flat", "exsiccate", "dehydrate",
            "desiccate", "bare", "stark", "bleak", "sunk", "undone", "cold", "destruct", "close_up", "take_down",
            "level", "dismantle", "stripped", "blank", "clean", "white", "glassy", "glazed", "vacuous", "empty-handed",
            "air-dried", "air-dry", "kiln-dried", "dry-shod", "rainless", "blocked", "unopen", "out", "inanimate",
            "at_rest", "at_peace", "asleep", "deceased", "departed", "consume", "eat_up", "use_up", "eat", "exhaust",
            "run_through", "deplete", "waste", "scourge", "forsake", "desolate", "vacate", "empty", "mummify",
            "fall_through", "adust", "baked", "dried", "scorched", "sear", "semi-dry", "semiarid",
            "shriveled", "shrivelled", "thirsty", "withered", "sere", "sunbaked", "dried-out", "inoperative", "out_of_play", "void", "damaged", "bedraggled",
            "tatterdemalion", "unsuccessful", "inhospitable", "pull_down", "tear_down", "sweep_away", "cave_in", "give_way", "break", "give", "fall_in", "wrack", "bust_up", "rase"}
ALWAYS = {"closed", "shut", "empty", "desolate", "dark"}
IDIOMS = [
    ("event", "ruined", "go under"), ("event", "ruined", "go bust"), ("event", "ruined", "go belly up"),
    ("event", "closed", "go out of business"), ("event", "closed", "shut up shop"), ("event", "empty", "run dry"),
    ("done", "ruined", "wipe off the map"), ("done", "closed", "shut down"),
    ("state", "ruined", "on the scrapheap"), ("state", "ruined", "on the scrap heap"), ("state", "ruined", "in ruins"),
    ("state", "closed", "out of business"), ("state", "gone", "a thing of the past"), ("state", "gone", "no more"),
    ("event", "ruined", "go to the wall"),
]


def offsets_of(part, roots):
    senses = load_senses(part)
    return [(kind, lemma, senses[lemma][number - 1]) for kind, lemma, number in roots]


def members(part, roots, similar):
    senses = load_senses(part)
    synsets = load_synsets(part)
    out = set()
    for kind, lemma, offset in offsets_of(part, roots):
        number = senses[lemma].index(offset) + 1
        group = [offset]
        if similar and (lemma, number) not in NO_SIMILAR:
            group += [p.target for p in synsets[offset].pointers if p.symbol == "&"]
        for member_offset in group:
            for word in synsets[member_offset].words:
                word = word.lower()
                if word.count("_") > 2 or word in EXCLUDED and word not in ALWAYS:
                    continue
                if word != lemma and member_offset not in senses.get(word, [])[:SENSE_RANK]:
                    continue
                out.add((kind, word.replace("_", " ")))
    return out


# Things whose end is their owner's or a garden's, not a stake's (tag "thing"): a noun whose first sense is under
# instrumentality.n.03 (devices, equipment, containers, vehicles, furniture) or commodity.n.01 (goods on sale), or any
# of whose first senses is under plant.n.02 ("every weed will be dead", "every phone will be dead", "every crate will
# be empty"), unless one of its first senses is a person, a group, a place, a structure or a medium — a building, a
# place of business or a medium a society holds is a stake ("every cinema will be derelict", "local radio will be dead").
THING_ROOTS = [("instrumentality", 3), ("commodity", 1)]
PLANT_ROOTS = [("plant", 2)]
STAKE_ROOTS = [("structure", 1), ("place_of_business", 1), ("facility", 1), ("medium", 1)]
STAKE_LEXFILES = {"14", "15", "18"}


def things():
    senses = load_senses("noun")
    synsets = load_synsets("noun")
    thing = tree(synsets, *(senses[l][n - 1] for l, n in THING_ROOTS))
    plant = tree(synsets, *(senses[l][n - 1] for l, n in PLANT_ROOTS))
    stake = tree(synsets, *(senses[l][n - 1] for l, n in STAKE_ROOTS))
    words = set()
    for lemma, offsets in senses.items():
        if "_" in lemma or "-" in lemma or not lemma.isalpha():
            continue
        first = offsets[:SENSE_RANK]
        if any(o in stake or synsets[o].lexfile in STAKE_LEXFILES for o in first):
            continue
        if offsets[0] in thing or any(o in plant for o in first):
            words.add(lemma)
    return sorted(words)


def passing():
    words = set()
    for part, lemma, number in PASSING_ROOTS:
        synsets = load_synsets(part)
        offset = load_senses(part)[lemma][number - 1]
        group = [offset]
        if (lemma, number) in PASSING_SIMILAR:
            group += [p.target for p in synsets[offset].pointers if p.symbol == "&"]
        words |= {w.lower().replace("_", " ") for o in group for w in synsets[o].words}
    return words


def verbs(roots, excluded=frozenset()):
    senses = load_senses("verb")
    synsets = load_synsets("verb")
    return sorted({w.lower() for lemma, number in roots for w in synsets[senses[lemma][number - 1]].words
                   if "_" not in w and w.lower() not in excluded})


def main():
    states = members("adj", STATE_ROOTS, similar=True)
    done = members("verb", DONE_ROOTS, similar=False)
    events = members("verb", EVENT_ROOTS, similar=False)
    for form, kind, phrase in IDIOMS:
        {"state": states, "done": done, "event": events}[form].add((kind, phrase))
    # A word is one kind: the first listed wins ("defunct" closes before it dies).
    order = ["ruined", "dead", "gone", "closed", "empty"]
    lines = []
    for form, entries in (("state", states), ("done", done), ("event", events)):
        best = {}
        for kind, phrase in entries:
            if phrase not in best or order.index(kind) < order.index(best[phrase]):
                best[phrase] = kind
        lines += [f"{form}-{kind}\t{phrase}" for phrase, kind in sorted(best.items(), key=lambda e: (e[1], e[0]))]
    lines += [f"passing\t{w}" for w in sorted(passing())]
    lines += [f"thing\t{w}" for w in things()]
    lines += [f"move\t{w}" for w in verbs(MOVE_ROOTS, MOVE_EXCLUDED)]
    lines += [f"end\t{w}" for w in verbs(END_ROOTS)]
    header = [
        "# end_states_wordnet.txt — end states of cessation or ruin a certain forecast predicts of a stake (issue 16,",
        "#   EndStates: \"every bakery will be padlocked\", \"every bookshop will fold\", \"the fleet will be on the scrapheap\")",
        "# Criterion: WordNet 3.0 states " + ", ".join(f"{l}.a.{n:02d}" for _, l, n in STATE_ROOTS) + " with their similar-to sets;",
        "#   participles of " + ", ".join(f"{l}.v.{n:02d}" for _, l, n in DONE_ROOTS) + ";",
        "#   events " + ", ".join(f"{l}.v.{n:02d}" for _, l, n in EVENT_ROOTS) + "; and idioms of ending WordNet does not file.",
        f"#   A member is kept when the root is among its {SENSE_RANK} most frequent senses; see the generator for the few left out by name.",
        "#   passing: members of close.v.01/02, closed.a.01/03/04, dark.a.11, empty.a.01 (with its similar-to set),",
        "#   uninhabited.a.01, untenanted.a.01, dry.a.01 — a door's, a night's, a tenancy's or a licence's closing,",
        "#   which says nothing of permanence without \"for good\" or a set's normal state.",
        "#   move: travel.v.01 (not go), move.v.04, relocate.v.01/02, transfer.v.01/04, migrate.v.01 — a clause of moving",
        "#   after the state names a successor. end: end.v.01/02 — a participle clause of ending narrates news.",
        "#   thing: nouns whose end is an owner's or a garden's: first sense under instrumentality.n.03 or commodity.n.01,",
        "#   or a first sense under plant.n.02; none of their first senses a person, group, place, structure or medium.n.01.",
        "# Generated by tools/gen_end_states.py; do not edit by hand.",
        "# Format: FORM-KIND<TAB>phrase; FORM state (after \"be\"), done (a verb lemma whose participle is the state),",
        "#   event (an intransitive verb lemma after a modal); KIND closed, ruined, gone, dead, empty.",
        *LICENCE_NOTICE,
    ]
    OUT.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines)} entries")


if __name__ == "__main__":
    main()
