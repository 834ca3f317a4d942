#!/usr/bin/env python3
"""Measures Rhetlint's attribution frames against the PolNeAR gold attributions (Source / Cue spans).

For every article of a split it runs `rhetlint explain --format json` on the text file and compares the
frames' source and cue spans with the brat annotations (any character overlap counts):

  source recall     gold Source spans overlapped by some detected frame source
  cue recall        gold Cue spans overlapped by some detected frame cue
  source precision  detected frame sources that overlap some gold Source span

An article annotated by several annotators has several .ann files: identical gold spans are counted once,
and a gold span counts as found if any annotator's span at that place is found. Missed gold sources are
broken down by a rough category of the source phrase and by whether the engine found the cue at all; a
few random misses are printed with their cue word. Everything is printed to the terminal only: the corpus
text is third-party news and must never be committed.

Usage:
  python3 tools/polnear_overlap.py [--rhetlint PATH] [--corpus DIR] [--split dev] [--examples 20]
                                   [--false-alarms 10] [--seed 1]

Standard library only; runs two rhetlint processes at a time.
"""
import argparse
import collections
import concurrent.futures
import json
import pathlib
import random
import re
import subprocess
import sys

REPO = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_RHETLINT = REPO / "src/Rhetlint.Cli/bin/Release/net10.0/rhetlint"
DEFAULT_CORPUS = REPO.parent / "shared/corpus/polnear"

PRONOUNS = {"he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "us", "me", "who", "which",
            "that", "this", "those", "these", "one", "both", "some", "others", "many", "most", "all"}
# Unnamed plural or generic role sources, the kind RH3002-style rules care about.
VAGUE_ROLE = re.compile(
    r"\b(sources?|officials?|experts?|analysts?|critics?|aides?|advisers?|advisors?|observers?|people|"
    r"insiders?|supporters?|opponents?|strategists?|operatives?|democrats|republicans|voters|polls?|surveys?|"
    r"studies|reports|documents|records|data|members|leaders|lawmakers|staff(ers)?|allies|officers|agents|"
    r"investigators|prosecutors|economists|scientists|researchers|observers|pundits|commentators)\b",
    re.IGNORECASE)
DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these",
               "those", "some", "many", "several", "one", "two", "three", "other", "another", "each", "every",
               "most", "few", "no", "any", "both", "such"}


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rhetlint", type=pathlib.Path, default=DEFAULT_RHETLINT,
                        help="the built rhetlint executable (default: %(default)s)")
    parser.add_argument("--corpus", type=pathlib.Path, default=DEFAULT_CORPUS,
                        help="the PolNeAR folder holding <split>/text and <split>/attributions (default: %(default)s)")
    parser.add_argument("--split", default="dev", help="dev (default) or train; keep test for final evaluation")
    parser.add_argument("--examples", type=int, default=20, help="random missed sources to print")
    parser.add_argument("--false-alarms", type=int, default=10, help="random detected sources with no gold source to print")
    parser.add_argument("--seed", type=int, default=1, help="seed for picking the examples")
    return parser.parse_args()


def read_gold(ann_paths, text):
    """Source and cue spans as (start, end) code-point offsets, identical spans merged across annotators.

    Returns (sources, cues, cue_of_source, bad) where cue_of_source maps a source span to its cue spans and
    bad counts spans whose stored text does not match the article text (a sign of an offset mismatch).
    """
    sources, cues = set(), set()
    cue_of_source = collections.defaultdict(set)
    bad = 0
    for ann in ann_paths:
        spans = {}
        for line in ann.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if line.startswith("T") and len(fields) >= 3:
                kind, *offsets = fields[1].replace(";", " ").split(" ")
                if kind not in ("Source", "Cue"):
                    continue
                numbers = [int(o) for o in offsets]
                # Discontinuous spans ("10 20;25 30") are counted by their outer bounds.
                span = (min(numbers), max(numbers))
                if ";" not in fields[1] and text[span[0]:span[1]] != fields[2]:
                    bad += 1
                spans[fields[0]] = (kind, span)
                (sources if kind == "Source" else cues).add(span)
            elif line.startswith("E"):
                roles = dict(part.split(":", 1) for part in fields[1].split(" ") if ":" in part)
                source, cue = spans.get(roles.get("Source")), spans.get(roles.get("Cue"))
                if source and cue:
                    cue_of_source[source[1]].add(cue[1])
    return sources, cues, cue_of_source, bad


