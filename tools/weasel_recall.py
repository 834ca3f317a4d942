#!/usr/bin/env python3
"""Measures the sourcing rules (RH3xxx) against real weasel wording in Wikipedia sentences.

Two corpora in ../shared/corpus mark uncertainty in Wikipedia sentences:

- wikiweasel-conll2010-sentences: CoNLL-2010 sentences labelled certain / uncertain (weasel, hedge or peacock,
  no cue offsets). The uncertain ones are sorted into weasel shapes by the patterns below; a sentence that
  matches none is a hedge or a peacock, which RH3 should leave alone.
- szeged-uncertainty-wikiweasel: WikiWeasel 2.0 with inline doxastic cues ("considered", "alleged",
  "believed"); its doxastic sentences are grouped by cue word.

Every sentence is written as a paragraph of its own into temporary files and checked with the build. The
report gives, per shape, how many sentences an RH3 finding touches (recall), the RH3 rate on certain
sentences and on sentences without a cue (a precision proxy: a finding there is most likely a false alarm,
though Wikipedia's certain sentences still hold some real weasels the labels missed), and examples of misses
per shape (--show) and of findings on certain sentences (--false-alarms).

The shapes are read from wording classes, not single words: a vague group is a quantifier or a bare plural
source head from rules/lexicons/source_nouns.txt before a reporting verb of rules/lexicons/reporting_verbs.txt.

Usage:
  python3 tools/weasel_recall.py [--rhetlint PATH] [--before PATH] [--show 8] [--false-alarms 10] [--split train|eval|all]

The corpora are research data without redistribution rights: output goes to the terminal only.
Standard library only.
"""
import argparse
import collections
import html
import json
import pathlib
import random
import re
import subprocess
import sys
import tempfile

REPO = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_RHETLINT = REPO / "src/Rhetlint.Cli/bin/Debug/net10.0/rhetlint.dll"
CORPUS = REPO.parent / "shared/corpus"
CONLL = CORPUS / "wikiweasel-conll2010-sentences"
SZEGED = CORPUS / "szeged-uncertainty-wikiweasel/wiki.xml"
LEXICONS = REPO / "rules/lexicons"

QUANTIFIERS = r"(?:some|many|several|most|numerous|various|few|a few|certain|a number of|a lot of|lots of|countless|other|others)"
ADVERBIALS = r"(?:reportedly|allegedly|supposedly|purportedly|reputedly|ostensibly)"
PASSIVE_VERBS = (r"(?:said|believed|thought|claimed|argued|reported|rumou?red|alleged|suggested|considered|felt|known|held|noted|"
                 r"speculated|assumed|estimated|expected|rumoured|accepted|acknowledged|recognized|recognised|regarded|seen|viewed|"
                 r"described|hailed|praised|criticized|criticised|called|labell?ed|touted|credited|deemed|perceived|understood)")


def plural(word):
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    if re.search(r"(s|x|z|ch|sh)$", word):
        return word + "es"
    if word.endswith("man"):
        return word[:-3] + "men"
    return word + "s"


