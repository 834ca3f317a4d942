#!/usr/bin/env python3
"""Generates rules/lexicons/rules/dire_forecasts.txt: the outcome classes of RH1003's dire forecast (a forecast in the
writer's voice whose outcome is a death, a destruction or a loss, sharpened by a deadline, a totality or a collective
victim: "within three years the town paper will be dead", "patients will die in corridors").

The outcome is read from WordNet 3.0 by sense, not collected from examples:
- die       intransitive death: die.v.01 and its hyponyms ("die", "perish", "starve");
- ruin      a transitive death or destruction: kill.v.01 and destroy.v.02 and their hyponyms ("kill", "wipe out",
            "destroy", "devastate");
- loss      loss and disappearance: lose.v.01 ("fail to keep"), lose.v.03 ("lose a person through death or removal"),
            disappear.v.01 and their hyponyms, and steal.v.01 (a takeover of what is held in common: "the election
            will be stolen"). lose.v.02 ("fail to win") is left out: it is the lose of sport ("United will lose");
- dead      the states of death after "will be": the lemmas of dead.a.01 and extinct.a.01 and their similar-to sets;
- gone      the states of loss: gone.s.01 ("done for, kaput") and gone.s.04 ("no longer retained");
- harm      the ruin of what is valued, read only in the present by OngoingHarm ("is poisoning our children", "is
            wiping out the corner shop"): corrupt.v.01 ("corrupt morally"), poison.v.01 ("spoil as if by poison"),
            wipe_out.v.02 ("kill in large numbers") and wipe_out.v.03 ("eliminate completely") and their hyponyms;
            and, outside killing, the ruin of a body politic or a livelihood (issue 16: threat inflation outside war):
            cripple.v.01 ("deprive of strength or efficiency; make useless or worthless"), paralyze.v.01 ("make
            powerless and unable to function") and bankrupt.v.01 ("reduce to bankruptcy"); their bodily senses
            (cripple.v.02, paralyze.v.02) are other synsets and stay out. infect.v.03 ("corrupt with ideas or an
            ideology") is left out: the word is one, and its literal sense (infect.v.01/.02) is told of illnesses the
            literal-harmer check does not know by name ("the bug is infecting pupils", issue 17). devour.v.01 ("destroy completely") is not added: RH1001 reads devouring a collective
            stake as its killing-process image (fear_imagery.txt, harm-process), and one claim gets one rule;
- decay     decay under way, intransitive, read only in the present by OngoingHarm ("is rotting from the inside"):
            rot.v.01, rot.v.02 ("waste away") and decay.v.02 ("fall into decay or ruin");
- art-form  the art forms and media a harm may be said to kill ("streaming is killing music"): the lemmas of
            art.n.02, music.n.01, literature.n.01, poetry.n.01, journalism.n.01, film.n.02 (the medium, "cinema"),
            theater.n.02 (drama) and dance.n.01, and the genres under music_genre.n.01 ("jazz", "folk music"). Only
            the genre tree is widened: the hyponyms of music or film are pieces and materials ("overture", "reel"),
            which nobody kills; proper nouns (composers) are left out, and the Liu filter does not apply to kinds.
- end       the states of an ending or a ruin after "will be", which a schedule also reaches ("the season will be over by
            May"), so they weigh like a loss: over.s.01 ("having come to a conclusion"), ruined.s.02 ("doomed to
            extinction"), finished.s.05 ("brought to ruin": read at its fifth sense, which the two sharpening marks a loss
            needs keep apart from a finished job) and unrecognizable.a.01 ("defying recognition because of damage");
- unlivable the state of a place destroyed for living in: uninhabitable.a.01 and its similar-to set ("unlivable"),
            which weighs like a destruction;
- survive   continuing to live or exist: survive.v.01 and survive.v.04 ("outlast"), read only negated ("shared trust will
            not survive the decade": a death forecast as a failure to go on);
- recover   getting over a shock or a loss: recover.v.02 ("get over an illness or shock") and recover.v.03 ("regain a
            former condition after a financial loss"), read only after "never" ("the valley's towns will never recover": a
            loss forecast as permanent). Root lemmas only (ROOTS_ONLY): the hyponyms are a patient's; "go back" is
            movement (EXCLUDE);
- return    a return to a former state after an ending: reopen.v.01 ("open again"), reappear.v.01 ("appear
            again") and come_back.v.01 ("be restored"), root lemmas only (ROOTS_ONLY), at the senses SENSE_RANK keeps
            ("return" ranks its restoring sense ninth and stays out: it is as often a journey home). Read only negated
            after a closing or an emptying ("the post office will close by Christmas, and it will never reopen"), which
            the negated return makes lasting, as "for good" does; a positive return ("close in March and reopen as a
            gym") leaves the closing a notice;
- works     building work, read after "while", "until" or "because" in the passive or the progressive ("while the
            pitch is relaid", "until the stand is rebuilt"), which makes an inability a notice of its length rather than a
            forecast: the lemmas of repair.v.01 (mend, fix), renovate.v.01, refurbish.v.01, rebuild.v.01,
            construct.v.01 (build), replace.v.01, overhaul.v.02 (modernize), upgrade.v.02, resurface.v.02, pave.v.01 and
            lay.v.03 ("lay the foundation"; code reads "re-" before a form, "relaid"). Root lemmas only (ROOTS_ONLY): their
            hyponyms are as often sealing, filling or raising money;
- cohort    an age cohort a lost generation names (issue 16): generation.n.01 ("all the people living at the same time or
            of approximately the same age"), root lemmas only;
- attain    the goods of an ordinary life that a cohort is forecast never to reach ("a generation that will never own a
            flat", "… never read a novel"): own.v.01 (ownership), read.v.01 and learn.v.01 (literacy and skill),
            afford.v.01 and retire.v.01, root lemmas only. Read after "will never", so only verbs whose lack is a loss:
            "a generation that will never forget", "… never forgive", "… never know war" are memory, grudge or good
            fortune, and no root here. own.v.01's "have" falls to the sense rank, as it should: "will never have to fight" is relief;
- theft     the theft of an election, a worst case by itself (issue 16: "the mayoral election will be stolen"):
            steal.v.01 and rig.v.01 ("arrange the outcome of by means of deceit"), root lemmas only, without "set up"
            (also founding or arranging);
- election  what a theft falls on: election.n.01 and its tree (general election, primary, runoff) and referendum.n.01;
            a contest of sport has no election ("Rovers will steal the points");
- wreck     a state of ruin after "will be", weighed like a destruction (issue 16: a flat future of a ruin state):
            worthless.a.01, bankrupt.s.01 and insolvent.a.01 ("financially ruined"), derelict.s.02 ("forsaken by owner or
            inhabitants"), destitute.s.01 ("poor enough to need help"), desolate.s.01 ("providing no shelter or
            sustenance") and lifeless.s.02 ("emptied of life"), root lemmas only (their similar-to sets are mild: "paltry",
            "sorry"; ROOTS_ONLY), and not the lemmas a state of death or loss already reads ("lifeless"). Only for
            a stake (a place, a community, an institution, an asset, a collective): "the pension fund will be worthless",
            "our market towns will be deserted" — a house or a firm in that state is one owner's news;
- wreck-noun  what a stake "will be" once ruined, a noun read with "a"/"an", in the plural or bare: ghost_town.n.01,
            wasteland.n.01, rubble.n.01 ("the remains of something that has been destroyed"), wreck.n.01 ("something that
            has suffered ruin") and ruin.n.02 ("a ruined building", "ruins"). Root lemmas only (ROOTS_ONLY). With them
            the places of ruin (ruined_places): WordNet's noun.location synsets, not instances, whose gloss's first
            clause names misery, poverty, danger, desolation or destruction and a peopled place, a district, a city, a
            town or a settlement ("a district of a city marked by poverty", "an area in a town that has been devastated
            by bombs"; not "any place of pain and turmoil", hell and the pits, a mood first, nor "a dangerous area"),
            without their hyponyms (a wasteland's are heath, bush, frontier), for the lemmas that sense is among
            the first two of (RUINED_PLACE_RANK), one word or an
            open compound ("a slum", "a bomb site", "a concrete jungle"), not a hyphened
            one ("no-go area" is also a restricted zone: "a no-go area for cars"). "Will be a swamp" is no such noun: a
            wetland (noun.object) is also a pitch after rain;
- plan      a plan or a programme, read after "under" ("under the redevelopment plan", "under the replacement
            programme"): a loss on a plan's timetable is a schedule, not a forecast. plan.n.01, program.n.02, scheme.n.01,
            schedule.n.01, project.n.01, root lemmas only;
- firm      a business or a side, whose ruin is one firm's or one team's news ("the company will be bankrupt by
            March", "the squad will be finished"): company.n.01, business.n.01, firm.n.01, team.n.01, root lemmas only;
- unable    inability: unable.a.01 ("not having the necessary means or skill or know-how"), read after "be" with "to"
            and a verb ("within a year the treasury will be unable to meet its debts"); its antonym able.a.01
            is read negated in code ("will no longer be able to"). A club is also unable to play on Saturday, so it
            weighs like a loss. unable.a.02 (a physical or mental lack, "dyslexics may be unable to …") is a patient's.

A root synset's lemmas are kept when the root is among the lemma's three most frequent senses ("go" and "pass" for die
are not), so a rarer sense does not bring in a common word. Hyponyms and similar-to adjectives widen the root with
words WordNet files under it that are not all losses ("fire", "key", "sacrifice"), so they are also filtered by the
Liu & Hu (2004/2005) negative opinion words: a hyponym stays only when Liu lists it as negative. Phrases are kept word
by word ("wipe out"). EXCLUDE drops what survives both filters but is another word in news, with the reason.

Usage: apt-get install wordnet-base && python3 tools/gen_dire_forecasts.py [--lexicon PATH_TO_negative_liu2005.txt]
Source: WordNet 3.0, Princeton University (Debian package wordnet-base, /usr/share/wordnet), WordNet licence; Liu
opinion lexicon (Hu & Liu, KDD 2004), read as a filter only, no word of it is copied that WordNet does not give.
"""
import argparse
import pathlib
import re

