#!/usr/bin/env python3
"""Generates the two lexicons that tell what a figure measures and what a claim could be measured by.

Writes:
- rules/lexicons/time_scale.txt: the time units ordered from the shortest to the longest ("7<TAB>day",
  "8<TAB>week"), so that a countdown can tell a span set against a longer one ("days, not months") from a
  duration set against a shorter one ("years, not months").
- rules/lexicons/measure_units.txt: units of measurement with the dimension they measure ("mass<TAB>kilogram",
  "money<TAB>euro", "time<TAB>week"), for the evidence layer to classify "6.1 kg", "40 million euros", "31 hours".
- rules/lexicons/measure_adjectives.txt: gradable adjectives that name a measurable dimension ("mass<TAB>light",
  "speed<TAB>fast", "amount<TAB>large"), so that "the lightest bike" is a claim a weight can support while "the
  most beautiful pool" is one no figure measures.

How an entry is decided:
- Units: every noun of WordNet's noun.quantity file (and noun.time for time units) whose hypernym chain reaches
  one of the unit roots in UNIT_ROOTS; the root gives the dimension. One-letter symbols (g, l, K, A) are left
  out: as words they are initials and variables far more often than units. So is a word whose commonest WordNet
  sense is not a unit ("block", "point", "head": after a number they count things), unless it is in
  UNITS_DESPITE_OTHER_SENSES, and the few entries in NOT_UNITS. Angular and electromagnetic units are
  left out (degrees of arc, amperes: not what op-eds measure claims in). Multi-word units become phrases.
- Adjectives: every adjective of a WordNet head synset whose attribute pointer (=) names a noun in
  MEASURABLE_ATTRIBUTES, with the attribute's dimension, and for the attributes in SATELLITE_ATTRIBUTES the
  satellite adjectives similar (&) to such a head ("huge" to "large"), less the judgement words in NOT_MEASURES. WordNet gives attributes per sense, so a polysemous word ("light": weight and
  colour) is listed for its measurable sense only; that is the sense a superlative of a measured claim has.
- Time scale: the one-word time units above, ordered by two WordNet relations between their noun.time senses: a
  unit is shorter than its part holonym ("hour" is part of "day"), and shorter than a unit whose gloss counts
  several of it ("a period of seven consecutive days" makes "day" shorter than "week"). A unit's rank is the
  longest chain of shorter units below it, or for a unit with none, one below its shortest whole ("half-hour");
  units no chain separates may share a rank.
- EXTRA_UNITS and EXTRA_ADJECTIVES add what WordNet does not link (speed units, "expensive", "deadly"); each is
  listed here, so the generated files stay reproducible.

Sources: WordNet 3.0, Princeton University, Debian package wordnet-base (/usr/share/wordnet); the WordNet
licence notice is copied into the generated headers.

Usage: apt-get install wordnet-base && python3 tools/gen_measures.py
"""
import collections
import pathlib
import re

from wordnet import load_index, load_synsets

ROOT = pathlib.Path(__file__).resolve().parent.parent
NOUN_QUANTITY, NOUN_TIME = "23", "28"

UNIT_ROOTS = {
    "mass_unit": "mass", "weight_unit": "mass",
    "linear_unit": "length",
    "area_unit": "area",
    "capacity_unit": "volume", "liquid_unit": "volume", "dry_unit": "volume", "metric_capacity_unit": "volume",
    "computer_memory_unit": "data",
    "energy_unit": "energy",
    "power_unit": "power",
    "temperature_unit": "temperature",
    "pressure_unit": "pressure",
    "monetary_unit": "money",
    "time_unit": "time",
}

MEASURABLE_ATTRIBUTES = {
    "size": "amount", "magnitude": "amount", "quantity": "amount", "numerousness": "amount", "degree": "amount",
    "height": "amount", "majority": "amount", "popularity": "amount", "commonness": "amount", "volume": "amount",
    "weight": "mass", "body_weight": "mass",
    "length": "length", "width": "length", "depth": "length", "thickness": "length", "distance": "length",
    "stature": "length",
    "duration": "time",
    "speed": "speed",
    "age": "age",
    "temperature": "temperature",
    # "the wettest April", "the driest summer": an amount of rain, which a gauge counts.
    "wetness": "amount",
    "financial_condition": "money",
}

# Satellites are taken only for these attributes: elsewhere WordNet's similarity links run far from the measure
# ("revolutionary" is similar to "new", "viscous" to "thick").
SATELLITE_ATTRIBUTES = {"size", "weight", "body_weight", "speed", "duration", "financial_condition"}

# Satellites that grade by judgement rather than by measure, although WordNet files them under size or speed.
NOT_MEASURES = {"great", "grand", "epic", "heroic", "larger-than-life", "monumental", "terrible", "terrific", "wicked",
                "smart", "hot", "red-hot", "comfortable", "easy", "pinched", "loaded", "express", "lazy", "sulky",
                "windy", "winged", "walloping", "whacking", "thumping", "stupendous", "prodigious", "cosmic",
                "galactic", "titanic", "monstrous", "elephantine", "brobdingnagian", "gargantuan", "lilliputian"}

