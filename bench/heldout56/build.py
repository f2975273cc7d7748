#!/usr/bin/env python3
"""Build lines.jsonl for heldout56 from templates.txt.

Run from this folder:  python3 build.py
Standard library only.  Nothing is written unless every check passes.
"""
import json
import os
import re
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "templates.txt")
OUT = os.path.join(HERE, "lines.jsonl")
TMP = os.path.join(HERE, "lines.jsonl.tmp")

KINDS = ("name", "phone", "email", "address", "dob", "case_number", "ssn", "id_number")
REGISTERS = ("R1", "R2", "R3", "R4", "R5", "R6", "R7")
MARK = re.compile(r"\{\{([^{}|]*)\|([^{}]*)\}\}")

NUMBER_WORDS = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
PHONE_DIGITS = re.compile(r"555[\s.\-]?01\d\d(?!\d)")
PHONE_SPELLED = re.compile(r"^(?:%s[\s,.\-]*){7,}$" % NUMBER_WORDS, re.I)
EMAIL_OK = re.compile(r"^[A-Za-z0-9._%+\-]+@example\.(?:com|org|net)$")
EMAIL_ANY = re.compile(r"[^\s@]+@[^\s@]+")
SSN_SHAPED = [
    re.compile(r"(?<!\d)\d{3}[\s.\-]\d{2}[\s.\-]\d{4}(?!\d)"),
    re.compile(r"(?<![\dA-Za-z])\d{9}(?![\dA-Za-z])"),
]

errors = []


def fail(lineno, msg):
    errors.append("line %d: %s" % (lineno, msg))


def unescape(s):
    return s.replace("\\n", "\n")


def parse(lineno, raw):
    """Return (register, text, labels, marks) for one template line."""
    if " " not in raw:
        fail(lineno, "no register tag")
        return None
    reg, body = raw.split(" ", 1)
    if reg not in REGISTERS:
        fail(lineno, "unknown register tag %r" % reg)
        return None
    text_parts = []
    labels = []
    marks = []
    pos = 0
    length = 0
    for m in MARK.finditer(body):
        before = unescape(body[pos:m.start()])
        text_parts.append(before)
        length += len(before)
        kind, span_raw = m.group(1), m.group(2)
        span = unescape(span_raw)
        if kind not in KINDS:
            fail(lineno, "unknown kind %r" % kind)
        if not span:
            fail(lineno, "empty span")
        elif span != span.strip():
            fail(lineno, "span %r has leading or trailing space" % span)
        start = length
        text_parts.append(span)
        length += len(span)
        labels.append({"kind": kind, "start": start, "end": length})
        marks.append((kind, span))
        pos = m.end()
    tail = unescape(body[pos:])
    text_parts.append(tail)
    text = "".join(text_parts)
    if "{{" in text or "}}" in text:
        fail(lineno, "mark text left over")
    if text != text.strip():
        fail(lineno, "item has leading or trailing space")
    if not text:
        fail(lineno, "empty item")
    return reg, text, labels, marks