from wordnet import load_senses, load_synsets, tree

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "rules" / "lexicons" / "rules" / "dire_forecasts.txt"
SENSE_RANK = 3

# KIND -> [(part of speech, lemma, sense number in WordNet 3.0 index order[, how many senses the root may rank below])]
ROOTS = {
    "die": [("verb", "die", 1)],
    "ruin": [("verb", "kill", 1), ("verb", "destroy", 2)],
    "loss": [("verb", "lose", 1), ("verb", "lose", 3), ("verb", "disappear", 1), ("verb", "steal", 1)],
    "dead": [("adj", "dead", 1), ("adj", "extinct", 1)],
    "gone": [("adj", "gone", 1), ("adj", "gone", 4)],
    "harm": [("verb", "corrupt", 1), ("verb", "poison", 1), ("verb", "wipe_out", 2), ("verb", "wipe_out", 3),
             ("verb", "cripple", 1), ("verb", "paralyze", 1), ("verb", "bankrupt", 1)],
    "decay": [("verb", "rot", 1), ("verb", "rot", 2), ("verb", "decay", 2)],
    "art-form": [("noun", "art", 2), ("noun", "music", 1), ("noun", "literature", 1), ("noun", "poetry", 1),
                 ("noun", "journalism", 1), ("noun", "film", 2), ("noun", "theater", 2), ("noun", "dance", 1),
                 ("noun", "music_genre", 1)],
    "end": [("adj", "over", 1), ("adj", "ruined", 2), ("adj", "finished", 5, 5), ("adj", "unrecognizable", 1)],
    "unlivable": [("adj", "uninhabitable", 1)],
    "survive": [("verb", "survive", 1), ("verb", "survive", 4)],
    "recover": [("verb", "recover", 2), ("verb", "recover", 3)],
    "return": [("verb", "reopen", 1), ("verb", "reappear", 1), ("verb", "come_back", 1)],
    "unable": [("adj", "unable", 1)],
    "wreck": [("adj", "worthless", 1), ("adj", "bankrupt", 1), ("adj", "insolvent", 1), ("adj", "derelict", 2),
              ("adj", "destitute", 1), ("adj", "desolate", 1), ("adj", "lifeless", 2)],
    "wreck-noun": [("noun", "ghost_town", 1), ("noun", "wasteland", 1), ("noun", "rubble", 1), ("noun", "wreck", 1),
                   ("noun", "ruin", 2)],
    "plan": [("noun", "plan", 1), ("noun", "program", 2), ("noun", "scheme", 1), ("noun", "schedule", 1),
             ("noun", "project", 1)],
    "firm": [("noun", "company", 1), ("noun", "business", 1), ("noun", "firm", 1), ("noun", "team", 1)],
    "works": [("verb", "repair", 1), ("verb", "renovate", 1), ("verb", "refurbish", 1), ("verb", "rebuild", 1),
              ("verb", "construct", 1), ("verb", "replace", 1), ("verb", "overhaul", 2), ("verb", "upgrade", 2),
              ("verb", "resurface", 2), ("verb", "pave", 1), ("verb", "lay", 3)],
    "cohort": [("noun", "generation", 1)],
    "attain": [("verb", "own", 1), ("verb", "read", 1), ("verb", "learn", 1), ("verb", "afford", 1), ("verb", "retire", 1)],
    "theft": [("verb", "steal", 1), ("verb", "rig", 1)],
    "election": [("noun", "election", 1), ("noun", "referendum", 1)],
}