def read_attributions(ann_paths):
    """Every annotated attribution as (source, cues, content): code-point spans, source None when the annotator marked
    none (an agentless passive, "reportedly"), cues a tuple of spans, content a span or None. Identical records from
    several annotators of one article are kept once."""
    records = set()
    for ann in ann_paths:
        spans = {}
        events = []
        for line in ann.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if line.startswith("T") and len(fields) >= 3:
                _, *offsets = fields[1].replace(";", " ").split(" ")
                numbers = [int(o) for o in offsets]
                spans[fields[0]] = (min(numbers), max(numbers))
            elif line.startswith("E"):
                events.append(dict(part.split(":", 1) for part in fields[1].split(" ") if ":" in part))
        for roles in events:
            cues = tuple(sorted(spans[v] for k, v in roles.items() if k.startswith("Cue") and v in spans))
            if cues:
                records.add((spans.get(roles.get("Source")), cues, spans.get(roles.get("Content"))))
    return sorted(records, key=lambda r: r[1][0])


def utf16_to_codepoints(text):
    """Maps UTF-16 offsets (rhetlint's) to code-point offsets (Python's and brat's)."""
    mapping = []
    for index, char in enumerate(text):
        mapping.append(index)
        if ord(char) > 0xFFFF:
            mapping.append(index)
    mapping.append(len(text))
    return mapping


def explain(rhetlint, path):
    result = subprocess.run([str(rhetlint), "explain", "--format", "json", str(path)],
                            capture_output=True, text=True, encoding="utf-8")
    if result.returncode != 0:
        raise RuntimeError(f"{path}: rhetlint exited {result.returncode}: {result.stderr.strip()}")
    return json.loads(result.stdout)


def detected_spans(report, text):
    """(sources, cues, quoted) as code-point spans: frame sources and cues, and runs of quoted voice."""
    to_cp = utf16_to_codepoints(text)
    sources, cues = [], []
    quoted = [(to_cp[run["span"]["start"]], to_cp[run["span"]["start"] + run["span"]["length"]])
              for sentence in report["sentences"] for run in sentence["voices"] if run["voice"] == "quoted"]
    for sentence in report["sentences"]:
        for frame in sentence["frames"]:
            for key, bucket in (("source", sources), ("cue", cues)):
                span = frame[key]
                start, end = span["start"], span["start"] + span["length"]
                bucket.append((to_cp[start], to_cp[end]))
    return sources, cues, quoted


def overlaps(span, others):
    return any(start < span[1] and span[0] < end for start, end in others)


def category(source_text, common_nouns):
    words = source_text.split()
    lowered = [w.lower().strip(",.'’\"“”") for w in words]
    if len(words) == 1 and lowered[0] in PRONOUNS:
        return "pronoun"
    if VAGUE_ROLE.search(source_text) and not any(w[:1].isupper() for w in words[1:]):
        return "sources/officials…"
    # A capitalized common noun ("Dockworkers said") is capitalized only because it opens the sentence.
    content = [w for w, low in zip(words, lowered) if low not in DETERMINERS and low not in common_nouns]
    if content and any(w[:1].isupper() for w in content):
        return "named"
    if lowered and (lowered[0] in DETERMINERS or lowered[0] in common_nouns or words[0][:1].islower()):
        return "nominal"
    return "other"


PARTICLES = {"out", "for", "on", "up", "to", "about", "of", "in", "with", "at", "against", "into"}
AUXILIARIES = {"has", "have", "had", "was", "were", "is", "are", "be", "been", "will", "would", "could", "can",
               "should", "may", "might", "must", "did", "does", "do", "also", "then", "not", "never", "n't"}


def miss_pattern(text, source, cue_spans, verbs, in_quotation):
    """The first pattern, in a fixed order, that likely kept the engine from reading a gold attribution."""
    if not cue_spans:
        return "no cue annotated"
    # Frames are not looked for inside quotations; a quotation paired wrongly can swallow whole paragraphs.
    if in_quotation:
        return "source inside a detected quotation"
    a, b = min(cue_spans)
    source_text = text[source[0]:source[1]]
    cue_text = text[a:b]
    if not any(ch.isalpha() for ch in cue_text):
        return "punctuation cue (colon, dash)"
    words = [w.strip(",.:;!?'’\"“”()") for w in cue_text.lower().split()]
    words = [w for w in words if w]
    if "according" in words:
        return "according to"
    if source_text.lower() in ("who", "which", "that", "whom") or source_text.lower().endswith(" of whom"):
        return "relative pronoun source (who/which)"
    if "(" in source_text or text[source[1]:source[1] + 2].lstrip().startswith("("):
        return "parenthetical after the name (Brandt (D-Kes.))"
    if any(w.endswith("ing") and w in verbs for w in words):
        return "-ing participle cue (…, saying)"
    if text[max(0, source[0] - 4):source[0]].lower().split()[-1:] == ["by"]:
        return "passive agent (was reported by X)"
    if source[0] > a:
        return "source after cue (said X)"
    between = text[source[1]:a].lower().split()
    if "and" in between or "and" in words:
        return "coordinated verb (paused and said)"
    content = [w for w in words if w not in AUXILIARIES]
    if "to" in content[1:-1] if len(content) > 2 else False:
        return "verb chain (went on to say)"
    if len(content) >= 2 and content[-1] in PARTICLES:
        return "multi-word cue (pointed out, called for)"
    if not any(w in verbs for w in words):
        return "cue not in the reporting-verb lexicon"
    if len(between) > 1:
        return "lexicon verb, words between source and cue"
    return "lexicon verb next to an unread source"


