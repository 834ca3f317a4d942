#!/usr/bin/env python3
"""Generates the adjective lexicon the superlative rules read, and the word list that tests them.

Writes:
- rules/lexicons/adjective_forms.txt: every single-word WordNet 3.0 adjective, one per line, followed by its
  comparative and superlative when English inflects it ("big bigger biggest", "good better best"); adjectives
  that take "more/most" stand alone ("dangerous").
- tests/Rhetlint.Rules.Tests/Superlatives/not_superlatives.txt: words ending in "est" or "most" that are not
  superlatives (forest, honest, interest, almost, utmost, …), for the test that runs the detector over them.

How a form is decided:
- WordNet's adj.exc lists the inflections its morphology rules cannot derive (biggest → big, happiest → happy,
  best → good) and blocks false derivations by mapping a word to itself (forest → forest, modest → modest).
- Other adjectives get the regular forms (-er/-est, -r/-st after e, y → ier/iest, a doubled final consonant
  after one short vowel), and, when the word ends in a vowel and l, the British doubled l as well (cruel →
  crueller/cruellest besides crueler/cruelest). A regular superlative is kept only if SCOWL attests it as a
  word, so "beautifulest" and "dangerousest" never enter the lexicon.
- A word ending in est/most is "not a superlative" when it is not in the lexicon's superlative column and does
  not look like one: no adjective or attested comparative stands behind it (modest → "moder" is no word,
  funnest → "funner" is).

Sources (both free; the notices are copied into the generated headers):
- WordNet 3.0, Princeton University: Debian package wordnet-base (/usr/share/wordnet).
- SCOWL, Kevin Atkinson: Debian packages wamerican (size 50, attests superlatives) and wamerican-insane (size 95,
  the pool of -est/-most words for the test list).

Usage: apt-get install wordnet-base wamerican wamerican-insane && python3 tools/gen_adjective_forms.py
"""
import pathlib
import re

from wordnet import LICENCE_NOTICE, WORDNET, load_index

SCOWL_COMMON = pathlib.Path("/usr/share/dict/american-english")
SCOWL_INSANE = pathlib.Path("/usr/share/dict/american-english-insane")
ROOT = pathlib.Path(__file__).resolve().parent.parent
VOWELS = "aeiou"

# Suppletive forms WordNet's adj.exc does not list (it has good/better/best and bad/worse/worst only).
SUPPLETIVE = {
    "far": (["farther", "further"], ["farthest", "furthest"]),
    "many": (["more"], ["most"]),
    "much": (["more"], ["most"]),
    "little": (["less", "littler"], ["least", "littlest"]),
    "old": (["older", "elder"], ["oldest", "eldest"]),
    "bad": (["worse"], ["worst"]),
}

WORDNET_NOTICE = "\n".join(LICENCE_NOTICE) + """
# SCOWL notice: Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy, modify, distribute and sell these
#   word lists, the associated scripts, the output created from the scripts, and its documentation for any
#   purpose is hereby granted without fee, provided that the above copyright notice appears in all copies and
#   that both that copyright notice and this permission notice appear in supporting documentation. Kevin
#   Atkinson makes no representations about the suitability of this array for any purpose. It is provided
#   "as is" without express or implied warranty.
"""


def wordnet_lemmas() -> dict[str, set[str]]:
    lemmas: dict[str, set[str]] = {}
    for pos in ("noun", "verb", "adj", "adv"):
        for lemma in load_index(pos):
            lemmas.setdefault(lemma, set()).add(pos)
    return lemmas


def adjective_exceptions() -> dict[str, list[str]]:
    exceptions: dict[str, list[str]] = {}
    for line in (WORDNET / "adj.exc").read_text(encoding="utf-8").splitlines():
        form, *bases = line.split()
        exceptions.setdefault(form, []).extend(bases)
    return exceptions


def scowl(path: pathlib.Path) -> set[str]:
    return {w for w in path.read_text(encoding="utf-8").split() if w.isalpha() and w.isascii()}


def syllables(word: str) -> int:
    return len(re.findall(r"[aeiouy]+", word.rstrip("e") or word))


def regular_forms(adjective: str) -> tuple[str, str]:
    if adjective.endswith("e"):
        return adjective + "r", adjective + "st"
    if adjective.endswith("y") and adjective[-2] not in VOWELS:
        return adjective[:-1] + "ier", adjective[:-1] + "iest"
    if (adjective[-1] not in VOWELS + "wxy" and adjective[-2] in VOWELS and adjective[-3] not in VOWELS
            and syllables(adjective) == 1):
        return adjective + adjective[-1] + "er", adjective + adjective[-1] + "est"
    return adjective + "er", adjective + "est"


