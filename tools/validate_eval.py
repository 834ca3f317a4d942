#!/usr/bin/env python3
"""Checks an annotated eval file (one JSON document per line) against the record
format of the shared eval guidelines: fields, span positions, and that
near misses (must_not_flag) never touch any occurrence of a gold span. Exits 1 with one message per problem.

Usage: python3 tools/validate_eval.py FILE
"""
import json
import sys
from collections import Counter

FAMILIES = {"TI", "SU", "QS"}
FORMATS = {"text", "markdown"}
DOCUMENT_FIELDS = {"id", "format", "text", "findings", "must_not_flag"}
FINDING_FIELDS = {"family", "span", "occurrence", "note"}


def starts_of(text, fragment):
    """Every start position of fragment in text, overlapping matches included."""
    starts = []
    position = text.find(fragment)
    while position != -1:
        starts.append(position)
        position = text.find(fragment, position + 1)
    return starts


def overlaps(a_start, a_end, b_start, b_end):
    return a_start < b_end and b_start < a_end


def check_finding(where, text, finding):
    problems = []
    if not isinstance(finding, dict) or set(finding) != FINDING_FIELDS:
        return [f"{where}: a finding needs exactly the fields {sorted(FINDING_FIELDS)}"]
    if finding["family"] not in FAMILIES:
        problems.append(f"{where}: unknown family {finding['family']!r}")
    if not isinstance(finding["note"], str) or not finding["note"].strip():
        problems.append(f"{where}: empty note")
    span, occurrence = finding["span"], finding["occurrence"]
    if not isinstance(span, str) or not span:
        return problems + [f"{where}: span must be a non-empty string"]
    if not isinstance(occurrence, int) or isinstance(occurrence, bool) or occurrence < 1:
        return problems + [f"{where}: occurrence must be a positive integer"]
    found = len(starts_of(text, span))
    if found < occurrence:
        problems.append(f"{where}: span {span!r} occurs {found} time(s), occurrence is {occurrence}")
    return problems


def check_must_not_flag(where, text, entry, gold_spans):
    if not isinstance(entry, str) or not entry:
        return [f"{where}: must_not_flag entries must be non-empty strings"]
    entry_starts = starts_of(text, entry)
    if not entry_starts:
        return [f"{where}: must_not_flag entry {entry!r} is not in the text"]
    problems = []
    for span in gold_spans:
        for gold_start in starts_of(text, span):
            if any(overlaps(s, s + len(entry), gold_start, gold_start + len(span)) for s in entry_starts):
                problems.append(f"{where}: must_not_flag entry {entry!r} overlaps gold span {span!r}")
                break
    return problems


def check_document(line_number, document, seen_ids):
    where = f"line {line_number}"
    if not isinstance(document, dict) or set(document) != DOCUMENT_FIELDS:
        return [f"{where}: a document needs exactly the fields {sorted(DOCUMENT_FIELDS)}"]
    where = f"line {line_number} ({document['id']})"
    problems = []
    if document["id"] in seen_ids:
        problems.append(f"{where}: duplicate id")
    seen_ids.add(document["id"])
    if document["format"] not in FORMATS:
        problems.append(f"{where}: unknown format {document['format']!r}")
    text = document["text"]
    if not isinstance(text, str) or not text.strip():
        return problems + [f"{where}: empty text"]
    findings, must_not_flag = document["findings"], document["must_not_flag"]
    if not isinstance(findings, list) or not isinstance(must_not_flag, list):
        return problems + [f"{where}: findings and must_not_flag must be lists"]
    for finding in findings:
        problems += check_finding(where, text, finding)
    if not findings and not must_not_flag:
        problems.append(f"{where}: a clean document needs near-miss (must_not_flag) entries")
    gold_spans = [f["span"] for f in findings if isinstance(f, dict) and isinstance(f.get("span"), str) and f["span"]]
    for entry in must_not_flag:
        problems += check_must_not_flag(where, text, entry, gold_spans)
    return problems


def main(arguments):
    if len(arguments) != 1:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    problems, seen_ids, families, clean, documents = [], set(), Counter(), 0, 0
    with open(arguments[0], encoding="utf-8") as lines:
        for line_number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                document = json.loads(line)
            except json.JSONDecodeError as error:
                problems.append(f"line {line_number}: not valid JSON ({error})")
                continue
            documents += 1
            problems += check_document(line_number, document, seen_ids)
            if isinstance(document, dict) and isinstance(document.get("findings"), list):
                clean += not document["findings"]
                families.update(f.get("family") for f in document["findings"] if isinstance(f, dict))
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    counts = ", ".join(f"{family} {families[family]}" for family in sorted(FAMILIES))
    print(f"{documents} documents ({clean} clean), findings: {counts}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
