#!/usr/bin/env python3
"""Generates rules/lexicons/rules/deadline_events_wordnet.txt: the events and periods of public and private life a
sweeping forecast may be dated by without a number ("before the next election", "by the end of this parliament",
"before this decade is out", "within a generation", "by the time you retire"). DeadlineReader reads them after
"by"/"before"/"come".

Criterion: one-word noun lemmas of WordNet 3.0 for which the synset is one of their two most frequent senses, in
  - event: election.n.01 and its hyponyms (a vote that ends a term), term_of_office.n.01 and its hyponyms (a tenure);
  - period: the direct hyponyms of time_period.n.01 that are 10 years or longer or a life's length (decade.n.01,
    century.n.01, millennium.n.01, generation.n.02 "the normal time between successive generations", life.n.05
    "lifetime"), term.n.02 ("a limited period of time") and legislature.n.01 with its hyponyms, not instances (whose
    sitting is a term: "by the end of this parliament");
  - season: the seasons of the year and of the feasts, the hyponyms of season.n.02 ("one of the natural periods
    into which the year is divided": harvest, haying and the four seasons) and of season.n.03 ("a recurrent time marked
    by major holidays": Christmas, Lent, Eastertide), not the roots' own "season", which a fixture list runs by as often
    as the year ("by the end of the season"), and holiday.n.02 ("a day on which work is suspended by law or
    custom"): "by next harvest", "by the holidays", "come Lent". The season's sense must be among the lemma's first
    two, or its gloss must name the lemma's first sense (harvest.n.04 "the season for gathering crops", where
    "harvest" is the crop first), so "advent" and "harvest" come in and no lemma heard first as something else.
    Not season.n.01, the seasons of a sport or a trade ("preseason", "off-season"), which a fixture's or a firm's
    timetable runs by. Not a synset with a word DireForecasts.DeadlineEnd reads as a near point (worst_case_cues.txt's
    near-time: "Christmas", "Easter", "Thanksgiving"; FunctionWords.Seasons after "the": the four seasons): each season
    word has one reader.
A bare season ("by summer") and the months and weekdays stay with DireForecasts (a season is a notice date by its
occasion tests); a season is no event for DatedHorizons, which weighs only events and periods.
Kinds: event, period, season.

Usage: apt-get install wordnet-base && python3 tools/gen_deadline_events.py
Source: WordNet 3.0, Princeton University (Debian package wordnet-base, /usr/share/wordnet), WordNet licence.
"""
import pathlib

from wordnet import LICENCE_NOTICE, load_index, load_synsets, one_word_lemmas_of, tree

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "rules" / "lexicons" / "rules" / "deadline_events_wordnet.txt"
SENSE_RANK = 2
# The cue lists whose season words DireForecasts.DeadlineEnd already reads as a near point ("by spring", "by next
# Christmas", "by the summer"): a synset with one of their words stays that reader's, so each season has one reader.
NEAR_TIME = ROOT / "rules" / "lexicons" / "rules" / "worst_case_cues.txt"
FOUR_SEASONS = {"spring", "summer", "autumn", "fall", "winter"}  # FunctionWords.Seasons, read after "the"
# A legislature's name that a reader hears first as something else, with the reason.
EXCLUDE = {"diet": "a regimen first (\"by the end of this diet\")"}


def sense(lemma, number):
    return load_index("noun")[lemma].senses[number - 1]


def seasons_of_their_crop(synsets, seasons):
    """The one-word lemmas whose season sense is further down but whose gloss names the lemma's first sense, the thing the
    season is for: harvest.n.04 "the season for gathering crops", whose first sense is the crop. Every reading of "by
    next harvest" is then the time of that crop, as "by next spring" is of the year."""
    index, kept = load_index("noun"), set()
    for offset in seasons:
        gloss = set(synsets[offset].gloss.split(";")[0].lower().replace(",", " ").split())
        for word in synsets[offset].words:
            lemma = word.lower()
            if "_" in lemma or lemma not in index:
                continue
            first = synsets[index[lemma].senses[0]].words
            if first and index[lemma].senses[0] != offset and any(w.lower() in gloss or w.lower() + "s" in gloss for w in first):
                kept.add(lemma)
    return kept


def main():
    synsets = load_synsets("noun")
    events = tree(synsets, sense("election", 1), sense("term_of_office", 1))
    periods = {sense("decade", 1), sense("century", 1), sense("millennium", 1), sense("generation", 2),
               sense("lifetime", 1), sense("term", 2)} | tree(synsets, sense("legislature", 1), symbols=("~",))
    # The roots' own lemma is left out: "by the end of the season" is a fixture list's as often as the year's.
    seasons = {offset for root in (sense("season", 2), sense("season", 3)) for offset in tree(synsets, root) - {root}} | {sense("holiday", 2)}
    read = FOUR_SEASONS | {line.split("\t")[1].strip() for line in NEAR_TIME.read_text(encoding="utf-8").splitlines()
                           if line.startswith("near-time\t")}
    seasons = {offset for offset in seasons if not any(word.lower() in read for word in synsets[offset].words)}
    lines = [f"event\t{w}" for w in one_word_lemmas_of("noun", events, SENSE_RANK, set())]
    lines += [f"period\t{w}" for w in one_word_lemmas_of("noun", periods, SENSE_RANK, set(EXCLUDE))]
    lines += [f"season\t{w}" for w in sorted(set(one_word_lemmas_of("noun", seasons, SENSE_RANK, set())) | seasons_of_their_crop(synsets, seasons))]
    header = [
        "# deadline_events_wordnet.txt — events and periods a forecast is dated by without a number",
        "#   (\"before the next election\", \"by the end of this parliament\", \"before this decade is out\"; DeadlineReader, RH1003)",
        "# Criterion: WordNet 3.0 one-word noun lemmas, the synset among their two most frequent senses, of election.n.01",
        "#   and term_of_office.n.01 with their hyponyms (kind event), and decade.n.01, century.n.01, millennium.n.01,",
        "#   generation.n.02, lifetime.n.01, term.n.02, legislature.n.01 with its hyponyms, not instances (kind period);",
        "#   less \"diet\" (a regimen first); the hyponyms of season.n.02 and season.n.03 and holiday.n.02, among the",
        "#   two most frequent senses or one whose gloss names the lemma's first sense (harvest.n.04 \"the season for",
        "#   gathering crops\"), less the synsets whose words DireForecasts reads as a near point (worst_case_cues.txt's",
        "#   near-time, the four seasons): kind season (\"by next harvest\", \"by the holidays\", \"come Lent\").",
        "# Generated by tools/gen_deadline_events.py; do not edit by hand.",
        "# Format: KIND<TAB>lemma",
        *LICENCE_NOTICE,
    ]
    OUT.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines)} entries")


if __name__ == "__main__":
    main()
