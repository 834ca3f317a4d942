#!/usr/bin/env python3
"""Counts how many gold threat-inflation spans contain any phrase the TI rules' lexicons know: the lexical ceiling.

For each gold TI span of an eval set, asks whether an entry of the cue lexicons the RH1 rules load (rules/lexicons/rules/*,
the context and exclusion lists left out) occurs inside the span, or only elsewhere in the span's sentence; and, as a
second question, whether a threat referent or outcome of the shared semantic layer (threat_referents*, threat_outcomes*)
does. With --rhetlint, the spans are split into found and missed by that build (a span is found when an RH1 finding
overlaps it, as `rhetlint eval` scores). Prints COUNTS ONLY, never a span, word or document: it is safe on the blind
held-out sets, whose numbers the lead may read but whose text nobody may.

Matching is lexical and generous on purpose (a ceiling): an entry matches a run of words that are the entry's words or
their regular inflections (-s, -es, -ed, -d, -ing, -y/-ies/-ied); "(a|b)" alternatives in an entry are expanded and
entries with other pattern syntax are read as their literal words. Cues the rules hold in code rather than in a lexicon
("unprecedented", "never been more dangerous") are not counted, so the ceiling is a lower bound on what the rules know.

With --per-lexicon (needs --rhetlint), also prints, for each cue lexicon, in how many missed spans one of its distinctive
entries occurs: which families of cue words the rules know but do not accept in the shape the span has. Still counts and
lexicon file names only.

Usage:
  python3 tools/ti_cue_coverage.py SET.jsonl [SET.jsonl ...] [--rhetlint PATH/rhetlint.dll] [--per-lexicon]

Standard library only.
"""
import argparse
import itertools
import json
import pathlib
import re
import subprocess
import sys
import tempfile

REPO = pathlib.Path(__file__).resolve().parent.parent
RULE_LEXICONS = REPO / "rules/lexicons/rules"
ENGINE_LEXICONS = REPO / "rules/lexicons"
SOURCE = REPO / "src/Rhetlint.Rules/ThreatInflation"
# Lists that reject or qualify a reading (literal, legal, mention contexts) or sit between a cue's parts: not cues.
NOT_CUES = {"imagery_context", "legal_context", "urgency_context", "hostile_intent_interveners"}
NEWS = REPO.parent / "shared/corpus/polnear/train/text"
REFERENTS = ["threat_referents", "threat_referents_wordnet", "threat_outcomes", "threat_outcomes_wordnet"]
WORD = re.compile(r"[a-z0-9]+(?:['’-][a-z0-9]+)*")


def lexicons_the_rules_load():
    """The rule lexicons named by a string literal in the TI rules' sources, less the context lists."""
    names = set()
    for source in SOURCE.glob("*.cs"):
        names.update(re.findall(r'"([a-z_]+)"', source.read_text(encoding="utf-8")))
    return sorted(n for n in names if (RULE_LEXICONS / f"{n}.txt").exists() and n not in NOT_CUES)


def entries(path):
    """The phrases of a lexicon file as word tuples (tag column dropped, alternatives expanded)."""
    phrases = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        phrase = line.split("\t")[-1].lower()
        parts = re.split(r"(\([^()]*\))", phrase)
        options = [p[1:-1].split("|") if p.startswith("(") and p.endswith(")") else [p] for p in parts]
        for combo in itertools.product(*options):
            words = tuple(WORD.findall("".join(combo)))
            if words:
                phrases.add(words)
    return phrases


def forms(word):
    """A word and its regular inflections."""
    out = {word, word + "s", word + "es", word + "ed", word + "d", word + "ing"}
    if word.endswith("e"):
        out.add(word[:-1] + "ing")
    if word.endswith("y"):
        out.update({word[:-1] + "ies", word[:-1] + "ied"})
    return out


class Matcher:
    def __init__(self, phrases):
        self.by_first = {}
        for phrase in phrases:
            for form in forms(phrase[0]):
                self.by_first.setdefault(form, []).append((phrase, [forms(w) for w in phrase[1:]]))

    def matches(self, words):
        """The entries that occur in the words."""
        out = set()
        for i, word in enumerate(words):
            for phrase, rest in self.by_first.get(word, ()):
                if i + 1 + len(rest) <= len(words) and all(words[i + 1 + j] in f for j, f in enumerate(rest)):
                    out.add(phrase)
        return out

    def occurs(self, words):
        return bool(self.matches(words))


def distinctive(phrases, threshold):
    """
    The entries that occur in at most `threshold` of the sentences of real news (PolNeAR train): a slot filler such as
    "want" or "will" occurs everywhere and says nothing about a span on its own; a cue such as "time bomb" is rare.
    """
    counts, sentences = {}, 0
    matcher = Matcher(phrases)
    for path in NEWS.glob("*.txt"):
        for sentence in re.split(r"(?<=[.!?])\s+|\n+", path.read_text(encoding="utf-8", errors="replace")):
            sentences += 1
            for phrase in matcher.matches(WORD.findall(sentence.lower())):
                counts[phrase] = counts.get(phrase, 0) + 1
    return {p for p in phrases if counts.get(p, 0) <= threshold * sentences}


def sentence_around(text, start, end):
    """The sentence(s) the span sits in: from the last sentence end before it to the first after it."""
    left = max(text.rfind(c, 0, start) for c in (". ", "! ", "? ", "\n"))
    right_candidates = [p for p in (text.find(c, end) for c in (". ", "! ", "? ", "\n")) if p >= 0]
    right = min(right_candidates) if right_candidates else len(text)
    return text[left + 1:right + 1]


