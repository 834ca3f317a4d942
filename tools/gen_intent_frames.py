#!/usr/bin/env python3
"""Generates rules/lexicons/rules/intent_frames_wordnet.txt, the WordNet half of RH1004's intent frame: a settled,
total aim ("is bent on", "is out to", "wants nothing less than to") whose complement is harm, control or takeover
("abolishing the pension scheme", "to topple the council", "to addict teenagers"), said of any actor.

Kinds written:
- frame     the adjectives of a settled purpose: the lemmas of WordNet 3.0 bent.s (01990173, "fixed in your
            purpose": bent on, dead set, out to), written as the predicate the rule reads ("be bent on", "be out
            to"), with "hell-bent" (hell-bent.s, a satellite of reckless, spelled with the same head; also
            "hellbent"), and an adverb of degree or evidence after the copula (FRAME_ADVERBS).
- craving   verbs of a strong desire for something, written with the "for" they take: WordNet 3.0 itch/spoil
            (01825779, "have a strong desire or urge to do something"), crave/hunger/thirst/lust (01188503, "have a
            craving, appetite, or great desire for") and hanker/long/yearn (01828423, "desire strongly or
            persistently"), minus EXCLUDED_CRAVING; read as a frame whose complement is a noun, so only a harm or a
            catastrophe named after it makes a claim ("itching for a war with Ostrava", "spoiling for the ruin of the
            union"); "itching for a fight" or "hungry for a title" names none.
- close     verbs of shutting a place of work for good: WordNet 3.0 close/fold/shut down/close down (02426395, "cease
            to operate or cause to cease operating"), with "shut", which news uses in that sense ("shut the plant")
            though WordNet files it under closing an opening; read after a frame before every one of a kind across a
            whole place ("out to shut every pit and quarry in the land"): a closure of all of a country's or a
            county's workplaces is a total aim, a closure of one plant is business news.
- harm      verbs whose object is ruined, ruled or taken: the lemmas of the root synsets below and of their direct
            hyponyms, minus EXCLUDED. Read only after a frame of this file, after "deliberately to" or in a revealed
            aim ("whose real goal is …"), never after a plain "wants to" or "plans to": "the council plans to abolish
            the fee" is an ordinary aim, "the council is bent on abolishing the fee" imputes a total one.
- harm-noun the nouns WordNet derives from those verbs (derivationally related forms, "+ n"): destruction,
            abolition, overthrow, starvation, subjugation; read where the aim is a noun ("bent on the abolition of",
            "whose real goal is … by starvation").
- remove    verbs that put people out of their place: WordNet 3.0 fire/dismiss/sack (02402843), supplant/replace
            (02405408, 00162688), evict (01468345), expel/throw out (02501738) and oust (02401827), minus EXCLUDED;
            an aim only over a universal set of people ("plotting to replace every actor", "would happily fire every
            artist"): replacing a broken part or firing one manager is no total aim.
- rule-noun the nouns of power over someone: WordNet 3.0 dominance.n.01 (14441825, "the state that exists when one
            person or group has power over another": control, dominance) and its direct hyponyms, minus
            EXCLUDED_RULE_NOUNS; an aim only with the reader, the writer's side or people as what is ruled ("bent on
            total control over your family", "bent on a monopoly of our water"): control of a budget is management.
- cause     verbs of bringing a state about on purpose or by contrivance: WordNet 3.0 cause/give rise to (01645619),
            make/create (01617210), induce/bring on (01644068), provoke (01646884), engender/breed/spawn
            (01649042), mastermind/engineer/orchestrate (00710023), incite/instigate/stir up (00851257),
            fabricate/manufacture (01634442) and foment (02585050), minus EXCLUDED_CAUSE; read only after an adverb of
            intent and before a harm named as a noun ("are deliberately engineering addiction in children",
            "deliberately provoking a war"): causing a harm on purpose is intending it, while "deliberately creating
            jobs" names none.
- deprived  people's states of deprivation: WordNet 3.0 verbs shiver (00014201, "shake, as from cold"), freeze
            (00078138, "be cold"), starve (01187555, 01188162), hunger (02121976) and suffer (00065070, "feel pain"),
            read in any form; and adjectives poor (02022954, "having little money"), broke (02023288), destitute
            (02023431), penniless (02023662), impoverished (00735195), homeless (01050603), hungry (01269073),
            unemployed (00864693) and jobless (00865007), minus EXCLUDED_DEPRIVED; read only after "until" and a
            plural of people or the audience ("will not rest until ordinary families are starving"), where an end
            state of hardship for people is the aim imputed; "until every family is warm" names none.
- stated-purpose  nouns of a plan or an undertaking whose own purpose the infinitive after them states: WordNet 3.0
            plan/program (05898568), attempt/effort (00786195), campaign/drive/crusade (00798245), military
            campaign (00968155), operation (00409483), mission (00970645), measure/step (00174412), bill/measure
            (06536853), resolution (06511874), bid (00786887), scheme/strategy (05905348) and policy (05901508),
            minus EXCLUDED_STATED, with their plurals; read before the "to" of a purpose clause aimed at people
            ("a military effort to crush the insurgents", "a resolution to starve out the rebels"): the purpose is
            the undertaking's own, declared, not a motive the writer imputes to an act.
- raze      verbs of razing a building or land to the ground: WordNet 3.0 level/raze/tear down (01661822, "tear down so
            as to make flat with the ground") and its direct hyponyms (bulldoze), with demolish (01656476, "destroy
            completely"), minus EXCLUDED_RAZE; read only after an unwatched moment ("will bulldoze it the minute our
            backs are turned"), where their object, a building or land, is someone's stake even as a pronoun; a child
            left alone raids a fridge, it does not raze one.
- people-group  the social units of people living together, with their plurals: WordNet 3.0 family/household
            (08078020), family unit (07970406) and community (08223802 "a group of people living in a particular local
            area"), minus "house", "home" and "menage" (a building first); with the plurals of people, the class of
            people a purpose clause may be aimed at ("closing the clinics to starve working families").
- authorise verbs of letting or telling someone to act: WordNet 3.0 empower/authorize (02473981), authorize
            (00803343), permit/allow (00802336), order/tell (00746736), command/require (00751585), direct
            (00749223), instruct (00749981), urge/exhort (00765667) and vote (02461314), minus EXCLUDED_AUTHORISE;
            in a clause before a purpose "to" they make it an infinitive complement ("authorized its members to
            crush strikers", "voted to starve the rebels out"): an order or a vote states its aim.

Review criteria (EXCLUDED, with the reason beside each group): a lemma stays out when its most frequent sense in news
harms nothing (crush a can, seize a chance, control costs, master a skill), when it is a legal or technical act
done lawfully every day (confiscate, impound, repeal), when it is a physical act without an agent's aim (burn,
flood, erode), or when WordNet spells it as an idiom whose object decides (do in, take out). Verbs already in the
hand-curated list of hostile_intent_predicates.txt may appear here too; the rule reads both.

Source: WordNet 3.0, Princeton University (Debian package wordnet-base, /usr/share/wordnet); the licence is copied
into the generated header.
Usage: apt-get install wordnet-base && python3 tools/gen_intent_frames.py
"""
import pathlib

