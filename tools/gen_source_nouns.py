#!/usr/bin/env python3
"""Generates rules/lexicons/source_nouns.txt: the nouns that can head a source ("a skipper told me", "curators
say", "the consortium said"), one lemma per line with its class, from WordNet 3.0.

Classes (by the lemma's most frequent noun sense, the first one index.noun lists):
- person: the sense is in the hyponym tree of person.n.01, or of causal_agent.n.01 and in the lexicographer file
  noun.person ("economist", "skipper", "curator", "driver");
- group: in the tree of social_group.n.01 or people.n.01, outside organizations ("community", "jury", "clergy");
- organization: in the tree of organization.n.01 or administration.n.02 ("consortium", "ministry", "navy").

What is left out, because it is not a plausible speaker or not a noun where a source head stands:
- proper nouns and instances (capitalized in WordNet: "Democrat", "Einstein") and multi-word lemmas;
- senses whose usage domain is disparagement, ethnic slur, obscenity or slang, the insult subtrees (unwelcome
  person, simpleton, rabble) and a few offensive words WordNet does not mark: insults evaluate, they do not
  identify a source, and the list should not carry slurs;
- words whose tagged uses in SemCor (cntlist.rev) as a verb, adjective or adverb outnumber their tagged noun
  uses ("have", "great", "general", "national", "judge"): at the head of a source phrase they are modifiers or
  verbs far more often; the ones that are roles are on the curated role list (role_nouns.txt) anyway;
- untagged words with several senses of which fewer than half are in the class ("pivot", "bombshell"): the
  first sense of an untagged word is not known to be its usual one;
- subtrees that never speak: movements and schools of thought ("expressionism"), social gatherings and meetings
  ("banquet", "seminar"), cultures ("psychedelia"), political systems ("monarchy"), lines of descent ("lineage"),
  places ("village"), traffic jams, school classes, states (the actor gazetteer's business), transport lines
  ("monorail"), orchestra sections, souls, ghosts and forces ("poltergeist", "juggernaut"); and adjectives used as
  group nouns ("the defeated", "the maimed"), which head no source phrase.

Plurals are not listed: Rhetlint derives them at load time (SourceNouns: Vocabulary.Plural, irregular_forms.txt).
Lemmas that WordNet stores as plurals ("folks", "authorities") stay as they are.

Source: WordNet 3.0, Princeton University (Debian package wordnet-base, /usr/share/wordnet); the licence notice
is copied into the generated header, as WordNet's licence asks.
Usage: apt-get install wordnet-base && python3 tools/gen_source_nouns.py
"""
import collections
import pathlib
import re

from wordnet import LICENCE_NOTICE, WORDNET, load_index, load_synsets, tree
ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "rules" / "lexicons" / "source_nouns.txt"

PERSON = "00007846"            # person, individual, someone
NOUN_PERSON = "18"              # the lexicographer file noun.person
CAUSAL_AGENT = "00007347"      # causal agent, cause, causal agency
SOCIAL_GROUP = "07950920"      # social group
PEOPLE = "07942152"            # people (plural, any group of persons)
ORGANIZATIONS = ("08008335",   # organization, organisation
                 "08164585")   # administration, governing body
# Subtrees of those classes that are no speakers: events, systems of rule, places, things that merely run.
NOT_SPEAKERS = (
    "08464601",  # movement, social movement: schools of art and thought ("expressionism")
    "08252211",  # social gathering: events ("banquet", "reunion")
    "08307589",  # meeting: events ("conference", "seminar", "forum")
    "08287844",  # culture: ways of life ("hip-hop", "psychedelia")
    "08367880",  # political system: forms of rule ("monarchy", "tyranny")
    "08102402",  # genealogy: lines of descent ("lineage", "pedigree")
    "08223802",  # community: places people live ("village", "hamlet", "settlement")
    "08183541",  # traffic jam ("gridlock")
    "08238463",  # class: school classes ("grade")
    "08359949",  # political unit: states and countries, the actor gazetteer's business ("country", "city-state")
    "03671473",  # line: transport lines ("funicular", "monorail", "subway")
    "08216900",  # section: sections of an orchestra ("strings")
    "10757918",  # vital principle: souls and ghosts ("spirit", "poltergeist")
    "09503877",  # the supernatural ("occult")
    "10461424",  # power: forces ("juggernaut", "steamroller")
    "09631129",  # unwelcome person: insults ("rotter", "slob"), which evaluate rather than identify
    "10599354",  # simpleton: insults ("fool", "dolt")
    "08401819",  # rabble: insults for a crowd ("riffraff", "scum")
)
# Vulgar or offensive words WordNet files without a usage domain.
OFFENSIVE = {"homo", "dick", "bitch", "pom", "goy", "yob", "yobo", "slut", "twat"}
UNSPEAKING_USAGE = {
    "06717170",  # disparagement
    "06718862",  # ethnic slur
    "07124340",  # obscenity, vulgarism
    "07157273",  # slang, jargon
    "07159467",  # slang expression
}