def locate(text, span, occurrence):
    start = -1
    for _ in range(occurrence or 1):
        start = text.find(span, start + 1)
        if start < 0:
            return None
    return start, start + len(span)


def gold_spans(cases, family):
    """Each gold span of a family that its document holds, as (case, text, start, end) in code points."""
    for case in cases:
        text = case["text"]
        for gold in case.get("findings", []):
            if gold["family"] == family and (where := locate(text, gold["span"], gold.get("occurrence"))) is not None:
                yield case, text, *where


def utf16(text, index):
    return len(text[:index].encode("utf-16-le")) // 2


def findings(build, cases):
    """For each case id, (rule id, start, end) of the build's findings, UTF-16 offsets as `check` gives them."""
    with tempfile.TemporaryDirectory() as folder:
        paths = {}
        for case in cases:
            path = pathlib.Path(folder) / (case["id"] + (".md" if case.get("format") == "markdown" else ".txt"))
            path.write_text(case["text"], encoding="utf-8")
            paths[str(path)] = case["id"]
        result = subprocess.run(["dotnet", str(build), "check", "--format", "json", "--no-cache", "--exit-zero", *paths],
                                capture_output=True, text=True, encoding="utf-8")
        if result.returncode != 0:
            sys.exit(f"rhetlint exited {result.returncode}")
        out = {}
        for file in json.loads(result.stdout)["files"]:
            out[paths[file["path"]]] = [(d["id"], d["start"], d["start"] + d["length"]) for d in file["diagnostics"]]
        return out


def rh1_findings(build, cases):
    """For each case id, the (start, end) UTF-16 ranges of the build's RH1 findings."""
    return {case: [(start, end) for rule, start, end in found if rule.startswith("RH1")] for case, found in findings(build, cases).items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="+", type=pathlib.Path)
    parser.add_argument("--rhetlint", type=pathlib.Path, help="split the spans into found and missed by this build")
    parser.add_argument("--max-news-rate", type=float, default=0.002,
                        help="a cue entry counts only if it occurs in at most this share of real-news sentences (default: %(default)s; 1 keeps all)")
    parser.add_argument("--per-lexicon", action="store_true", help="count missed spans per cue lexicon (needs --rhetlint)")
    args = parser.parse_args()
    if args.per_lexicon and not args.rhetlint:
        parser.error("--per-lexicon needs --rhetlint")
    names = lexicons_the_rules_load()
    by_lexicon = {n: entries(RULE_LEXICONS / f"{n}.txt") for n in names}
    all_cues = set().union(*by_lexicon.values())
    kept = distinctive(all_cues, args.max_news_rate) if args.max_news_rate < 1 else all_cues
    lexicon_matchers = {n: Matcher(phrases & kept) for n, phrases in by_lexicon.items() if phrases & kept}
    cues = Matcher(kept)
    referents = Matcher(set().union(*(entries(ENGINE_LEXICONS / f"{n}.txt") for n in REFERENTS)))
    print(f"cue lexicons: {len(names)}, entries: {len(all_cues)}, kept as distinctive (news sentence rate <= {args.max_news_rate}): {len(kept)}")
    print(f"{'set':<10} {'group':<7} {'spans':>5}  {'cue in span':>11} {'cue in sent only':>16} {'no cue':>6}  {'ref in span':>11} {'ref in sent only':>16} {'no ref':>6}")
    for path in args.sets:
        cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        found = rh1_findings(args.rhetlint, cases) if args.rhetlint else None
        tallies = {}
        missed_per_lexicon = {}
        for case, text, start, end in gold_spans(cases, "TI"):
            groups = ["all"]
            if found is not None:
                a, b = utf16(text, start), utf16(text, end)
                groups.append("found" if any(s < b and a < e for s, e in found.get(case["id"], [])) else "missed")
            span_words = WORD.findall(text[start:end].lower())
            sentence_words = WORD.findall(sentence_around(text, start, end).lower())
            row = [1,
                   cues.occurs(span_words), not cues.occurs(span_words) and cues.occurs(sentence_words), not cues.occurs(sentence_words),
                   referents.occurs(span_words), not referents.occurs(span_words) and referents.occurs(sentence_words),
                   not referents.occurs(sentence_words)]
            for group in groups:
                tallies[group] = [x + int(y) for x, y in zip(tallies.get(group, [0] * 7), row)]
            if args.per_lexicon and "missed" in groups:
                for name, matcher in lexicon_matchers.items():
                    if matcher.occurs(span_words):
                        missed_per_lexicon[name] = missed_per_lexicon.get(name, 0) + 1
        label = path.parent.name if path.name == "cases.jsonl" else path.stem
        for group in ("all", "found", "missed"):
            if group in tallies:
                t = tallies[group]
                print(f"{label:<10} {group:<7} {t[0]:>5}  {t[1]:>11} {t[2]:>16} {t[3]:>6}  {t[4]:>11} {t[5]:>16} {t[6]:>6}")
        if args.per_lexicon:
            counts = ", ".join(f"{name} {n}" for name, n in sorted(missed_per_lexicon.items(), key=lambda kv: (-kv[1], kv[0])))
            print(f"{label:<10} missed spans per cue lexicon: {counts or 'none'}")


if __name__ == "__main__":
    main()
