#!/usr/bin/env python3
"""Generates rules/lexicons/crime_terms.txt: the nouns that name a crime and the verbs of committing one, from
WordNet 3.0 (`apt-get install wordnet-base`). CrimeTerms (src/Rhetlint.Core/Semantics) reads it: a clause whose
predicate is a crime ("the man who allegedly shot two officers", "is alleged to have stolen", "the alleged fraud")
is crime reporting, where "allegedly" is the careful legal wording for an unproven act (issue 17, RH3011).

How an entry is chosen:
- nouns: every lemma in the hyponym tree of a NOUN_ROOTS synset (crime.n.01, the criminal law's act, and the acts of
  violence and dishonesty WordNet files outside it: homicide, shooting as killing by gunfire, assault and rape, fraud,
  theft and robbery, kidnapping, smuggling, drug trafficking, arson);
- verbs: every lemma of a VERB_ROOTS synset and of its troponyms ("~" pointers): kill, murder, shoot as killing or
  wounding by gunfire, stab, steal, rob, assault, rape, molest, swindle (defraud), cheat as depriving by deceit,
  embezzle, bribe, kidnap, smuggle, traffic in contraband, extort, launder money — the root's own lemma may still be
  dropped below ("cheat", "traffic", "launder" are games, trade and washing first in news);
- a single word only, written in lower case (a proper noun or an acronym is no predicate, and a phrase would need a
  phrase matcher the rule does not use);
- the word's sense in the tree must be its most frequent one (SemCor order), or its second when WordNet tagged the
  word fewer than SENSE_TAGGED times in SemCor, so the order of its senses is a guess. "attack" (military, then
  verbal, and often tagged) stays out; the nouns "assault" (a military onslaught first) and "shooting" (firing any
  projectile first) stay in because their crime sense is second and SemCor barely tags them;
- not on EXCLUDE, which records each hand decision with its reason: senses that are mostly figurative or everyday in
  news ("hit", "take", "lift", "slaughter", "pocket"), legal terms (legal_context.txt's domain), rare, historical
  or slang words, and words a writer uses of acts that are no crime (lawful execution, sport, business). Idioms
  such as "kill time" and "steal the show" are WordNet phrases, which the single-word filter drops; the verb itself
  ("kill", "steal") keeps its literal first sense.
The entries are lemmas; CrimeTerms inflects them through Inflections (rules/lexicons/irregular_forms.txt), so
"stole", "stolen", "shot" and "robberies" match.

Source: WordNet 3.0, Princeton University (Debian package wordnet-base, /usr/share/wordnet); the licence is copied
into the generated header.
Usage: apt-get install wordnet-base && python3 tools/gen_crime_terms.py
"""
import pathlib

from wordnet import LICENCE_NOTICE, load_index, load_synsets, tree

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "rules" / "lexicons" / "crime_terms.txt"
SENSE_TAGGED = 5

# Roots by part of speech: (WordNet 3.0 offset, a lemma the synset is read by).
NOUN_ROOTS = [
    ("00766234", "crime"), ("00220023", "homicide"), ("00225150", "shooting"), ("00767826", "assault"),
    ("00773402", "rape"), ("00769092", "fraud"), ("00780889", "theft"), ("00781685", "robbery"),
    ("00775702", "kidnapping"), ("01112132", "smuggling"), ("01114055", "drug_trafficking"), ("00378296", "arson"),
]
VERB_ROOTS = [
    ("01323976", "kill"), ("02482425", "murder"), ("02484570", "shoot"), ("01137156", "shoot"), ("01231670", "stab"),
    ("02321775", "steal"), ("02321409", "rob"), ("01120087", "assault"), ("02567519", "rape"), ("02569495", "molest"),
    ("02572119", "swindle"), ("02573275", "cheat"), ("02292553", "embezzle"), ("02284114", "bribe"),
    ("01471061", "kidnap"), ("02345874", "smuggle"), ("02261141", "traffic"), ("02241639", "extort"),
    ("02241125", "extort"), ("00188949", "launder"),
]