def main() -> None:
    lemmas = wordnet_lemmas()
    exceptions = adjective_exceptions()
    common = scowl(SCOWL_COMMON)
    adjectives = sorted(w for w, pos in lemmas.items() if "adj" in pos and re.fullmatch(r"[a-z]+", w))
    adjective_set = set(adjectives)
    blocked = {form for form, bases in exceptions.items() if form in bases}

    irregular_comparatives: dict[str, list[str]] = {base: list(c) for base, (c, _) in SUPPLETIVE.items()}
    irregular_superlatives: dict[str, list[str]] = {base: list(s) for base, (_, s) in SUPPLETIVE.items()}
    for form, bases in exceptions.items():
        for base in bases:
            if form == base or base not in adjective_set or base in SUPPLETIVE:
                continue
            if form.endswith("est"):
                irregular_superlatives.setdefault(base, []).append(form)
            elif form.endswith("er"):
                irregular_comparatives.setdefault(base, []).append(form)

    lines = []
    superlatives: set[str] = set()
    for adjective in adjectives:
        superlative_forms = irregular_superlatives.get(adjective, [])
        comparative_forms = irregular_comparatives.get(adjective, [])
        if not superlative_forms and len(adjective) >= 3:
            regular_comparative, regular_superlative = regular_forms(adjective)
            if regular_superlative in common and regular_superlative not in blocked:
                superlative_forms = [regular_superlative]
                comparative_forms = comparative_forms or [regular_comparative]
                # British spelling doubles a final l after a vowel in any syllable ("cruel" -> "crueller", "cruellest").
                doubled = adjective + "lest"
                if re.search(r"[aeiou]l$", adjective) and doubled in common and doubled not in blocked and doubled not in superlative_forms:
                    superlative_forms.append(doubled)
                    comparative_forms.append(adjective + "ler")
        if not superlative_forms:
            lines.append(adjective)
            continue
        superlatives.update(superlative_forms)
        lines.append(f"{adjective} {','.join(comparative_forms) or '-'} {','.join(superlative_forms)}")

    header = [
        "# adjective_forms.txt — English adjectives with their comparative and superlative where English inflects",
        "#   them (\"big bigger biggest\", \"far farther,further farthest,furthest\"); an adjective that takes \"more/most\"",
        "#   stands alone. \"-\" marks a missing comparative. Used by AdjectiveForms (the superlative rules).",
        "# Generated by tools/gen_adjective_forms.py from WordNet 3.0 (Debian wordnet-base: index.adj, adj.exc) and",
        "#   SCOWL (Debian wamerican, attesting regular -est forms), plus the suppletive forms adj.exc lacks (far, many,",
        "#   much, little, old); do not edit by hand.",
    ]
    target = ROOT / "rules" / "lexicons" / "adjective_forms.txt"
    target.write_text("\n".join(header) + "\n" + WORDNET_NOTICE + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} adjectives, {len(superlatives)} superlatives -> {target}")

    insane = scowl(SCOWL_INSANE)
    attested = {w.lower() for w in insane}

    def is_comparative(comparative: str, bases: set[str]) -> bool:
        # WordNet lists base forms only, so a common "-er" word it lacks is an inflection ("funner"); but when the
        # stem is a noun or verb of its own ("hone", "pry"), "honer" and "prier" are agent nouns, not comparatives.
        return (comparative in common and comparative not in lemmas
                and not any(base in lemmas and "adj" not in lemmas[base] for base in bases))

    def looks_superlative(word: str) -> bool:
        word = word.lower()
        if word in superlatives or word.endswith(("edest", "ndest")):
            return True
        if word.endswith("iest"):
            stem = word[:-4]
            # A two-letter stem is a root, not an adjective: "priest" is not "pry" + "iest".
            return stem + "y" in adjective_set or (len(stem) > 2 and stem + "y" in attested)
        if not word.endswith("est") or word in blocked:
            return False
        stem = word[:-3]
        bases = {stem, stem + "e"} | ({stem[:-1]} if len(stem) > 1 and stem[-1] == stem[-2] else set())
        return bool(bases & adjective_set) or is_comparative(stem + "er", bases)

    def words_of(entry: str) -> list[str]:
        return [part for part in re.split(r"[ -]", entry) if part]

    def has_look_alike(entry: str) -> bool:
        return any(word.lower().endswith(("est", "most")) for word in words_of(entry))

    # Single words (names keep their capital: "Budapest" must not read as a superlative either), and WordNet's
    # compounds and collocations with such a word ("compound interest", "forest fire", "almost never"), none of
    # whose words is a superlative or the grader "most" itself.
    pool = {w for w in insane if len(w) > 3 and w.isalpha() and (w.islower() or w.istitle())}
    pool |= {lemma.replace("_", " ") for lemma in lemmas if re.fullmatch(r"[a-z][a-z'-]*(_[a-z][a-z'-]*)*", lemma)}
    not_superlatives = sorted(entry for entry in pool
                              if has_look_alike(entry)
                              and not any(word.lower() in ("most", "mostest") or looks_superlative(word) for word in words_of(entry)))
    test_list = ROOT / "tests" / "Rhetlint.Rules.Tests" / "Superlatives" / "not_superlatives.txt"
    test_header = [
        "# Words ending in \"est\" or \"most\" that are not superlatives, alone or in WordNet collocations (\"forest fire\");",
        "#   no superlative rule may flag them.",
        "# Generated by tools/gen_adjective_forms.py from WordNet 3.0 lemmas and SCOWL (wamerican-insane); do not edit.",
    ]
    test_list.write_text("\n".join(test_header) + "\n" + WORDNET_NOTICE + "\n".join(not_superlatives) + "\n", encoding="utf-8")
    print(f"{len(not_superlatives)} non-superlatives -> {test_list}")


if __name__ == "__main__":
    main()