# Units whose commonest WordNet sense is something else are left out ("block", "point", "head", "word": after a
# number they count things); these are kept all the same, because after a number they are the unit.
UNITS_DESPITE_OTHER_SENSES = {"foot", "yen", "stone", "barrel", "degree", "knot", "mark", "GB", "TB", "PB"}

# Entries that pass the sense test but after a number are seldom a unit ("3 in 10", "won 3", "the 4 last").
NOT_UNITS = {"are", "at", "em", "en", "in", "last", "real", "won", "sent", "date", "today", "morrow", "night", "d-day",
             "quarter", "fifth", "span", "digit", "pace", "mesh", "mole", "bob", "pul", "sen", "sente", "mil", "kor",
             "hin", "cord", "tod", "subunit", "min", "hr", "sec", "TT", "TDT", "STP", "s.t.p.", "var", "oka", "net ton",
             "miler", "yarder", "footer", "naut mi", "stat mi", "em quad"}

TIME_UNITS = {"second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "century", "millennium",
              "millisecond", "microsecond", "nanosecond", "half-hour", "quarter-hour", "hours"}

EXTRA_UNITS = {
    "speed": ["mph", "km/h", "kph", "knot", "miles per hour", "kilometres per hour", "kilometers per hour"],
    "money": ["bn", "quid", "pence", "cents", "crown"],
    "data": ["gigabyte", "terabyte", "megabyte", "gb", "tb", "mb"],
    "power": ["mw", "gw", "kw"],
    "energy": ["kwh", "mwh", "gwh", "twh"],
    "length": ["km", "cm", "mm", "metres", "meters", "feet"],
    "mass": ["kg", "tonne", "tonnes", "lbs"],
    "time": ["week", "year", "decade", "century", "fortnight", "millennium"],
    "temperature": ["celsius", "fahrenheit", "°c", "°f", "°"],
}

EXTRA_ADJECTIVES = {
    "money": ["expensive", "costly", "cheap", "inexpensive", "pricey", "affordable", "lucrative", "profitable",
              "wealthy", "well-paid", "highly-paid", "low-paid"],
    "amount": ["deadly", "lethal", "fatal", "busy", "crowded", "frequent", "populous", "prevalent", "steep", "sharp",
               "widespread", "numerous", "common", "productive",
               # efficacy and efficiency are rates: "97% effective", "converts 24% of sunlight" measure them
               "effective", "efficient"],
    "speed": ["quick", "rapid", "swift", "speedy"],
    # "hot" is filed in WordNet as a satellite of "fast" too (NOT_MEASURES drops it there); its temperature sense is
    # the one "the hottest June on record" grades.
    "temperature": ["hot"],
}


def units(nouns):
    first = {lemma: entry.senses[0] for lemma, entry in load_index().items()}
    roots = {off: UNIT_ROOTS[w.lower()] for off, synset in nouns.items() for w in synset.words if w.lower() in UNIT_ROOTS}
    found = collections.defaultdict(set)
    for offset, (lexfile, _, words, _, _) in nouns.items():
        if lexfile not in (NOUN_QUANTITY, NOUN_TIME):
            continue
        stack, seen, dimensions = [offset], set(), set()
        while stack:
            current = stack.pop()
            if current in seen:
                continue
            seen.add(current)
            if current in roots:
                dimensions.add(roots[current])
            stack += [o for symbol, o, p, _ in nouns[current].pointers if symbol in ("@", "@i") and p == "n"]
        if lexfile == NOUN_TIME:
            # noun.time also files dates and days of the calendar ("birthday", "due date") under time units.
            dimensions &= {"time"}
            words = [w for w in words if w.lower().split("_")[-1] in TIME_UNITS]
        for word in words:
            entry = word.replace("_", " ")
            if len(entry) < 2 or entry.endswith(" unit") or entry.endswith(" measure") or any(c.isdigit() for c in entry):
                continue
            commonest = first.get(word.lower())
            if entry.lower() in NOT_UNITS or entry in NOT_UNITS or commonest is not None and nouns[commonest].lexfile not in (NOUN_QUANTITY, NOUN_TIME) and entry not in UNITS_DESPITE_OTHER_SENSES:
                continue
            for dimension in dimensions:
                found[dimension].add(entry if entry.isupper() else entry.lower())
    for dimension, extra in EXTRA_UNITS.items():
        found[dimension].update(extra)
    return found


GLOSS_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "twelve": 12, "fourteen": 14}


