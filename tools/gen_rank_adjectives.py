#!/usr/bin/env python3
"""Generates rules/lexicons/rules/rank_adjectives.txt: adjectives that rank without a superlative suffix ("a leading
maker", "the foremost supplier", "the premier brand") and the heads of a market they rank ("maker", "supplier",
"company", "brand", "innovator"), from WordNet 3.0.

RH2001 reads a superlative's form ("-est", "most"); a rank adjective claims the same rank ("Harbor Mills is the
region's foremost maker of oat flour" = its best) with no such form. The class:
- `rank`: the lemmas of the WordNet senses that mean "first in rank": leading.s (02339342 "greatest in importance or
  achievement": leading, preeminent), foremost.s (00228294 "ranking above all others": first, foremost,
  world-class), premier.s (01012990 "first in rank or degree": premier, prime), with their hyphenated spellings.
  Curated additions, written here with their reason: "top" (a rank on a market head: "the country's top maker"),
  "defining" (WordNet has no adjective sense; "the defining company of the decade" ranks a firm above its era).
- `head`: nouns whose most frequent sense is in the hyponym tree of a seller or maker in a market: company.n.01,
  business.n.01, firm.n.01, manufacturer.n.01 (both the business and the person), maker.n.01, supplier.n.01,
  seller.n.01, innovator.n.01 (pioneer) and brand.n.01. A rank adjective before any other head is a standing in a
  race or a debate ("the leading candidate", "a leading voice", "a leading cause"), a post ("the top diplomat"), or
  a literal sense ("the top shelf", "the premier league"), none of which praises a product or a firm.

Left out of `rank`: "first" (an ordinal far more often than a rank: "the first maker to"), "prime" (prime minister,
prime suspect), "world-class" (a peacock term RH2003 already reports), the matchless.s family (unrivalled,
unmatched: RH2002 owns them). Left out of `head`: multi-word lemmas and proper nouns (WordNet capitalizes them),
and lemmas shorter than four letters; `HEAD_EXCLUDED`, each with its reason.

Source: WordNet 3.0, Princeton University (Debian package wordnet-base, /usr/share/wordnet).
Usage: apt-get install wordnet-base && python3 tools/gen_rank_adjectives.py
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from wordnet import LICENCE_NOTICE, load_index, load_synsets, tree  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "rules" / "lexicons" / "rules" / "rank_adjectives.txt"

RANK_SENSES = ("02339342", "00228294", "01012990")  # leading/preeminent, first/foremost/world-class, premier/prime
RANK_EXCLUDED = {"first", "prime", "world-class"}
RANK_CURATED = {"top", "defining"}
HEAD_ROOTS = (
    "08058098",  # company
    "08061042",  # business, concern, business organization
    "08059870",  # firm, house, business firm
    "08060446",  # manufacturer, maker, manufacturing business
    "10292316",  # manufacturer, producer (a person)
    "10284064",  # maker, shaper
    "10677271",  # supplier, provider
    "10577284",  # seller, marketer, vendor
    "10434725",  # pioneer, innovator, trailblazer
    "06845599",  # trade name, brand name, brand, marque
)

# Lemmas of the trees whose most frequent sense is not a seller or maker a reader would see ranked as a firm.
HEAD_EXCLUDED = {
    # a railway line or a ride, not the company that runs it ("the top monorail")
    "elevated", "funicular", "hypercoaster", "metro", "monorail", "railroad", "railway", "subway", "argosy",
    # crime: a ranked trafficker is a threat, which the threat rules own
    "trafficker",
    # tools and machine parts before a technical head ("the top processor", "a leading edger")
    "edger", "fitter", "processor", "shaper", "spinner",
    # "a leading headhunter", "a top recruiter": a standing in hiring, and "sandboy" is an idiom ("happy as a sandboy")
    "headhunter", "recruiter", "sandboy",
}


def rank_adjectives():
    synsets = load_synsets("adj")
    words = {w.lower().replace("_", " ") for s in RANK_SENSES for w in synsets[s].words}
    words = {w for w in words if " " not in w} - RANK_EXCLUDED | RANK_CURATED
    # "preeminent" is also spelled "pre-eminent".
    words |= {"pre-" + w[3:] for w in words if w.startswith("pre") and w[3:4] in "ae"}
    return sorted(words)


def heads():
    synsets = load_synsets("noun")
    market = tree(synsets, *HEAD_ROOTS)
    found = []
    for lemma, entry in load_index("noun").items():
        if "_" in lemma or "-" in lemma or len(lemma) < 4 or not lemma.isalpha():
            continue
        if lemma in HEAD_EXCLUDED:
            continue
        if entry.senses[0] in market and all(w[0].islower() for w in synsets[entry.senses[0]].words if w.lower() == lemma):
            found.append(lemma)
    return sorted(set(found))


def main():
    header = [
        "# rank_adjectives.txt — adjectives that rank without a superlative suffix, and the market heads they rank",
        "#   (\"a leading maker of kettles\", \"the region's foremost supplier\", \"the defining company of the decade\").",
        "# Used by: RH2001 unsupported-superlative (rank adjectives on a market head).",
        "# Format: KIND<TAB>word (lower case; plurals of heads are derived at load time).",
        "#   rank  an adjective that claims first place",
        "#   head  a noun naming a seller or maker in a market, by its most frequent WordNet sense",
        "# Generated by tools/gen_rank_adjectives.py from WordNet 3.0; the script lists the senses, trees and exclusions.",
        "#   Do not edit by hand.",
        *LICENCE_NOTICE,
    ]
    lines = [f"rank\t{w}" for w in rank_adjectives()] + [f"head\t{w}" for w in heads()]
    OUT.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} entries -> {OUT}")


if __name__ == "__main__":
    main()