def common_nouns():
    """Role, document and organization nouns from the lexicons, singular and a crude plural."""
    nouns = set()
    for name in ("role_nouns", "document_nouns", "organization_descriptors"):
        lexicon = REPO / "rules/lexicons" / f"{name}.txt"
        if lexicon.exists():
            for line in lexicon.read_text(encoding="utf-8").splitlines():
                word = line.strip().lower()
                if word and not word.startswith("#"):
                    nouns.update((word, word + "s", word + "es", word[:-1] + "ies"))
    return nouns


def is_speech_cue(cue_text, verbs):
    """A cue holding a reporting verb of the lexicon or "according": the attributions Rhetlint aims to read.

    PolNeAR also marks beliefs, intentions and evaluations ("wants", "blasted", "plans"), which Rhetlint
    does not treat as attribution on purpose; recall on this subset separates detector gaps from that scope.
    """
    words = [w.strip(",.:;!?'’\"“”()") for w in cue_text.lower().split()]
    return any(w in verbs or w == "according" for w in words)


def reporting_verb_forms():
    forms = set()
    lexicon = REPO / "rules/lexicons/reporting_verbs.txt"
    if lexicon.exists():
        for line in lexicon.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                forms.update(line.lower().split())
    return forms


def main():
    args = parse_args()
    text_dir = args.corpus / args.split / "text"
    ann_dir = args.corpus / args.split / "attributions"
    if not args.rhetlint.exists():
        sys.exit(f"polnear_overlap: {args.rhetlint}: not found; build with "
                 "`dotnet build src/Rhetlint.Cli -c Release` or pass --rhetlint")
    if not text_dir.is_dir():
        sys.exit(f"polnear_overlap: {text_dir}: not found; pass --corpus")

    articles = sorted(text_dir.glob("*.txt"))
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        reports = list(pool.map(lambda p: explain(args.rhetlint, p), articles))

    verbs = reporting_verb_forms()
    nouns = common_nouns()
    totals = collections.Counter()
    missed = []
    false_alarms = []
    missed_by = collections.Counter()
    missed_cues = collections.Counter()
    for article, report in zip(articles, reports):
        # newline="" keeps \r\n as two characters, as in the offsets of both tools.
        text = article.open(encoding="utf-8", newline="").read()
        anns = sorted(ann_dir.glob(article.stem + "_*.ann"))
        gold_sources, gold_cues, cue_of_source, bad = read_gold(anns, text)
        found_sources, found_cues, quoted = detected_spans(report, text)
        title_end = text.find("\n")
        totals["offset mismatches"] += bad
        totals["articles"] += 1
        totals["gold sources"] += len(gold_sources)
        totals["gold cues"] += len(gold_cues)
        totals["gold sources in title"] += sum(1 for s in gold_sources if s[0] < title_end)

        for source in gold_sources:
            speech_cue = any(is_speech_cue(text[a:b], verbs) for a, b in cue_of_source.get(source, ()))
            totals["gold sources with a speech cue"] += speech_cue
            if overlaps(source, found_sources):
                totals["sources found"] += 1
                totals["speech-cue sources found"] += speech_cue
                continue
            cue_spans = cue_of_source.get(source, set())
            cue_words = " / ".join(sorted({text[a:b] for a, b in cue_spans})) or "?"
            cue_seen = any(overlaps(c, found_cues) for c in cue_spans)
            kind = category(text[source[0]:source[1]], nouns)
            cue_kind = "frame with this cue, other source span" if cue_seen else miss_pattern(text, source, cue_spans, verbs, overlaps(source, quoted))
            missed_by[(kind, cue_kind)] += 1
            if not cue_seen:
                for a, b in cue_spans:
                    words = text[a:b].lower().split()
                    missed_cues[" ".join(words) if len(words) <= 3 else "… " + " ".join(words[-2:])] += 1
            missed.append((article.name, source, text[source[0]:source[1]], cue_words, kind, cue_kind,
                           sentence_of(text, source)))
        totals["cues found"] += sum(1 for c in gold_cues if overlaps(c, found_cues))

        # The title line is not annotated; frames found there are left out of precision.
        body = [(s, c) for s, c in zip(found_sources, found_cues) if s[0] > title_end]
        totals["detected sources"] += len(body)
        totals["detected sources matching gold"] += sum(1 for s, _ in body if overlaps(s, gold_sources))
        for s, c in body:
            if not overlaps(s, gold_sources):
                false_alarms.append((article.name, s, text[s[0]:s[1]], text[c[0]:c[1]], sentence_of(text, s)))
        totals["detected sources in title (ignored)"] += len(found_sources) - len(body)

    print_report(args, totals, missed, missed_by, missed_cues, false_alarms)