# Each dropped lemma and why, by part of speech ("n:" noun, "v:" verb). Every entry the trees yield was read by hand.
EXCLUDE = {
    # verbs whose news use is mostly another sense, or figurative
    "v:hit": "any blow, a target, a record", "v:take": "any taking", "v:lift": "raising", "v:pinch": "a squeeze",
    "v:nobble": "slang", "v:cheat": "games and partners", "v:chisel": "carving", "v:buy": "any purchase",
    "v:corrupt": "a file, a text", "v:drown": "also an accidental death", "v:suffocate": "also an accidental death",
    "v:asphyxiate": "also an accidental death", "v:smother": "figurative", "v:throttle": "engines",
    "v:dispatch": "sending", "v:despatch": "sending", "v:waste": "spending", "v:off": "slang", "v:remove": "any removal",
    "v:eliminate": "any removal", "v:liquidate": "insolvency", "v:neutralize": "chemistry", "v:neutralise": "chemistry",
    "v:destroy": "of things", "v:sacrifice": "giving up", "v:poison": "of relations", "v:electrocute": "accidents",
    "v:execute": "lawful execution, carrying out", "v:behead": "also lawful", "v:decapitate": "also lawful",
    "v:decollate": "rare", "v:guillotine": "a debate cut short", "v:gibbet": "historical", "v:halter": "historical",
    "v:hang": "any hanging", "v:lynch": "historical", "v:martyr": "religious", "v:crucify": "criticism",
    "v:burn": "any fire", "v:starve": "hunger", "v:pip": "sport", "v:plug": "promotion", "v:blast": "criticism",
    "v:snipe": "criticism", "v:wing": "flying", "v:overcharge": "prices", "v:soak": "water", "v:surcharge": "prices",
    "v:fleece": "wool, prices", "v:hook": "fishing", "v:sting": "insects", "v:con": "slang", "v:victimize": "any harm",
    "v:victimise": "any harm", "v:rook": "chess", "v:bunco": "slang", "v:short-change": "prices", "v:mulct": "rare",
    "v:gyp": "a slur", "v:gip": "a slur", "v:diddle": "slang", "v:scam": "slang", "v:goldbrick": "shirking",
    "v:hornswoggle": "playful", "v:hoodwink": "any deceit", "v:juggle": "circus", "v:fiddle": "music",
    "v:welch": "a debt unpaid", "v:welsh": "a debt unpaid", "v:whipsaw": "markets", "v:short": "markets",
    "v:squeeze": "pressing", "v:rack": "torture, storage", "v:assail": "verbal attack", "v:mug": "making faces",
    "v:ravish": "delight", "v:violate": "rules and laws", "v:slay": "sport and figurative", "v:massacre": "sport",
    "v:slaughter": "animals, sport", "v:butcher": "meat", "v:annihilate": "a defeat", "v:eradicate": "disease, pests",
    "v:erase": "records", "v:vaporize": "physics", "v:zap": "slang", "v:knife": "rare", "v:pick": "choosing",
    "v:abstract": "summarizing", "v:pocket": "any gain", "v:swipe": "any swipe", "v:glom": "slang",
    "v:snarf": "slang", "v:snitch": "informing", "v:cop": "police", "v:grass": "lawns, informing", "v:pirate": "copying",
    "v:pluck": "feathers, strings", "v:plume": "feathers", "v:beset": "troubles", "v:blindside": "sport, surprise",
    "v:brain": "slang", "v:bulldog": "rodeo", "v:bunk": "beds", "v:burke": "rare", "v:charge": "prices, a legal word",
    "v:chine": "butchery", "v:desecrate": "sacrilege, no crime in most places", "v:profane": "sacrilege",
    "v:dishonor": "disgrace", "v:dishonour": "disgrace", "v:dismember": "firms and states",
    "v:flight": "birds", "v:overlay": "covering", "v:overlie": "covering", "v:quarter": "lodging",
    "v:reassail": "rare", "v:rush": "hurrying, sport", "v:saber": "rare", "v:sabre": "rare", "v:savage": "criticism",
    "v:scrag": "rare", "v:sic": "dogs", "v:tomahawk": "historical", "v:stone": "fruit", "v:lapidate": "rare",
    "v:poniard": "rare", "v:impale": "figurative", "v:kneecap": "figurative", "v:strangulate": "medical",
    "v:garotte": "rare spelling", "v:garrote": "rare spelling", "v:garrotte": "rare spelling", "v:malversate": "rare",
    "v:peculate": "legal term", "v:defalcate": "legal term", "v:bayonet": "war", "v:suborn": "legal term",
    "v:traffic": "any trading as often", "v:launder": "washing first", "v:plagiarize": "copying",
    # nouns: legal terms (legal_context.txt's domain), rare or historical words, acts no reader takes for a crime
    "n:offense": "discourtesy first", "n:offence": "discourtesy first", "n:attempt": "any try",
    "n:barratry": "legal term", "n:battue": "hunting", "n:biopiracy": "policy term", "n:bloodbath": "an outcome, war",
    "n:bloodletting": "medicine", "n:bloodshed": "war", "n:carnage": "war and accidents", "n:mayhem": "chaos",
    "n:buccaneering": "historical", "n:chance-medley": "legal term", "n:committal": "legal term",
    "n:cozenage": "rare", "n:dacoity": "regional", "n:dakoity": "regional", "n:defalcation": "legal term",
    "n:dry-gulching": "slang", "n:filicide": "rare", "n:mariticide": "rare", "n:matricide": "rare",
    "n:parricide": "rare", "n:patricide": "rare", "n:regicide": "historical", "n:tyrannicide": "historical",
    "n:uxoricide": "rare", "n:fire-raising": "rare", "n:incendiarism": "rare", "n:harlotry": "moralising",
    "n:whoredom": "moralising", "n:highjack": "spelling", "n:highjacking": "spelling",
    "n:misapplication": "legal term", "n:narcotraffic": "rare", "n:perpetration": "any act", "n:petty": "adjective",
    "n:pilferage": "petty", "n:plunderage": "legal term", "n:peculation": "legal term", "n:pyramiding": "finance",
    "n:shoot-down": "aviation", "n:swiz": "slang", "n:thimblerig": "a game", "n:thuggee": "historical",
    "n:ravishment": "delight", "n:bigamy": "marriage law", "n:bunco": "slang", "n:bunko": "slang", "n:flimflam": "slang",
    "n:gyp": "a slur", "n:hustle": "hurry", "n:rip-off": "overpricing", "n:stickup": "slang", "n:holdup": "a delay",
    "n:graft": "a transplant first", "n:rolling": "motion", "n:rustling": "a sound", "n:raid": "police or military",
    "n:piracy": "copying first", "n:infanticide": "rare", "n:infraction": "sport and rules", "n:infringement": "patents",
    "n:violation": "rules", "n:misdemeanor": "legal term", "n:misdemeanour": "legal term", "n:perjury": "legal term",
    "n:sedition": "a political label", "n:treason": "a political label",
    "v:beguile": "charm", "v:cabbage": "a vegetable", "v:crib": "copying", "v:decimate": "any large loss",
    "v:exterminate": "pests", "v:gazump": "property sales", "v:gouge": "prices", "v:outrage": "anger",
    "v:plagiarise": "copying", "v:purloin": "literary", "v:rustle": "a sound", "v:shanghai": "historical",
    "v:sop": "rare",
}


