#!/usr/bin/env python3
"""Generates the WordNet half of the threat model: what a threat-inflation claim can be about, and the
catastrophic outcomes it can predict, for every domain the family covers (not only war).

Writes:
- rules/lexicons/threat_referents_wordnet.txt: DOMAIN<TAB>noun, the threats and their sources a sentence can
  name — diseases and pathogens, poisons, drugs and pollutants, natural hazards, crimes, terrorism.
- rules/lexicons/threat_outcomes_wordnet.txt: FAMILY<TAB>noun, the catastrophes a worst case or a chain ends in —
  war, mass death, generic doom, economic collapse, outage, shortage, contamination, crime wave, epidemic,
  tyranny, environmental collapse.
The hand-curated halves (what WordNet 3.0 lacks or splits badly: "microplastics", "ransomware", "grid failure",
"loss of control") are rules/lexicons/threat_referents.txt and threat_outcomes.txt; ThreatReferents and
ThreatOutcomes (src/Rhetlint.Core/Semantics) read both halves.

How an entry is chosen:
- every noun lemma in the hyponym tree of a listed root synset (WordNet 3.0 offsets, with a lemma to read them by);
- not a proper noun or an acronym (WordNet spells those capitalized: "Black_Death", "HIV"; the curated files add
  back the few a writer uses, such as HIV and Ebola);
- a single word only when the root's sense is among its SENSE_RANK most frequent senses, so "snow" (cocaine),
  "pest" (plague), "crack" and "cold" stay out while "blackout" (its third sense is the power failure) stays in;
- not on the EXCLUDE list below, which records each curation decision: senses that are no threat in ordinary
  prose, legal or technical terms, slurs and moralising words, and words whose news use is mostly another sense.
  tools/threat_lexicon_counts.py prints how often each entry occurs in neutral news against propaganda spans,
  which is how those decisions were checked.
Multi-word lemmas are written with spaces; an entry is a lemma (the last word is the head; plurals are derived at
load time by Inflections.NounForms).

Source: WordNet 3.0, Princeton University (Debian package wordnet-base, /usr/share/wordnet); the licence is copied
into both generated headers.
Usage: apt-get install wordnet-base && python3 tools/gen_threat_lexicons.py
"""
import pathlib

from wordnet import LICENCE_NOTICE, load_senses, load_synsets, tree

ROOT = pathlib.Path(__file__).resolve().parent.parent
LEXICONS = ROOT / "rules" / "lexicons"
SENSE_RANK = 3

# Referent domains: DOMAIN -> [(offset, lemma the offset is read by)].
REFERENT_ROOTS = {
    "disease": [("14122053", "communicable_disease"), ("14127211", "infectious_disease"), ("07435533", "epidemic")],
    "pathogen": [("01335659", "animal_virus"), ("01386007", "pathogen")],
    "substance": [("15032376", "poison"), ("14857278", "pollutant"), ("14793812", "carcinogen"), ("03492717", "hard_drug"),
                  ("03850746", "opiate")],
    "hazard": [("11462526", "storm"), ("07428954", "earthquake"), ("07349299", "tsunami"), ("07405411", "landslide"),
               ("07405137", "avalanche"), ("11472612", "heat_wave"), ("07304753", "wildfire"), ("07303697", "conflagration"),
               ("11454591", "flood"), ("14537054", "drought")],
    "crime": [("00768701", "felony"), ("00767826", "assault"), ("00220522", "murder"), ("00768483", "cybercrime"),
              ("01114055", "drug_trafficking"), ("09977660", "criminal")],
    "terror": [("00759694", "terrorism"), ("10702781", "terrorist")],
}

# Outcome families: FAMILY -> [(offset, lemma)].
OUTCOME_ROOTS = {
    "war": [("00973077", "war")],
    "mass-death": [("00223983", "massacre"), ("01245159", "genocide"), ("01245318", "holocaust"), ("00224260", "bloodbath")],
    "doom": [("07314838", "calamity"), ("14476290", "catastrophe"), ("07330828", "annihilation"), ("07315631", "apocalypse"),
             ("00956340", "armageddon"), ("07334206", "doom"), ("07335414", "devastation"), ("07334490", "destruction"),
             ("07335243", "ruin"), ("13976322", "chaos"), ("00554107", "mayhem"), ("07316403", "meltdown")],
    "economic": [("14489113", "depression"), ("07477945", "crash")],
    "outage": [("07422506", "blackout"), ("07422036", "power_outage")],
    "shortage": [("07315790", "famine"), ("14449865", "dearth"), ("14040310", "starvation")],
    "contamination": [("14509712", "poisoning"), ("14487731", "contamination")],
    "crime": [("07325102", "crime_wave"), ("13973059", "anarchy")],
    "disease": [("07435533", "epidemic"), ("14076479", "plague"), ("07316603", "plague")],
    "tyranny": [("14443912", "tyranny"), ("08440630", "dictatorship"), ("01145015", "coup")],
    "environment": [("07332691", "extinction"), ("13462989", "desertification")],
}

