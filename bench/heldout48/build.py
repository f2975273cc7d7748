#!/usr/bin/env python3
"""Build lines.jsonl from templates.txt (heldout48) and check every label.

Run as a script:  python3 build.py
Standard library only. Exits with status 1 if any check fails.
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
REGISTERS = tuple("R%d" % i for i in range(1, 8))
MIN_ITEMS = 460
MIN_CLEAN = 260

MARK = re.compile(r"\{\{([a-z_]+)\|([^{}|]+)\}\}")
LINE = re.compile(r"^(R[1-7]) (.+)$")

DIGIT_WORDS = {
    "zero": "0", "oh": "0", "o": "0",
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
    "six": "6", "seven": "7", "eight": "8", "nine": "9",
}


def spoken_digits(span):
    """Digits of a number, written with figures and/or spelled-out digit words."""
    out = []
    for tok in re.findall(r"[A-Za-z]+|\d", span):
        low = tok.lower()
        if tok.isdigit():
            out.append(tok)
        elif low in DIGIT_WORDS:
            out.append(DIGIT_WORDS[low])
    return "".join(out)


def spoken_email(span):
    s = span.strip().lower()
    s = re.sub(r"\s+at\s+", "@", s)
    s = re.sub(r"\s+dot\s+", ".", s)
    s = re.sub(r"\s+underscore\s+", "_", s)
    s = re.sub(r"\s+dash\s+", "-", s)
    return s


NUMBER_WORD = re.compile(
    r"(?i)\b(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|first|second|third|"
    r"[a-z]+(th|st|nd|rd))\b"
)
EMAIL_OK = re.compile(r"^[a-z0-9._%+-]+@example\.(com|org|net)$")
EMAIL_IN_TEXT = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
SSN_IN_TEXT = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")
PHONE_IN_TEXT = re.compile(r"(?:\+?\d[\d ().-]{6,}\d)")


def check_phone(span):
    d = spoken_digits(span)
    return bool(re.search(r"55501\d\d$", d)) and len(d) >= 7


def check_email(span):
    return bool(EMAIL_OK.match(spoken_email(span)))


def check_ssn(span):
    d = spoken_digits(span)
    if len(d) == 4:  # last four, said to be the SSN's
        return True
    return len(d) == 9 and (d.startswith("000") or d.startswith("9"))


def parse(template, where, errors):
    """Strip the marks; return (text, labels)."""
    template = template.replace("\\n", "\n")
    text_parts = []
    labels = []
    pos = 0
    length = 0
    for m in MARK.finditer(template):
        before = template[pos:m.start()]
        text_parts.append(before)
        length += len(before)
        kind, span = m.group(1), m.group(2)
        if kind not in KINDS:
            errors.append("%s: unknown kind %r" % (where, kind))
        if span != span.strip() or not span.strip():
            errors.append("%s: span with leading/trailing space or empty: %r" % (where, span))
        labels.append({"kind": kind, "start": length, "end": length + len(span), "_span": span})
        text_parts.append(span)
        length += len(span)
        pos = m.end()
    text_parts.append(template[pos:])
    text = "".join(text_parts)
    for bad in ("{{", "}}"):
        if bad in text:
            errors.append("%s: stray %r left in text" % (where, bad))
    return text, labels


def main():
    errors = []
    items = []
    seen = {}
    with open(SRC, encoding="utf-8") as fh:
        raw_lines = fh.read().split("\n")
    if raw_lines and raw_lines[-1] == "":
        raw_lines.pop()
    for n, raw in enumerate(raw_lines, 1):
        where = "templates.txt:%d" % n
        m = LINE.match(raw)
        if not m:
            errors.append("%s: line does not start with a register R1..R7 and a space" % where)
            continue
        reg, body = m.group(1), m.group(2)
        text, labels = parse(body, where, errors)
        if text != text.strip():
            errors.append("%s: text has leading/trailing whitespace" % where)
        if text in seen:
            errors.append("%s: duplicate text (same as line %d)" % (where, seen[text]))
        seen[text] = n
        # per-label checks
        labels.sort(key=lambda l: (l["start"], l["end"]))
        for a, b in zip(labels, labels[1:]):
            if b["start"] < a["end"]:
                errors.append("%s: overlapping labels %r / %r" % (where, a["_span"], b["_span"]))
        for lab in labels:
            span = lab["_span"]
            if text[lab["start"]:lab["end"]] != span:
                errors.append("%s: offset mismatch for %r" % (where, span))
            k = lab["kind"]
            if k == "phone" and not check_phone(span):
                errors.append("%s: phone not in 555-01xx range: %r" % (where, span))
            if k == "email" and not check_email(span):
                errors.append("%s: email not at example.com/.org/.net: %r" % (where, span))
            if k == "ssn" and not check_ssn(span):
                errors.append("%s: SSN not in an invented range: %r" % (where, span))
            if k in ("case_number", "id_number", "dob", "address") and not (
                re.search(r"\d", span) or spoken_digits(span) or NUMBER_WORD.search(span)
            ):
                errors.append("%s: %s without any digit: %r" % (where, k, span))
            if k in ("case_number", "id_number", "ssn", "dob", "phone") and re.match(
                r"(?i)^(mrn|case|dob|ssn|id|no\.?|#)\b", span
            ):
                errors.append("%s: number label starts with its tag word: %r" % (where, span))
            if k == "name" and re.match(r"(?i)^(mr|mrs|ms|dr|judge|miss|mister|prof|capt|lt|sen)\.?\s", span):
                errors.append("%s: name label includes a title: %r" % (where, span))
            if k == "name" and span.endswith("'s"):
                errors.append("%s: name label includes possessive: %r" % (where, span))
        # unlabelled e-mails / SSN-shaped numbers / phone-like numbers outside the test range
        masked = list(text)
        for lab in labels:
            for i in range(lab["start"], lab["end"]):
                masked[i] = "#"
        masked = "".join(masked)
        for em in EMAIL_IN_TEXT.findall(masked):
            errors.append("%s: unlabelled e-mail %r" % (where, em))
        for ss in SSN_IN_TEXT.findall(masked):
            errors.append("%s: unlabelled SSN-shaped number %r" % (where, ss))
        for ph in PHONE_IN_TEXT.findall(masked):
            d = re.sub(r"\D", "", ph)
            if "555" in d and not re.search(r"55501\d\d$", d):
                errors.append("%s: 555 number outside 555-01xx: %r" % (where, ph))
        items.append({
            "register": reg,
            "text": text,
            "labels": [{"kind": l["kind"], "start": l["start"], "end": l["end"]} for l in labels],
            "_spans": [l["_span"] for l in labels],
        })

    if errors:
        for e in errors:
            print("ERROR", e)
        print("%d error(s); lines.jsonl not written" % len(errors))
        return 1

    with open(OUT, "w", encoding="utf-8") as fh:
        for it in items:
            fh.write(json.dumps({"text": it["text"], "labels": it["labels"]}, ensure_ascii=False) + "\n")

    # re-read what was written and check it again
    with open(OUT, encoding="utf-8") as fh:
        back = [json.loads(l) for l in fh if l.strip()]
    if len(back) != len(items):
        errors.append("re-read: %d records, expected %d" % (len(back), len(items)))
    kind_counts = collections.Counter()
    reg_items = collections.Counter()
    reg_clean = collections.Counter()
    clean = 0
    texts = set()
    for rec, it in zip(back, items):
        if set(rec) != {"text", "labels"}:
            errors.append("re-read: unexpected fields %r" % sorted(rec))
        if rec["text"] in texts:
            errors.append("re-read: duplicate text")
        texts.add(rec["text"])
        prev_end = -1
        for lab, span in zip(rec["labels"], it["_spans"]):
            if set(lab) != {"kind", "start", "end"} or lab["kind"] not in KINDS:
                errors.append("re-read: bad label %r" % lab)
            if rec["text"][lab["start"]:lab["end"]] != span:
                errors.append("re-read: span mismatch %r" % span)
            if lab["start"] < prev_end:
                errors.append("re-read: overlap")
            prev_end = lab["end"]
            kind_counts[lab["kind"]] += 1
        reg_items[it["register"]] += 1
        if not rec["labels"]:
            clean += 1
            reg_clean[it["register"]] += 1

    print("items: %d" % len(back))
    print("clean items: %d" % clean)
    print("labelled items: %d" % (len(back) - clean))
    print("with a line break: %d" % sum(1 for r in back if "\n" in r["text"]))
    print("labels per kind:")
    for k in KINDS:
        print("  %-12s %d" % (k, kind_counts[k]))
    print("  %-12s %d" % ("total", sum(kind_counts.values())))
    print("items per register (items / clean):")
    for r in REGISTERS:
        print("  %s  %3d / %3d" % (r, reg_items[r], reg_clean[r]))
    if len(back) < MIN_ITEMS:
        errors.append("only %d items (need >= %d)" % (len(back), MIN_ITEMS))
    if clean < MIN_CLEAN:
        errors.append("only %d clean items (need >= %d)" % (clean, MIN_CLEAN))
    for k in KINDS:
        if kind_counts[k] == 0:
            errors.append("no label of kind %s" % k)
    if errors:
        for e in errors:
            print("ERROR", e)
        print("FAILED with %d error(s)" % len(errors))
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
