#!/usr/bin/env python3
"""Counts the gold superlative (SU) spans of eval sets by shape, found and missed by a build: which kinds are missed.

The SU twin of tools/ti_cue_coverage.py (issue 17). Each gold SU span of a set is given ONE shape, the first of these
that its words show (the order puts the narrow shapes before the broad ones):

  consensus      a consensus verb (agree, know, accept, dispute, disagree …) with a universal or negated subject
                 ("everyone", "everywhere", "no serious person", "not a … alive"), "beyond dispute", "undeniable": the
                 universal_claims lexicon's know/deny/beyond/undeniable entries
  unprecedented  the novelty_claims adjectives (unprecedented, unparalleled, unmatched …), its "never before" phrases,
                 and un-X-able/un-X-ible words ("unbeatable", "unstoppable")
  superlative    an -est/-iest superlative of adjective_forms.txt ("best", "worst" included), or most/least + an
                 adjective or an -ed/-ing word
  than-all       a comparative against everything ("than ever", "than any", "than anyone", "than at any time")
  era            a rank by era without a superlative form: "of all time", "of the" + century, decade, year,
                 generation, age, era or season (broad on purpose: "of the year" also dates)
  rank           a rank adjective of the rank_adjectives lexicon (top, leading, foremost, premier, defining …)
  puffery        an entry of peacock_terms (adjective, participle, noun, verb, the adjectives that puff a product) or
                 puffery_adjectives
  transformation "will" and a verb of the peacock_terms verb-will entries ("will transform", "will revolutionize")
  magnitude      an adjective or verb of the magnitude_words lexicon
  only           uniqueness: "the only" ("the only thing that will save us")
  abs-compare    an absolute with a comparative ("nobody works harder", "no government has done less")
  abs-perfect    an absolute with a perfect, a modal or "ever" ("has never kept", "nobody has ever", "will … every")
  absolute       any other: never, always, nobody, no one, no, everyone, everybody, everything, every, all, none,
                 nothing, forever, nowhere, completely, entirely, totally, ever
  other          none of these

For each shape the table gives: spans; with --rhetlint, how many an RH2 finding overlaps (found, as `rhetlint eval`
scores), how many it misses, and of the missed ones how many a finding of another family overlaps (reported, but as
TI or QS) and how many sit in a sentence that has some other RH2 finding (the rule saw the sentence but not the span);
"digit" (a digit in the span's sentence or the next, the place support would be), "source" (a reporting verb or
"according to" in that window next to a capitalized word that is not the sentence's first) and "quoted" (the span lies
inside double quotation marks of its paragraph). These three are counted over all spans and over the missed ones.

Prints COUNTS ONLY, never a span, a word, an id or a document: it is safe on the blind held-out sets, whose numbers
the lead may read but whose text nobody may. The shape tests read the rules' own lexicons, not any document.

Usage:
  python3 tools/su_cue_coverage.py SET.jsonl [SET.jsonl ...] [--rhetlint PATH/rhetlint.dll]

Standard library only.
"""
import argparse
import json
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from ti_cue_coverage import findings, gold_spans, utf16  # noqa: E402

REPO = pathlib.Path(__file__).resolve().parent.parent
LEXICONS = REPO / "rules/lexicons"
RULES = LEXICONS / "rules"
WORD = re.compile(r"[a-z0-9]+(?:['’-][a-z0-9]+)*")
SHAPES = ["consensus", "unprecedented", "superlative", "than-all", "era", "rank", "transformation", "puffery", "magnitude", "only",
          "abs-compare", "abs-perfect", "absolute", "other"]
ABSOLUTES = {"never", "always", "nobody", "no-one", "everyone", "everybody", "everything", "every", "all", "none", "nothing",
             "forever", "nowhere", "completely", "entirely", "totally", "ever", "no"}
UNIVERSAL_SUBJECTS = {"everyone", "everybody", "everywhere", "nobody", "all", "every", "any", "anyone", "anybody", "no-one", "none",
                      "whole", "no", "not"}
ERAS = {"century", "decade", "year", "generation", "age", "era", "season"}
UNIVERSAL_STANDARDS = [[w] for w in ("ever", "any", "anyone", "anybody", "anything", "all")]
PERFECT_OR_MODAL = {"has", "have", "had", "ever", "will", "would", "can", "could", "shall"}
# Words that end in -est and are no superlatives, as the annotation guidelines list them; adjective_forms already knows
# the rest, this only guards the fallback for words it lacks.
NOT_SUPERLATIVES = {"forest", "honest", "interest", "modest", "harvest", "request", "test", "arrest", "protest", "contest",
                    "suggest", "invest", "manifest", "digest", "latest", "earliest", "nearest", "oldest", "youngest"}


