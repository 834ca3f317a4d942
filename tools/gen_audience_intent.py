#!/usr/bin/env python3
"""Generates rules/lexicons/rules/audience_intent_wordnet.txt, the word classes of RH1004's audience intent frames
(issue 16): an actor wants, counts on, is content to let or has decided something whose cost falls on the writer's
audience ("wants you to give up", "is counting on us to forget", "is happy to let democracy burn", "has decided
that the valley's children are an acceptable loss", "has poured a fortune into making sure tenants never find out").

Kinds written (each the lemmas of the WordNet 3.0 synsets listed below, minus EXCLUDED):
- volition    wanting and intending (want.v "desire", intend.v.01 "have in mind as a purpose"): the frame's verb
              before the audience and a complement ("wants you to panic", "means us to give up").
- reliance    counting on someone's act (count_on "judge to be probable", rely/bank "have confidence in", bet_on),
              written with their "on": "is counting on us to forget", "is banking on voters to give up".
- yield       the audience giving in: give_up/quit/throw_in_the_towel "admit defeat", surrender, capitulate,
              give_in/succumb/knuckle_under, yield "cease opposition", despair "abandon hope", panic "be overcome by
              a sudden fear". Read only without an object: "give up smoking" is advice, "give up before the
              hearing" is defeat.
- forget      the audience ceasing to attend: forget "be unable to remember", look_away "avert one's gaze".
- resist      what the audience is kept from doing: fight_back "defend oneself", fight/oppose "fight against or
              resist strongly", resist "stand up to", protest/dissent, vote, speak_up/speak_out "express one's opinion
              openly": "too exhausted to fight back", "too broke to fight the quarry in court", "make it so hard to
              vote". "defend" and "fight down" are left out: a side defends its lead, a pain is fought down.
- learn       what the audience must not come to know: learn/hear/find_out/discover "get to know", know "be
              cognizant of", realize/recognize "be fully aware of", notice/detect: "making sure you never find out".
- acceptable  acceptable.a.01 and expendable.a.01: the adjectives of a loss judged worth it.
- loss        the nouns of that loss: price/cost/toll "value measured by what must be given", sacrifice, loss and
              casualty of personnel, collateral damage: "an acceptable price", "acceptable collateral damage".
- willing     willing.a.01 and its similar-to satellites (glad/happy, prepared/disposed/inclined), ready.a.01 and
              content.a.01: "happy to let", "content to watch".
- ruin        what a valued thing is let do: die/perish, collapse/cave_in/founder, crumble/fall_apart, rot/decay,
              burn, sink/go_under, starve, wither, bleed (shed_blood.v.01): "content to let the valley die", "would
              happily watch the BBC bleed to death".
- polity      the public goods a ruin is let happen to: democracy/republic (and political_system's kinds), the state
              or nation, the earth or world: "willing to watch democracy collapse".
- locality    the places a community governs or lives in, read as a polity (issue 16, blind set topics8): the
              hyponyms of administrative_district.n.01 (county, city, borough, province, township …), municipality.n.01
              (town, city) and village.n.02, with district.n.01 itself (not its hyponyms: slum, suburb, waterfront), common nouns only (no instances): "would
              happily see the district go under", "content to let the town die". Left out (LOCALITY_EXCLUDED): senses
              of another kind first in news (a university's department, a hospital ward, a nature reserve or
              preserve, a table reservation), church and monarchic domains (eparchy, kingdom, sultanate) and rare or
              slang words (burg, cowtown).
- hard        difficult.a.01 (difficult, hard) and impossible.a.01: "make it so hard to vote".
- decide      decide.v.01 (decide, make up one's mind, determine) and conclude "decide by reasoning": "has decided
              that the valley's children are an acceptable loss".
- institution the places and bodies of the writer's community that a ruin may be wished on: educational and
              medical institutions (school, college, hospital, clinic), a charity, a club or society and a team
              (club.n.02, team.n.01), a newspaper firm, and the buildings of a town's common life (theatre and
              cinema, school building, library, museum, hospital, pub, place of worship), with their hyponyms: "want
              this club dead", "would happily see the theatre dark for good". A bill, a deal, a plan or a project is
              no institution: "want the bill dead" is politics.
- institution-compound  the community's meeting places named by a compound whose head alone names no
              institution ("centre" is also a shopping or a data centre): community_center.n.01 (community center,
              civic center), student_center.n.01 and settlement_house.n.01, with the British "centre" spelling:
              "they want the community centre closed forever".
- sick        ill.a.01 (ill, sick): a state of the audience wished on it ("want your kids sick"); "sick of" is
              another sense, which the frame's boundary keeps out.
- closed      closed.a.01 and shut.a.01 (closed, shut), with "dark" in its theatre sense ("the Playhouse is dark
              on Mondays"), which WordNet 3.0 lacks: a closure, wished as a ruin only with a permanence ("dark for
              good").

Review criteria (EXCLUDED): a lemma stays out when its most frequent sense in news is another act (think for
intend, trust and swear for rely, back/stake/punt for bet_on, throw_in for "throw in a free gift", see/pick_up for
learn, observe/find for notice, give/break for collapse, go/pass/exit/expire for die, settle/go_down for sink, fade
for wither), when it is rare or archaic (agnize, moulder, famish, chuck_up_the_sponge, fain), or when it names a
ruling rather than a polity (autocracy and the other forms of government besides democracy and republic).

Source: WordNet 3.0, Princeton University (Debian package wordnet-base, /usr/share/wordnet); the licence is copied
into the generated header.
Usage: apt-get install wordnet-base && python3 tools/gen_audience_intent.py
"""
import pathlib

