#!/usr/bin/env python3
"""Writes bench/run.sh's inputs into a folder: opinion prose of 1 MB and 10 MB, a folder of 5,000 drafts, one 500 KB
sentence, and the hostile inputs (in hostile/). The prose is made of our own sentences (bench/lsp.py's: fictional
places and people, with the claims, quotations and sources the rules look at), in Markdown paragraphs under headings,
the same on every run. Usage: python3 bench/inputs.py FOLDER
"""
import pathlib
import random
import sys

from lsp import SENTENCES

DRAFTS = 5000


def opinion(size, rng):
    """Markdown prose of about `size` characters: a heading every eight paragraphs of three to six sentences."""
    parts, length, paragraphs = ["# The harbor deal\n\n"], 0, 0
    while length < size:
        if paragraphs and paragraphs % 8 == 0:
            parts.append(f"## Part {paragraphs // 8 + 1}\n\n")
        paragraph = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(3, 6))) + "\n\n"
        parts.append(paragraph)
        length += len(paragraph)
        paragraphs += 1
    return "".join(parts)


def one_sentence(size, rng):
    """Clauses of the sentences, stops dropped, joined by commas into one sentence of about `size` characters."""
    clauses, length = [], 0
    while length < size:
        clause = rng.choice(SENTENCES).rstrip(".").replace(". ", ", ")
        clauses.append(clause[0].lower() + clause[1:])
        length += len(clause) + 2
    return "So, " + ", and ".join(clauses) + ".\n"


def main():
    folder = pathlib.Path(sys.argv[1])
    rng = random.Random(18)
    (folder / "opinion-1mb.md").write_text(opinion(1_000_000, rng), encoding="utf-8")
    (folder / "opinion-10mb.md").write_text(opinion(10_000_000, rng), encoding="utf-8")
    drafts = folder / "drafts"
    drafts.mkdir()
    for i in range(DRAFTS):
        # An op-ed draft: 1 to 3 KB.
        (drafts / f"draft-{i:04}.md").write_text(opinion(rng.randint(1000, 3000), rng), encoding="utf-8")
    (folder / "sentence-500kb.txt").write_text(one_sentence(500_000, rng), encoding="utf-8")

    hostile = folder / "hostile"
    hostile.mkdir()
    (hostile / "single-line.txt").write_text("The harbor is busy and one columnist noted that the port was full. " * 80000)
    (hostile / "no-punctuation.txt").write_text("word " * 1_000_000)
    (hostile / "quote-storm.txt").write_text("\u201c a \u201d \u201c " * 700_000)
    (hostile / "markdown.md").write_text("# Head\n\nThe *best* harbor is [here](http://x.y). \"Quote,\" said a diplomat.\n\n" * 60000)
    # Issue 15: each about 1 MB, each to be analyzed in under 2 seconds.
    (hostile / "superlative-sentence.txt").write_text("We saw the greatest plan, " * 40000 + "and stopped.\n")
    (hostile / "unclosed-quotes.txt").write_text("\"Critics " * 110000 + "\n")
    (hostile / "unclosed-curly-quotes.md").write_text("\u201cCritics " * 110000 + "\n")
    (hostile / "nested-quotes.md").write_text("(\"" * 125000 + "Critics say so." + "\")" * 125000 + "\n")
    (hostile / "unclosed-links.md").write_text("[a](" * 250000 + "\n")  # quadratic inside Markdig until MarkdownReader cut runaway destinations
    (hostile / "deep-quotes.md").write_text((">" * 130 + " Critics say so.\n") * 7000)


if __name__ == "__main__":
    main()
