#!/usr/bin/env python3
"""Counts the gold threat-inflation (TI) spans of eval sets by grammatical shape, found and missed by a build.

The TI twin of tools/su_cue_coverage.py (issue 16). tools/ti_cue_coverage.py asks which cue WORDS the spans hold; this
asks which CONSTRUCTIONS they are written in, so that the shapes blind writers use can be counted without reading them.
Each gold TI span gets ONE shape, the first of these that its words show (narrow shapes before broad ones):

  intent       a motive or plan: "on purpose", "deliberately", "no accident", "set out to", "won't stop until",
               "bent on", "as a weapon", "counting on", a desire or scheming verb (want, plot, scheme, wage)
  chain        a sequence of casualties: "then" twice, "today … tomorrow", "is next", "one by one", "domino"
  analogy      a past episode: a year, "all over again", "playbook", "remembers", a capitalised name after a/an/another
  simile       "like a/an/the …", "as if"
  superlative  a threat ranked: an -est superlative of adjective_forms.txt or most/least + adjective ("the gravest
               danger", "the most dangerous")
  capability   "all it takes / would take", or can/could with a sweep word (single, overnight, whole, entire, every)
  universal    every, everyone, nobody, no one, none, "not a single", "untouched", "won't be a …"
  dated        a flat future (will, won't, 'll, never, faces) with a time marker (within, by, next, a digit, a span
               noun such as years or decade, a season, "from now on")
  forecast     a flat future without a time marker
  hedged       could, may, might, can
  finality     a loss stated as done: "as we know it", finished, over, gone, dead, end, last, extinction, everything
  ing-verb     an -ing word (a progressive "is bleeding", a participle "a fuse running under", a gerund): a harm told
               as under way
  copula       a label by copula ("is a …", "that's …")
  phrase       a noun phrase with none of the above ("a death sentence for …")

For each shape the table gives: spans; with --rhetlint, how many an RH1 finding overlaps (found, as `rhetlint eval`
scores), how many it misses, and of the missed ones how many another family's finding overlaps (m:other-family) and how many
sit in a sentence that has some other RH1 finding (m:RH1-in-sent: the rule saw the sentence but not the span).

Prints COUNTS ONLY, never a span, a word, an id or a document: it is safe on the blind held-out sets, whose numbers the
lead may read but whose text nobody may. The shape tests are closed grammatical word classes, not any document's words.

Usage:
  python3 tools/ti_shape_coverage.py SET.jsonl [SET.jsonl ...] [--rhetlint PATH/rhetlint.dll]

Standard library only.
"""
import argparse
import json
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from su_cue_coverage import adjective_tables, contains, overlap_row, print_table, sentence_bounds  # noqa: E402
from ti_cue_coverage import findings, gold_spans  # noqa: E402

WORD = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")
SHAPES = ["intent", "chain", "analogy", "simile", "superlative", "capability", "universal", "dated", "forecast", "hedged", "finality",
          "ing-verb", "copula", "phrase"]
INTENT_WORDS = {"deliberately", "purposely", "intentionally", "deliberate", "want", "wants", "wanted", "plot", "plots", "plotting",
                "scheme", "schemes", "scheming", "wage", "wages", "waging", "determined"}
INTENT_PHRASES = [("on", "purpose"), ("no", "accident"), ("no", "coincidence"), ("set", "out", "to"), ("stop", "until"),
                  ("bent", "on"), ("intent", "on"), ("as", "a", "weapon"), ("counting", "on"), ("their", "tracks"), ("its", "tracks")]
SWEEP = {"single", "overnight", "whole", "entire", "every", "one"}
UNIVERSAL_WORDS = {"every", "everyone", "everybody", "nobody", "none", "untouched", "no-one"}
FUTURE = {"will", "won't", "'ll", "never", "faces", "face", "shall"}
HEDGES = {"could", "may", "might", "can"}
TIME_WORDS = {"within", "by", "next", "years", "year", "months", "month", "weeks", "week", "days", "decade", "decades",
              "generation", "generations", "century", "summer", "winter", "spring", "autumn", "christmas", "season", "soon"}
