#!/usr/bin/env python3
"""Generates the two lexicons of RH1001's metaphor reading (issue 16: fear imagery by type clash).

A metaphor says a thing IS something of another semantic type ("the new levy is a noose", "the app is a digital
heroin"): the reading needs what the vehicle is (a fear vehicle and its domain) and what the tenor is (the type
of the noun it is said of), and calls it a metaphor when the two types clash.

Writes:
- rules/lexicons/rules/fear_vehicles.txt: DOMAIN<TAB>noun, the fear vehicles by domain — predators and vermin,
  diseases, poisons and lethal drugs, bombs and weapons of mass destruction, confinement and coercion, war and
  occupation, and structures (a failing structure: "a crumbling dam"). Destructive natural events are not here:
  RH1001's hand-curated force class (fear_imagery.txt) reads them with the verb that carries their ravage.
  Read by RH1001 (src/Rhetlint.Rules/ThreatInflation/FearVehicles.cs).
- rules/lexicons/rules/fear_imagery_wordnet.txt: KIND<TAB>lemma, the WordNet members of classes whose frames RH1001
  (and RH1012, for the predation verbs) already read from the hand-curated fear_imagery.txt: each kind is added to
  the kind of the same name there, so a member only ever fills a slot that keeps its own threat and victim
  conditions (IMAGERY_ROOTS below says which slot). Nouns and verbs are lemmas; the rules derive their forms.
- rules/lexicons/noun_types.txt: TYPE<TAB>noun, the semantic type of every common one-word noun by its most
  frequent WordNet sense: the WordNet lexicographer file (noun.person, noun.artifact, noun.act ...), refined for
  the artifacts and acts a vehicle can literally be (drug, weapon, structure, military). Read by NounTypes
  (src/Rhetlint.Core/Semantics).
- rules/lexicons/rules/animal_senses_wordnet.txt: the common one-word nouns typed otherwise (often a person: "gull",
  the dupe) that also name an animal, and whose WordNet senses SemCor never tagged, so their order says nothing of
  which is more frequent ("gulls circled the harbour" is birds). RH1001 reads them as animals where an animal in
  the scene makes a simile literal; a tagged noun ("man", "soldier") keeps its first sense.

How a vehicle is chosen:
- every noun lemma in the hyponym tree of a listed root synset (WordNet 3.0, named by lemma and sense number, so
  the header says which sense was meant);
- not a proper noun, an acronym or a Latin name (WordNet spells the first two capitalized; taxonomic names are
  multi-word lemmas of the animal tree, and the predator domain keeps one-word lemmas only);
- the predator domain keeps noun.animal synsets only (the parasite tree also holds mistletoe);
- a single word only when the root's tree holds the word's most frequent sense (VEHICLE_RANK), so the fear sense
  is what a reader hears first: "cage" (an enclosure) stays, "crack" stays out, and so do "chokehold" and
  "stranglehold", whose first WordNet sense is already the figure ("complete power over a person or situation": a
  dead metaphor of business news, which RH1001's fixed phrases read only about an adversary actor) and "predator"
  and "vermin", whose first sense is a person (a literal label, not an image);
- not on EXCLUDE below (each dropped lemma with its reason) nor on tools/gen_threat_lexicons.py's EXCLUDE, whose
  curation of drugs, poisons and hazards (slang, medicines, figurative-first words) applies here too.

How a noun type is chosen: the lexicographer file of the noun's first (most frequent) sense in index.noun (for a
unique beginner of noun.Tops, the file of most of its direct hyponyms: "animal" is an animal, "person" a person); then
drug, weapon, structure or military when that sense is in the tree of drug.n.01, weapon.n.01, structure.n.01, or
military_action.n.01 / military_unit.n.01 / armed_forces.n.01. One-word lower-case lemmas only (names are read
from capitals by the engine); a lemma whose first sense is a verb's nominalization still gets its noun type.

Source: WordNet 3.0, Princeton University (Debian package wordnet-base, /usr/share/wordnet); the licence is copied
into both generated headers.
Usage: apt-get install wordnet-base && python3 tools/gen_fear_vehicles.py
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from gen_threat_lexicons import EXCLUDE as THREAT_EXCLUDE, NOTICE  # noqa: E402  shared curation and licence
from wordnet import load_index, load_senses, load_synsets, tree  # noqa: E402
ROOT = pathlib.Path(__file__).resolve().parent.parent
LEXICONS = ROOT / "rules" / "lexicons"
VEHICLE_RANK = 1
# Domains read by their roots' own synsets, not the trees below them: a failing structure is a figure of collapse
# as "a crumbling dam" or "a collapsing bridge", and the building tree's hotels and chapels add nothing to it.
ROOT_ONLY = {"structure"}

# Vehicle domains: DOMAIN -> [(lemma, sense number)].
VEHICLE_ROOTS = {
    "predator": [("predator", 2), ("wolf", 1), ("shark", 1), ("hyena", 1), ("jackal", 1), ("vulture", 1), ("piranha", 2),
                 ("leech", 1), ("locust", 1), ("rat", 1), ("cockroach", 1), ("vermin", 2), ("parasite", 1)],
    "disease": [("cancer", 1), ("plague", 1), ("epidemic", 1), ("pandemic", 1), ("contagion", 1), ("tumor", 1),
                ("gangrene", 1), ("infection", 1)],
    "poison": [("poison", 1), ("hard_drug", 1), ("narcotic", 1), ("opiate", 1), ("methamphetamine", 1)],
    "weapon": [("bomb", 1), ("nuclear_weapon", 1), ("weapon_of_mass_destruction", 1)],
    "confinement": [("prison", 1), ("jail", 1), ("prison_camp", 1), ("cage", 1), ("concentration_camp", 1),
                    ("panopticon", 1), ("noose", 1)],
    "war": [("invasion", 1), ("siege", 1), ("martial_law", 1), ("fifth_column", 1), ("blitzkrieg", 1)],
    "structure": [("dam", 1), ("bridge", 1), ("building", 1), ("house", 1), ("tower", 1)],
}

# Curation of vehicles: each dropped lemma and why; "DOMAIN:lemma" drops it from one domain only.
EXCLUDE = {
    # dead metaphors of news, sport and markets
    "bomb": "a flop in reviews ('the film was a bomb'); 'time bomb' and the kinds of bomb stay", "bombshell": "a surprise", "blockbuster": "a hit film", "big blue": "a company's nickname", "aftershock": "markets",
    "shock": "any surprise", "debacle": "a fiasco", "inroad": "'make inroads' is progress", "stink bomb": "a prank",
    "smoke bomb": "a prank", "smoke grenade": "military signalling", "stench bomb": "a prank", "aerosol bomb": "insect spray",
    "bombie": "slang", "incendiary": "adjective first", "infernal machine": "archaic", "fugo": "historical",
    "coop": "a cooperative", "lockup": "a storage unit", "cooler": "a cold box", "can": "a container", "jug": "a container",
    "stir": "a movement", "hoosegow": "slang", "clink": "slang", "slammer": "slang", "poky": "slang", "pokey": "slang",
    "quod": "slang", "tank": "a vehicle or a container", "pound": "money", "pen": "a writing tool", "brig": "a ship",
    "bull pen": "baseball", "bullpen": "baseball", "birdcage": "an object", "stockade": "a fence",
    "mouse": "a computer device; not vermin in news", "rabbit": "a pet", "weasel": "a word for a sly person, not a threat",
    "tick": "a mark", "louse": "an insult", "bug": "software", "mite": "a small amount", "worm": "software",
    "fluke": "luck", "bloodsucker": "an insult for lenders, kept as leech", "vampire": "folklore",
    "magpie": "a collector", "pack rat": "a hoarder", "roach": "slang", "flea": "a market",
    "mole": "a spy or a skin mark", "shrew": "an insult", "mink": "fur", "stoat": "rural", "ferret": "to search",
    "polecat": "rural", "carnivore": "a diet", "predatory animal": "rare",
    # harmless or rare members of the predator and disease trees, and mild or everyday ailments
    "aardwolf": "harmless", "blackbeetle": "harmless", "crotonbug": "harmless", "chigger": "mild", "chigoe": "mild",
    "coydog": "rare", "caribe": "rare", "bonnethead": "rare", "shovelhead": "rare", "smoothhound": "rare", "soupfin": "rare",
    "soup-fin": "rare", "porbeagle": "rare", "mako": "rare", "cathartid": "rare", "lammergeier": "rare", "lammergeyer": "rare",
    "condor": "a bird of prey admired, not feared", "buzzard": "an insult ('old buzzard')", "hirudinean": "rare",
    "itch": "a wish", "sore": "a grievance", "boil": "cooking", "fester": "rare as a noun", "slough": "a swamp",
    "sty": "a pigsty", "stye": "mild", "chilblain": "mild", "chilblains": "mild", "kibe": "mild", "whitlow": "mild",
    "blain": "mild", "paronychia": "mild", "gumboil": "mild", "saddle sore": "mild", "pernio": "mild", "flu": "mild",
    "influenza": "seasonal", "grippe": "seasonal", "fibroid": "benign", "lipoma": "benign", "papilloma": "benign",
    "scabies": "mild", "measles": "a childhood disease named literally", "rubella": "mild", "morbilli": "rare",
    "rubeola": "rare", "scarlatina": "rare", "tetanus": "literal", "lockjaw": "literal",
    # soft drugs: a pastime, not a lethal drug
    "bhang": "cannabis", "gage": "cannabis slang", "green goddess": "cannabis slang", "sess": "cannabis slang",
    "sens": "cannabis slang", "hashish": "cannabis", "haschisch": "cannabis", "hasheesh": "cannabis",
    "soft drug": "not lethal", "recreational drug": "not lethal", "synthetic heroin": "a chemical name",
    # riot-control agents and chemistry names: no image of mass harm
    "pepper spray": "riot control", "tear gas": "riot control", "teargas": "riot control", "lachrymator": "chemistry",
    "lacrimator": "chemistry", "chloroacetophenone": "chemistry", "chlorobenzylidenemalononitrile": "chemistry",
    "nitrochloromethane": "chemistry", "dichloroethyl sulfide": "chemistry", "blistering agent": "chemistry",
    "sulfur mustard": "chemistry", "bursting explosive": "technical", "disrupting explosive": "technical",
    "anthrax bacillus": "a pathogen, not a weapon in prose", "clostridium perfringens": "a pathogen",
    "bacterial toxin": "chemistry", "mycotoxin": "chemistry",
    "chicken feed": "a small sum", "shabu": "slang", "deoxyephedrine": "chemistry",
    "methamphetamine hydrochloride": "chemistry",
    # war words that are verbs first
    "beleaguering": "a verb form", "besieging": "a verb form",
    # cages that are sale rooms and pet hutches in the cage tree
    "showroom": "a shop", "saleroom": "a shop", "salesroom": "a shop", "hutch": "a pet's", "rabbit hutch": "a pet's",
    "squirrel cage": "futility, not confinement", "chokey": "slang", "choky": "slang",
    # confinement that is a place to live or a legal term
    "workhouse": "historical", "reformatory": "a school", "borstal": "historical", "bridewell": "historical",
    "detention home": "legal term", "detention house": "legal term", "house of detention": "legal term",
    "juvenile detention center": "legal term", "juvenile hall": "legal term", "camp": "a faction in news",
    "penal institution": "legal term", "correctional institution": "legal term", "house of correction": "legal term",
    "prison house": "rare", "prison camp": "kept as concentration camp", "internment camp": "literal in news",
    "labor camp": "literal in news", "labour camp": "literal in news", "pow camp": "literal", "detention camp": "literal",
    "trap": "a pitfall in any argument", "snare": "a drum", "gin": "a drink", "death camp": "literal history",
    # drugs whose first use is medical or a pastime, and flood and storm words of the threat curation's kind
    "opium": "'the opium of the people' is comfort, not fear", "opiate": "'the opiate of the masses' is comfort",
    "narcotic": "a sedative, 'a narcotic' is dullness", "anodyne": "harmless",
    "dope": "slang", "painkiller": "a medicine", "sedative": "a medicine", "analgesic": "a medicine",
    "paregoric": "a medicine", "tranquilizer": "a medicine", "tranquillizer": "a medicine",
    "lahar": "geology", "seaquake": "geology", "quake": "kept as earthquake", "temblor": "rare",
    "flash flood": "weather", "twister": "a game",
}
# Common nouns spelled with a name are vehicles only in the war domain, where the name is the trope ("a Trojan horse",
# the fifth column's other lemma); in the animal and disease trees they are taxonomy and medicine ("Norway rat",
# "Hodgkin's disease").
EPONYM_DOMAINS = {"war"}

# Armies of conquest (conquest_forces): the verbs of taking a territory by force — invade.v.01 ("march aggressively
# into another's territory by military force for the purposes of conquest and occupation": invade, occupy),
# conquer.v.02 ("take possession of by force, as after an invasion") and besiege.v.01 — and the military units.
CONQUEST_VERBS = [("invade", 1), ("conquer", 2), ("besiege", 1)]
UNIT_ROOTS = [("military_unit", 1), ("military_service", 1), ("military_personnel", 1)]
UNIT_LEMMA_SYNSETS = [("force", 4)]
CONQUEST_EXCLUDE = {
    "surround": "'surrounding' is first an adjective of place ('the surrounding area')", "hem_in": "a phrase",
    "circumvent": "evasion, not siege", "appropriate": "budgets ('appropriating funds')", "capture": "data and photographs",
    "seize": "courts and police seize goods", "seizure": "a drug seizure, a fit", "subjection": "rare",
    "conquering": "the participle, read as one",
}
UNIT_EXCLUDE = {
    "friendly": "an adjective first", "hostile": "an adjective first", "enemy": "already an adversary",
    "division": "a department or a split", "battery": "a power cell", "echelon": "a rank", "patrol": "a police round",
    "reserves": "savings", "personnel": "staff", "squad": "a sports squad", "troop": "scouts", "vanguard": "a leader in any field",
    "rearguard": "'a rearguard action' is any last resistance", "musketry": "rifle fire", "trainband": "historical",
    "escadrille": "historical", "sabaoth": "scripture", "sturmabteilung": "a name", "haganah": "a name", "sayeret": "a name",
    "luftwaffe": "a name", "airforce": "a spelling of a name", "coastguard": "a rescue service", "cavalry": "'the cavalry' is any rescue",
    "corps": "a service ('the press corps')", "legion": "'legions of fans'", "militia": "an armed body, not a conqueror",
    "paratroops": "a kind named for its jump", "soldiery": "rare",
}

# Lemmas the threat curation drops from its referents that are fear vehicles here (none since the natural events left).
KEEP = set()

# Imagery classes (issue 16, the topics6 study's cell 1): KIND -> (part of speech, [(lemma, sense number)], one word
# only (no space), the sense must be the lemma's first). A noun class takes the roots' hyponym trees; a verb class only
# the roots' own synsets, since a verb's hyponyms are its manners and objects ("falcon", "whale" below hunt.v.01). Each KIND names the fear_imagery.txt kind whose slot reads it:
#   simile-disease  plant diseases, read only in the disease simile after a verb of spreading ("spreading across the
#                   county like a blight"): as a bare predicate "a blight on the neighbourhood" is a nuisance, not a threat
#   predator        scavengers beside the predators of the simile ("circling like vultures")
#   carrion         what scavengers feed on: any animal of a simile over it is a scavenger ("like crows over a carcass")
#   prey            the hunted animal of a simile after a verb of predation ("hunting our teenagers like prey")
#   predation       verbs of hunting people down (hunt.v.01/.02, stalk.v.02, prey.v.02): before "like" + prey in
#                   RH1001, and over a universal set of people in RH1012 ("hunting every pensioner")
#   force           uncontrolled fires, the siblings of wildfire.n.01 under fire.n.01 whose gloss calls them
#                   uncontrolled (brush fire, forest fire, conflagration), as the predicate of a threat
#   battlefield     slaughter scenes said of a place at peace, like "a killing field" ("into a meat grinder"): the
#                   figurative sense of meat_grinder.n.02 and the slaughterhouse, a building for killing; and the battle
#                   sites of battlefield.n.01 ("the pavements have become a battlefield"). Left out: "battleground"
#                   (political jargon: "a battleground state", "a battleground for ideas": 6 of 6 real-text uses of "a
#                   battleground" are a contest or real clashes), "field" and "field of honor" (sport, duels), and the
#                   front of battlefront.n.01 ("on the front line of" is service jargon: nurses, police)
#   sentence        the written order of an execution ("a death warrant signed for every maternity unit")
#   aiming          swing.v.07 ("hit or aim at with a sweeping arm movement") beside aim and point
#   servitude       people owned or bound to labour (serf.n.01, slave.n.01, sharecropper.n.01, drudge.n.02), read
#                   only as what "turned every X into" makes of a whole group
#   doom-ruin       total destruction (destruction.n.01/.02 and their trees, first sense only) before "of"/"for"/"to"/
#                   "on" and a stake of a type it does not literally reach: "the annihilation of our seaside culture";
#                   the generic noun and the members named for buildings, crimes, pests, goals and refutation are
#                   dropped below (a real-text count is in fear_imagery.txt's header); and killing by cutting off
#                   breath (strangulation.n.01, suffocation.n.01), a slow end said of what has no throat: "the slow
#                   strangulation of the home-solar trade" (PolNeAR, SemEval 2023 and PTC articles: one use of these
#                   nouns before "of"/"for", figurative, in a PTC propaganda article)
#   vice            places of vice (gambling_house.n.01 with casino.n.01 below it, brothel.n.01, opium_den.n.01),
#                   read only as what "turned every X into" makes of a whole class of things or people ("turned every
#                   phone into a casino"), beside the servitude members: a place of ruin after a copula is a description
#                   and a single building turned into a casino is a conversion
#   bomb-fuse       a bomb about to go off: the igniters of fuse.n.02 in a burning state ("a lit fuse", "a burning
#                   fuse"), a fixed phrase of RH1001 like "ticking time bomb"; a literal fuse (fireworks, dynamite, a
#                   quarry) is keyed by "fuse" among the literal entries. Not the first sense (fuse.n.01 is
#                   electrical: "blew a fuse"), which no burning state reaches; "primer" and "priming" (paint) are out,
#                   and so is "short fuse" (a temper)
#   aim-mark        what a marksman aims at (target.n.01 "a reference point to shoot at", target.n.04 the archer's
#                   butt, bull's_eye.n.02 "the center of a target" with its closed spelling "bullseye", and
#                   crosshairs.n.01), read by RH1001's targeted-people reading (TargetedPeople.cs) only when
#                   put on the backs of, or on, a whole group of people or a group said to be in the crosshairs:
#                   "a target on the backs of every baker", "pensioners are in the crosshairs" (PolNeAR, SemEval 2023
#                   and PTC articles: 2 uses of "in the crosshairs", one quoted, one of firms under sanctions; none
#                   of "a target on their backs")
#   doom-end        a kind's end (extinction.n.02, "no longer in existence"; not the first sense, a volcano's), said of
#                   what is not alive: "the extinction of the village pub"
IMAGERY_ROOTS = {
    "simile-disease": ("noun", [("plant_disease", 1)], True, False),
    "predator": ("noun", [("scavenger", 3), ("vulture", 1)], True, False),
    "carrion": ("noun", [("carcass", 1), ("carrion", 1), ("corpse", 1)], True, False),
    "prey": ("noun", [("prey", 2)], True, False),
    "predation": ("verb", [("hunt", 1), ("hunt", 2), ("stalk", 2), ("prey", 2)], True, False),
    "force": ("noun", [("fire", 1)], False, False),
    "battlefield": ("noun", [("meat_grinder", 2), ("slaughterhouse", 1), ("charnel_house", 1), ("battlefield", 1)], False, False),
    "sentence": ("noun", [("death_warrant", 1)], False, False),
    "aiming": ("verb", [("swing", 7)], True, False),
    "servitude": ("noun", [("serf", 1), ("slave", 1), ("sharecropper", 1), ("drudge", 2)], True, True),
    "doom-ruin": ("noun", [("destruction", 1), ("destruction", 2), ("strangulation", 1), ("suffocation", 1)], True, True),
    "doom-end": ("noun", [("extinction", 2)], True, False),
    "vice": ("noun", [("gambling_house", 1), ("brothel", 1), ("opium_den", 1)], False, False),
    "bomb-fuse": ("noun", [("fuse", 2)], True, False),
    "aim-mark": ("noun", [("target", 1), ("target", 4), ("bull's_eye", 2), ("crosshairs", 1)], False, False),
}
# The burning states of a fuse that make it a bomb about to go off (hand-listed: WordNet has no adjective tree of them).
FUSE_STATES = ["lit", "lighted", "burning", "fizzing", "sputtering", "smouldering", "smoldering"]
# Uncontrolled fires: the members of the fire tree whose gloss says so (a campfire or a bonfire is tended).
UNCONTROLLED = "uncontrolled"
# Curation of the imagery classes: each dropped lemma and why ("KIND:lemma" for one kind only).
IMAGERY_EXCLUDE = {
    # plant diseases whose word is first something else in a simile ("like a leak", "like a mosaic", "like rust")
    "simile-disease:leak": "a leak", "simile-disease:mosaic": "a picture", "simile-disease:rosette": "a shape",
    "simile-disease:scorch": "a burn", "simile-disease:bunt": "baseball", "simile-disease:rust": "slow decay of iron",
    "simile-disease:wilt": "wilting flowers", "simile-disease:scab": "a strikebreaker", "simile-disease:ergot": "chemistry",
    "simile-disease:dieback": "technical", "simile-disease:blackheart": "technical", "simile-disease:heartrot": "technical",
    "simile-disease:pinkroot": "technical", "simile-disease:verticilliosis": "technical", "simile-disease:gummosis": "technical",
    "simile-disease:smut": "obscenity",
    # scavengers and carrion birds admired or named as breeds, and carrion of slang
    "predator:condor": "admired", "predator:buzzard": "an insult ('old buzzard')", "predator:griffon": "a dog breed",
    "predator:cathartid": "rare", "predator:lammergeier": "rare", "predator:lammergeyer": "rare",
    "carrion:stiff": "slang", "carrion:cremains": "ashes", "carrion:clay": "earth", "carrion:remains": "what is left of anything",
    # predation senses whose other lemmas are search or haunting ("trace a call", "ghosts haunt", "ravens")
    "predation:run": "motion", "predation:trace": "search", "predation:haunt": "RH1001's specter verbs",
    "predation:raven": "a bird", "predation:predate": "to date earlier",
    # fires: "firestorm" is a news idiom for a political row (the topics6 study: five writer's-voice news uses)
    "force:firestorm": "a political row in news", "force:fire": "the generic noun: a fire is as often literal",
    # slaughter-scene synonyms that are a mess ("the shambles of the budget") or an act
    "battlefield:shambles": "a mess", "battlefield:battleground": "political jargon ('a battleground state')",
    "battlefield:field": "the generic noun", "battlefield:field of honor": "sport and duels", "battlefield:butchery": "an act", "battlefield:charnel": "rare",
    # bound people whose word is first a tool or a helper
    "servitude:navvy": "a labourer", "servitude:cropper": "a fall ('came a cropper')", "servitude:cotter": "a pin",
    "servitude:cottier": "historical tenure",
    "servitude:bondsman": "a bail bondsman",
    # destruction nouns whose object is most often literal, a crime, a goal or an argument
    "doom-ruin:destruction": "the plain noun of news and law: of tapes, records, cities (most of the real-text count)",
    "doom-ruin:demolition": "buildings, and a refutation ('a demolition of the argument')",
    "doom-ruin:demolishing": "buildings", "doom-ruin:razing": "buildings", "doom-ruin:wrecking": "buildings",
    "doom-ruin:decimation": "a count of a population, herd or workforce", "doom-ruin:eradication": "a goal ('of polio')",
    "doom-ruin:extermination": "pests", "doom-ruin:holocaust": "history", "doom-ruin:hooliganism": "a crime",
    "doom-ruin:vandalism": "a crime", "doom-ruin:sabotage": "a crime", "doom-ruin:spoliation": "law",
    "doom-ruin:ravage": "'the ravages of time'", "doom-ruin:ruining": "a gerund", "doom-ruin:vaporization": "physics",
    "doom-ruin:wipeout": "surfing",
    "doom-end:defunctness": "rare",
    # places of vice whose word is first a lawful business or a bath
    "vice:massage parlor": "a lawful business", "vice:sporting house": "rare", "vice:bagnio": "a bath house",
    "vice:gambling casino": "rare", "vice:gaming house": "rare",
    # igniters that are paint or rare spellings
    "bomb-fuse:primer": "paint, and a first reader", "bomb-fuse:priming": "paint", "bomb-fuse:fusee": "a match",
    "bomb-fuse:fuzee": "a match", "bomb-fuse:time-fuse": "a part name",
    # marks whose word is first something else, or a sport's
    "aim-mark:butt": "a joke's butt, a body part", "aim-mark:mark": "a grade or a sign", "aim-mark:clout": "influence",
    "aim-mark:drogue": "a parachute", "aim-mark:clay pigeon": "a sport", "aim-mark:bull": "cattle and markets",
}

# Noun types refined below the lexicographer file: TYPE -> [(lemma, sense number)].
TYPE_ROOTS = {
    "drug": [("drug", 1)],
    "weapon": [("weapon", 1)],
    "structure": [("structure", 1)],
    "military": [("military_action", 1), ("military_unit", 1), ("armed_forces", 1)],
}

LEXNAMES = {
    "03": "tops", "04": "act", "05": "animal", "06": "artifact", "07": "attribute", "08": "body", "09": "cognition",
    "10": "communication", "11": "event", "12": "feeling", "13": "food", "14": "group", "15": "location", "16": "motive",
    "17": "object", "18": "person", "19": "phenomenon", "20": "plant", "21": "possession", "22": "process",
    "23": "quantity", "24": "relation", "25": "shape", "26": "state", "27": "substance", "28": "time",
}


def offset_of(senses, lemma, sense):
    return senses[lemma][sense - 1]


def vehicles(synsets, senses, domain, roots):
    found = set()
    for lemma, sense in roots:
        root = offset_of(senses, lemma, sense)
        offsets = tree(synsets, root)
        for offset in ({root} if domain in ROOT_ONLY else offsets):
            lexfile, words = synsets[offset].lexfile, synsets[offset].words
            if domain == "predator" and lexfile != "05":
                continue
            for word in words:
                word = word.split("(")[0]
                if any(c.isdigit() for c in word) or word != word.lower() and not (domain in EPONYM_DOMAINS and is_eponym(synsets[offset], word)):
                    continue  # a proper noun or an acronym
                entry = word.replace("_", " ").lower()
                if domain == "predator" and " " in entry:
                    continue  # taxonomic names and breeds: "canis lupus", "grey wolf"
                if entry in EXCLUDE or f"{domain}:{entry}" in EXCLUDE:
                    continue
                if entry not in KEEP and (entry in THREAT_EXCLUDE or f"substance:{entry}" in THREAT_EXCLUDE):
                    continue
                if " " not in entry and "-" not in entry:
                    ranked = senses.get(word, [])[:VEHICLE_RANK]
                    if not any(o in offsets for o in ranked):
                        continue
                found.add(entry)
    return sorted(found)


def is_eponym(synset, word):
    """A common noun spelled with a name: a capitalized modifier before a lower-case head, in a synset that is a kind and
    not an instance ("Trojan_horse", the fifth column's other lemma), not a name ("Blitzkrieg" is one word)."""
    words = word.split("_")
    return len(words) > 1 and words[-1] == words[-1].lower() and not any(p.symbol == "@i" for p in synset.pointers)


def conquest_forces(synsets, senses):
    """The war domain's armies of conquest, as two slot entries of fear_vehicles.txt (its loader reads "a|b c" as one
    word of alternatives, the last slot inflected, and "*" as the head): a participle or an act of conquest before a
    military unit ("an occupying army", "an invasion force"), and a unit before "of" and the act ("an army of
    occupation"). Said of civilians, tourists or chain stores, an army that takes a territory by force is the image of
    an invasion; said of an army it is literal (the tenor is read as such by RH1001).
    - conquest verbs: the lemmas of CONQUEST_VERBS' synsets, as present participles, less CONQUEST_EXCLUDE;
    - conquest acts: the noun.act nominalizations of those synsets (WordNet's derivation pointers), less CONQUEST_EXCLUDE;
    - units: the one-word lower-case lemmas whose most frequent sense is in the tree of military_unit.n.01,
      military_service.n.01 or military_personnel.n.01, and the lemmas of force.n.04 (the military "force" is not its
      word's first sense), less UNIT_EXCLUDE."""
    verbs, verb_senses = load_synsets("verb"), load_senses("verb")
    roots = [verb_senses[lemma][sense - 1] for lemma, sense in CONQUEST_VERBS]
    participles = sorted({participle(word) for root in roots for word in verbs[root].words if word not in CONQUEST_EXCLUDE})
    acts = sorted({word.lower() for root in roots for pointer in verbs[root].pointers
                   if pointer.symbol == "+" and pointer.pos == "n" and synsets[pointer.target].lexfile == "04"
                   for word in synsets[pointer.target].words if "_" not in word and word not in CONQUEST_EXCLUDE and word not in participles})
    unit_tree = set().union(*(tree(synsets, offset_of(senses, lemma, sense)) for lemma, sense in UNIT_ROOTS))
    units = {word for offset in unit_tree for word in synsets[offset].words
             if word.isalpha() and word == word.lower() and senses.get(word, [None])[0] in unit_tree
             and not word.startswith("mujah")}  # the mujahideen's eight spellings: a movement's name, not a unit
    units |= {word for lemma, sense in UNIT_LEMMA_SYNSETS for word in synsets[offset_of(senses, lemma, sense)].words if word.isalpha()}
    units = sorted(units - set(UNIT_EXCLUDE))
    unit_slot = "|".join(units)
    return [f"{'|'.join(participles)} {unit_slot}", f"{'|'.join(acts)} {unit_slot}", f"*{unit_slot} of {'|'.join(acts)}"]


def participle(verb):
    """The present participle of a regular verb: "invade" -> "invading", "occupy" -> "occupying"."""
    return (verb[:-1] if verb.endswith("e") and not verb.endswith("ee") else verb) + "ing"


def common_nouns():
    """The lemmas a writer uses: SemCor-tagged ones (index.noun's tagsense_cnt) and rules/lexicons/common_words.txt (SCOWL)."""
    tagged = {lemma for lemma, entry in load_index().items() if entry.tagged > 0}
    words = {w for w in (LEXICONS / "common_words.txt").read_text().splitlines() if w and not w.startswith("#")}
    return tagged | words


def tops_file(synsets, offset):
    """The lexicographer file of a synset; for a unique beginner of noun.Tops ("animal", "person", "food"), the file
    most of its direct hyponyms go to, so "the animals were wolves" reads an animal and not a top-level thing."""
    lexfile, pointers = synsets[offset].lexfile, synsets[offset].pointers
    if lexfile != "03":
        return lexfile
    files = [synsets[target].lexfile for symbol, target, _, _ in pointers if symbol in ("~", "~i") and synsets[target].lexfile != "03"]
    # A tie goes to the higher file number ("space": noun.location over noun.group), so the output does not depend on
    # the order Python's string hashing gives a set.
    return max(set(files), key=lambda file: (files.count(file), file)) if files else lexfile


def noun_types(synsets, senses):
    refined = {}
    for kind, roots in TYPE_ROOTS.items():
        for lemma, sense in roots:
            for offset in tree(synsets, offset_of(senses, lemma, sense)):
                refined.setdefault(offset, kind)
    types = {}
    common = common_nouns()
    for lemma, offsets in senses.items():
        if lemma not in common:
            continue  # rare and Latin names: an unknown tenor keeps the rule silent, as a rare one would
        if not lemma.isascii() or not lemma.replace("-", "").isalpha() or lemma.startswith("-") or len(lemma) < 2:
            continue  # phrases, numbers and abbreviations with dots
        first = offsets[0]
        types[lemma] = refined.get(first, LEXNAMES[tops_file(synsets, first)])
    return types


def animal_senses(synsets, senses, types):
    """Nouns typed otherwise whose untagged senses include an animal (lexicographer file 05, noun.animal)."""
    index = load_index()
    return sorted(lemma for lemma, kind in types.items()
                  if kind != "animal" and index[lemma].tagged == 0 and any(synsets[o].lexfile == "05" for o in senses[lemma]))


def imagery_members(kind, part, roots, one_word, first_sense):
    """The lemmas of an imagery class: the roots' synsets and their hyponym trees, by IMAGERY_ROOTS' options."""
    synsets, senses = load_synsets(part), load_senses(part)
    found = set()
    for lemma, sense in roots:
        root = senses[lemma][sense - 1]
        offsets = tree(synsets, root) if part == "noun" else {root}
        for offset in offsets:
            if kind == "force" and UNCONTROLLED not in synsets[offset].gloss:
                continue
            for word in synsets[offset].words:
                word = word.split("(")[0]
                if word != word.lower() or any(c.isdigit() for c in word):
                    continue  # a proper noun or an acronym
                entry = word.replace("_", " ")
                if one_word and " " in entry:
                    continue
                if f"{kind}:{entry}" in IMAGERY_EXCLUDE:
                    continue
                if first_sense and not any(o in offsets for o in senses.get(word, [])[:VEHICLE_RANK]):
                    continue
                found.add(entry)
    return sorted(found)


def header(name, title, kind, roots):
    lines = [
        f"# {name} — {title}",
        "# GENERATED by tools/gen_fear_vehicles.py from WordNet 3.0 (Debian wordnet-base): do not edit; change the",
        "#   roots or the EXCLUDE list in the script and run it again.",
        f"# Format: {kind}<TAB>noun, a lemma: the last word is the head, and its plurals are derived at load time.",
    ]
    if roots:
        lines.append("# Roots (WordNet 3.0 lemma and sense number; every hyponym below them is a candidate):")
        # A root is (lemma, sense) for a noun, or (lemma, sense, "v") for a verb.
        lines += [f"#   {group}: " + ", ".join(f"{root[0]}.{root[2] if len(root) > 2 else 'n'}.{root[1]:02d}" for root in group_roots)
                  for group, group_roots in roots.items()]
    return lines + NOTICE


def main():
    synsets, senses = load_synsets(), load_senses()
    lines = header("fear_vehicles.txt", "what a fear metaphor says a thing is, by domain (RH1001's type-clash reading)",
                   "DOMAIN", VEHICLE_ROOTS)
    count = 0
    for domain, roots in VEHICLE_ROOTS.items():
        found = vehicles(synsets, senses, domain, roots)
        if domain == "war":
            found += conquest_forces(synsets, senses)
        lines.append(f"# {domain}: {len(found)}")
        lines.extend(f"{domain}\t{entry}" for entry in found)
        count += len(found)
    (LEXICONS / "rules" / "fear_vehicles.txt").write_text("\n".join(lines) + "\n")
    print(f"{count} entries -> rules/lexicons/rules/fear_vehicles.txt")

    lines = header("fear_imagery_wordnet.txt", "the WordNet members of RH1001's imagery classes, by the fear_imagery.txt kind that reads them",
                   "KIND", {kind: [(lemma, sense, part[0]) for lemma, sense in roots] for kind, (part, roots, _, _) in IMAGERY_ROOTS.items()})
    lines[3] = "# Format: KIND<TAB>lemma (a noun or a verb, as the kind's slot reads it): the rules derive plurals and verb forms."
    count = 0
    for kind, (part, roots, one_word, first_sense) in IMAGERY_ROOTS.items():
        found = imagery_members(kind, part, roots, one_word, first_sense)
        if kind == "bomb-fuse":
            found = [f"{state} {fuse}" for fuse in found for state in FUSE_STATES]
        if kind == "aim-mark":
            found = sorted(set(found) | {entry.replace("'s ", "s") for entry in found if "'s " in entry})  # "bullseye"
        lines.append(f"# {kind}: {len(found)} ({part})")
        lines.extend(f"{kind}\t{entry}" for entry in found)
        count += len(found)
    (LEXICONS / "rules" / "fear_imagery_wordnet.txt").write_text("\n".join(lines) + "\n")
    print(f"{count} entries -> rules/lexicons/rules/fear_imagery_wordnet.txt")

    types = noun_types(synsets, senses)
    lines = header("noun_types.txt", "the semantic type of a common noun by its most frequent WordNet sense (NounTypes)",
                   "TYPE", {f"refined {kind}": roots for kind, roots in TYPE_ROOTS.items()})
    lines.extend(f"{kind}\t{lemma}" for lemma, kind in sorted(types.items()))
    (LEXICONS / "noun_types.txt").write_text("\n".join(lines) + "\n")
    print(f"{len(types)} entries -> rules/lexicons/noun_types.txt")

    animals = animal_senses(synsets, senses, types)
    lines = header("animal_senses_wordnet.txt", "common nouns typed otherwise whose untagged WordNet senses include an animal", "LEMMA", {})
    lines[3] = "# Format: one lemma a line; the rules derive plurals."
    lines.extend(animals)
    (LEXICONS / "rules" / "animal_senses_wordnet.txt").write_text("\n".join(lines) + "\n")
    print(f"{len(animals)} entries -> rules/lexicons/rules/animal_senses_wordnet.txt")


if __name__ == "__main__":
    main()
