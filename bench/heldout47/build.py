#!/usr/bin/env python3
"""Build lines.jsonl from templates.txt and check every label.

templates.txt: one item per line, "R1 " .. "R7 " prefix, identifiers marked
inline as {{kind|span}}, a literal backslash-n is a line break in the text.

Run as a script:  python3 build.py
"""
import sys

sys.dont_write_bytecode = True

import json
import os
import re
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATES = os.path.join(HERE, "templates.txt")
OUT = os.path.join(HERE, "lines.jsonl")

KINDS = ("name", "phone", "email", "address", "dob", "case_number", "ssn", "id_number")
REGISTERS = tuple("R%d" % i for i in range(1, 8))
MIN_ITEMS = 460
MIN_CLEAN = 260

MARK = re.compile(r"\{\{([a-z_]+)\|(.*?)\}\}")
DIGIT_WORDS = {
    "zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3",
    "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}
TITLES = (
    "mr", "mrs", "ms", "miss", "dr", "judge", "coach", "sensei", "pastor", "sister",
    "officer", "grandma", "grandpa", "gran", "nana", "abuela", "abuelo", "tía", "tia",
    "tío", "uncle", "aunt", "auntie", "babcia", "mémé", "ông", "bà", "lola", "lolo",
)
EMAIL_RE = re.compile(r"^[a-z0-9._+-]+@example\.(com|org|net)$", re.I)

errors = []


def err(lineno, msg):
    errors.append("templates.txt:%d: %s" % (lineno, msg))


def phone_digits(span):
    """Digits of a phone number, spelled-out digit words included."""
    out = []
    for tok in re.findall(r"[A-Za-z]+|\d", span):
        low = tok.lower()
        if tok.isdigit():
            out.append(tok)
        elif low in DIGIT_WORDS:
            out.append(DIGIT_WORDS[low])
        else:
            return None
    return "".join(out)


def normalise_email(span):
    s = span.strip()
    s = re.sub(r"\s+at\s+", "@", s, flags=re.I)
    s = re.sub(r"\s+dot\s+", ".", s, flags=re.I)
    return s


def check_label(lineno, kind, span):
    if kind not in KINDS:
        err(lineno, "unknown kind %r" % kind)
        return
    if not span or span != span.strip():
        err(lineno, "empty span or leading/trailing whitespace: %r" % span)
    if "{" in span or "}" in span or "|" in span:
        err(lineno, "stray mark characters in span %r" % span)
    if kind == "phone":
        d = phone_digits(span)
        if d is None:
            err(lineno, "phone span has non-digit words: %r" % span)
        elif not re.search(r"55501\d\d$", d):
            err(lineno, "phone not in the 555-01xx range: %r" % span)
    elif kind == "email":
        if not EMAIL_RE.match(normalise_email(span)):
            err(lineno, "e-mail not at example.com/.org/.net: %r" % span)
    elif kind == "ssn":
        d = re.sub(r"\D", "", span)
        if len(d) == 9:
            if not (d.startswith("000") or d.startswith("9")):
                err(lineno, "SSN not in an invented range: %r" % span)
        elif len(d) != 4:
            err(lineno, "SSN neither full nor last four: %r" % span)
        if re.search(r"[A-Za-z]", span):
            err(lineno, "SSN span holds letters: %r" % span)
    elif kind == "name":
        if re.search(r"\d", span):
            err(lineno, "digit in name %r" % span)
        if re.search(r"['\u2019]s$", span):
            err(lineno, "possessive inside name %r" % span)
        first = re.split(r"[\s.]+", span.lower(), maxsplit=1)[0]
        if first in TITLES and span.lower() != first and " " in span:
            err(lineno, "title inside name %r" % span)
    elif kind in ("dob", "case_number", "id_number", "address"):
        if not re.search(r"\d", span):
            err(lineno, "%s without a digit: %r" % (kind, span))
        low = span.lower()
        for word in ("dob", "mrn", "case ", "case#", "docket", "claim ", "referral"):
            if low.startswith(word):
                err(lineno, "label includes the word before the number: %r" % span)


def global_scans(lineno, text, labels):
    """Numbers and addresses that look like identifiers must be invented (and
    e-mails / SSNs must be labelled)."""
    def covered(s, e, kind=None):
        return any(l["start"] <= s and e <= l["end"] and (kind is None or l["kind"] == kind)
                   for l in labels)

    for m in re.finditer(r"\b555[-. ]?0(\d)\d\d\b", text):
        if m.group(1) != "1":
            err(lineno, "555 number outside 01xx: %r" % m.group(0))
    for m in re.finditer(r"(?<!\d)\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}(?!\d)", text):
        if not re.search(r"55501\d\d$", re.sub(r"\D", "", m.group(0))):
            err(lineno, "phone-like number outside 555-01xx: %r" % m.group(0))
    for m in re.finditer(r"[\w.+-]+@[\w.-]+", text):
        if not EMAIL_RE.match(m.group(0).rstrip(".")):
            err(lineno, "e-mail-like string not at an example domain: %r" % m.group(0))
        if not covered(m.start(), m.end() - (1 if m.group(0).endswith(".") else 0), "email"):
            err(lineno, "e-mail not labelled: %r" % m.group(0))
    for m in re.finditer(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])", text):
        if not covered(m.start(), m.end(), "ssn"):
            err(lineno, "SSN-shaped number not labelled as ssn: %r" % m.group(0))