def speakers_tree(synsets, *roots):
    """Hyponyms only: instances are named individuals, not nouns that head a source phrase."""
    return tree(synsets, *roots, symbols=("~",))


def usages(synset):
    return {pointer.target for pointer in synset.pointers if pointer.symbol == ";u" and pointer.pos == "n"}


def tagged_counts():
    counts = collections.Counter()
    for line in (WORDNET / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, _, count = line.split(" ")
        lemma, rest = key.split("%")
        pos = "n" if rest.startswith("1:") else "other"
        counts[lemma, pos] += int(count)
    return counts


def main():
    synsets = load_synsets()
    silent = speakers_tree(synsets, *NOT_SPEAKERS)
    # Some people of noun.person (lexicographer file 18) are causal agents, not persons, in WordNet's tree ("driver");
    # the file's other strays are imaginary beings ("goblin"), which do not speak to reporters.
    person = (speakers_tree(synsets, PERSON)
              | {offset for offset in speakers_tree(synsets, CAUSAL_AGENT) if synsets[offset].lexfile == NOUN_PERSON}) - silent
    organization = speakers_tree(synsets, *ORGANIZATIONS) - silent
    group = (speakers_tree(synsets, SOCIAL_GROUP) | speakers_tree(synsets, PEOPLE)) - organization - silent
    counts = tagged_counts()
    entries = []
    for lemma, (senses, tagged_senses) in load_index().items():
        sense_count = len(senses)
        if not re.fullmatch(r"[a-z][a-z-]*[a-z]", lemma) or lemma in OFFENSIVE:
            continue
        first = synsets[senses[0]]
        if any(w.split("(")[0].lower() == lemma and not w[0].islower() for w in first.words):
            continue
        kind = next((name for name, members in (("organization", organization), ("group", group), ("person", person))
                     if senses[0] in members), None)
        if kind is None or kind != "person" and lemma.endswith("ed"):
            continue
        members = {"organization": organization, "group": group, "person": person}[kind]
        if any(usages(synsets[s]) & UNSPEAKING_USAGE for s in senses if s in members):
            continue
        if counts[lemma, "other"] > counts[lemma, "n"]:
            continue
        if tagged_senses == 0 and sense_count > 1 and 2 * sum(s in members for s in senses) < sense_count:
            continue
        entries.append((kind, lemma))

    by_kind = collections.Counter(kind for kind, _ in entries)
    header = [
        "# source_nouns.txt — nouns that can head a source phrase: a person (\"a skipper told me\"), a group of people",
        "#   (\"the jury said\") or an organization (\"the consortium said\"). Read by SourcePhraseReader (RULES.md §3 M5)",
        "#   through Vocabulary.SourceNoun; plurals are derived at load time (\"curators say\" is a vague collective).",
        "# Format: CLASS<TAB>lemma; CLASS ∈ person, group, organization. "
        + ", ".join(f"{n} {k}" for k, n in sorted(by_kind.items())) + ".",
        "# Generated by tools/gen_source_nouns.py from WordNet 3.0 (Debian wordnet-base: index.noun, data.noun,",
        "#   cntlist.rev), by the most frequent sense of each lemma; the script's docstring says what is left out.",
        "#   Do not edit by hand: hand-curated additions are in source_nouns_curated.txt.",
    ] + LICENCE_NOTICE
    OUT.write_text("\n".join(header + [f"{kind}\t{lemma}" for kind, lemma in sorted(entries, key=lambda e: e[1])]) + "\n")
    print(f"{len(entries)} lemmas ({dict(by_kind)}) -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