# Kinds read from their root synsets alone: the hyponyms of repair or construct are as often sealing, filling or raising
# money ("seal", "fill", "raise") as work on a building.
ROOTS_ONLY = {"works", "recover", "return", "wreck", "wreck-noun", "plan", "firm", "cohort", "attain", "theft"}

# Kinds whose lemma is dropped when an earlier kind already reads it ("done for" is a state of loss, "gone").
LATER_KINDS = {"end", "unlivable", "survive", "recover", "return", "unable", "works"}

# The states after "be" that an earlier state kind already reads ("lifeless" is dead); a ruin state may share a lemma
# with a verb ("bankrupt", "desolate"), which is read in another table.
STATE_KINDS = {"dead", "gone", "end", "unlivable"}

# Lemmas both filters keep that are other words in news, with the reason.
EXCLUDE = {
    "choke": "a failure under pressure in sport (\"the team will choke\")",
    "fall": "a fall in prices or polls (\"shares will fall\"); the fall of a place is RH1003's own reading",
    "break": "break a record, a story, a promise",
    "bust": "a raid (\"police will bust the ring\")",
    "smash": "smash a record, a window, a ring of smugglers (bankrupt.v.01's lemma, not a ruin in news)",
    "burn": "burn fuel, calories, money",
    "explode": "growth (\"sales will explode\")",
    "waste": "waste money or time",
    "hang": "hang a picture, hang on",
    "cold": "the weather",
    "fallen": "a fallen price; the fallen of a war are not a forecast",
    "violate": "violate a rule, a treaty: a breach, not a death",
    "spoil": "spoil a surprise, a ballot",
    "zap": "informal, zap a file",
    "abort": "abort a mission, a launch",
    "expire": "a licence or a contract expires",
    "stifle": "stifle debate, a yawn",
    "smother": "smother in sauce",
    "consume": "consume energy",
    "subvert": "subversion is hostile intent, RH1004's",
    "strangle": "economic strangling is RH1003's ruin-verb reading already",
    "doomed": "a verdict, not a state of death (\"the plan is doomed\")",
    "exit": "leave (\"Britain will exit the EU\")",
    "pop off": "slang, also \"speak out\"",
    "conk": "slang, also a machine that fails",
    "croak": "slang, also a sound",
    "knock off": "stop work, copy a product",
    "bump off": "slang",
    "fall off": "a decline (\"sales will fall off\")",
    "fall away": "a decline",
    "blow over": "a storm or a row that passes: relief, not loss",
    "pinch": "slang for steal, also a small amount",
    "swipe": "a card or a screen",
    "sneak": "move quietly",
    "plagiarize": "copying, no loss to a victim",
    "set up": "rig.v.01's lemma, also founding or arranging (\"will set up the election\")",
    "rape": "a crime against a person, not a forecast of ruin",
    "bust up": "a quarrel",
    "misdirect": "misdirect a letter, a question: no harm",
    "profane": "an adjective of speech (\"profane language\")",
    "hang": "hang a picture, hang on",
    "carry off": "carry off a prize",
    "extinguish": "extinguish a fire",
    "eliminate": "eliminate a team, a cost, waste: the ordinary verb of sport and budgets",
    "waste": "waste money or time",
    "buy": "buy a house",
    "genre": "a genre of anything, not an art form",
    "film": "also the photographic material and a coating: \"the heat is destroying the film\" is literal",
    "celluloid": "the material",
    "classical": "an adjective", "gradual": "an adjective", "spiritual": "an adjective", "choral": "an adjective",
    "antiphonal": "an adjective", "processional": "an adjective", "recessional": "an adjective",
    "funk": "a mood", "scat": "droppings", "bop": "a blow", "trad": "slang", "jive": "nonsense talk",
    "gospel": "a doctrine (\"the gospel of growth\")", "verse": "a stanza", "pean": "a variant spelling",
    "anthem": "a song of a team or a nation", "spirit": "not a form",
    "scuff": "wear on a shoe", "frazzle": "fray, tire", "wilt": "mild: a plant or a person in the heat",
    "droop": "mild", "deteriorate": "the ordinary news verb of a situation or a patient (\"conditions are deteriorating\")",
    "complete": "a job done (\"the stadium will be complete by May\"): a schedule, never a ruin",
    "all over": "everywhere (\"all over the county\")",
    "concluded": "the passive of concluding talks or an inquiry: administration",
    "terminated": "the passive of ending a contract: administration",
    "ended": "the passive of ending a scheme or a subsidy: administration",
    "sunk": "the passive of sinking a ship or a putt",
    "undone": "the passive of undo, a reversal (\"the reform will be undone\")",
    "ruined": "the participle of ruin, which the ruin kind already reads as a destruction",
    "go": "movement; \"will not go\" is a refusal",
    "live": "\"will not live to see it\": one person's lifetime",
    "hold up": "a delay, a robbery",
    "hold out": "holding out for a better offer",
    "outlive": "one person's lifetime",
    "go back": "movement (\"we will never go back\"), not a recovery",
    "unsuccessful": "a failed bid or attempt, no ruin (the head of ruined.s.02's similar-to set)",
    "abandoned": "the passive of abandon, a decision (\"the plan will be abandoned\"), not a ruin",
    "bleak": "an outlook (\"the outlook will be bleak\"), not a ruin", "bare": "empty of a thing, not a ruin",
    "stark": "a contrast (\"the choice will be stark\")",
    "waste": "a waste of money or time", "dust": "dust in the air, a house's dust", "junk": "a credit rating (\"junk bonds\")",
    "house": "a building, and a chamber of a parliament", "concern": "a worry",
    "needy": "a neediness of people, no ruin of a stake", "pointless": "an argument's point, not a ruin",
}