def sentence_of(text, span, width=110):
    """The line around a span, clipped, with the span marked by [[ ]]."""
    line_start = text.rfind("\n", 0, span[0]) + 1
    line_end = text.find("\n", span[1])
    line_end = len(text) if line_end < 0 else line_end
    left = text[max(line_start, span[0] - width // 2):span[0]]
    right = text[span[1]:min(line_end, span[1] + width // 2)]
    return f"{left}[[{text[span[0]:span[1]]}]]{right}"


def ratio(part, whole):
    return f"{part}/{whole} = {part / whole:.1%}" if whole else f"{part}/0"


def print_report(args, totals, missed, missed_by, missed_cues, false_alarms):
    print(f"PolNeAR {args.split}: {totals['articles']} articles, rhetlint = {args.rhetlint}")
    if totals["offset mismatches"]:
        print(f"warning: {totals['offset mismatches']} gold spans do not match the text at their offsets")
    print(f"source recall (gold Source overlapped by a frame source): {ratio(totals['sources found'], totals['gold sources'])}")
    print(f"  only attributions whose cue is a lexicon reporting verb or 'according to': "
          f"{ratio(totals['speech-cue sources found'], totals['gold sources with a speech cue'])}")
    print(f"cue recall (gold Cue overlapped by a frame cue):          {ratio(totals['cues found'], totals['gold cues'])}")
    print(f"source precision (frame sources overlapping a gold Source): "
          f"{ratio(totals['detected sources matching gold'], totals['detected sources'])}"
          f"  [{totals['detected sources in title (ignored)']} in title lines ignored;"
          f" {totals['gold sources in title']} gold sources in titles]")

    print(f"\nmissed gold sources: {len(missed)}, by category of the source phrase")
    kinds = collections.Counter()
    cue_kinds = collections.Counter()
    for (kind, cue_kind), count in missed_by.items():
        kinds[kind] += count
        cue_kinds[cue_kind] += count
    for kind, count in kinds.most_common():
        print(f"  {kind:<20} {count:>5}")
    print("\nmissed gold sources by the likely pattern the engine lacks (first match in a fixed order)")
    for cue_kind, count in cue_kinds.most_common():
        by_kind = ", ".join(f"{kind} {missed_by[(kind, cue_kind)]}" for kind, _ in kinds.most_common() if missed_by[(kind, cue_kind)])
        print(f"  {cue_kind:<42} {count:>5}   ({by_kind})")

    print("\nmost frequent cues of missed sources whose cue was not found")
    for word, count in missed_cues.most_common(30):
        print(f"  {count:>4}  {word}")

    rng = random.Random(args.seed)
    print(f"\n{min(args.examples, len(missed))} random missed sources (terminal only; do not commit corpus text)")
    for name, span, source, cues, kind, cue_kind, context in rng.sample(missed, min(args.examples, len(missed))):
        print(f"- {name}:{span[0]} [{kind}; {cue_kind}] source={source!r} cue={cues!r}")
        print(f"    {context}")

    print(f"\ndetected sources that overlap no gold Source: {len(false_alarms)}; most frequent cues")
    for cue, count in collections.Counter(cue for _, _, _, cue, _ in false_alarms).most_common(15):
        print(f"  {count:>4}  {cue}")
    count = min(args.false_alarms, len(false_alarms))
    print(f"\n{count} random ones (terminal only)")
    for name, span, source, cue, context in rng.sample(false_alarms, count):
        print(f"- {name}:{span[0]} source={source!r} cue={cue!r}")
        print(f"    {context}")


if __name__ == "__main__":
    main()