from wordnet import load_synsets

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "rules" / "lexicons" / "rules" / "intent_frames_wordnet.txt"

# The settled-purpose cluster: bent.s "fixed in your purpose" (bent on, dead set, out to).
FRAME_SYNSET = "01990173"
# Adverbs of degree and of evidence that may stand between the copula and the frame ("is so bent on", "are clearly out
#   to"): the frame holds with them as without.
FRAME_ADVERBS = "(so|clearly|obviously|plainly|evidently|openly|still|utterly|absolutely)"
# How each frame lemma is read as a predicate; WordNet marks predicative use with "(p)". "Hell-bent" is also spelled
#   "hellbent".
FRAME_PREDICATES = {
    "bent": None,  # read as "bent on", its other lemma
    "bent_on": f"be {FRAME_ADVERBS} bent|hell-bent|hellbent on",
    "dead_set": f"be {FRAME_ADVERBS} dead set on",
    "out_to": f"be {FRAME_ADVERBS} out to",
}

# Harm roots: (offset, lemma the offset is read by, why it is a harm to an object).
HARM_ROOTS = [
    ("01619947", "destroy", "do away with, cause the destruction of"),
    ("01564162", "ruin", "destroy completely, damage irreparably"),
    ("02424652", "oppress", "keep down by unjust use of authority (crush)"),
    ("02424128", "subjugate", "put down by force or intimidation"),
    ("02496816", "subjugate", "make subservient"),
    ("02496696", "enslave", "bring into servitude"),
    ("02274500", "usurp", "seize and take control without authority (take over)"),
    ("02427334", "abolish", "do away with"),
    ("02402427", "overthrow", "cause the downfall of (bring down, subvert)"),
    ("01165308", "addict", "cause to become dependent (hook)"),
    ("00470701", "annihilate", "kill in large numbers (wipe out, eradicate)"),
    ("01187758", "starve", "deprive of food"),
]