def parse(lineno, raw):
    m = re.match(r"^(R[1-7]) (.+)$", raw)
    if not m:
        err(lineno, "line does not start with a register R1..R7 and a space")
        return None
    reg, body = m.group(1), m.group(2)
    body = body.replace("\\n", "\n")
    text_parts, labels = [], []
    pos, cur = 0, 0
    for mk in MARK.finditer(body):
        before = body[pos:mk.start()]
        text_parts.append(before)
        cur += len(before)
        kind, span = mk.group(1), mk.group(2)
        check_label(lineno, kind, span)
        labels.append({"kind": kind, "start": cur, "end": cur + len(span)})
        text_parts.append(span)
        cur += len(span)
        pos = mk.end()
    text_parts.append(body[pos:])
    text = "".join(text_parts)
    if "{{" in text or "}}" in text:
        err(lineno, "unbalanced or malformed mark left in text")
    if text != text.strip():
        err(lineno, "item starts or ends with whitespace")
    # span text must equal the marked text
    marked = [mk.group(2) for mk in MARK.finditer(body)]
    for lab, span in zip(labels, marked):
        if text[lab["start"]:lab["end"]] != span:
            err(lineno, "offset mismatch for %r" % span)
    # no overlaps
    for a, b in zip(labels, labels[1:]):
        if b["start"] < a["end"]:
            err(lineno, "overlapping labels")
    global_scans(lineno, text, labels)
    return reg, text, labels


def main():
    items = []
    seen = {}
    with open(TEMPLATES, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            raw = raw.rstrip("\n")
            if not raw.strip():
                err(lineno, "blank line")
                continue
            got = parse(lineno, raw)
            if got is None:
                continue
            reg, text, labels = got
            if text in seen:
                err(lineno, "duplicate text (first at line %d)" % seen[text])
            seen[text] = lineno
            items.append((reg, text, labels))

    with open(OUT, "w", encoding="utf-8") as fh:
        for _, text, labels in items:
            fh.write(json.dumps({"text": text, "labels": labels}, ensure_ascii=False) + "\n")

    # re-read what was written and check it again
    back = []
    with open(OUT, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            obj = json.loads(line)
            if set(obj) != {"text", "labels"}:
                errors.append("lines.jsonl:%d: unexpected fields %r" % (n, sorted(obj)))
            for lab in obj["labels"]:
                if set(lab) != {"kind", "start", "end"} or lab["kind"] not in KINDS:
                    errors.append("lines.jsonl:%d: bad label %r" % (n, lab))
                    continue
                span = obj["text"][lab["start"]:lab["end"]]
                if not span or span != span.strip():
                    errors.append("lines.jsonl:%d: bad span %r" % (n, span))
            back.append(obj)
    if len(back) != len(items):
        errors.append("lines.jsonl has %d lines, expected %d" % (len(back), len(items)))
    for (reg, text, labels), obj in zip(items, back):
        if obj["text"] != text or obj["labels"] != labels:
            errors.append("lines.jsonl differs from templates for %r" % text[:40])

    per_kind = Counter(l["kind"] for o in back for l in o["labels"])
    per_reg = Counter(r for r, _, _ in items)
    clean_reg = Counter(r for r, _, labs in items if not labs)
    clean = sum(1 for o in back if not o["labels"])

    print("items: %d" % len(back))
    print("clean items: %d" % clean)
    print("labels: %d" % sum(per_kind.values()))
    print("labels per kind:")
    for k in KINDS:
        print("  %-12s %d" % (k, per_kind.get(k, 0)))
    print("items per register (clean):")
    for r in REGISTERS:
        print("  %s %d (%d)" % (r, per_reg.get(r, 0), clean_reg.get(r, 0)))
    print("items with a line break: %d" % sum(1 for o in back if "\n" in o["text"]))

    if len(back) < MIN_ITEMS:
        errors.append("only %d items (need %d)" % (len(back), MIN_ITEMS))
    if clean < MIN_CLEAN:
        errors.append("only %d clean items (need %d)" % (clean, MIN_CLEAN))
    for k in KINDS:
        if not per_kind.get(k):
            errors.append("no label of kind %s" % k)

    if errors:
        print("\nFAILED with %d error(s):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