# Curation: each dropped lemma and why; "GROUP:lemma" drops it from one domain or family only.
EXCLUDE = {
    "substance:tornado": "slang for crack", "coke": "fuel or a soft drink", "doom:famine": "a shortage outcome",
    "environment:extermination": "of people, a mass-death outcome", "nihilism": "philosophy", "balagan": "slang",
    "topsy-turvyness": "playful", "famishment": "rare", "final solution": "a historical name", "monocracy": "rare",
    "shogunate": "historical", "countercoup": "rare", "flame-out": "a jet engine", "tremor": "medical or figurative",
    "microseism": "seismology", "foreshock": "seismology", "earth tremor": "seismology", "seismic disturbance": "seismology",
    "submarine earthquake": "seismology", "supertwister": "rare", "violent storm": "weather", "poisonous substance": "rare",
    "ricin toxin": "ricin is enough", "drug traffic": "drug trafficking is enough", "flashflood": "spelling",
    "racial extermination": "rare", "one-man rule": "rare", "day of reckoning": "an idiom for any accounting",
    "landslide": "an election win first in news (PolNeAR: 12 of 12)", "firestorm": "a storm of criticism first in news",
    # criminals and terrorists: words whose first sense is another, legal statuses, historical or literary figures
    "gun": "a weapon", "runner": "an athlete", "booster": "a supporter", "dip": "a swim", "butcher": "a trade",
    "bully": "a schoolyard word", "apache": "a people", "coyote": "an animal", "torpedo": "a weapon", "punk": "music",
    "repeater": "a firearm", "spoiler": "film", "tough": "adjective", "toughie": "slang", "moll": "slang",
    "hood": "a garment", "lifter": "a weightlifter", "fugitive": "a legal status", "escapee": "a legal status",
    "parolee": "a legal status", "probationer": "a legal status", "plotter": "a device", "raider": "sport and business",
    "liquidator": "insolvency", "collaborator": "a colleague first", "confederate": "history", "accessory": "fashion",
    "accessary": "legal term", "abetter": "legal term", "abettor": "legal term", "partner in crime": "idiom",
    "crimp": "a fold", "crimper": "a tool", "seizer": "rare", "violator": "legal term", "law offender": "legal term",
    "lawbreaker": "legal term", "scofflaw": "petty", "snitcher": "slang", "iceman": "slang", "padder": "rare",
    "bravo": "a cheer", "bagman": "slang", "peddler": "a trade", "pusher": "slang", "briber": "corruption",
    "suborner": "legal term", "peculator": "legal term", "defalcator": "legal term", "machinator": "rare",
    "incendiary": "adjective", "barnburner": "a close contest", "booth": "a stall", "highbinder": "historical",
    "highwayman": "historical", "footpad": "historical", "cutpurse": "historical", "buccaneer": "historical",
    "corsair": "historical", "freebooter": "historical", "sea king": "historical", "sea rover": "historical",
    "sea robber": "historical", "road agent": "historical", "moon-curser": "historical", "moon curser": "historical",
    "wharf rat": "historical", "body snatcher": "historical", "graverobber": "historical", "ghoul": "folklore",
    "shanghaier": "historical", "rumrunner": "historical", "bootlegger": "historical", "moonshiner": "historical",
    "plagiarist": "no threat", "plagiariser": "no threat", "plagiarizer": "no threat", "literary pirate": "no threat",
    "pirate": "copying first in news", "gangster's moll": "slang", "gun moll": "slang", "jail bird": "slang",
    "jailbird": "slang", "gaolbird": "slang", "recidivist": "legal term", "habitual criminal": "legal term",
    "alien absconder": "legal term", "absconder": "legal term", "fugitive from justice": "legal term",
    "collaborationist": "history", "quisling": "history", "traitor": "a slur on opponents, not a threat referent",
    "traitress": "a slur", "treasonist": "a slur", "fifth columnist": "a label (RH1005)", "infanticide": "rare",
    "matricide": "rare", "parricide": "rare", "patricide": "rare", "fratricide": "rare", "manslayer": "rare",
    "spoiler": "film", "despoiler": "rare", "pillager": "historical", "plunderer": "historical", "larcener": "legal term",
    "larcenist": "legal term", "stealer": "rare", "cattle thief": "rural", "rustler": "rural", "dacoit": "regional",
    "dakoit": "regional", "cracksman": "slang", "holdup man": "slang", "stickup man": "slang", "strong-armer": "slang",
    "hatchet man": "idiom", "triggerman": "slang", "cyberpunk": "a genre", "sleeper": "a train or a hit",
    "kamikaze": "history", "mafioso": "kept as mafia", "yardie": "slang", "conspirator": "as often a joke",
    "coconspirator": "legal term", "accessory after the fact": "legal term", "accessory before the fact": "legal term",
    "accessory during the fact": "legal term", "raper": "rare", "hired gun": "idiom for a consultant",
    "gun for hire": "idiom for a consultant", "gunslinger": "idiom", "brigand": "historical",
    "cutthroat": "adjective for competition first", "ripper": "rare",
    # senses that are no threat, or not this one, in ordinary prose
    "tragedy": "a play, or any sad event", "visitation": "a visit", "act of god": "insurance term",
    "force majeure": "contract term", "vis major": "legal term", "inevitable accident": "legal term",
    "unavoidable casualty": "legal term", "kiss of death": "idiom for any fatal flaw", "the great calamity": "a named famine",
    "the great hunger": "a named famine", "the great starvation": "a named famine", "the irish famine": "a named famine",
    "tidal wave": "a fear image (RH1001 flood), not an outcome", "tsunami": "a hazard referent, and a fear image",
    "demolition": "building work", "shipwreck": "a wreck", "wrecking": "building work", "razing": "building work",
    "rack": "a frame", "wrack": "seaweed", "ravage": "rare as a noun", "depredation": "rare", "disintegration": "physics",
    "eradication": "as often of a disease as by one", "ruination": "rare", "desolation": "a feeling",
    "obliteration": "rare as an outcome", "wipeout": "surfing", "pandemonium": "a noisy scene", "bedlam": "a noisy scene",
    "topsy-turvydom": "playful", "dearth": "a lack of anything", "taint": "a stain", "dust contamination": "cleanroom term",
    "toxic condition": "clinical", "intoxication": "drunkenness", "caffeine intoxication": "coffee", "caffeinism": "coffee",
    "nicotine poisoning": "clinical", "salicylate poisoning": "clinical", "ophidism": "snakebite", "ergotism": "historical",
    "minamata disease": "a named incident",
    "slump": "sales and sport", "great depression": "a named period",
    "crash": "a collision first; the curated list holds market and financial crashes",
    "collapse": "its commonest sense is physical; the curated list holds collapse as an outcome",
    "absolutism": "political philosophy", "caesarism": "rare",
    "takeover": "a company purchase first",
    "defunctness": "rare",
    "limited war": "limited by definition", "war of nerves": "idiom", "psychological warfare": "propaganda, not harm",
    "information warfare": "propaganda, not harm", "iw": "acronym", "bw": "acronym", "jihad": "a religious term first",
    "jehad": "a religious term first", "international jihad": "a religious term first", "chemical operations": "military jargon",
    "biologic attack": "rare", "war to end war": "a named war", "hot war": "rare",
    "battue": "hunting", "bloodletting": "medicine", "butchery": "a trade", "gore": "blood",
    "race murder": "rare",
    # plague and disease synonyms whose first sense is something else, archaic names, mild or chronic infections
    "pest": "an annoying person", "pestis": "Latin", "pestis ambulans": "Latin", "pestis bubonica": "Latin",
    "recrudescence": "rare", "eruption": "a volcano or a rash", "irruption": "rare",
    "cold": "weather", "common cold": "mild", "head cold": "mild", "cold sore": "mild", "fever blister": "mild",
    "consumption": "spending", "phthisis": "archaic", "lues": "archaic", "lues venerea": "archaic", "pox": "archaic",
    "clap": "slang", "dose": "slang", "syph": "slang", "struma": "archaic", "king's evil": "archaic", "scrofula": "archaic",
    "social disease": "euphemism", "venus's curse": "euphemism", "cupid's disease": "euphemism", "cupid's itch": "euphemism",
    "kissing disease": "slang", "mono": "audio", "myosis": "a pupil", "milk pox": "archaic", "white pox": "archaic",
    "kaffir pox": "a slur", "cuban itch": "archaic", "yellow jack": "archaic", "black vomit": "archaic",
    "wasting disease": "vague", "sweating sickness": "historical", "trench mouth": "gum disease", "trench fever": "historical",
    "shingles": "roofing", "herpes labialis": "mild", "oral herpes": "mild", "herpes": "chronic, mild",
    "herpes simplex": "chronic, mild", "chickenpox": "mild", "varicella": "mild", "mumps": "mild", "zoster": "mild",
    "herpes zoster": "mild", "parvo": "dogs", "polyoma": "lab term", "adenovirus": "lab term", "rhinovirus": "the common cold",
    "vector": "mathematics first", "vaccinia": "a vaccine", "cowpox": "a vaccine", "alastrim": "archaic",
    # drugs: medicines and slang with another first sense
    "atropine": "a medicine", "botox": "cosmetics", "belladonna": "a plant", "hemlock": "a tree", "curare": "historical",
    "tubocurarine": "a medicine", "hyoscyamine": "a medicine", "nicotine": "ordinary", "toxoid": "a vaccine",
    "venom": "spite first", "snake venom": "nature", "codeine": "a medicine", "morphine": "a medicine", "morphia": "a medicine",
    "laudanum": "historical", "tincture of opium": "historical", "apomorphine": "a medicine", "meperidine": "a medicine",
    "meperidine hydrochloride": "a medicine", "methadone": "a treatment", "methadon": "a treatment",
    "methadone hydrochloride": "a treatment", "dolophine hydrochloride": "a treatment", "big h": "slang",
    "hell dust": "slang", "nose candy": "slang", "nose drops": "slang", "scag": "slang", "skag": "slang", "smack": "slang",
    "thunder": "weather", "basuco": "slang", "cocain": "misspelling",
    "diacetylmorphine": "chemical name", "halon": "fire fighting", "freon": "trademark",
    "nitrogen oxide": "chemistry", "sulfur dioxide": "chemistry", "sulphur dioxide": "chemistry",
    "dichlorodiphenyltrichloroethane": "chemical name", "chlorofluorocarbon": "chemistry", "hydrochlorofluorocarbon": "chemistry",
    "domoic acid": "chemistry", "brucine": "chemistry", "saxitoxin": "chemistry", "tetrodotoxin": "chemistry",
    "anatoxin": "chemistry", "botulismotoxin": "chemistry", "botulin": "chemistry", "botulinus toxin": "chemistry",
    "neurolysin": "chemistry", "zootoxin": "chemistry", "phytotoxin": "chemistry", "hepatotoxin": "chemistry",
    "nephrotoxin": "chemistry", "cytotoxin": "chemistry", "exotoxin": "chemistry", "endotoxin": "chemistry",
    "enterotoxin": "chemistry", "epsilon toxin": "chemistry", "staphylococcal enterotoxin": "chemistry",
    "staphylococcal enterotoxin b": "chemistry", "clostridium perfringens epsilon toxin": "chemistry", "kokoi venom": "nature",
    "animal toxin": "nature", "plant toxin": "nature", "botulinum toxin a": "chemistry",
    "toxicant": "technical",
    # weather that is ordinary, and hazards that are figurative first
    "storm": "weather; the threat of a storm is not a finding", "rainstorm": "weather", "thundershower": "weather",
    "thunderstorm": "weather", "electric storm": "weather", "electrical storm": "weather", "equinoctial storm": "weather",
    "line storm": "weather", "snowstorm": "weather", "hailstorm": "weather", "silver storm": "weather",
    "ice storm": "weather", "dust devil": "weather", "duster": "cloth", "waterspout": "weather", "whirlwind": "figurative",
    "sirocco": "a wind", "tempest": "figurative", "windstorm": "weather", "northeaster": "weather", "noreaster": "weather",
    "deluge": "a fear image (RH1001 flood)", "inundation": "figurative", "alluvion": "geology", "debacle": "a fiasco first",
    "floodhead": "rare", "drouth": "dialect", "landslip": "rare", "seism": "rare",
    "inferno": "figurative",
    # crimes: petty, consensual, legal or police terms, and words whose first sense is something else
    "job": "work", "caper": "a romp", "capture": "any capture", "seizure": "police or medical", "protection": "safety",
    "tribute": "praise", "rolling": "motion", "petty": "adjective", "rip-off": "overpricing", "snatch": "any grab",
    "holdup": "a delay", "stickup": "slang", "skimming": "reading", "shrinkage": "retail term", "misapplication": "legal term",
    "misappropriation": "legal term", "peculation": "legal term", "defalcation": "legal term", "barratry": "legal term",
    "plunderage": "legal term", "pilferage": "petty", "shoplifting": "petty", "rustling": "rural", "dacoity": "regional",
    "dakoity": "regional", "buccaneering": "historical", "biopiracy": "policy term", "piracy": "copying first",
    "graft": "a transplant first", "highjacking": "spelling", "grand larceny": "legal term", "petit larceny": "legal term",
    "petty larceny": "legal term", "larceny": "legal term", "breach of trust with fraudulent intent": "legal term",
    "commercial bribery": "legal term", "bribery": "corruption, not a threat to the reader", "embezzlement": "corruption",
    "racketeering": "legal term", "housebreaking": "legal term", "breaking and entering": "legal term",
    "resisting arrest": "police term", "raid": "police or military",
    "battery": "a power cell first", "hit": "any hit", "execution": "lawful or any carrying out", "elimination": "any removal",
    "liquidation": "insolvency", "dry-gulching": "slang", "thuggee": "historical", "shoot-down": "aviation",
    "filicide": "rare", "fratricide": "rare", "infanticide": "rare", "mariticide": "rare", "matricide": "rare",
    "parricide": "rare", "patricide": "rare", "regicide": "historical", "tyrannicide": "historical", "uxoricide": "rare",
    "alamo": "a named battle", "shakedown": "slang",
    "highway robbery": "idiom for overpricing", "felony": "legal term", "assault and battery": "legal term",
    "aggravated assault": "legal term", "assault": "military or verbal first",
    "narcotraffic": "rare",
    # terrorism: named attacks and acronyms
    "9-11": "a named attack", "9/11": "a named attack", "sep 11": "a named attack", "sept. 11": "a named attack",
    "september 11": "a named attack", "theoterrorism": "rare", "eco-warfare": "rare", "ecological warfare": "rare",
    # outcomes that are mild or technical "dictatorship": "a form of government named neutrally in history",
    "authoritarianism": "a referent (politics), not an outcome",
}