EXCLUDED = {
    # Most frequent news sense harms nothing, or the object decides.
    "destruct", "do_away_with", "get_rid_of", "reduce", "assume", "take_on", "arrogate", "suppress", "repress",
    "quash", "keep_down", "subdue", "subject", "overturn", "carry_off", "extinguish", "decimate", "eliminate",
    "famish", "kill", "deaden", "spoil", "bust", "break", "burst", "shatter", "smash", "level", "raze",
    "tear_down", "pull_down", "knock_down", "dismantle", "take_apart", "disassemble", "break_up",
    # Objects that decide in news, or sport and business meanings first: "bent on capturing the title", "out to end
    # the war", "out to fire the coach", "bent on seizing the moment", "out to take down the champion", "determined to
    # eradicate malaria", "to root out corruption", "sweep away red tape", "revolutionize retail".
    "appropriate", "capture", "end", "fire", "get", "seize", "take_down", "eradicate", "extirpate", "exterminate",
    "root_out", "uproot", "sweep_away", "revolutionize", "revolutionise", "raid", "violate", "waste", "harry",
    "interdict", "preoccupy", "explode", "fracture", "break_apart", "bust_up", "kick_in", "kick_down", "wash_out",
    "cashier", "demyelinate", "dilapidate", "self-destroy", "self-destruct", "shipwreck", "wrack", "scourge",
    "do_a_job_on", "dragoon",
    # A takeover is ordinary business news ("the firm is bent on taking over its rival"); "usurp" keeps the sense of
    # seizing without authority.
    "take_over",
    # Acts on buildings and things first: "bent on demolishing the old pier" is a developer's plan.
    "demolish", "burn_down", "rase", "pulverise", "pulverize",
    # Lawful or technical acts of ordinary governance.
    "repeal", "revoke", "annul", "lift", "rescind", "vacate", "countermand", "overrule", "override", "reverse",
    "invalidate", "nullify", "cancel", "strike_down", "abrogate", "confiscate", "impound", "sequester",
    # Physical processes with no agent's aim, or idioms whose object decides.
    "burn", "erode", "flood", "consume", "devour", "undo", "unmake", "do_in", "take_out",
}
# Senses of a kept lemma that must not bring their derived nouns ("ruin" the noun is kept by the verb; "overthrow"
# is both). Derived nouns that name something else in news.
REMOVE_ROOTS = ["02402843", "02405408", "00162688", "01468345", "02501738", "02401827"]
# "can" is the modal first; "terminate" and "give notice" end contracts; "supervene upon" and the misspelling
# "supercede" are not news words; "displace" and "send away" move people without an aim against them.
EXCLUDED_REMOVE = {"can", "terminate", "give_notice", "supervene_upon", "supercede", "displace", "send_away"}