def tagged(path, tags=None):
    """The phrases of a tab-tagged lexicon as word tuples, optionally only those with one of the tags."""
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        tag, entry = (parts[0], parts[-1]) if len(parts) > 1 else ("", parts[0])
        if tags is not None and tag not in tags:
            continue
        words = tuple(WORD.findall(entry.lower()))
        if words:
            out.add(words)
    return out


def verb_forms(path, tags):
    """Every form of the verb lines of a lexicon whose forms share one line ("know knows")."""
    return {w for phrase in tagged(path, tags) for w in phrase}


def adjective_tables():
    """The adjectives, comparative and superlative forms of adjective_forms.txt (WordNet + SCOWL)."""
    adjectives, comparatives, superlatives = set(), {"better", "worse", "more", "less", "fewer"}, {"best", "worst"}
    for line in (LEXICONS / "adjective_forms.txt").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        adjectives.add(parts[0])
        if len(parts) >= 3:
            comparatives.update(f for f in parts[1].split(",") if f != "-")
            superlatives.update(parts[2].split(","))
    return adjectives, comparatives, superlatives - NOT_SUPERLATIVES


def contains(words, phrase):
    n = len(phrase)
    return any(tuple(words[i:i + n]) == phrase for i in range(len(words) - n + 1))


class Shapes:
    def __init__(self):
        universal = RULES / "universal_claims.txt"
        self.consensus_verbs = verb_forms(universal, {"know", "deny"}) | {"disagree", "disagrees", "doubted", "disputed"}
        self.beyond = {("beyond",) + p for p in tagged(universal, {"beyond"})}
        self.undeniable = {w for p in tagged(universal, {"undeniable", "undeniably"}) for w in p}
        novelty = RULES / "novelty_claims.txt"
        self.novelty_words = {p[0] for p in tagged(novelty, {"adjective"})}
        self.novelty_phrases = tagged(novelty, {"inverted", "phrase", "first"})
        self.adjectives, self.comparatives, self.superlatives = adjective_tables()
        self.ranks = {p for p in tagged(RULES / "rank_adjectives.txt", {"rank"})}
        peacock = RULES / "peacock_terms.txt"
        self.transformations = verb_forms(peacock, {"verb-will"})
        self.puffery = (tagged(peacock, {"adjective", "participle", "noun"})
                        | {p[:1] for p in tagged(peacock, {"adjective+"})}
                        | {(w,) for w in verb_forms(peacock, {"verb"})}
                        | {p for p in tagged(LEXICONS / "puffery_adjectives.txt") if p not in self.ranks})
        self.magnitude = tagged(RULES / "magnitude_words.txt", {"adjective"}) | {(w,) for w in verb_forms(RULES / "magnitude_words.txt", {"verb"})}

    def of(self, words):
        if self.is_consensus(words):
            return "consensus"
        if any(w in self.novelty_words or re.fullmatch(r"un[a-z]{3,}(?:able|ible)", w) and w != "unable" for w in words) \
                or any(contains(words, p) for p in self.novelty_phrases):
            return "unprecedented"
        if any(self.is_superlative(words, i) for i in range(len(words))):
            return "superlative"
        if any(w == "than" and (words[i + 1:i + 2] in UNIVERSAL_STANDARDS or words[i + 1:i + 3] == ["at", "any"]) for i, w in enumerate(words)):
            return "than-all"
        if contains(words, ("of", "all", "time")) or any(words[i:i + 2] == ["of", "the"] and words[i + 2] in ERAS for i in range(len(words) - 2)):
            return "era"
        if any(contains(words, p) for p in self.ranks):
            return "rank"
        if any(w == "will" and i + 1 < len(words) and words[i + 1] in self.transformations for i, w in enumerate(words)):
            return "transformation"
        if any(contains(words, p) for p in self.puffery):
            return "puffery"
        if any(contains(words, p) for p in self.magnitude):
            return "magnitude"
        if contains(words, ("the", "only")):
            return "only"
        if any(w in ABSOLUTES for w in words):
            if any(w in self.comparatives for w in words):
                return "abs-compare"
            if any(w in PERFECT_OR_MODAL for w in words):
                return "abs-perfect"
            return "absolute"
        return "other"

    def is_consensus(self, words):
        if any(contains(words, p) for p in self.beyond) or any(w in self.undeniable for w in words):
            return True
        has_universal = any(w in UNIVERSAL_SUBJECTS for w in words) or contains(words, ("no", "one")) or contains(words, ("we", "all"))
        return has_universal and any(w in self.consensus_verbs for w in words)

    def is_superlative(self, words, i):
        w = words[i]
        if w in self.superlatives:
            return True
        # Hyphenated compounds ("hardest-working", "best-selling") rank like their first part.
        if "-" in w and w.split("-")[0] in self.superlatives:
            return True
        if w in {"most", "least"} and i + 1 < len(words):
            nxt = words[i + 1]
            return nxt in self.adjectives or nxt.endswith(("ed", "ing", "ly"))
        return False


