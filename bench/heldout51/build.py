#!/usr/bin/env python3
"""Build heldout51/lines.jsonl from templates.txt and check every item and label.

Run as a script: python3 build.py   (standard library only; do not import it)

templates.txt: one item per line, starting with its register tag ("R1 " .. "R7 ").
Identifiers are marked inline as {{kind|span}}. Inside a line, the two characters
backslash-n stand for a line break and backslash-t for a tab.
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
MARK = re.compile(r"\{\{([^{}|]*)\|([^{}]*?)\}\}")

NUMBER_WORDS = {
    "zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3",
    "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}
EMAIL_OK = re.compile(r"^[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)*example\.(?:com|org|net)$")
EMAIL_SPELLED_OK = re.compile(r"\bat\s+example\s+dot\s+(?:com|org|net)$", re.I)
EMAIL_ANY = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
EMAIL_SPELLED_ANY = re.compile(r"\bat\s+\w+\s+dot\s+(?:com|org|net|gov|edu)\b", re.I)
FICTIONAL_PHONE_ANY = re.compile(r"555[\s.\-]*01\d\d")
SPELLED_555_ANY = re.compile(r"\bfive[\s,\-]+five[\s,\-]+five\b", re.I)
SSN_SHAPED = re.compile(r"(?<![\w-])\d{3}([- ])\d{2}\1\d{4}(?![\w-])")

errors = []


def err(lineno, msg):
    errors.append("templates.txt:%d: %s" % (lineno, msg))


def unescape(s):
    return s.replace("\\n", "\n").replace("\\t", "\t")


def phone_digits(span):
    digits = re.sub(r"\D", "", span)
    if digits:
        return digits
    words = re.findall(r"[A-Za-z]+", span.lower())
    return "".join(NUMBER_WORDS.get(w, "?") for w in words)


def parse(lineno, raw):
    """Return (register, text, [(kind, start, end, span)])."""
    m = re.match(r"^(R[1-7]) (.*)$", raw)
    if not m:
        err(lineno, "line does not start with a register tag R1..R7 and a space")
        return None
    reg, body = m.group(1), m.group(2)
    text_parts, labels, pos, last = [], [], 0, 0
    for mk in MARK.finditer(body):
        plain = unescape(body[last:mk.start()])
        text_parts.append(plain)
        pos += len(plain)
        kind, span_raw = mk.group(1), mk.group(2)
        span = unescape(span_raw)
        if kind not in KINDS:
            err(lineno, "unknown kind %r" % kind)
        if not span:
            err(lineno, "empty span for %s" % kind)
        elif span != span.strip():
            err(lineno, "span %r has leading/trailing whitespace" % span)
        if "\n" in span or "\t" in span:
            err(lineno, "span %r contains a line break or tab" % span)
        labels.append((kind, pos, pos + len(span), span))
        text_parts.append(span)
        pos += len(span)
        last = mk.end()
    tail = unescape(body[last:])
    text_parts.append(tail)
    text = "".join(text_parts)
    for bad in ("{{", "}}"):
        if bad in text:
            err(lineno, "mark text %r left over in the item" % bad)
    if "\\" in text:
        err(lineno, "stray backslash left in the item")
    if text != text.strip():
        err(lineno, "item has leading/trailing whitespace")
    if not text:
        err(lineno, "empty item")
    return reg, text, labels


def check_labels(lineno, text, labels):
    prev_end = -1
    for kind, s, e, span in labels:
        if text[s:e] != span:
            err(lineno, "offset mismatch for %r" % span)
        if s < prev_end:
            err(lineno, "overlapping labels at %d" % s)
        prev_end = e
        if kind == "email":
            if "@" in span:
                if not EMAIL_OK.match(span):
                    err(lineno, "email %r not at example.com/.org/.net" % span)
            elif not EMAIL_SPELLED_OK.search(span):
                err(lineno, "spelled-out email %r not at example dot com/org/net" % span)
        elif kind == "phone":
            d = phone_digits(span)
            if "?" in d or len(d) not in (7, 10, 11) or not d[-7:].startswith("55501"):
                err(lineno, "phone %r is not a 555-01xx number" % span)
        elif kind == "ssn":
            d = re.sub(r"\D", "", span)
            if len(d) == 9:
                if not (d.startswith("000") or d.startswith("9")):
                    err(lineno, "full SSN %r must start with 000 or 9" % span)
            elif len(d) == 4:
                before = text[max(0, s - 40):s].lower()
                if not re.search(r"ssn|social|ss#", before):
                    err(lineno, "last-four SSN %r not said to be an SSN" % span)
            else:
                err(lineno, "SSN %r is neither 9 digits nor a last four" % span)
        elif kind == "dob":
            if not re.search(r"\d", span):
                err(lineno, "dob %r has no digits" % span)
    # Safety nets on the text left outside labels.
    masked = list(text)
    for _, s, e, _ in labels:
        for i in range(s, e):
            masked[i] = "\u2588"
    rest = "".join(masked)
    for rx, what in ((EMAIL_ANY, "e-mail"), (EMAIL_SPELLED_ANY, "spelled-out e-mail"),
                     (FICTIONAL_PHONE_ANY, "555-01xx number"),
                     (SPELLED_555_ANY, "spelled-out 555 number"),
                     (SSN_SHAPED, "SSN-shaped number")):
        for hit in rx.finditer(rest):
            err(lineno, "%s %r left outside a label" % (what, hit.group(0)))


def main():
    with open(SRC, encoding="utf-8") as f:
        raw_lines = f.read().split("\n")
    items, seen = [], {}
    for lineno, raw in enumerate(raw_lines, 1):
        if not raw.strip():
            continue
        parsed = parse(lineno, raw)
        if parsed is None:
            continue
        reg, text, labels = parsed
        check_labels(lineno, text, labels)
        if text in seen:
            err(lineno, "duplicate text (also line %d)" % seen[text])
        seen[text] = lineno
        items.append((lineno, reg, text, labels))

    if errors:
        print("\n".join(errors))
        print("FAILED: %d error(s)" % len(errors))
        sys.exit(1)

    with open(OUT, "w", encoding="utf-8") as f:
        for _, _, text, labels in items:
            rec = {"text": text,
                   "labels": [{"kind": k, "start": s, "end": e} for k, s, e, _ in labels]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # Re-read and re-check every span against the source marks.
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(line) for line in f if line.strip()]
    if len(back) != len(items):
        errors.append("lines.jsonl has %d records, expected %d" % (len(back), len(items)))
    for rec, (lineno, _, text, labels) in zip(back, items):
        if set(rec) != {"text", "labels"}:
            err(lineno, "unexpected fields %r in lines.jsonl" % sorted(rec))
        if rec["text"] != text:
            err(lineno, "text differs after re-read")
        if len(rec["labels"]) != len(labels):
            err(lineno, "label count differs after re-read")
        for lab, (kind, s, e, span) in zip(rec["labels"], labels):
            if lab["kind"] != kind or rec["text"][lab["start"]:lab["end"]] != span:
                err(lineno, "re-read label %r does not match source mark %r" % (lab, span))
    if errors:
        print("\n".join(errors))
        print("FAILED: %d error(s)" % len(errors))
        sys.exit(1)

    per_reg = collections.OrderedDict((r, [0, 0, 0]) for r in REGISTERS)
    per_kind = collections.Counter()
    for _, reg, _, labels in items:
        per_reg[reg][0] += 1
        if labels:
            per_reg[reg][2] += len(labels)
        else:
            per_reg[reg][1] += 1
        for k, _, _, _ in labels:
            per_kind[k] += 1
    print("register  items  clean  labels")
    for reg, (n, c, l) in per_reg.items():
        print("%-8s  %5d  %5d  %6d" % (reg, n, c, l))
    total_clean = sum(v[1] for v in per_reg.values())
    print("%-8s  %5d  %5d  %6d" % ("total", len(items), total_clean, sum(per_kind.values())))
    print()
    print("kind         labels")
    for k in KINDS:
        print("%-11s  %6d" % (k, per_kind[k]))
    print()
    print("OK: %d items, %d clean, %d labels written to lines.jsonl; all checks passed."
          % (len(items), total_clean, sum(per_kind.values())))


if __name__ == "__main__":
    main()