def time_scale(nouns, time_units):
    """Rank of each one-word time unit, higher for longer: shorter is a part holonym's part or a unit a gloss counts."""
    counted = re.compile(r"\b(\d+|" + "|".join(GLOSS_NUMBERS) + r")\s+(?:consecutive\s+)?([a-z]+?)s\b")

    def units_of(offset):
        lexfile, _, words, _, _ = nouns[offset]
        return {w.lower() for w in words if w.lower() in time_units} if lexfile == NOUN_TIME else set()

    shorter = collections.defaultdict(set)
    for offset, (_, _, _, pointers, gloss) in nouns.items():
        longer = units_of(offset)
        for symbol, target, pos, _ in pointers:
            if symbol == "#p" and pos == "n":
                for whole in units_of(target):
                    shorter[whole] |= {u for u in longer if u != whole}
        for match in counted.finditer(gloss):
            number = int(match.group(1)) if match.group(1).isdigit() else GLOSS_NUMBERS[match.group(1)]
            if number > 1 and match.group(2) in time_units:
                for unit in longer - {match.group(2)}:
                    shorter[unit].add(match.group(2))

    ranks = {}

    def rank(unit):
        if unit not in ranks:
            ranks[unit] = max((rank(s) + 1 for s in shorter[unit]), default=0)
        return ranks[unit]

    scale = {unit: rank(unit) for unit in time_units}
    # A unit with nothing shorter below it ("half-hour", only part of "hour") sits just below its shortest whole.
    for unit in time_units:
        wholes = [scale[u] for u in time_units if unit in shorter[u]]
        if not shorter[unit] and wholes:
            scale[unit] = min(wholes) - 1
    return scale


def adjectives(adjs, nouns):
    found = collections.defaultdict(set)

    def attribute_of(offset):
        for symbol, target, pos, _ in adjs[offset].pointers:
            if symbol == "=" and pos == "n":
                for word in nouns[target].words:
                    if word.lower() in MEASURABLE_ATTRIBUTES:
                        return word.lower()
        return None

    for offset, (_, kind, words, pointers, _) in adjs.items():
        attribute = attribute_of(offset)
        if attribute is None and kind == "s":
            heads = [target for symbol, target, _, _ in pointers if symbol == "&"]
            attribute = next((a for a in map(attribute_of, heads) if a in SATELLITE_ATTRIBUTES), None)
        if attribute is None:
            continue
        for word in words:
            if "_" not in word and word.lower() not in NOT_MEASURES:
                found[MEASURABLE_ATTRIBUTES[attribute]].add(word.lower())
    for dimension, extra in EXTRA_ADJECTIVES.items():
        found[dimension].update(extra)
    return found


NOTICE = """# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. THIS SOFTWARE AND DATABASE IS PROVIDED
#   "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of
#   Princeton University or Princeton may not be used in advertising or publicity pertaining to distribution of
#   the software and/or database. (WordNet licence, https://wordnet.princeton.edu/license-and-commercial-use)"""


def write(path, header, table):
    lines = [f"{dimension}\t{entry}" for dimension in sorted(table) for entry in sorted(table[dimension])]
    path.write_text(header + "\n" + NOTICE + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def main():
    nouns, adjs = load_synsets("noun"), load_synsets("adj")
    found = units(nouns)
    count = write(ROOT / "rules/lexicons/measure_units.txt", """# measure_units.txt — units of measurement and the dimension each measures
# Used by: the evidence layer (Rhetlint.Core Semantics/FigureReader): "6.1 kg" is a mass, "31 hours" a time,
#   "40 million euros" money, so a figure can be matched with the claim it may support.
# Format: DIMENSION<TAB>unit (a word or phrase; a word stands for its regular plural too). A unit with two
#   dimensions ("pound": mass and money) is listed under both.
# Generated by tools/gen_measures.py from WordNet 3.0 (noun.quantity and noun.time units below the unit roots the
#   script names), plus the short list of symbols and speed units the script adds. Do not edit by hand.""", found)
    print(f"measure_units.txt: {count} entries")
    scale = time_scale(nouns, {u for u in found["time"] if " " not in u})
    lines = [f"{rank}\t{unit}" for unit, rank in sorted(scale.items(), key=lambda item: (item[1], item[0]))]
    (ROOT / "rules/lexicons/time_scale.txt").write_text("""# time_scale.txt — time units ranked from the shortest to the longest
# Used by: the semantic layer (Rhetlint.Core Semantics/TimeScale): "days, not months" sets a span against a longer
#   one (a countdown), "years, not months" against a shorter one (a duration).
# Format: RANK<TAB>unit (a word; it stands for its regular plural too). A higher rank is a longer unit; units of
#   the same rank are not ordered against each other.
# Generated by tools/gen_measures.py from WordNet 3.0 (part holonyms of the noun.time units of measure_units.txt
#   and the glosses that count one unit in another). Do not edit by hand.
""" + NOTICE + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"time_scale.txt: {len(lines)} entries")
    count = write(ROOT / "rules/lexicons/measure_adjectives.txt", """# measure_adjectives.txt — gradable adjectives that name a measurable dimension
# Used by: the evidence layer (Rhetlint.Core Semantics/Measures): "the lightest bike" can be supported by a weight,
#   "the biggest drop" by a count or a percentage; an adjective not listed ("beautiful", "dangerous") ranks by
#   judgement, and no figure measures it.
# Format: DIMENSION<TAB>adjective (base form; comparatives and superlatives come from adjective_forms.txt).
# Generated by tools/gen_measures.py from WordNet 3.0 attribute pointers (head adjectives whose attribute is a
#   measurable dimension, and the satellites similar to them), plus the short list the script adds. Do not edit
#   by hand.""", adjectives(adjs, nouns))
    print(f"measure_adjectives.txt: {count} entries")


if __name__ == "__main__":
    main()