# Hand-curated kinds, written after the generated ones: the markers that sharpen a forecast into a worst case.
CURATED = """\
# Hand-curated for Rhetlint (written by tools/gen_dire_forecasts.py, not generated from WordNet):
#   total       totality: the whole of what is lost ("all", "every", "everything", "nothing", "forever")
#   collective  human collectives a death or a loss falls on, missing from catastrophe_terms.txt's victims and large
#               nouns (plural heads: "people will die"); from WordNet 3.0 people.n.01 and its common plural kin
#   contest     what a team or a candidate loses in the ordinary course of a contest: "lose the final" is sport
#   relentless  what makes a harm under way total or slow and certain (OngoingHarm): "is slowly poisoning", "is
#               rotting from the inside", "is crumbling before our eyes"
#   end         "too late", a state of ending that takes its victim after "for" ("too late for a whole generation")
#   duration    totality in time after an end or a loss: for good, for ever, for a generation
#   survived    the spans a negated survival outlives ("will not survive the decade"): long enough to be a whole era
total\tall
total\tevery
total\tentire
total\twhole
total\teverything
total\teveryone
total\teverybody
total\tnothing
total\tnobody
total\tforever
collective\tpeople
collective\tpatients
collective\tcitizens
collective\tresidents
collective\tvoters
collective\ttaxpayers
collective\tparents
collective\tpupils
collective\tpublic
collective\tlives
collective\tbabies
collective\tmothers
collective\tthe elderly
collective\tthe poor
collective\tthe sick
collective\thouseholds
contest\tgame
contest\tgames
contest\tmatch
contest\tmatches
contest\tfinal
contest\tleague
contest\ttitle
contest\tcup
contest\trace
contest\tseat
contest\tseats
contest\tvote
contest\telection
contest\tcase
contest\tappeal
contest\tbattle
contest\tpoints
contest\tlead
relentless\tslowly
relentless\tquietly
relentless\tsilently
relentless\tsteadily
relentless\tgradually
relentless\tsystematically
relentless\trelentlessly
relentless\tfrom the inside
relentless\tfrom within
relentless\tbefore our eyes
relentless\tbefore our very eyes
relentless\tday by day
end\ttoo late
duration\tfor good
duration\tfor ever
duration\tfor a generation
duration\tfor generations
duration\tfor all time
survived\tdecade
survived\tcentury
survived\tgeneration
"""