from wordnet import load_synsets, tree

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "rules" / "lexicons" / "rules" / "audience_intent_wordnet.txt"

# kind: [(offset, part of speech, gloss)]
ROOTS = {
    "volition": [("01825255", "verb", "desire, want"), ("00708556", "verb", "intend, mean")],
    "reliance": [("00712153", "verb", "count_on"), ("00688395", "verb", "rely, bank"), ("01139122", "verb", "bet_on")],
    "yield": [("01083062", "verb", "give up, admit defeat"), ("01115603", "verb", "surrender"),
              ("01117830", "verb", "capitulate"), ("00804494", "verb", "give in, succumb"),
              ("01116465", "verb", "yield, cease opposition"), ("01810951", "verb", "despair"),
              ("01782236", "verb", "panic")],
    "forget": [("00609100", "verb", "forget"), ("02132281", "verb", "look away")],
    "resist": [("01092302", "verb", "fight back"), ("01091445", "verb", "fight, oppose"), ("01116603", "verb", "resist, hold out"),
               ("02521410", "verb", "protest, dissent"), ("00910153", "verb", "protest"), ("02461314", "verb", "vote"),
               ("01027686", "verb", "speak out")],
    "learn": [("00598954", "verb", "learn, find out"), ("00594621", "verb", "know"),
              ("00728635", "verb", "realize, recognize"), ("02154526", "verb", "detect, notice")],
    "acceptable": [("00017782", "adj", "acceptable"), ("00932695", "adj", "expendable")],
    "loss": [("05163807", "noun", "price, cost, toll"), ("07340895", "noun", "sacrifice of personnel"),
             ("07340725", "noun", "loss of personnel"), ("09899782", "noun", "casualty"),
             ("07361863", "noun", "collateral damage")],
    "willing": [("02564987", "adj", "willing"), ("01930513", "adj", "ready"), ("00588797", "adj", "content")],
    "ruin": [("00358431", "verb", "die, perish"), ("01989071", "verb", "collapse, founder"),
             ("00397405", "verb", "crumble, fall apart"), ("00209837", "verb", "rot"), ("00208836", "verb", "decay"),
             ("00377002", "verb", "burn"), ("01989891", "verb", "sink, go under"), ("01187555", "verb", "starve"),
             ("00421917", "verb", "wither"), ("00074834", "verb", "bleed, shed blood")],
    "polity": [("08361329", "noun", "democracy, republic"), ("08168978", "noun", "state, nation"),
               ("09270894", "noun", "earth, world")],
    "locality": [("08491826", "noun", "administrative district"), ("08626283", "noun", "municipality"),
                 ("08672738", "noun", "village, hamlet")],
    "hard": [("00744916", "adj", "difficult, hard"), ("01823093", "adj", "impossible")],
    "decide": [("00697607", "verb", "decide, make up one's mind"), ("00634490", "verb", "conclude")],
    "institution": [("08276342", "noun", "educational_institution"), ("08053905", "noun", "medical_institution"),
                    ("08406619", "noun", "charity"), ("08227214", "noun", "club, society"), ("08208560", "noun", "team, squad"),
                    ("08062970", "noun", "newspaper firm"), ("04417809", "noun", "theatre, cinema"),
                    ("04146050", "noun", "school building"), ("03660664", "noun", "library"), ("03800563", "noun", "museum"),
                    ("03540595", "noun", "hospital, infirmary"), ("04018399", "noun", "pub"),
                    ("03953416", "noun", "place of worship")],
    "institution-compound": [("03078506", "noun", "community center, civic center"), ("04343511", "noun", "student center"),
                             ("04177931", "noun", "settlement house")],
    "sick": [("02541303", "adj", "ill, sick")],
    "closed": [("01653538", "adj", "closed"), ("01652782", "adj", "shut")],
}
# Kinds whose roots bring every hyponym below them (the kinds of school, of club, of theatre).
TREES = {"institution", "locality"}
# Tree kinds read as common nouns only: the instances below a locality are proper names (states, cities).
COMMON_ONLY = {"locality"}
# Lemmas no WordNet 3.0 root holds in the sense the frame reads, added by hand with the reason in the docstring.
ADDED = {"closed": ["dark"], "locality": ["district"], "institution-compound": ["community_centre", "civic_centre", "student_centre"]}
# Roots that bring their WordNet satellites (similar-to, "&"): willing.a.01's cluster (glad/happy, prepared).
SATELLITES = {"02564987"}
# Kinds written as a phrase with a particle after the lemma.
PARTICLE = {"reliance": "on"}

