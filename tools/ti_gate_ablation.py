#!/usr/bin/env python3
"""Counts, per gate of the threat-inflation rules, how many missed gold TI spans that hold a known cue it rejects.

`ti_cue_coverage.py` showed that most missed gold TI spans hold an entry of a cue lexicon: the rules know the words and
reject the reading. This script asks which gate rejects it. It needs a SCRATCH build whose gates can be switched off
one at a time by the environment variable RHETLINT_ABLATE (a comma list of gate names, or "all"); that switch is a
measuring device and is never committed. For each gate named with --ablate, it runs the build with only that gate off
and counts:
  - on the eval sets: the missed gold TI spans with a cue inside that an RH1 finding now overlaps (recovered), per cue
    lexicon, and the new RH1 findings that overlap no gold TI span (eval false alarms);
  - with --news: the RH1 findings the ablation adds and removes on the real-news sample of `news_sample.py` (PolNeAR
    and SemEval train, or --news-split dev), which are mostly false alarms since hard news reports more than it asserts.
A gate's row is what loosening it entirely would buy and cost; a loosening of part of a gate (one class) costs less.
Spans recovered by "all" but by no single gate are rejected by two gates at once; spans "all" does not recover have no
construction of any rule that reads them (the shape, not a gate, is missing).

Prints COUNTS ONLY unless --show-missed is given, which prints the missed spans with their cue entries, and which
refuses any set outside the readable ones (shared dev, dev2/train, eval/topics, eval/topics3).

Usage:
  python3 tools/ti_gate_ablation.py SET.jsonl [...] --rhetlint SCRATCH/rhetlint.dll [--ablate GATE ...] [--news]
  python3 tools/ti_gate_ablation.py SET.jsonl [...] --rhetlint BUILD/rhetlint.dll --show-missed

Standard library only.
"""
import argparse
import collections
import json
import os
import pathlib
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import news_sample  # noqa: E402
import ti_cue_coverage as coverage  # noqa: E402

READABLE = ("eval/dev/cases.jsonl", "dev2/train.jsonl", "eval/topics/cases.jsonl", "eval/topics3/cases.jsonl")


def run_check(build, paths, ablate):
    """The build's JSON "files" for the paths, with the named gates switched off."""
    env = dict(os.environ, RHETLINT_ABLATE=ablate)
    files = []
    for i in range(0, len(paths), 200):
        result = subprocess.run(["dotnet", str(build), "check", "--format", "json", "--no-cache", "--exit-zero", *map(str, paths[i:i + 200])],
                                capture_output=True, text=True, encoding="utf-8", env=env)
        if result.returncode != 0:
            sys.exit(f"rhetlint exited {result.returncode}: {result.stderr[:300]}")
        files.extend(json.loads(result.stdout)["files"])
    return files


def rh1(files):
    """Per path, the (rule, start, end) of the RH1 findings."""
    return {f["path"]: {(d["id"], d["start"], d["start"] + d["length"]) for d in f["diagnostics"] if d["id"].startswith("RH1")} for f in files}


class EvalSets:
    """The gold TI spans of the sets, written once to a folder the build checks."""

    def __init__(self, sets, folder):
        self.spans = []  # (path, start16, end16, set label, cue lexicons inside, entries inside, text, sentence)
        self.paths = []
        names = coverage.lexicons_the_rules_load()
        by_lexicon = {n: coverage.entries(coverage.RULE_LEXICONS / f"{n}.txt") for n in names}
        kept = coverage.distinctive(set().union(*by_lexicon.values()), 0.002)
        matchers = {n: coverage.Matcher(p & kept) for n, p in by_lexicon.items() if p & kept}
        for set_path in sets:
            label = set_path.parent.name if set_path.name == "cases.jsonl" else set_path.stem
            for line in set_path.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                case = json.loads(line)
                path = pathlib.Path(folder) / f"{label}-{case['id']}{'.md' if case.get('format') == 'markdown' else '.txt'}"
                path.write_text(case["text"], encoding="utf-8")
                self.paths.append(path)
                text = case["text"]
                for gold in case.get("findings", []):
                    if gold["family"] != "TI" or (where := coverage.locate(text, gold["span"], gold.get("occurrence"))) is None:
                        continue
                    words = coverage.WORD.findall(text[where[0]:where[1]].lower())
                    lexicons = sorted(n for n, m in matchers.items() if m.occurs(words))
                    entries = sorted({" ".join(e) for m in matchers.values() for e in m.matches(words)})
                    self.spans.append((str(path), coverage.utf16(text, where[0]), coverage.utf16(text, where[1]), label, lexicons, entries,
                                       gold["span"], coverage.sentence_around(text, *where)))

    def found(self, findings):
        """The indexes of the spans an RH1 finding overlaps."""
        return {n for n, (path, a, b, *_) in enumerate(self.spans) if any(s < b and a < e for _, s, e in findings.get(path, ()))}

    def outside(self, findings):
        """The RH1 findings that overlap no gold TI span."""
        golds = collections.defaultdict(list)
        for path, a, b, *_ in self.spans:
            golds[path].append((a, b))
        return {(p, f) for p, fs in findings.items() for f in fs if not any(f[1] < b and a < f[2] for a, b in golds[p])}