# What a place of ruin's gloss names, in its first clause (ruined_places): misery, poverty, danger, desolation, destruction.
RUINED_PLACE_GLOSS = re.compile(r"\b(misery|miserable|pain|turmoil|poverty|poor|squalor|squalid|wretched|dangerous|"
                                r"deserted|desolate|uninhabited|worthless|devastated|destroyed|ruined|lawless)\b")

# The peopled place the gloss must also name, so the ruin falls on where people live: "an area in a town", "a district of
# a city", "a deserted settlement". A place of the mind ("any place of pain and turmoil": hell, the pits, a snake pit, an
# inferno), a bare area ("a dangerous area": a race's finish straight, a shed), a wilderness and a line name no such
# place, and are read as a mood, a fire, a hazard or a landscape.
PEOPLED_PLACE_GLOSS = re.compile(r"\b(district|city|town|settlement)\b")


# A place of ruin's lemma must be one of the first two senses a reader hears ("ghetto", third, is a historical quarter first).
RUINED_PLACE_RANK = 2


def ruined_places(synsets, senses):
    """The lemmas of wreck-noun's places of ruin: noun.location synsets (lexicographer file 15), not instances, whose
    gloss's first clause matches RUINED_PLACE_GLOSS and PEOPLED_PLACE_GLOSS, for the lemmas that sense is among the
    first two of. Their
    hyponyms are left out: a wasteland's are heath, bush and frontier, which name a landscape, not its ruin."""
    roots = [offset for offset, synset in synsets.items()
             if synset.lexfile == "15" and not any(p.symbol == "@i" for p in synset.pointers)
             and RUINED_PLACE_GLOSS.search(synset.gloss.split(";")[0]) and PEOPLED_PLACE_GLOSS.search(synset.gloss.split(";")[0])]
    return [(word, offset) for offset in sorted(roots) for word in synsets[offset].words if ranked(word, offset, senses, RUINED_PLACE_RANK)]