def load_words():
    heads = set()
    for name in ("source_nouns.txt", "source_nouns_curated.txt", "role_nouns.txt"):
        for line in (LEXICONS / name).read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            lemma = line.split("\t")[-1].strip().lower()
            if " " in lemma:
                continue
            heads.add(plural(lemma))
    verbs = set()
    for line in (LEXICONS / "reporting_verbs.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            verbs.update(line.split())
    for line in (CORPUS / "lexicons/report_verbs.txt").read_text(encoding="utf-8").splitlines():
        word = line.strip()
        if word and not word.startswith("#"):
            verbs.update({word, word + "s", word + "d" if word.endswith("e") else word + "ed"})
    return heads, verbs


def shape_patterns(heads, verbs):
    """Weasel shapes, most specific first; a sentence counts in the first shape it matches."""
    verb = r"(?:" + "|".join(sorted(map(re.escape, verbs), key=len, reverse=True)) + r")"
    head = r"(?:" + "|".join(sorted(map(re.escape, heads), key=len, reverse=True)) + r")"
    adverbs = r"(?:\w+ly\s+)?"
    return [
        ("passive 'it is believed'", re.compile(rf"\bit\s+(?:is|was|has\s+been|had\s+been|has\s+long\s+been|is\s+being)\s+{adverbs}{PASSIVE_VERBS}\b", re.I)),
        ("passive by vague agent", re.compile(rf"\b{PASSIVE_VERBS}\s+(?:by\s+)(?:{QUANTIFIERS}|{head}|(?:\w+\s+)?{head})\b", re.I)),
        ("quantifier + source head + verb", re.compile(rf"\b{QUANTIFIERS}\s+(?:\w+\s+){{0,2}}{head}\s+{adverbs}(?:have\s+|had\s+|are\s+|were\s+)?{verb}\b", re.I)),
        ("vague pronoun + verb", re.compile(rf"\b(?:some|many|others|critics|detractors|supporters|fans|observers|experts)\s+{adverbs}(?:have\s+|had\s+)?{verb}\b", re.I)),
        ("bare plural head + verb", re.compile(rf"(?:^|[,;]\s+|\band\s+)(?:\w+\s+)?{head}\s+{adverbs}(?:have\s+|had\s+|are\s+|were\s+)?{verb}\b", re.I)),
        ("adverbial", re.compile(rf"\b{ADVERBIALS}\b", re.I)),
        ("passive subject 'is considered'", re.compile(rf"\b(?:is|are|was|were|has\s+been|have\s+been)\s+{adverbs}{PASSIVE_VERBS}\s+(?:to|as|by|one)\b", re.I)),
    ]


PTB = [(r"-LRB-", "("), (r"-RRB-", ")"), (r"-LSB-", "["), (r"-RSB-", "]"), (r"-LCB-", "{"), (r"-RCB-", "}")]


def detokenize(line):
    text = line.strip()
    for a, b in PTB:
        text = text.replace(a, b)
    text = re.sub(r"``\s*", "“", text)
    text = re.sub(r"\s*''", "”", text)
    text = re.sub(r"\s+([,.;:!?%)\]])", r"\1", text)
    text = re.sub(r"([(\[])\s+", r"\1", text)
    text = re.sub(r"\s+('s|n't|'re|'ve|'ll|'d|'m)\b", r"\1", text)
    return text


def conll_sentences(split):
    splits = ["train", "eval"] if split == "all" else [split]
    out = []
    for s in splits:
        for label in ("uncertain", "certain"):
            path = CONLL / f"{s}_wikiweasel_{label}_sentences.txt"
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    out.append((detokenize(line), label))
    return out


def szeged_sentences():
    """(sentence text, doxastic cue words) for every text sentence of WikiWeasel 2.0."""
    xml = SZEGED.read_text(encoding="utf-8")
    out = []
    for part in re.finditer(r'<DocumentPart type="Text">(.*?)</DocumentPart>', xml, re.S):
        for sentence in re.finditer(r"<Sentence[^>]*>(.*?)</Sentence>", part.group(1), re.S):
            body = sentence.group(1)
            cues = [html.unescape(re.sub(r"<[^>]+>", "", m.group(1))).lower()
                    for m in re.finditer(r'<ccue type="speculation_hypo_doxastic[^"]*">(.*?)</ccue>', body, re.S)]
            text = html.unescape(re.sub(r"<[^>]+>", "", body)).strip()
            if text:
                out.append((text, cues))
    return out


def command(build):
    return ["dotnet", str(build)] if build.suffix == ".dll" else [str(build)]


def utf16_len(text):
    return len(text.encode("utf-16-le")) // 2


def flagged(build, sentences, chunk=400, prefix="RH3"):
    """For each sentence, the findings of one family (rule, flagged text) the build reports on it, each sentence a
    paragraph; imported by npov_edits.py for RH2."""
    hits = [[] for _ in sentences]
    with tempfile.TemporaryDirectory() as tmp:
        starts = {}
        paths = []
        for c in range(0, len(sentences), chunk):
            path = pathlib.Path(tmp) / f"chunk{c // chunk:04d}.txt"
            offset, table = 0, []
            parts = []
            for i in range(c, min(c + chunk, len(sentences))):
                table.append((offset, i))
                parts.append(sentences[i])
                offset += utf16_len(sentences[i]) + 2
            path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
            starts[str(path)] = table
            paths.append(str(path))
        result = subprocess.run(command(build) + ["check", "--format", "json", "--no-cache", "--exit-zero"] + paths,
                                capture_output=True, text=True, encoding="utf-8")
        if result.returncode != 0:
            sys.exit(f"{pathlib.Path(sys.argv[0]).name}: {build} exited {result.returncode}: {result.stderr.strip()[:300]}")
        for file in json.loads(result.stdout)["files"]:
            table = starts[file["path"]]
            for d in file["diagnostics"]:
                if not d["id"].startswith(prefix):
                    continue
                index = max((i for off, i in table if off <= d["start"]), default=None)
                if index is not None:
                    hits[index].append((d["id"], d.get("text", "")))
    return hits


def rate(n, d):
    return f"{n}/{d} = {n / d:.3f}" if d else "0/0"


def report_conll(label, hits, sentences, shapes, args):
    groups = collections.defaultdict(list)
    certain = []
    for i, (text, tag) in enumerate(sentences):
        if tag == "certain":
            certain.append(i)
            continue
        shape = next((name for name, pattern in shapes if pattern.search(text)), "other (hedge/peacock)")
        groups[shape].append(i)
    print(f"== CoNLL-2010 WikiWeasel ({args.split}) — {label}")
    weasel = [i for name, idx in groups.items() if not name.startswith("other") for i in idx]
    print(f"  weasel-shaped uncertain sentences flagged: {rate(sum(1 for i in weasel if hits[i]), len(weasel))}")
    for name, _ in shapes + [("other (hedge/peacock)", None)]:
        idx = groups.get(name, [])
        print(f"    {name:34s} {rate(sum(1 for i in idx if hits[i]), len(idx))}")
    fa = [i for i in certain if hits[i]]
    print(f"  certain sentences flagged (precision proxy): {rate(len(fa), len(certain))}")
    by_rule = collections.Counter(rule for i in fa for rule, _ in hits[i])
    print("    by rule: " + "  ".join(f"{r} {n}" for r, n in sorted(by_rule.items())))
    return groups, certain


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rhetlint", type=pathlib.Path, default=DEFAULT_RHETLINT)
    parser.add_argument("--before", type=pathlib.Path, help="another build: print its numbers too, and the sentences only one build flags")
    parser.add_argument("--split", choices=["train", "eval", "all"], default="all", help="CoNLL split (default: %(default)s)")
    parser.add_argument("--show", type=int, default=8, help="missed sentences to print per shape")
    parser.add_argument("--false-alarms", type=int, default=10, help="flagged certain sentences to print")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    heads, verbs = load_words()
    shapes = shape_patterns(heads, verbs)
    conll = conll_sentences(args.split)
    szeged = szeged_sentences()
    texts = [t for t, _ in conll] + [t for t, _ in szeged]

    builds = [("after", args.rhetlint)] + ([("before", args.before)] if args.before else [])
    results = {}
    for label, build in builds:
        hits = flagged(build, texts)
        results[label] = hits
        conll_hits = hits[:len(conll)]
        groups, certain = report_conll(label, conll_hits, conll, shapes, args)
        szeged_hits = hits[len(conll):]
        cued = [i for i, (_, cues) in enumerate(szeged) if cues]
        plain = [i for i, (_, cues) in enumerate(szeged) if not cues]
        print(f"== Szeged WikiWeasel 2.0 doxastic cues — {label}")
        print(f"  sentences with a doxastic cue flagged: {rate(sum(1 for i in cued if szeged_hits[i]), len(cued))}")
        by_cue = collections.defaultdict(list)
        for i in cued:
            by_cue[szeged[i][1][0]].append(i)
        for cue, idx in sorted(by_cue.items(), key=lambda kv: -len(kv[1]))[:12]:
            print(f"    {cue:20s} {rate(sum(1 for i in idx if szeged_hits[i]), len(idx))}")
        print(f"  sentences with no cue flagged (precision proxy): {rate(sum(1 for i in plain if szeged_hits[i]), len(plain))}")

    hits = results["after"][:len(conll)]
    if args.show:
        print("\n== missed weasel-shaped sentences (after), by shape")
        for name, _ in shapes:
            missed = [i for i in groups.get(name, []) if not hits[i]]
            for i in rng.sample(missed, min(args.show, len(missed))):
                print(f"  [{name}] {conll[i][0][:220]}")
    if args.false_alarms:
        print("\n== findings on certain sentences (after)")
        fa = [i for i in certain if hits[i]]
        for i in rng.sample(fa, min(args.false_alarms, len(fa))):
            print(f"  {','.join(r for r, _ in hits[i])}: {conll[i][0][:220]}")
    if args.before:
        before, after = results["before"], results["after"]
        new = [i for i in range(len(texts)) if after[i] and not before[i]]
        gone = [i for i in range(len(texts)) if before[i] and not after[i]]
        label = lambda i: conll[i][1] if i < len(conll) else ("doxastic" if szeged[i - len(conll)][1] else "no-cue")
        print(f"\n== sentences flagged only after ({len(new)}):")
        for i in new:
            print(f"  [{label(i)}] {','.join(r for r, _ in after[i])}: {texts[i][:220]}")
        print(f"\n== sentences flagged only before ({len(gone)}):")
        for i in gone:
            print(f"  [{label(i)}] {','.join(r for r, _ in before[i])}: {texts[i][:220]}")


if __name__ == "__main__":
    main()