FINAL_WORDS = {"finished", "over", "gone", "dead", "end", "last", "extinction", "everything", "doomed"}
COPULAS = {"is", "are", "was", "that's", "it's", "this", "'s"}
ADJECTIVES, _, SUPERLATIVES = adjective_tables()


def words_of(span):
    """Lower-case words, curly apostrophes made straight and a split-off 's / 'll kept as its own token."""
    text = span.replace("\u2019", "'").lower()
    text = re.sub(r"(?<=[a-z])'(s|ll)\b", r" '\1", text)
    return re.findall(r"'(?:s|ll)\b|" + WORD.pattern, text)


def shape_of(span):
    words = words_of(span)
    if any(w in INTENT_WORDS for w in words) or any(contains(words, p) for p in INTENT_PHRASES):
        return "intent"
    if words.count("then") >= 2 or ("today" in words and "tomorrow" in words) or contains(words, ("is", "next")) \
            or contains(words, ("one", "by", "one")) or any(w.startswith("domino") for w in words) or words[-1:] == ["next"]:
        return "chain"
    if re.search(r"\b(1[5-9]\d\d|20[0-4]\d)\b", span) or contains(words, ("all", "over", "again")) or "playbook" in words \
            or "remembers" in words or re.search(r"\b(?:[Aa]n?|[Aa]nother)\s+[A-Z][a-z]+", span):
        return "analogy"
    if any(words[i] == "like" and words[i + 1] in {"a", "an", "the"} for i in range(len(words) - 1)) or contains(words, ("as", "if")):
        return "simile"
    if any(w in SUPERLATIVES or w in {"most", "least"} and words[i + 1:i + 2] and words[i + 1] in ADJECTIVES for i, w in enumerate(words)):
        return "superlative"
    if contains(words, ("all", "it", "takes")) or contains(words, ("all", "it", "would", "take")) \
            or (any(w in {"can", "could"} for w in words) and any(w in SWEEP for w in words)):
        return "capability"
    if any(w in UNIVERSAL_WORDS for w in words) or contains(words, ("no", "one")) or contains(words, ("not", "a", "single")) \
            or any(w == "won't" and words[i + 1:i + 3] == ["be", "a"] for i, w in enumerate(words)) or contains(words, ("will", "not", "be", "a")):
        return "universal"
    if any(w in FUTURE for w in words):
        timed = any(w in TIME_WORDS or w.isdigit() for w in words) or contains(words, ("from", "now", "on"))
        return "dated" if timed else "forecast"
    if any(w in HEDGES for w in words):
        return "hedged"
    if any(w in FINAL_WORDS for w in words) or contains(words, ("as", "we", "know", "it")):
        return "finality"
    if any(w.endswith("ing") and len(w) > 4 for w in words):
        return "ing-verb"
    if any(w in COPULAS for w in words):
        return "copula"
    return "phrase"


COLUMNS = ["spans", "found", "missed", "m:other-family", "m:RH1-in-sent"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="+", type=pathlib.Path)
    parser.add_argument("--rhetlint", type=pathlib.Path, help="split the spans into found and missed by this build")
    args = parser.parse_args()
    print(f"{'set':<10} {'shape':<12} " + " ".join(f"{c:>{max(5, len(c))}}" for c in COLUMNS))
    for path in args.sets:
        cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        found = findings(args.rhetlint, cases) if args.rhetlint else None
        table = {s: dict.fromkeys(COLUMNS, 0) for s in SHAPES + ["total"]}
        for case, text, start, end in gold_spans(cases, "TI"):
            row = {"spans": 1}
            if found is not None:
                left, own, _ = sentence_bounds(text, start, end)
                row.update(overlap_row(found.get(case["id"], []), "RH1", text, start, end, left, own))
            for key in (shape_of(text[start:end]), "total"):
                for column, value in row.items():
                    table[key][column] += int(value)
        print_table(path, table, SHAPES, COLUMNS, 12)


if __name__ == "__main__":
    main()
