#!/usr/bin/env python3
"""Build lines.jsonl from templates.txt for blind set heldout52.

Run as a script: python3 build.py  (standard library only).
Marks in templates.txt: {{kind|span}}; a literal backslash-n is a line break.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "templates.txt")
OUT = os.path.join(HERE, "lines.jsonl")

KINDS = ("name", "phone", "email", "address", "dob", "case_number", "ssn", "id_number")
REGISTERS = ("R1", "R2", "R3", "R4", "R5", "R6", "R7")
MIN_ITEMS, MIN_CLEAN = 490, 270

MARK = re.compile(r"\{\{([^{}|]*)\|([^{}]*)\}\}")
PHONE_555 = re.compile(r"555[-. ]?01\d\d")
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
SSN_SHAPED = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)|(?<![\dA-Za-z])\d{9}(?![\dA-Za-z])")
SPELLED_555 = re.compile(r"\bfive[\s,-]+five[\s,-]+five\b", re.I)
DIGIT_WORDS = {"zero", "oh", "o", "one", "two", "three", "four", "five", "six",
               "seven", "eight", "nine", "double", "triple"}
TITLES = re.compile(r"^(mr|mrs|ms|miss|mx|dr|judge|tía|tia|tío|tio|aunt|auntie|uncle|"
                    r"grandma|grandpa|nana|coach|lt|sgt|officer|deputy|detective)\.?\s", re.I)
NUMBER_KINDS = ("phone", "case_number", "ssn", "id_number")

errors = []


def err(lineno, msg):
    errors.append("line %d: %s" % (lineno, msg))


def parse(raw):
    """Return (text, [(kind, start, end, span)]) from a marked line body."""
    parts, labels, pos, cur = [], [], 0, 0
    for m in MARK.finditer(raw):
        before = raw[pos:m.start()].replace("\\n", "\n")
        parts.append(before)
        cur += len(before)
        kind = m.group(1)
        span = m.group(2).replace("\\n", "\n")
        labels.append((kind, cur, cur + len(span), span))
        parts.append(span)
        cur += len(span)
        pos = m.end()
    tail = raw[pos:].replace("\\n", "\n")
    parts.append(tail)
    return "".join(parts), labels


def spelled_phone_ok(span):
    words = re.findall(r"[a-z]+", span.lower())
    return (not re.search(r"\d", span) and len(words) >= 7
            and all(w in DIGIT_WORDS for w in words) and SPELLED_555.search(span) is not None)


def inside(a, b, labels):
    return any(s <= a and b <= e for _, s, e, _ in labels)


def check_item(lineno, text, labels):
    if "{{" in text or "}}" in text:
        err(lineno, "mark text left over")
    if text != text.strip():
        err(lineno, "item has leading/trailing whitespace")
    prev_end = -1
    for kind, s, e, span in sorted(labels, key=lambda x: x[1]):
        if kind not in KINDS:
            err(lineno, "unknown kind %r" % kind)
        if not span:
            err(lineno, "empty span")
            continue
        if span != span.strip():
            err(lineno, "span %r has leading/trailing space" % span)
        if text[s:e] != span:
            err(lineno, "offset mismatch for %r" % span)
        if s < prev_end:
            err(lineno, "overlapping labels at %d" % s)
        prev_end = e
        low = span.lower()
        if kind == "email":
            m = re.fullmatch(r"[^@\s]+@([^@\s]+)", span)
            dom = m.group(1).lower() if m else ""
            if not any(dom == d or dom.endswith("." + d)
                       for d in ("example.com", "example.org", "example.net")):
                err(lineno, "e-mail not at example.com/.org/.net: %r" % span)
        elif kind == "phone":
            if not (PHONE_555.search(span) or spelled_phone_ok(span)):
                err(lineno, "phone not 555-01xx nor spelled out: %r" % span)
        elif kind == "ssn":
            digits = re.sub(r"\D", "", span)
            if len(digits) == 4 and len(span) == 4:
                pass  # last four, said to be the SSN's
            elif len(digits) == 9:
                if not (digits.startswith("000") or digits.startswith("9")):
                    err(lineno, "full SSN must start with 000 or 9: %r" % span)
            else:
                err(lineno, "SSN label is neither 4 nor 9 digits: %r" % span)
        elif kind == "name":
            if TITLES.match(span):
                err(lineno, "title inside name span: %r" % span)
            if low.endswith("'s") or low.endswith("\u2019s"):
                err(lineno, "possessive inside name span: %r" % span)
        elif kind == "dob":
            if re.fullmatch(r"\d{4}", span):
                err(lineno, "year-only dob: %r" % span)
        if kind in NUMBER_KINDS and re.match(r"(?i)(#|no\.|mrn|case|dob|ssn|id\b)", span):
            err(lineno, "number label holds its lead word: %r" % span)
    # safety nets: nothing identifier-shaped left outside a label
    for rx, what in ((PHONE_555, "555-01xx number"), (EMAIL, "e-mail"),
                     (SSN_SHAPED, "SSN-shaped number"), (SPELLED_555, "spelled-out 555 number")):
        for m in rx.finditer(text):
            if not inside(m.start(), m.end(), labels):
                err(lineno, "%s outside a label: %r" % (what, m.group(0)))


def main():
    items = []  # (lineno, register, text, labels)
    with open(SRC, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip():
                err(lineno, "blank line")
                continue
            m = re.match(r"(R[1-7]) (.*)\Z", line)
            if not m:
                err(lineno, "line does not start with a register tag R1..R7 and a space")
                continue
            reg, body = m.group(1), m.group(2)
            for km in MARK.finditer(body):
                if km.group(1) not in KINDS:
                    err(lineno, "unknown kind %r" % km.group(1))
            text, labels = parse(body)
            check_item(lineno, text, labels)
            items.append((lineno, reg, text, labels))

    seen = {}
    for lineno, _, text, _ in items:
        if text in seen:
            err(lineno, "duplicate text (first at line %d)" % seen[text])
        seen.setdefault(text, lineno)

    if errors:
        print("\n".join(errors))
        print("FAILED: %d problem(s)" % len(errors))
        sys.exit(1)

    with open(OUT, "w", encoding="utf-8") as fh:
        for _, _, text, labels in items:
            rec = {"text": text,
                   "labels": [{"kind": k, "start": s, "end": e} for k, s, e, _ in labels]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # re-read and re-check every span against the source marks
    with open(OUT, encoding="utf-8") as fh:
        back = [json.loads(l) for l in fh]
    if len(back) != len(items):
        err(0, "lines.jsonl has %d records, expected %d" % (len(back), len(items)))
    for rec, (lineno, _, text, labels) in zip(back, items):
        if set(rec) != {"text", "labels"}:
            err(lineno, "unexpected fields %r" % sorted(rec))
        if rec["text"] != text:
            err(lineno, "text differs after re-read")
        if len(rec["labels"]) != len(labels):
            err(lineno, "label count differs after re-read")
        for lab, (k, s, e, span) in zip(rec["labels"], labels):
            if (lab["kind"], lab["start"], lab["end"]) != (k, s, e):
                err(lineno, "label differs after re-read")
            if rec["text"][lab["start"]:lab["end"]] != span:
                err(lineno, "re-read span %r does not match source mark" % span)
        check_item(lineno, rec["text"],
                   [(l["kind"], l["start"], l["end"], rec["text"][l["start"]:l["end"]])
                    for l in rec["labels"]])

    per_reg = collections.Counter()
    clean_reg = collections.Counter()
    per_kind = collections.Counter()
    for _, reg, _, labels in items:
        per_reg[reg] += 1
        if not labels:
            clean_reg[reg] += 1
        for k, _, _, _ in labels:
            per_kind[k] += 1
    total, clean = len(items), sum(clean_reg.values())
    if total < MIN_ITEMS:
        err(0, "only %d items (need %d)" % (total, MIN_ITEMS))
    if clean < MIN_CLEAN:
        err(0, "only %d clean items (need %d)" % (clean, MIN_CLEAN))
    for reg in REGISTERS:
        if per_reg[reg] == 0:
            err(0, "register %s is empty" % reg)

    if errors:
        print("\n".join(errors))
        print("FAILED: %d problem(s)" % len(errors))
        sys.exit(1)

    print("register  items  clean")
    for reg in REGISTERS:
        print("%-8s  %5d  %5d" % (reg, per_reg[reg], clean_reg[reg]))
    print("%-8s  %5d  %5d" % ("total", total, clean))
    print()
    print("labels per kind")
    for k in KINDS:
        print("%-12s %4d" % (k, per_kind[k]))
    print("%-12s %4d" % ("total", sum(per_kind.values())))
    print()
    print("OK: wrote %s (%d lines), re-read and re-checked" % (os.path.basename(OUT), len(back)))


if __name__ == "__main__":
    main()