def ranked(lemma, offset, senses, rank=SENSE_RANK):
    """Whether the synset is among the lemma's most frequent senses."""
    return offset in senses.get(lemma.lower(), [])[:rank]


NOUN_TREES = {"music_genre", "election"}


def widen(offset, synsets, pos, tree=False):
    """The synsets under a root: verb hyponyms, or the similar-to set of an adjective."""
    lemmas, pointers = synsets[offset].words, synsets[offset].pointers
    if pos == "adj":
        return [p[1] for p in pointers if p[0] == "&"]
    if pos == "noun":
        # Only the genre tree is widened (see the docstring), the whole of it.
        if lemmas[0] not in NOUN_TREES and not tree:
            return []
        found = []
        for pointer in pointers:
            if pointer[0] == "~" and pointer[2] == "n":
                found += [pointer[1]] + widen(pointer[1], synsets, pos, tree=True)
        return found
    found = []
    for pointer in pointers:
        if pointer[0] == "~" and pointer[2] == "v":
            found += [pointer[1]] + widen(pointer[1], synsets, pos)
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lexicon", default=str(ROOT.parent / "shared" / "corpus" / "lexicons" / "negative_liu2005.txt"))
    args = parser.parse_args()
    lexicon = pathlib.Path(args.lexicon)
    if not lexicon.exists():
        lexicon = pathlib.Path("/work/shared/corpus/lexicons/negative_liu2005.txt")
    negative = {line.strip() for line in lexicon.read_text(errors="replace").splitlines() if line.strip() and not line.startswith(";")}
    tables = {pos: (load_senses(pos), load_synsets(pos)) for pos in ("verb", "adj", "noun")}
    lines = [
        "# dire_forecasts.txt — the outcomes of RH1003's dire forecast: a death, a destruction or a loss that a forecast in",
        "#   the writer's voice states as certain (\"patients will die in corridors\", \"within three years the town paper will be",
        "#   dead\", \"the best nurses will all be gone by March\").",
        "# Used by: DireForecasts and OngoingHarm (RH1003 worst-case-certainty).",
        "# Format: KIND<TAB>lemma (verbs as base forms, phrases word by word, adjectives as they follow \"be\").",
        "#   die   intransitive death: WordNet 3.0 die.v.01 and hyponyms",
        "#   ruin  transitive death or destruction: kill.v.01, destroy.v.02 and hyponyms",
        "#   loss  loss, disappearance, takeover: lose.v.01, lose.v.03, disappear.v.01, steal.v.01 and hyponyms (not",
        "#         lose.v.02, the lose of sport)",
        "#   dead  states of death after \"be\": dead.a.01, extinct.a.01 and their similar-to sets",
        "#   gone  states of loss after \"be\": gone.s.01, gone.s.04",
        "#   harm  ruin of what is valued, in the present only (OngoingHarm): corrupt.v.01, poison.v.01, wipe_out.v.02,",
        "#         wipe_out.v.03 and hyponyms",
        "#   decay intransitive decay, in the present only (OngoingHarm): rot.v.01, rot.v.02, decay.v.02",
        "#   art-form  art forms and media: art.n.02, music.n.01, literature.n.01, poetry.n.01, journalism.n.01, film.n.02,",
        "#         theater.n.02, dance.n.01, and the genre tree of music_genre.n.01 (nouns as lemmas)",
        "#   end   states of an ending or a ruin after \"be\", weighed like a loss: over.s.01, ruined.s.02, finished.s.05,",
        "#         unrecognizable.a.01",
        "#   unlivable  a place destroyed for living in, weighed like a destruction: uninhabitable.a.01 and its similar-to set",
        "#   survive  continuing to exist, read negated: survive.v.01, survive.v.04",
        "#   recover  getting over a shock or a loss, read after \"never\": recover.v.02, recover.v.03 (their own lemmas only)",
        "#   return  a return after an ending, read negated (\"will close, and it will never reopen\"): reopen.v.01,",
        "#         reappear.v.01, come_back.v.01 (their own lemmas at their first senses only)",
        "#   unable  inability after \"be\", read with \"to\" and a verb, weighed like a loss: unable.a.01 (its antonym",
        "#         able.a.01 is read negated in code: \"will no longer be able to\")",
        "#   works  building work whose passive or progressive makes an inability a notice (\"while the pitch is relaid\"):",
        "#         repair.v.01, renovate.v.01, refurbish.v.01, rebuild.v.01, construct.v.01, replace.v.01, overhaul.v.02,",
        "#         upgrade.v.02, resurface.v.02, pave.v.01, lay.v.03 (their own lemmas only, no hyponyms)",
        "#   wreck  a state of ruin after \"be\", weighed like a destruction, for a stake only: worthless.a.01, bankrupt.s.01,",
        "#         insolvent.a.01, derelict.s.02, destitute.s.01, desolate.s.01, lifeless.s.02 (their own lemmas only)",
        "#   wreck-noun  what a stake will be once ruined, read with \"a\", plural or bare: ghost_town.n.01, wasteland.n.01,",
        "#         rubble.n.01, wreck.n.01, ruin.n.02 (their own lemmas only), and the places of ruin: noun.location synsets,",
        "#         not instances, whose gloss names misery, poverty, danger, desolation or destruction of a district, a city,",
        "#         a town or a settlement (roots only, first two senses)",
        "#   plan  a plan after \"under\", which makes a loss a schedule: plan.n.01, program.n.02, scheme.n.01,",
        "#         schedule.n.01, project.n.01 (their own lemmas only)",
        "#   firm  a business or a side, whose ruin is one owner's news: company.n.01, business.n.01, firm.n.01, team.n.01",
        "#         (their own lemmas only)",
        "#   cohort  an age cohort a lost generation names: generation.n.01 (its own lemmas only)",
        "#   attain  the goods of an ordinary life read after \"will never\" (\"a generation that will never own a flat\"):",
        "#         own.v.01, read.v.01, learn.v.01, afford.v.01, retire.v.01 (their own lemmas only)",
        "#   theft  the theft of an election (StolenElections): steal.v.01, rig.v.01 (their own lemmas only)",
        "#   election  what is stolen: election.n.01 and its tree, referendum.n.01 (nouns as lemmas)",
        "# Generated by tools/gen_dire_forecasts.py from WordNet 3.0 (Princeton University; WordNet licence: permission",
        "#   to use, copy, modify and distribute this software and database for any purpose and without fee is granted,",
        "#   provided the copyright notice appears in all copies), hyponyms filtered by the Liu negative opinion words.",
        "#   Do not edit: change the roots or EXCLUDE in the script and run it again.",
    ]
    seen = set()
    for kind, roots in ROOTS.items():
        for pos, lemma, sense, *rank in roots:
            senses, synsets = tables[pos]
            root = senses[lemma][sense - 1]
            candidates = [(word, True) for word in synsets[root].words if ranked(word, root, senses, *rank)]
            candidates += [(word, False) for offset in ([] if kind in ROOTS_ONLY else widen(root, synsets, pos))
                           for word in synsets[offset].words if ranked(word, offset, senses)]
            if kind == "wreck-noun" and lemma == roots[-1][1]:
                candidates += [(word, True) for word, _ in ruined_places(synsets, senses)]
            for word, is_root in candidates:
                entry = word.lower().replace("_", " ")
                if pos == "noun" and word[0].isupper():
                    continue
                if "'" in entry or "-" in entry or entry in EXCLUDE or (kind, entry) in seen:
                    continue
                # Ongoing harm reads the ruin verbs as well; a verb already of that kind is not listed twice.
                if kind == "harm" and ("ruin", entry) in seen:
                    continue
                if kind in LATER_KINDS and any(entry == read for _, read in seen):
                    continue
                if kind == "wreck" and any(entry == read and earlier in STATE_KINDS for earlier, read in seen):
                    continue
                if not is_root and pos != "noun" and entry.split(" ")[0] not in negative:
                    continue
                seen.add((kind, entry))
                lines.append(f"{kind}\t{entry}")
    OUT.write_text("\n".join(lines) + "\n" + CURATED, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(seen)} entries")


if __name__ == "__main__":
    main()