CRAVING_ROOTS = ["01825779", "01188503", "01828423"]
# "starve" is the harm verb first in news ("starve the town"); "lust" takes "after" as often and is kept with "for".
EXCLUDED_CRAVING = {"starve"}
CLOSE_ROOT = "02426395"
# "close up" closes a wound or a gap first; "close" alone stays, its other senses taking no universal set of workplaces.
EXCLUDED_CLOSE = {"close_up"}
ADDED_CLOSE = ["shut"]

RULE_ROOT = "14441825"
# Other senses first in news (the ascendant, predominance of a view), rules and regulation as things, and the names of
# regimes, which the threat model reads as outcomes already (tyranny, despotism).
EXCLUDED_RULE_NOUNS = {"ascendant", "ascendent", "ascendance", "ascendence", "ascendancy", "ascendency", "predominance",
                       "predomination", "prepotency", "regulation", "rule", "absolutism", "tyranny", "despotism"}

# Cause roots (see the docstring). "do", "make", "have" and "get" are light verbs that take anything; "direct",
#   "organize", "set off" and "make up" have other senses first in news (direct a film, organize a march, set off a
#   bomb, make up a team); "invent" is an inventor's act and "cook up" a kitchen's.
CAUSE_ROOTS = ["01645619", "01617210", "01644068", "01646884", "01649042", "00710023", "00851257", "01634442", "02585050"]
EXCLUDED_CAUSE = {"do", "make", "have", "get", "direct", "organize", "organise", "set_off", "make_up", "invent", "cook_up",
                  "call_forth", "kick_up", "evoke"}

# Deprivation roots (see the docstring). "idle" and "broken" have other senses first in news (idle plants, broken
#   promises); "bust", "skint", "stony-broke" and the multi-word lemmas are slang or rare; "hurt", "famish",
#   "shudder", "dispossessed" and "roofless" are other senses first or rare.
DEPRIVED_VERB_ROOTS = ["00014201", "00078138", "01187555", "01188162", "02121976", "00065070"]
DEPRIVED_ADJ_ROOTS = ["02022954", "02023288", "02023431", "02023662", "00735195", "01050603", "01269073", "00864693", "00865007"]
EXCLUDED_DEPRIVED = {"idle", "broken", "bust", "skint", "stone-broke", "stony-broke", "hurt", "famish", "shudder",
                     "wiped_out", "in_straitened_circumstances", "hard_up", "out_of_work", "dispossessed", "roofless", "necessitous"}

# Stated-purpose roots (see the docstring). "cause" and "play" are other senses first ("a cause to celebrate", "a play
#   to win"); "resolve", "try" and "declaration" are rare before a purpose "to"; "program" and "programme" are kept.
STATED_ROOTS = ["05898568", "00786195", "00798245", "00968155", "00409483", "00970645", "00174412", "06536853", "06511874",
                "00786887", "05905348", "05901508"]
EXCLUDED_STATED = {"cause", "play", "resolve", "try", "declaration", "military_campaign", "endeavour"}
PEOPLE_GROUP_ROOTS = ["08078020", "07970406", "08223802"]
EXCLUDED_PEOPLE_GROUP = {"house", "home", "menage", "family_unit"}
# Authorising roots (see the docstring). "pass" and "clear" are other senses first (pass the ball, clear the road),
#   "say" and "require" a report and a need, "let" a causative ("let the lease lapse to …" is an act, not an order).
AUTHORISE_ROOTS = ["02473981", "00803343", "00802336", "00746736", "00751585", "00749223", "00749981", "00765667", "02461314"]
EXCLUDED_AUTHORISE = {"pass", "clear", "say", "require", "let", "countenance", "press", "urge_on", "enjoin"}

