"""Reads WordNet 3.0 as Debian's wordnet-base installs it (`apt-get install wordnet-base`): the synsets of a part of
speech with their lexicographer file, lemmas, pointers and gloss, the senses of each lemma by frequency, and hyponym
trees. Shared by every lexicon generator that reads WordNet, so each reads the database the same way."""
import collections
import functools
import pathlib
from typing import Callable, NamedTuple

WORDNET = pathlib.Path("/usr/share/wordnet")

# WordNet's licence asks that its notice travel with the data: every generated lexicon's header carries these lines.
LICENCE_NOTICE = [
    "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Permission to use, copy, modify and",
    "#   distribute this software and database and its documentation for any purpose and without fee or royalty is",
    "#   hereby granted, provided that you agree to comply with the following copyright notice and statements,",
    "#   including the disclaimer, and that the same appear on ALL copies of the software, database and",
    "#   documentation, including modifications that you make for internal use or for distribution. THIS SOFTWARE AND",
    "#   DATABASE IS PROVIDED \"AS IS\" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR",
    "#   IMPLIED. The name of Princeton University or Princeton may not be used in advertising or publicity",
    "#   pertaining to the software and/or database.",
]


class Pointer(NamedTuple):
    symbol: str  # "~" hyponym, "~i" instance, "&" similar to, "+" derivation, "=" attribute, ";u" usage domain, …
    target: str  # the target synset's offset
    pos: str  # the target's part of speech: n, v, a, s, r
    source_target: str  # four hex digits: source and target word numbers, "0000" between whole synsets


class Synset(NamedTuple):
    lexfile: str  # lexicographer file, two digits as written ("03" noun.Tops, "18" noun.person)
    kind: str  # n, v, a, s (adjective satellite), r
    words: list[str]  # lemmas as written (underscores, case), without the adjective position marker "(a)"
    pointers: list[Pointer]
    gloss: str


class Lemma(NamedTuple):
    senses: list[str]  # synset offsets, most frequent sense first
    tagged: int  # how many of them were tagged in SemCor (tagsense_cnt)


@functools.cache
def load_synsets(part: str = "noun") -> dict[str, Synset]:
    """Every synset of data.PART ("noun", "verb", "adj", "adv") by offset."""
    synsets = {}
    for line in (WORDNET / f"data.{part}").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        head, _, gloss = line.partition(" | ")
        fields = head.split()
        count = int(fields[3], 16)
        words = [fields[4 + 2 * i].split("(")[0] for i in range(count)]
        k = 4 + 2 * count
        pointers = [Pointer(*fields[k + 1 + 4 * j:k + 5 + 4 * j]) for j in range(int(fields[k]))]
        synsets[fields[0]] = Synset(fields[1], fields[2], words, pointers, gloss.strip())
    return synsets


@functools.cache
def load_index(part: str = "noun") -> dict[str, Lemma]:
    """Every lemma of index.PART, in the file's order, with its senses."""
    lemmas = {}
    for line in (WORDNET / f"index.{part}").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        fields = line.split()
        sense_count, pointer_count = int(fields[2]), int(fields[3])
        lemmas[fields[0]] = Lemma(fields[6 + pointer_count:6 + pointer_count + sense_count], int(fields[5 + pointer_count]))
    return lemmas


def load_senses(part: str = "noun") -> dict[str, list[str]]:
    """Each lemma's synset offsets, most frequent sense first."""
    return {lemma: entry.senses for lemma, entry in load_index(part).items()}


def tree(synsets: dict[str, Synset], *roots: str, symbols: tuple[str, ...] = ("~", "~i"),
         enter: Callable[[Synset], bool] = lambda synset: True) -> set[str]:
    """The roots and every synset below them by the given pointers (hyponyms and instances unless told), not going
    into a synset that `enter` refuses."""
    seen, stack = set(), list(roots)
    while stack:
        offset = stack.pop()
        if offset in seen:
            continue
        seen.add(offset)
        stack.extend(pointer.target for pointer in synsets[offset].pointers
                     if pointer.symbol in symbols and enter(synsets[pointer.target]))
    return seen


def one_word_lemmas_of(part: str, offsets: set[str], senses_read: int, excluded: set[str]) -> list[str]:
    """The one-word lemmas of the given synsets for which one of those synsets is among their first senses_read senses,
    so a word joins a class only when the class's sense is one a reader hears first; lower case, sorted."""
    synsets, index = load_synsets(part), load_index(part)
    kept = set()
    for offset in offsets:
        for word in synsets[offset].words:
            lemma = word.lower()
            if "_" in lemma or lemma in excluded or lemma not in index:
                continue
            if offsets & set(index[lemma].senses[:senses_read]):
                kept.add(lemma)
    return sorted(kept)


def semcor_counts() -> collections.Counter:
    """SemCor-tagged uses of each lemma by part of speech (cntlist.rev: lemma%POS:…), keyed (lemma, "1" noun, "2" verb,
    "3" adjective, "4" adverb, "5" satellite)."""
    counts = collections.Counter()
    for line in (WORDNET / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, _, count = line.split(" ")
        lemma, rest = key.split("%")
        counts[lemma, rest[0]] += int(count)
    return counts