def kept(word, index, offsets):
    """Whether the sense of WORD in the tree is its most frequent (or second, when SemCor barely tags it)."""
    lemma = index.get(word)
    if lemma is None:
        return False
    rank = 2 if lemma.tagged < SENSE_TAGGED else 1
    return any(o in offsets for o in lemma.senses[:rank])


def entries(part, roots):
    synsets, index = load_synsets(part), load_index(part)
    offsets = set()
    for root, lemma in roots:
        assert lemma in synsets[root].words, (root, lemma)
        offsets |= tree(synsets, root, symbols=("~",))
    found = set()
    for offset in offsets:
        for word in synsets[offset].words:
            if word != word.lower() or "_" in word or any(c.isdigit() for c in word):
                continue
            if f"{part[0]}:{word}" not in EXCLUDE and kept(word, index, offsets):
                found.add(word)
    return sorted(found)


def main():
    nouns, verbs = entries("noun", NOUN_ROOTS), entries("verb", VERB_ROOTS)
    lines = [
        "# crime_terms.txt — nouns that name a crime and verbs of committing one: a clause that predicates one is crime",
        "#   reporting, where \"allegedly\" and \"is alleged to\" are careful legal wording (CrimeTerms; RH3011).",
        "# GENERATED by tools/gen_crime_terms.py from WordNet 3.0 (Debian wordnet-base): do not edit; change the roots or",
        "#   the EXCLUDE list in the script and run it again.",
        "# Format: noun|verb<TAB>lemma; the forms are derived at load time (Inflections).",
        "# Noun roots: " + ", ".join(f"{o} {l}" for o, l in NOUN_ROOTS),
        "# Verb roots: " + ", ".join(f"{o} {l}" for o, l in VERB_ROOTS),
    ] + LICENCE_NOTICE
    lines += [f"noun\t{w}" for w in nouns] + [f"verb\t{w}" for w in verbs]
    OUT.write_text("\n".join(lines) + "\n")
    print(f"{len(nouns)} nouns, {len(verbs)} verbs -> rules/lexicons/crime_terms.txt")


if __name__ == "__main__":
    main()
