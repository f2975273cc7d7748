#!/usr/bin/env python3
"""Build lines.jsonl from templates.txt and check every label.

Run as a script:  python3 build.py
Standard library only.  Exits with status 1 if any check fails.
"""
import json
import os
import re
import sys
from collections import Counter

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATES = os.path.join(HERE, "templates.txt")
OUT = os.path.join(HERE, "lines.jsonl")

KINDS = {"name", "phone", "email", "address", "dob", "case_number", "ssn", "id_number"}
REGISTERS = ["R1", "R2", "R3", "R4", "R5", "R6", "R7"]
MARK = re.compile(r"\{\{([a-z_]+)\|(.*?)\}\}")

WORD_DIGITS = {
    "zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3",
    "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}
MULTIPLIERS = {"double": 2, "triple": 3}
EXAMPLE_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)*example\.(?:com|org|net)$")

errors = []


def err(lineno, msg):
    errors.append("line %d: %s" % (lineno, msg))


def phone_digits(span):
    """Digits of a phone number, written with digits or spelled out."""
    out = []
    mult = 1
    for tok in re.findall(r"[A-Za-z]+|\d", span.lower()):
        if tok.isdigit():
            out.append(tok * mult)
            mult = 1
        elif tok in MULTIPLIERS:
            mult = MULTIPLIERS[tok]
        elif tok in WORD_DIGITS:
            out.append(WORD_DIGITS[tok] * mult)
            mult = 1
        elif tok in ("ext", "extension", "x", "fax", "plus"):
            continue
        else:
            return None
    return "".join(out)


def check_phone(lineno, span):
    d = phone_digits(span)
    if d is None:
        err(lineno, "phone has a word that is not a digit: %r" % span)
        return
    if not re.search(r"55501\d\d$", d):
        err(lineno, "phone not in the 555-01xx range: %r (%s)" % (span, d))
        return
    international = span.strip().startswith("+") or span.lower().startswith("plus")
    if not international and not (len(d) == 7 or len(d) == 10 or (len(d) == 11 and d[0] == "1")):
        err(lineno, "phone has an odd number of digits: %r (%s)" % (span, d))


def check_email(lineno, span):
    s = span.strip()
    s = re.sub(r"\s*[\[(]?\bat\b[\])]?\s*", "@", s) if "@" not in s else s
    s = re.sub(r"\s*[\[(]?\bdot\b[\])]?\s*", ".", s)
    s = s.replace(" ", "")
    if not EXAMPLE_EMAIL.match(s):
        err(lineno, "e-mail not at an example domain: %r" % span)


def check_ssn(lineno, span):
    d = re.sub(r"\D", "", span)
    if len(d) == 9:
        if not (d.startswith("000") or d.startswith("9")):
            err(lineno, "SSN not in an invented range: %r" % span)
    elif len(d) == 4:
        pass  # last four digits, said to be the SSN's
    else:
        err(lineno, "SSN is neither nine digits nor the last four: %r" % span)


def parse(lineno, raw):
    if len(raw) < 4 or raw[:2] not in REGISTERS or raw[2] != " ":
        err(lineno, "line does not start with a register R1..R7 and a space")
        return None
    reg, body = raw[:2], raw[3:]
    text = ""
    labels = []
    pos = 0
    for m in MARK.finditer(body):
        text += body[pos:m.start()].replace("\\n", "\n")
        kind, span = m.group(1), m.group(2)
        if kind not in KINDS:
            err(lineno, "unknown kind %r" % kind)
        if "\\n" in span or "{{" in span or "|" in span:
            err(lineno, "bad characters inside a mark: %r" % span)
        if span != span.strip() or not span:
            err(lineno, "label has leading/trailing whitespace or is empty: %r" % span)
        start = len(text)
        text += span
        labels.append({"kind": kind, "start": start, "end": len(text), "_span": span})
        pos = m.end()
    text += body[pos:].replace("\\n", "\n")
    if "{{" in text or "}}" in text:
        err(lineno, "unbalanced mark left in the text")
    if text != text.strip():
        err(lineno, "text has leading/trailing whitespace")
    for lab in labels:
        if text[lab["start"]:lab["end"]] != lab["_span"]:
            err(lineno, "offset mismatch for %r" % lab["_span"])
        if lab["kind"] == "phone":
            check_phone(lineno, lab["_span"])
        elif lab["kind"] == "email":
            check_email(lineno, lab["_span"])
        elif lab["kind"] == "ssn":
            check_ssn(lineno, lab["_span"])
        elif lab["kind"] == "dob" and not re.search(r"\d", lab["_span"]) and not re.search(
                r"(?i)\b(first|second|third|\w+teenth|\w+tieth|\w+th)\b", lab["_span"]):
            err(lineno, "dob without a day: %r" % lab["_span"])
    ordered = sorted(labels, key=lambda l: l["start"])
    for a, b in zip(ordered, ordered[1:]):
        if b["start"] < a["end"]:
            err(lineno, "overlapping labels %r and %r" % (a["_span"], b["_span"]))
    return reg, text, labels