def news_paths(split):
    return [p for _, folder in news_sample.SAMPLES[split] for p in sorted(folder.glob("*.txt"))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="+", type=pathlib.Path)
    parser.add_argument("--rhetlint", type=pathlib.Path, required=True)
    parser.add_argument("--ablate", nargs="*", default=[], help="gate names (RHETLINT_ABLATE values), one run each; 'all' switches every gate off")
    parser.add_argument("--news", action="store_true", help="also count the RH1 findings each ablation adds and removes on real news")
    parser.add_argument("--news-split", choices=sorted(news_sample.SAMPLES), default="train")
    parser.add_argument("--show-missed", action="store_true", help="print the missed cue spans (readable sets only)")
    args = parser.parse_args()
    if args.show_missed and not all(str(s.resolve()).endswith(READABLE) for s in args.sets):
        parser.error("--show-missed prints text: readable sets only")
    with tempfile.TemporaryDirectory() as folder:
        sets = EvalSets(args.sets, folder)
        base = rh1(run_check(args.rhetlint, sets.paths, ""))
        found = sets.found(base)
        missed = [n for n in range(len(sets.spans)) if n not in found]
        cued = [n for n in missed if sets.spans[n][4]]
        print(f"gold TI spans {len(sets.spans)}, found {len(found)}, missed {len(missed)}, missed with a cue inside {len(cued)}")
        per_lexicon = collections.Counter(lex for n in cued for lex in sets.spans[n][4])
        print("missed cue spans per lexicon: " + ", ".join(f"{k} {v}" for k, v in per_lexicon.most_common()))
        if args.show_missed:
            for n in cued:
                path, _, _, label, lexicons, entries, span, sentence = sets.spans[n]
                print(f"\n[{label} {pathlib.Path(path).stem}] {'; '.join(lexicons)} :: {' | '.join(entries)}\n  span: {span}\n  sent: {' '.join(sentence.split())}")
        news_base = rh1(run_check(args.rhetlint, news_paths(args.news_split), "")) if args.news and args.ablate else None
        if args.ablate:
            print(f"\n{'gate':<28} {'recovered':>9} {'eval FA+':>8}" + (f" {'news +':>6} {'news -':>6}" if news_base else "") + "  recovered per lexicon")
        base_outside = sets.outside(base)
        for gate in args.ablate:
            after = rh1(run_check(args.rhetlint, sets.paths, gate))
            recovered = [n for n in cued if n in sets.found(after)]
            new_fa = len(sets.outside(after) - base_outside)
            row = f"{gate:<28} {len(recovered):>9} {new_fa:>8}"
            if news_base:
                news_after = rh1(run_check(args.rhetlint, news_paths(args.news_split), gate))
                added = sum(len(news_after.get(p, set()) - fs) for p, fs in news_base.items())
                removed = sum(len(fs - news_after.get(p, set())) for p, fs in news_base.items())
                row += f" {added:>6} {removed:>6}"
            lexicons = collections.Counter(lex for n in recovered for lex in sets.spans[n][4])
            print(row + "  " + ", ".join(f"{k} {v}" for k, v in lexicons.most_common()), flush=True)


if __name__ == "__main__":
    main()
