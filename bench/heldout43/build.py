#!/usr/bin/env python3
"""Build lines.jsonl from templates.txt for blind set heldout43.

templates.txt: one item per line, "R1 ".."R7 " prefix, identifiers marked
inline as {{kind|span}}, a literal backslash-n is a line break in the text.
Standard library only.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATES = os.path.join(HERE, "templates.txt")
OUT = os.path.join(HERE, "lines.jsonl")

KINDS = ("name", "phone", "email", "address", "dob", "case_number", "ssn", "id_number")
REGISTERS = ("R1", "R2", "R3", "R4", "R5", "R6", "R7")
MARK = re.compile(r"\{\{([^{}|]*)\|([^{}|]*)\}\}")

DIGIT_WORDS = {
    "zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3",
    "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}
TITLES = ("mr", "mrs", "ms", "miss", "mx", "dr", "judge", "prof", "det", "pastor",
          "tía", "tia", "tío", "tio", "grandma", "grandpa", "aunt", "uncle",
          "abuela", "abuelo", "honorable", "hon", "baby boy", "baby girl")
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")

errors = []


def err(lineno, msg):
    errors.append("line %d: %s" % (lineno, msg))


def spelled_digits(span):
    """Digits of a number written with figures and/or digit words."""
    out = []
    for tok in re.findall(r"[A-Za-z]+|\d", span):
        if tok.isdigit():
            out.append(tok)
        else:
            w = tok.lower()
            if w in DIGIT_WORDS:
                out.append(DIGIT_WORDS[w])
            elif w in ("ext", "x", "extension"):
                return None
    return "".join(out)


def check_phone(lineno, span):
    d = spelled_digits(span)
    if not d or not re.fullmatch(r"\d*55501\d\d", d):
        err(lineno, "phone not in 555-01xx range: %r" % span)


def check_email(lineno, span):
    s = span.strip()
    if "@" not in s:  # spelled-out form: "x dot y at example dot com"
        s = re.sub(r"\s+at\s+", "@", s)
        s = re.sub(r"\s+dot\s+", ".", s)
        s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Za-z0-9._%+-]+@example\.(com|org|net)", s):
        err(lineno, "email not at an example domain: %r" % span)


def check_ssn(lineno, span):
    d = re.sub(r"\D", "", span)
    if len(d) == 9:
        if not (d.startswith("000") or d.startswith("9")):
            err(lineno, "full SSN outside invented ranges: %r" % span)
    elif len(d) != 4 or d != span:
        err(lineno, "SSN label is neither a full number nor a bare last four: %r" % span)


def check_dob(lineno, span):
    s = span.lower()
    numeric = re.fullmatch(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}", s)
    worded = any(m in s for m in MONTHS) and re.search(r"\b\d{1,2}\b", s) and re.search(r"\b\d{4}\b", s)
    if not (numeric or worded):
        err(lineno, "dob without a full day/month/year: %r" % span)


def check_name(lineno, span):
    low = span.lower()
    for t in TITLES:
        if low == t or low.startswith(t + " ") or low.startswith(t + ". "):
            err(lineno, "name span starts with a title: %r" % span)
    if low.endswith("'s") or low.endswith("\u2019s"):
        err(lineno, "name span keeps a possessive: %r" % span)
    if re.search(r"\d|@", span):
        err(lineno, "name span holds digits or @: %r" % span)


def check_number_label(lineno, kind, span):
    if re.match(r"(?i)(mrn|dob|ssn|case|docket|no\.|#|referral|claim|id\b|member)", span):
        err(lineno, "%s label starts with a word or sign: %r" % (kind, span))
    if not re.search(r"\d", span) and kind != "phone":
        err(lineno, "%s label has no digit: %r" % (kind, span))


def parse(lineno, raw):
    if not raw.strip():
        return None
    m = re.match(r"(R[1-7]) (.+)$", raw)
    if not m:
        err(lineno, "missing register prefix")
        return None
    reg, body = m.group(1), m.group(2)
    body = body.replace("\\n", "\n")
    text, labels, pos = "", [], 0
    for mk in MARK.finditer(body):
        kind, span = mk.group(1), mk.group(2)
        text += body[pos:mk.start()]
        start = len(text)
        text += span
        labels.append({"kind": kind, "start": start, "end": len(text)})
        pos = mk.end()
    text += body[pos:]
    if "{{" in text or "}}" in text or "|" in text:
        err(lineno, "stray mark left in text")
    if text != text.strip():
        err(lineno, "text has leading or trailing whitespace")
    for lab in labels:
        span = text[lab["start"]:lab["end"]]
        kind = lab["kind"]
        if kind not in KINDS:
            err(lineno, "bad kind %r" % kind)
            continue
        if not span or span != span.strip():
            err(lineno, "label %r has leading/trailing whitespace or is empty" % span)
        if kind == "name":
            check_name(lineno, span)
        elif kind == "phone":
            check_number_label(lineno, kind, span)
            check_phone(lineno, span)
        elif kind == "email":
            check_email(lineno, span)
        elif kind == "ssn":
            check_number_label(lineno, kind, span)
            check_ssn(lineno, span)
        elif kind == "dob":
            check_number_label(lineno, kind, span)
            check_dob(lineno, span)
        elif kind in ("case_number", "id_number"):
            check_number_label(lineno, kind, span)
    ordered = sorted(labels, key=lambda l: (l["start"], l["end"]))
    for a, b in zip(ordered, ordered[1:]):
        if b["start"] < a["end"]:
            err(lineno, "overlapping labels")
    return reg, {"text": text, "labels": ordered}


def main():
    items, regs = [], []
    seen = {}
    with open(TEMPLATES, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            raw = raw.rstrip("\n")
            got = parse(lineno, raw)
            if got is None:
                if raw.strip():
                    err(lineno, "unparsed line")
                continue
            reg, item = got
            if item["text"] in seen:
                err(lineno, "duplicate text (first at line %d)" % seen[item["text"]])
            seen[item["text"]] = lineno
            items.append(item)
            regs.append(reg)

    with open(OUT, "w", encoding="utf-8") as fh:
        for item in items:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")

    # re-read what was written and check it again from the file alone
    back = []
    with open(OUT, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            obj = json.loads(line)
            if set(obj) != {"text", "labels"}:
                errors.append("jsonl %d: unexpected fields %r" % (n, sorted(obj)))
            last_end = -1
            for lab in obj["labels"]:
                if set(lab) != {"kind", "start", "end"}:
                    errors.append("jsonl %d: bad label fields" % n)
                if lab["kind"] not in KINDS:
                    errors.append("jsonl %d: bad kind" % n)
                if not (0 <= lab["start"] < lab["end"] <= len(obj["text"])):
                    errors.append("jsonl %d: offsets out of range" % n)
                if lab["start"] < last_end:
                    errors.append("jsonl %d: overlap" % n)
                last_end = lab["end"]
                s = obj["text"][lab["start"]:lab["end"]]
                if s != s.strip():
                    errors.append("jsonl %d: whitespace at label edge" % n)
            back.append(obj)
    if len(back) != len(items) or any(a != b for a, b in zip(back, items)):
        errors.append("re-read lines.jsonl differs from what was built")
    if len({o["text"] for o in back}) != len(back):
        errors.append("duplicate texts in lines.jsonl")

    kinds = collections.Counter(l["kind"] for o in back for l in o["labels"])
    per_reg = collections.Counter(regs)
    clean_reg = collections.Counter(r for r, o in zip(regs, back) if not o["labels"])
    clean = sum(1 for o in back if not o["labels"])
    multiline = sum(1 for o in back if "\n" in o["text"])

    print("items: %d" % len(back))
    print("clean items: %d" % clean)
    print("items with a line break: %d" % multiline)
    print("labels per kind:")
    for k in KINDS:
        print("  %-12s %d" % (k, kinds.get(k, 0)))
    print("  %-12s %d" % ("total", sum(kinds.values())))
    print("items per register (clean):")
    for r in REGISTERS:
        print("  %s %d (%d)" % (r, per_reg.get(r, 0), clean_reg.get(r, 0)))

    if len(back) < 460:
        errors.append("fewer than 460 items")
    if clean < 260:
        errors.append("fewer than 260 clean items")
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