NOTICE = LICENCE_NOTICE


def entries(synsets, senses, group, roots):
    found = {}
    for root, lemma in roots:
        assert lemma in synsets[root].words or lemma.lower() in [w.lower() for w in synsets[root].words], (root, lemma)
        offsets = tree(synsets, root)
        for offset in offsets:
            for word in synsets[offset].words:
                word = word.split("(")[0]
                if word != word.lower() or any(c.isdigit() for c in word):
                    continue  # a proper noun or an acronym
                entry = word.replace("_", " ")
                if entry in EXCLUDE or f"{group}:{entry}" in EXCLUDE:
                    continue
                if " " not in entry and "-" not in entry:
                    ranked = senses.get(word, [])[:SENSE_RANK]
                    if not any(o in offsets for o in ranked):
                        continue
                found.setdefault(entry, lemma)
    return sorted(found)


def write(name, title, kind, roots, synsets, senses):
    lines = [
        f"# {name} — {title}",
        f"# GENERATED by tools/gen_threat_lexicons.py from WordNet 3.0 (Debian wordnet-base): do not edit; change the",
        f"#   roots or the EXCLUDE list in the script and run it again. The hand-curated half is {name.replace('_wordnet', '')}.",
        f"# Format: {kind}<TAB>noun, a lemma: the last word is the head, and its plurals are derived at load time.",
        "# Roots (WordNet 3.0 noun offset and lemma; every hyponym below them is a candidate):",
    ] + [f"#   {group}: " + ", ".join(f"{offset} {lemma}" for offset, lemma in group_roots) for group, group_roots in roots.items()] + NOTICE
    count = 0
    for group, group_roots in roots.items():
        found = entries(synsets, senses, group, group_roots)
        lines.append(f"# {group}: {len(found)}")
        lines.extend(f"{group}\t{entry}" for entry in found)
        count += len(found)
    (LEXICONS / name).write_text("\n".join(lines) + "\n")
    print(f"{count} entries -> rules/lexicons/{name}")


def main():
    synsets, senses = load_synsets(), load_senses()
    write("threat_referents_wordnet.txt", "what a threat claim can be about, outside war: diseases, pathogens, poisons and drugs,\n#   natural hazards, crimes, terrorism (ThreatReferents).",
          "DOMAIN", REFERENT_ROOTS, synsets, senses)
    write("threat_outcomes_wordnet.txt", "catastrophic outcomes by family: what a worst case, a chain or an inevitability claim\n#   ends in (ThreatOutcomes; RH1003, RH1006, RH1007).",
          "FAMILY", OUTCOME_ROOTS, synsets, senses)


if __name__ == "__main__":
    main()