def check_item(lineno, text, labels):
    # overlaps and bounds
    prev_end = -1
    for lab in sorted(labels, key=lambda l: l["start"]):
        if not (0 <= lab["start"] < lab["end"] <= len(text)):
            fail(lineno, "label out of bounds")
        if lab["start"] < prev_end:
            fail(lineno, "overlapping labels")
        prev_end = lab["end"]
    # safety nets on labels
    for lab in labels:
        span = text[lab["start"]:lab["end"]]
        kind = lab["kind"]
        if kind == "email" and not EMAIL_OK.match(span):
            fail(lineno, "e-mail not at example.com/.org/.net: %r" % span)
        if kind == "phone":
            if re.search(r"\d", span):
                if not PHONE_DIGITS.search(span):
                    fail(lineno, "phone not in 555-01xx: %r" % span)
            elif not PHONE_SPELLED.match(span):
                fail(lineno, "phone neither 555-01xx nor spelled out: %r" % span)
        if kind == "ssn":
            digits = re.sub(r"\D", "", span)
            if len(digits) == 9:
                if not (digits.startswith("000") or digits.startswith("9")):
                    fail(lineno, "full SSN must start with 000 or 9: %r" % span)
            elif len(digits) != 4:
                fail(lineno, "SSN is neither 9 digits nor a last four: %r" % span)
    # nothing identifier-shaped left outside labels
    masked = list(text)
    for lab in labels:
        for i in range(lab["start"], lab["end"]):
            masked[i] = "\u2588"
    masked = "".join(masked)
    if PHONE_DIGITS.search(masked):
        fail(lineno, "555-01xx number outside a label")
    if EMAIL_ANY.search(masked):
        fail(lineno, "e-mail outside a label")
    for rx in SSN_SHAPED:
        if rx.search(masked):
            fail(lineno, "SSN-shaped number outside a label: %r" % rx.search(masked).group(0))


def main():
    with open(SRC, encoding="utf-8") as fh:
        raw_lines = fh.read().split("\n")
    items = []  # (lineno, reg, text, labels, marks)
    seen = {}
    for lineno, raw in enumerate(raw_lines, 1):
        if not raw.strip():
            continue
        if raw != raw.rstrip() or raw != raw.lstrip():
            fail(lineno, "line has leading or trailing whitespace")
        parsed = parse(lineno, raw.strip())
        if parsed is None:
            continue
        reg, text, labels, marks = parsed
        check_item(lineno, text, labels)
        if text in seen:
            fail(lineno, "duplicate text (same as line %d)" % seen[text])
        seen[text] = lineno
        items.append((lineno, reg, text, labels, marks))

    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print("%d error(s); nothing written." % len(errors), file=sys.stderr)
        return 1

    with open(TMP, "w", encoding="utf-8") as fh:
        for _, _, text, labels, _ in items:
            fh.write(json.dumps({"text": text, "labels": labels}, ensure_ascii=False) + "\n")

    # re-read and re-check every span against the source marks
    with open(TMP, encoding="utf-8") as fh:
        back = [json.loads(l) for l in fh if l.strip()]
    if len(back) != len(items):
        errors.append("re-read: %d objects, expected %d" % (len(back), len(items)))
    for obj, (lineno, _, text, _, marks) in zip(back, items):
        if set(obj) != {"text", "labels"}:
            fail(lineno, "re-read: unexpected fields %r" % sorted(obj))
        if obj["text"] != text:
            fail(lineno, "re-read: text differs")
        got = [(l["kind"], obj["text"][l["start"]:l["end"]]) for l in obj["labels"]]
        if got != marks:
            fail(lineno, "re-read: spans differ from source marks: %r vs %r" % (got, marks))
    if errors:
        os.remove(TMP)
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print("%d error(s); nothing written." % len(errors), file=sys.stderr)
        return 1
    os.replace(TMP, OUT)

    per_reg = OrderedDict((r, [0, 0]) for r in REGISTERS)
    per_kind = Counter()
    for _, reg, _, labels, _ in items:
        per_reg[reg][0] += 1
        if not labels:
            per_reg[reg][1] += 1
        for lab in labels:
            per_kind[lab["kind"]] += 1
    print("register  items  clean")
    for reg, (n, c) in per_reg.items():
        print("%-8s  %5d  %5d" % (reg, n, c))
    print("%-8s  %5d  %5d" % ("total", sum(v[0] for v in per_reg.values()),
                                sum(v[1] for v in per_reg.values())))
    print()
    print("kind          labels")
    for k in KINDS:
        print("%-12s  %6d" % (k, per_kind[k]))
    print("%-12s  %6d" % ("total", sum(per_kind.values())))
    print()
    print("OK: %d items written to lines.jsonl" % len(items))
    return 0


if __name__ == "__main__":
    sys.exit(main())
