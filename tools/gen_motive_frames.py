#!/usr/bin/env python3
"""Generates rules/lexicons/rules/motive_frames_wordnet.txt, the verb classes of RH1004's imputed motives (issue 16):
bad faith ("the quarry owners never had the slightest intention of consulting"), a wish that people die or suffer ("the
board wants pensioners to freeze") and a predation done on purpose ("the chain is deliberately exploiting our teenagers").

Kinds written (each the lemmas of the WordNet 3.0 synsets listed below, minus EXCLUDED):
- duty     what an actor owes others and may be said never to have meant to do: comply/abide_by and obey, listen and
           heed, consult, honour and respect, pay up, repay/refund/give back, fulfil/live up to, carry out, enforce,
           correct/rectify and redress/compensate, investigate/inquire, negotiate, compromise, cooperate/collaborate,
           help/assist/aid, protect, answer/reply/respond. "had no intention of complying" denies the good faith the
           actor professed; "had no intention of retiring" (not a duty) is a plain report of a plan.
- death    dying (die.v.01 and its hyponyms: drown, starve, perish, suffocate …), suffering (suffer.v "experience
           pain", "undergo"), starving (starve.v "be hungry") and freezing (freeze.v "be cold"): what a wish on
           people names as harm ("wants the old to die", "wants families to freeze").
- prey     acting on a victim: prey on "profit from in an exploitative manner", victimize, exploit "use or manipulate
           to one's advantage": a predation when done on purpose to the writer's side. Not target or single out,
           which outreach and praise share ("deliberately targets our youngest readers", "singled out our choir").
- worthless (adjectives) people judged not worth keeping: expendable.a.01, dispensable.a.01, worthless.a.01
           "lacking in usefulness or value", valueless, unimportant.a.01, insignificant.a.01, without their similar-to
           satellites (mostly of size or weight: light, thin, little, fragile):
           "the health board has decided that hill families are expendable".

Review criteria (EXCLUDED): a lemma stays out when its most frequent sense in news is another act (follow, mind, hear,
observe, render, satisfy, execute, action, apply, right, aim, work, place, direct, point, feed, separate, go, pass, exit, fall,
yield, expire, succumb, choke, stifle, strangle — the last three transitive, "choke the market"), when it is
rare, archaic or a joke idiom (decease, famish, predecease, conk, croak, buy_it, pip_out, pop_off, snuff_it,
kick_the_bucket, buy_the_farm, give-up_the_ghost, cash_in_one's_chips, abort, enquire, negociate, victimise), or
when it names an act no one owes (discriminate, join_forces, get_together, talk_terms).

Source: WordNet 3.0, Princeton University (Debian package wordnet-base, /usr/share/wordnet); the licence is copied
into the generated header.
Usage: apt-get install wordnet-base && python3 tools/gen_motive_frames.py
"""
import pathlib

from wordnet import LICENCE_NOTICE, load_synsets, tree

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "rules" / "lexicons" / "rules" / "motive_frames_wordnet.txt"

# kind: [(offset, with hyponyms, gloss)]
ROOTS = {
    "duty": [("02542280", False, "comply, abide by"), ("02542795", False, "obey"), ("02171057", False, "listen"),
             ("02571901", False, "heed"), ("00877577", False, "consult"), ("02457233", False, "respect, honour"),
             ("02252949", False, "pay up"), ("02284969", False, "repay, refund, give back"),
             ("02671880", False, "fulfil, live up to"), ("01640873", False, "carry out"),
             ("02560164", False, "enforce"), ("00199659", False, "correct, rectify"),
             ("02519991", False, "redress, compensate"), ("00785980", False, "investigate, inquire"),
             ("00761731", False, "negotiate"), ("01035821", False, "compromise"),
             ("02416296", False, "cooperate, collaborate"), ("02547586", False, "help, assist, aid"),
             ("01128211", False, "protect"), ("00815704", False, "answer, reply, respond")],
    "death": [("00358431", True, "die and its kinds"), ("02109836", False, "die, face death"),
              ("01794686", False, "suffer pain"), ("02109208", False, "suffer, endure"),
              ("01188162", False, "starve, be hungry"), ("00078138", False, "freeze, be cold")],
    "prey": [("01203733", False, "prey on"), ("02574205", False, "victimize"), ("01162772", False, "exploit")],
}

# Adjectives: kind: [(offset, gloss)], the head synsets only: their satellites are mostly of size or weight ("light",
# "thin", "little", "fragile"), which say nothing of people's worth.
ADJECTIVE_ROOTS = {
    "worthless": [("00932695", "expendable"), ("00903449", "dispensable"), ("02502164", "worthless"), ("02504047", "valueless"),
                  ("01279978", "unimportant"), ("02164403", "insignificant")],
}

EXCLUDED = {
    "follow", "mind", "hear", "take_heed", "observe", "render", "satisfy", "execute", "action", "apply", "right",
    "place", "direct", "point", "feed", "separate", "go", "pass", "exit", "fall", "yield", "expire", "succumb", "choke",
    "stifle", "strangle", "decease", "famish", "predecease", "conk", "croak", "buy_it", "pip_out", "pop_off",
    "snuff_it", "kick_the_bucket", "buy_the_farm", "give-up_the_ghost", "cash_in_one's_chips", "abort", "enquire",
    "negociate", "victimise", "discriminate", "join_forces", "get_together", "talk_terms", "endure", "accomplish",
    "carry_through", "return", "reward", "aim", "confer_with", "predate", "raven", "hunger", "sustain", "have",
    "get", "stop_dead", "even_out", "make_up", "counterbalance", "pay_back", "ante_up", "utilize", "utilise",
    "use", "work", "aid",
}

# The "prey on" sense is read with its preposition: "preying on our teenagers".
PARTICLES = {"prey": "prey on"}


def main():
    synsets = load_synsets("verb")
    lines = []
    for kind, roots in ROOTS.items():
        lemmas = set()
        for offset, hyponyms, _ in roots:
            for found in tree(synsets, offset) if hyponyms else {offset}:
                lemmas.update(word.lower() for word in synsets[found].words if word.lower() not in EXCLUDED)
        lines += [f"{kind}\t{PARTICLES.get(lemma, lemma).replace('_', ' ')}" for lemma in sorted(lemmas)]
    adjectives = load_synsets("adj")
    for kind, roots in ADJECTIVE_ROOTS.items():
        lemmas = set()
        for offset, _ in roots:
            lemmas.update(word.lower() for word in adjectives[offset].words if "_" not in word and word.lower() not in EXCLUDED)
        lines += [f"{kind}\t{lemma}" for lemma in sorted(lemmas)]
    header = [
        "# motive_frames_wordnet.txt — GENERATED by tools/gen_motive_frames.py; do not edit, change the script.",
        "# The verb classes of RH1004's imputed motives (issue 16): a duty never meant (\"never had the slightest",
        "#   intention of listening\"), a death or suffering wished on people (\"wants pensioners to freeze\") and a",
        "#   predation done on purpose (\"is deliberately exploiting our teenagers\").",
        "# Format: KIND<TAB>lemma; verbs are inflected at load time, multi-word lemmas with spaces. The kinds, roots,",
        "#   exclusions and reasons are in the script.",
        *LICENCE_NOTICE,
    ]
    OUT.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(lines)} entries")


if __name__ == "__main__":
    main()