# Agent nouns (the doer is not the aim), a wreck that is a thing, and gerunds, which the verb reading already covers.
EXCLUDED_NOUNS = {"destroyer", "ruiner", "addict", "hook", "annihilator", "appropriator", "eradicator", "raider",
                  "uprooter", "vandal", "waster", "wrecker", "wreck", "wreckage", "oppressor", "enslaver", "usurper",
                  "abolitionist", "abolitionism", "overthrower", "takeover"}


def plural(noun):
    """The regular plural of a count noun of the stated-purpose and people-group roots (all regular): "policy" → "policies"."""
    if noun.endswith("y") and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "x", "ch", "sh")) else "s")


RAZE_ROOTS = ["01661822", "01656476"]
# "level" aims first ("level criticism at"); "dismantle", "take down" and "pull down" take apart a tent, a post or a
# website first; "pulverize" grinds a thing to powder.
EXCLUDED_RAZE = {"level", "dismantle", "take_down", "pull_down", "pulverize", "pulverise"}


def main():
    verb_synsets, noun_synsets = load_synsets("verb"), load_synsets("noun")
    frames = []
    for lemma in load_synsets("adj")[FRAME_SYNSET].words:
        predicate = FRAME_PREDICATES.get(lemma)
        if predicate and predicate not in frames:
            frames.append(predicate)

    verbs, nouns = [], []
    for offset, _, _ in HARM_ROOTS:
        root = verb_synsets[offset]
        members = [root] + [verb_synsets[target] for symbol, target, pos, _ in root.pointers if symbol == "~" and pos == "v"]
        for member in members:
            for number, lemma in enumerate(member.words, 1):
                if lemma in EXCLUDED or lemma in verbs:
                    continue
                verbs.append(lemma)
                for symbol, target, pos, source_target in member.pointers:
                    if symbol != "+" or pos != "n" or int(source_target[:2], 16) != number:
                        continue
                    noun = noun_synsets[target].words[int(source_target[2:], 16) - 1]
                    if noun not in EXCLUDED_NOUNS and noun not in nouns and "_" not in noun and not noun.endswith("ing"):
                        nouns.append(noun)

    rule_nouns = []
    rule_root = noun_synsets[RULE_ROOT]
    for lemmas in [rule_root.words] + [noun_synsets[target].words for symbol, target, pos, _ in rule_root.pointers if symbol == "~" and pos == "n"]:
        rule_nouns += [lemma for lemma in lemmas if lemma not in EXCLUDED_RULE_NOUNS and lemma not in rule_nouns]

    cravings = []
    for offset in CRAVING_ROOTS:
        cravings += [f"{lemma} for" for lemma in verb_synsets[offset].words if lemma not in EXCLUDED_CRAVING and f"{lemma} for" not in cravings]
    closures = [lemma for lemma in verb_synsets[CLOSE_ROOT].words if lemma not in EXCLUDED_CLOSE] + ADDED_CLOSE

    removals = []
    for offset in REMOVE_ROOTS:
        removals += [lemma for lemma in verb_synsets[offset].words if lemma not in EXCLUDED_REMOVE and lemma not in removals]

    causes = []
    for offset in CAUSE_ROOTS:
        causes += [lemma for lemma in verb_synsets[offset].words if lemma not in EXCLUDED_CAUSE and lemma not in causes]

    deprived_verbs, deprived_adjectives = [], []
    for offset in DEPRIVED_VERB_ROOTS:
        deprived_verbs += [lemma for lemma in verb_synsets[offset].words if lemma not in EXCLUDED_DEPRIVED and lemma not in deprived_verbs]
    adjective_synsets = load_synsets("adj")
    for offset in DEPRIVED_ADJ_ROOTS:
        deprived_adjectives += [lemma for lemma in adjective_synsets[offset].words if lemma not in EXCLUDED_DEPRIVED and lemma not in deprived_adjectives]

    stated = []
    for offset in STATED_ROOTS:
        for lemma in noun_synsets[offset].words:
            if lemma in EXCLUDED_STATED or "_" in lemma:
                continue
            for form in (lemma, plural(lemma)):
                if form not in stated:
                    stated.append(form)
    people_groups = []
    for offset in PEOPLE_GROUP_ROOTS:
        for lemma in noun_synsets[offset].words:
            if lemma not in EXCLUDED_PEOPLE_GROUP:
                people_groups += [form for form in (lemma, plural(lemma)) if form not in people_groups]
    authorising = []
    for offset in AUTHORISE_ROOTS:
        authorising += [lemma for lemma in verb_synsets[offset].words if lemma not in EXCLUDED_AUTHORISE and lemma not in authorising]

    razing = []
    for offset in RAZE_ROOTS:
        root = verb_synsets[offset]
        for member in [root] + [verb_synsets[target] for symbol, target, pos, _ in root.pointers if symbol == "~" and pos == "v"]:
            razing += [lemma for lemma in member.words if lemma not in EXCLUDED_RAZE and lemma not in razing]

    header = __doc__.split("Kinds written:")[0].strip().replace("\n", "\n# ")
    lines = [
        "# intent_frames_wordnet.txt — GENERATED by tools/gen_intent_frames.py; do not edit, change the script.",
        "# " + header,
        "# Format: KIND<TAB>entry; frames and verbs are lemmas (inflected at load time), multi-word lemmas with spaces.",
        "# Kinds: frame (a settled purpose, any actor), craving (a strong desire, a frame before a harm named as a noun),",
        "#   close (shutting places of work, read after a frame before every one of a kind across a whole place), harm (verbs that ruin, rule or take their object), harm-noun (their",
        "#   WordNet derivations), rule-noun (power over someone, read with the reader or people as its object), remove",
        "#   (putting people out of their place, read with a universal set of people as object), cause (bringing a state",
        "#   about, read after an adverb of intent before a harm noun), deprived-verb and deprived-adjective (people's",
        "#   hardship, read after \"until\" and a plural of people), stated-purpose (a plan or undertaking whose own aim",
        "#   the infinitive after it states), people-group (families, communities), authorise (letting or telling someone to act) and raze",
        "#   (razing a building or land, read after an unwatched moment). The roots,",
        "#   the exclusions and the reasons are in the script.",
        "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. THIS SOFTWARE AND DATABASE IS PROVIDED",
        "#   \"AS IS\" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.",
    ]
    lines += [f"frame\t{frame}" for frame in frames]
    lines += [f"craving\t{verb}" for verb in cravings]
    lines += [f"close\t{verb.replace('_', ' ')}" for verb in sorted(closures)]
    lines += [f"harm\t{verb.replace('_', ' ')}" for verb in sorted(verbs)]
    lines += [f"harm-noun\t{noun}" for noun in sorted(nouns)]
    lines += [f"rule-noun\t{noun}" for noun in sorted(rule_nouns)]
    lines += [f"remove\t{verb.replace('_', ' ')}" for verb in sorted(removals)]
    lines += [f"cause\t{verb.replace('_', ' ')}" for verb in sorted(causes)]
    lines += [f"deprived-verb\t{verb}" for verb in sorted(deprived_verbs)]
    lines += [f"deprived-adjective\t{adjective}" for adjective in sorted(deprived_adjectives)]
    lines += [f"stated-purpose\t{noun}" for noun in sorted(stated)]
    lines += [f"people-group\t{noun}" for noun in sorted(people_groups)]
    lines += [f"authorise\t{verb.replace('_', ' ')}" for verb in sorted(authorising)]
    lines += [f"raze\t{verb.replace('_', ' ')}" for verb in sorted(razing)]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
