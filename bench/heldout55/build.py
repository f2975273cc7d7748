#!/usr/bin/env python3
"""Build lines.jsonl from templates.txt and check every item and label.

Standard library only. Run as a script: python3 build.py
"""
import json
import os
import re
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "templates.txt")
OUT = os.path.join(HERE, "lines.jsonl")

KINDS = ("name", "phone", "email", "address", "dob", "case_number", "ssn", "id_number")
REGISTERS = ("R1", "R2", "R3", "R4", "R5", "R6", "R7")
MARK = re.compile(r"\{\{([a-z_]+)\|([^{}|]*)\}\}")

NUMBER_WORDS = {
    "zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3",
    "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}

EMAIL_OK = re.compile(r"^[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)*example\.(?:com|org|net)$")
EMAIL_ANY = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
PHONE_ANY = re.compile(r"555[\s.\-)]{0,3}01\d\d")
SPELLED_ANY = re.compile(r"five[\s,-]+five[\s,-]+five", re.I)
SSN_ANY = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")

errors = []


def err(lineno, msg):
    errors.append("line %d: %s" % (lineno, msg))


def phone_digits(span):
    """Digits of a phone span, with spelled-out digits turned into digits."""
    out = []
    for tok in re.findall(r"[A-Za-z]+|\d", span):
        low = tok.lower()
        if tok.isdigit():
            out.append(tok)
        elif low in NUMBER_WORDS:
            out.append(NUMBER_WORDS[low])
    return "".join(out), bool(re.search(r"[A-Za-z]", span))


def parse_line(lineno, raw):
    m = re.match(r"^(R[1-7]) (.+)$", raw)
    if not m:
        err(lineno, "missing or bad register tag")
        return None
    reg, body = m.group(1), m.group(2)
    body = body.replace("\\n", "\n")
    text_parts = []
    labels = []
    pos = 0
    cur = 0
    for mm in MARK.finditer(body):
        before = body[pos:mm.start()]
        text_parts.append(before)
        cur += len(before)
        kind, span = mm.group(1), mm.group(2)
        if kind not in KINDS:
            err(lineno, "unknown kind %r" % kind)
        if not span:
            err(lineno, "empty span")
        if span != span.strip():
            err(lineno, "span with leading/trailing space: %r" % span)
        text_parts.append(span)
        labels.append({"kind": kind, "start": cur, "end": cur + len(span), "span": span})
        cur += len(span)
        pos = mm.end()
    text_parts.append(body[pos:])
    text = "".join(text_parts)
    for bad in ("{{", "}}"):
        if bad in text:
            err(lineno, "mark text left over (%s)" % bad)
    if text != text.strip():
        err(lineno, "item has leading/trailing whitespace")
    return reg, text, labels


def check_labels(lineno, text, labels):
    last_end = -1
    for lab in labels:
        s, e, kind = lab["start"], lab["end"], lab["kind"]
        span = text[s:e]
        if span != lab["span"]:
            err(lineno, "offset mismatch for %r" % lab["span"])
        if s < last_end:
            err(lineno, "overlapping labels")
        last_end = e
        if kind == "email" and not EMAIL_OK.match(span):
            err(lineno, "e-mail not at example.com/.org/.net: %r" % span)
        if kind == "phone":
            digits, spelled = phone_digits(span)
            if not re.search(r"55501\d\d$", digits):
                err(lineno, "phone not in 555-01xx: %r" % span)
            if not spelled and not PHONE_ANY.search(span):
                err(lineno, "phone digits not in 555-01xx form: %r" % span)
        if kind == "ssn":
            d = re.sub(r"\D", "", span)
            if len(d) == 9:
                if not (d.startswith("000") or d.startswith("9")):
                    err(lineno, "full SSN must start with 000 or 9: %r" % span)
            elif len(d) != 4:
                err(lineno, "SSN label neither full nor last four: %r" % span)
        if kind in ("dob", "case_number", "id_number", "ssn") and not re.search(r"\d", span):
            err(lineno, "%s label without a digit: %r" % (kind, span))
    # safety nets outside labels
    masked = list(text)
    for lab in labels:
        for i in range(lab["start"], lab["end"]):
            masked[i] = "\u2588"
    outside = "".join(masked)
    for rx, what in ((PHONE_ANY, "555-01xx number"), (SPELLED_ANY, "spelled-out 555 number"),
                     (EMAIL_ANY, "e-mail"), (SSN_ANY, "SSN-shaped number")):
        hit = rx.search(outside)
        if hit:
            err(lineno, "%s outside a label: %r" % (what, hit.group(0)))


def main():
    with open(SRC, encoding="utf-8") as fh:
        raw_lines = fh.read().split("\n")
    items = []  # (lineno, reg, text, labels)
    for lineno, raw in enumerate(raw_lines, 1):
        if raw.strip() == "":
            continue
        if raw != raw.rstrip():
            err(lineno, "trailing whitespace on source line")
        parsed = parse_line(lineno, raw.rstrip())
        if parsed is None:
            continue
        reg, text, labels = parsed
        check_labels(lineno, text, labels)
        items.append((lineno, reg, text, labels))

    seen = {}
    for lineno, reg, text, labels in items:
        key = text
        if key in seen:
            err(lineno, "duplicate text (also line %d)" % seen[key])
        seen[key] = lineno

    if errors:
        for e in errors:
            print("ERROR", e)
        print("%d error(s); lines.jsonl not written" % len(errors))
        sys.exit(1)

    with open(OUT, "w", encoding="utf-8") as fh:
        for lineno, reg, text, labels in items:
            rec = OrderedDict()
            rec["text"] = text
            rec["labels"] = [OrderedDict([("kind", l["kind"]), ("start", l["start"]), ("end", l["end"])])
                             for l in labels]
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # re-read and re-check against the source marks
    with open(OUT, encoding="utf-8") as fh:
        recs = [json.loads(l) for l in fh if l.strip()]
    if len(recs) != len(items):
        err(0, "lines.jsonl has %d records, expected %d" % (len(recs), len(items)))
    for rec, (lineno, reg, text, labels) in zip(recs, items):
        if set(rec) != {"text", "labels"}:
            err(lineno, "unexpected record keys %r" % sorted(rec))
        if rec["text"] != text:
            err(lineno, "text differs after re-read")
        if len(rec["labels"]) != len(labels):
            err(lineno, "label count differs after re-read")
        for got, want in zip(rec["labels"], labels):
            span = rec["text"][got["start"]:got["end"]]
            if got["kind"] != want["kind"] or span != want["span"]:
                err(lineno, "re-read span mismatch: %r vs %r" % (span, want["span"]))
            if not span or span != span.strip():
                err(lineno, "re-read span empty or padded: %r" % span)
            if got["kind"] not in KINDS:
                err(lineno, "re-read unknown kind")
    if errors:
        for e in errors:
            print("ERROR", e)
        print("%d error(s) after re-read" % len(errors))
        sys.exit(1)

    per_reg = OrderedDict((r, [0, 0, 0]) for r in REGISTERS)
    per_kind = Counter()
    for lineno, reg, text, labels in items:
        per_reg[reg][0] += 1
        if not labels:
            per_reg[reg][1] += 1
        per_reg[reg][2] += len(labels)
        for l in labels:
            per_kind[l["kind"]] += 1
    print("register  items  clean  labels")
    for reg, (n, c, l) in per_reg.items():
        print("%-8s  %5d  %5d  %6d" % (reg, n, c, l))
    tot_n = sum(v[0] for v in per_reg.values())
    tot_c = sum(v[1] for v in per_reg.values())
    tot_l = sum(v[2] for v in per_reg.values())
    print("%-8s  %5d  %5d  %6d" % ("total", tot_n, tot_c, tot_l))
    print()
    print("kind          labels")
    for k in KINDS:
        print("%-12s  %6d" % (k, per_kind[k]))
    print()
    print("OK: %d items written to lines.jsonl, all checks passed" % tot_n)


if __name__ == "__main__":
    main()
