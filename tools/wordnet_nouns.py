"""Reads the noun half of WordNet 3.0 as Debian's wordnet-base installs it (`apt-get install wordnet-base`):
synsets with their lexicographer file, lemmas and pointers, the senses of each lemma by frequency, and hyponym trees.
Shared by the lexicon generators that walk noun trees."""
import pathlib
from typing import NamedTuple

WORDNET = pathlib.Path("/usr/share/wordnet")


class Synset(NamedTuple):
    lexfile: str
    words: list[str]
    pointers: list[tuple[str, str]]


def load_synsets() -> dict[str, Synset]:
    synsets = {}
    for line in (WORDNET / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        fields = line.split(" | ")[0].split()
        offset, lexfile, count = fields[0], fields[1], int(fields[3], 16)
        words = [fields[4 + 2 * i] for i in range(count)]
        k = 4 + 2 * count
        pointers = []
        for _ in range(int(fields[k])):
            pointers.append((fields[k + 1], fields[k + 2]))
            k += 4
        synsets[offset] = Synset(lexfile, words, pointers)
    return synsets


def load_senses() -> dict[str, list[str]]:
    """Each lemma's synset offsets, most frequent sense first."""
    senses = {}
    for line in (WORDNET / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        fields = line.split()
        pointer_count = int(fields[3])
        senses[fields[0]] = fields[4 + pointer_count + 2:]
    return senses


def tree(synsets: dict[str, Synset], root: str) -> set[str]:
    """The root and every hyponym and instance below it."""
    seen, stack = set(), [root]
    while stack:
        offset = stack.pop()
        if offset in seen:
            continue
        seen.add(offset)
        stack.extend(target for symbol, target in synsets[offset].pointers if symbol in ("~", "~i"))
    return seen