def sentence_end(text, index):
    """Just past the first sentence end at or after index (the text's end when there is none)."""
    candidates = [p for p in (text.find(c, index) for c in (". ", "! ", "? ", "\n")) if p >= 0]
    return min(candidates) + 1 if candidates else len(text)


def sentence_bounds(text, start, end):
    """The start of the span's sentence, the end of its own sentence and the end of the next (the support window)."""
    left = max(text.rfind(c, 0, start) for c in (". ", "! ", "? ", "\n")) + 1
    own = sentence_end(text, end)
    return left, own, sentence_end(text, own)


REPORTING = None


def has_named_source(window):
    """A reporting verb or "according to" next to a capitalized word that does not open its sentence."""
    global REPORTING
    if REPORTING is None:
        REPORTING = set()
        for line in (LEXICONS / "reporting_verbs.txt").read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                REPORTING.update(line.lower().split())
    words = WORD.findall(window.lower())
    if not (contains(words, ("according", "to")) or any(w in REPORTING for w in words)):
        return False
    return bool(re.search(r"(?<![.!?\n]\s)(?<!^)\b[A-Z][a-z]+", window.strip()))


def is_quoted(text, start):
    """Inside double quotation marks opened in the same paragraph."""
    paragraph_start = text.rfind("\n\n", 0, start) + 1
    before = text[paragraph_start:start]
    opened = before.count("“") - before.count("”")
    return opened > 0 or (before.count("\u201c") == 0 and before.count('"') % 2 == 1)


def overlap_row(mine, prefix, text, start, end, left, own):
    """found/missed for a gold span by a build's findings `mine` of one case (rule ids starting with prefix, as `rhetlint
    eval` scores) and, when missed, whether another family's finding overlaps it and whether the prefix's rules flag
    something else in its sentence [left, own)."""
    a, b = utf16(text, start), utf16(text, end)
    hit = any(r.startswith(prefix) and s < b and a < e for r, s, e in mine)
    row = {"found": hit, "missed": not hit}
    if not hit:
        sa, sb = utf16(text, left), utf16(text, own)
        row["m:other-family"] = any(not r.startswith(prefix) and s < b and a < e for r, s, e in mine)
        row[f"m:{prefix}-in-sent"] = any(r.startswith(prefix) and s < sb and sa < e for r, s, e in mine)
    return row


def print_table(path, table, shapes, columns, width):
    """One line per shape that has spans, then the total, labelled by the set's folder (or file) name."""
    label = path.parent.name if path.name == "cases.jsonl" else path.stem
    for shape in shapes + ["total"]:
        t = table[shape]
        if t["spans"]:
            print(f"{label:<10} {shape:<{width}} " + " ".join(f"{t[c]:>{max(5, len(c))}}" for c in columns))


COLUMNS = ["spans", "found", "missed", "m:other-family", "m:RH2-in-sent", "digit", "source", "quoted", "m:digit", "m:source", "m:quoted"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="+", type=pathlib.Path)
    parser.add_argument("--rhetlint", type=pathlib.Path, help="split the spans into found and missed by this build")
    args = parser.parse_args()
    shapes = Shapes()
    print(f"{'set':<10} {'shape':<14} " + " ".join(f"{c:>{max(5, len(c))}}" for c in COLUMNS))
    for path in args.sets:
        cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        found = findings(args.rhetlint, cases) if args.rhetlint else None
        table = {s: dict.fromkeys(COLUMNS, 0) for s in SHAPES + ["total"]}
        for case, text, start, end in gold_spans(cases, "SU"):
            shape = shapes.of(WORD.findall(text[start:end].lower()))
            left, own, right = sentence_bounds(text, start, end)
            window = text[left:right]
            marks = {"digit": bool(re.search(r"\d", window)), "source": has_named_source(window), "quoted": is_quoted(text, start)}
            row = {"spans": 1, **marks}
            if found is not None:
                row.update(overlap_row(found.get(case["id"], []), "RH2", text, start, end, left, own))
                if row["missed"]:
                    row.update({f"m:{k}": v for k, v in marks.items()})
            for key in (shape, "total"):
                for column, value in row.items():
                    table[key][column] += int(value)
        print_table(path, table, SHAPES, COLUMNS, 14)


if __name__ == "__main__":
    main()