EXCLUDED = {
    "volition": {"think"},
    "reliance": {"calculate", "estimate", "reckon", "figure", "forecast", "trust", "swear", "back", "gage", "stake",
                 "game", "punt"},
    "yield": {"throw_in", "chuck_up_the_sponge", "fall_by_the_wayside", "drop_by_the_wayside", "drop_out"},
    "forget": {"block", "blank_out", "draw_a_blank"},
    "resist": {"withstand", "fend", "stand", "opine", "animadvert", "sound_off", "defend", "fight_down"},
    "learn": {"see", "pick_up", "get_word", "get_wind", "get_a_line", "agnize", "agnise", "cognize", "cognise",
              "observe", "find"},
    "acceptable": set(),
    "loss": {"personnel_casualty"},
    "willing": {"fain", "disposed", "inclined", "minded", "consenting", "voluntary", "volitional", "willing_and_able",
                "uncoerced", "unforced", "contented"},
    "ruin": {"go", "exit", "pass", "expire", "pass_away", "kick_the_bucket", "cash_in_one's_chips", "buy_the_farm",
             "decease", "conk", "give-up_the_ghost", "drop_dead", "pop_off", "choke", "croak", "snuff_it", "give", "give_way",
             "break", "fall_in", "decompose", "molder", "moulder", "dilapidate", "combust", "settle", "go_down",
             "famish", "fade", "shed_blood", "hemorrhage"},
    "polity": {"commonwealth", "res_publica", "body_politic", "globe"},
    "hard": set(),
    "decide": {"reason", "reason_out", "make_up_one's_mind"},
    # Senses of another kind in news ("high" the school, "tech", "order", "chapter", "hunt", "lodge", "house" the
    # audience or the chamber, "paper" the essay, "section", "battery", "defence", the numbers of a team), proper
    # names (Louvre, Parthenon, Kaaba) and archaic or rare words.
    "institution": {"high", "tech", "crammer", "multiversity", "pesantran", "pesantren", "chapter", "gild", "hunt", "lodge",
                    "order", "turnverein", "athenaeum", "atheneum", "a-team", "battery", "crew", "defence", "defense",
                    "eleven", "five", "jv", "nine", "offence", "offense", "platoon", "powerhouse", "section", "varsity",
                    "paper", "house", "bioscope", "fleapit", "opera", "louvre", "asylum", "bedlam", "institution",
                    "lazaret", "lazarette", "lazaretto", "madhouse", "nuthouse", "pesthouse", "sanatarium", "sanitarium",
                    "pothouse", "saloon", "bethel", "caaba", "kaaba", "chantry", "conventicle", "duomo", "oracle",
                    "pantheon", "parthenon", "stupa", "tope", "tabernacle", "shrine", "gymnasium", "kirk", "musjid"},
    "institution-compound": set(),
    "sick": set(),
    "closed": {"unopen"},
    "locality": {"department", "ward", "reserve", "preserve", "reservation", "eparchy", "kingdom", "sultanate", "burg",
                 "cowtown", "commonwealth", "land", "hamlet"},
}


def lemmas_of(kind):
    found = []
    for offset, part, _ in ROOTS[kind]:
        root = load_synsets(part)[offset]
        members = [root.words]
        if kind in TREES:
            symbols = ("~",) if kind in COMMON_ONLY else ("~", "~i")
            members = [load_synsets(part)[below].words for below in sorted(tree(load_synsets(part), offset, symbols=symbols))]
        if offset in SATELLITES:
            members += [load_synsets("adj")[target].words for symbol, target, _, _ in root.pointers if symbol == "&"]
        for group in members:
            for lemma in group:
                # Multi-word names of a kind ("day_school", "public_house") are read by their head, a lemma of its own.
                if lemma.lower() in EXCLUDED[kind] or lemma.lower() in found or kind in TREES and "_" in lemma \
                        or kind in COMMON_ONLY and not lemma.islower():
                    continue
                found.append(lemma.lower())
    found += [lemma for lemma in ADDED.get(kind, []) if lemma not in found]
    particle = PARTICLE.get(kind)
    return [f"{lemma.replace('_', ' ')} {particle}".strip() if particle and not lemma.endswith("_" + particle)
            else lemma.replace("_", " ") for lemma in found]


def main():
    header = __doc__.split("Kinds written")[0].strip().replace("\n", "\n# ")
    lines = [
        "# audience_intent_wordnet.txt — GENERATED by tools/gen_audience_intent.py; do not edit, change the script.",
        "# " + header,
        "# Format: KIND<TAB>lemma; verbs are inflected at load time, multi-word lemmas with spaces. The kinds, roots,",
        "#   exclusions and reasons are in the script.",
        "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. THIS SOFTWARE AND DATABASE IS PROVIDED",
        "#   \"AS IS\" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.",
    ]
    for kind in ROOTS:
        lines += [f"{kind}\t{lemma}" for lemma in sorted(lemmas_of(kind))]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