def warnings_for(lineno, text, labels):
    """Identifier-like strings left unlabelled: print them so each can be confirmed on purpose."""
    covered = [(l["start"], l["end"]) for l in labels]

    def inside(s, e):
        return any(a <= s and e <= b for a, b in covered)

    pats = [
        ("phone-like", r"555[-. ]?01\d\d"),
        ("email-like", r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
        ("ssn-like", r"\b(?:000|9\d\d)-\d\d-\d{4}\b"),
    ]
    out = []
    for what, p in pats:
        for m in re.finditer(p, text):
            if not inside(m.start(), m.end()):
                out.append("line %d: unlabelled %s %r" % (lineno, what, m.group(0)))
    return out


def main():
    with open(TEMPLATES, encoding="utf-8") as f:
        raw_lines = f.read().split("\n")
    items = []
    warns = []
    seen = {}
    for i, raw in enumerate(raw_lines, 1):
        if not raw.strip():
            continue
        parsed = parse(i, raw)
        if parsed is None:
            continue
        reg, text, labels = parsed
        key = text
        if key in seen:
            err(i, "duplicate text (same as line %d)" % seen[key])
        seen[key] = i
        warns.extend(warnings_for(i, text, labels))
        items.append((reg, text, labels))

    with open(OUT, "w", encoding="utf-8") as f:
        for reg, text, labels in items:
            obj = {"text": text,
                   "labels": [{"kind": l["kind"], "start": l["start"], "end": l["end"]}
                              for l in sorted(labels, key=lambda l: l["start"])]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")

    # Re-read the written file and check it against what was parsed.
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(line) for line in f if line.strip()]
    if len(back) != len(items):
        errors.append("re-read: %d items written, %d read back" % (len(items), len(back)))
    kind_counts = Counter()
    reg_items = Counter()
    reg_clean = Counter()
    clean = 0
    for (reg, text, labels), obj in zip(items, back):
        if set(obj) != {"text", "labels"}:
            errors.append("re-read: unexpected fields %r" % sorted(obj))
        if obj["text"] != text:
            errors.append("re-read: text differs: %r" % text[:60])
        spans = sorted(l["_span"] for l in labels)
        got = sorted(obj["text"][l["start"]:l["end"]] for l in obj["labels"])
        if spans != got:
            errors.append("re-read: spans differ in %r" % text[:60])
        for l in obj["labels"]:
            if l["kind"] not in KINDS:
                errors.append("re-read: bad kind %r" % l["kind"])
            kind_counts[l["kind"]] += 1
        reg_items[reg] += 1
        if not obj["labels"]:
            clean += 1
            reg_clean[reg] += 1

    print("items: %d" % len(back))
    print("clean items: %d" % clean)
    print("labelled items: %d" % (len(back) - clean))
    print("labels per kind:")
    for k in sorted(KINDS):
        print("  %-12s %d" % (k, kind_counts[k]))
    print("  %-12s %d" % ("total", sum(kind_counts.values())))
    print("items per register (items / clean):")
    for r in REGISTERS:
        print("  %s  %3d / %3d" % (r, reg_items[r], reg_clean[r]))
    multiline = sum(1 for o in back if "\n" in o["text"])
    print("items with line breaks: %d" % multiline)
    if warns:
        print("unlabelled identifier-like strings (confirm each is meant to stay unlabelled):")
        for w in warns:
            print("  " + w)
    if errors:
        print("\nFAILED with %d error(s):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
