#!/usr/bin/env python3
"""Build lines.jsonl from templates.txt and check every label.

Run as a script:  python3 build.py
Standard library only. Exits non-zero if any check fails.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATES = os.path.join(HERE, "templates.txt")
OUT = os.path.join(HERE, "lines.jsonl")

KINDS = ("name", "phone", "email", "address", "dob", "case_number", "ssn", "id_number")
REGISTERS = ("R1", "R2", "R3", "R4", "R5", "R6", "R7")
MIN_ITEMS = 460
MIN_CLEAN = 260

MARK = re.compile(r"\{\{([a-z_]+)\|([^{}|]*)\}\}")
LINE = re.compile(r"^(R[1-7]) (.+)$")

DIGIT_WORDS = {
    "zero": "0", "oh": "0", "o": "0",
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
    "six": "6", "seven": "7", "eight": "8", "nine": "9",
}

EXAMPLE_DOMAIN = re.compile(r"@(?:[a-z0-9-]+\.)*example\.(?:com|org|net)$")
EMAIL_LIKE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
SPELLED_EMAIL_LIKE = re.compile(r"\b\S+ at example dot (?:com|org|net)\b", re.I)
PHONE_555 = re.compile(r"555[-. ]?01\d\d")


def phone_digits(span):
    """Digits of a phone span, spelled-out digit words included."""
    out = []
    for tok in re.findall(r"[A-Za-z]+|\d", span):
        low = tok.lower()
        if tok.isdigit():
            out.append(tok)
        elif low in DIGIT_WORDS:
            out.append(DIGIT_WORDS[low])
        else:
            return None, tok
    return "".join(out), None


def normalise_email(span):
    s = span.strip()
    s = re.sub(r"\s+at\s+", "@", s, flags=re.I)
    s = re.sub(r"\s+dot\s+", ".", s, flags=re.I)
    return s.replace(" ", "").lower()


def parse(lineno, raw, errors):
    m = LINE.match(raw)
    if not m:
        errors.append(f"line {lineno}: no register prefix (R1..R7 + space)")
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
        start = cur
        text_parts.append(span)
        cur += len(span)
        labels.append({"kind": kind, "start": start, "end": cur, "_span": span})
        pos = mm.end()
    rest = body[pos:]
    text_parts.append(rest)
    text = "".join(text_parts)
    if "{{" in text or "}}" in text:
        errors.append(f"line {lineno}: unparsed mark left in text")
    return reg, text, labels


def check_label(lineno, text, lab, errors):
    kind, start, end, span = lab["kind"], lab["start"], lab["end"], lab["_span"]
    where = f"line {lineno} [{kind}]"
    if kind not in KINDS:
        errors.append(f"{where}: invalid kind")
        return
    if not span:
        errors.append(f"{where}: empty span")
        return
    if text[start:end] != span:
        errors.append(f"{where}: offsets do not match the marked text")
    if span != span.strip():
        errors.append(f"{where}: leading or trailing whitespace")
    if "\n" in span:
        errors.append(f"{where}: line break inside span")
    if kind == "phone":
        digits, bad = phone_digits(span)
        if digits is None:
            errors.append(f"{where}: non-digit word {bad!r} in phone span")
        elif not re.search(r"55501\d\d$", digits):
            errors.append(f"{where}: phone not in the 555-01xx range")
    elif kind == "email":
        e = normalise_email(span)
        if e.count("@") != 1 or not EXAMPLE_DOMAIN.search(e):
            errors.append(f"{where}: e-mail not at example.com/.org/.net")
    elif kind == "ssn":
        d = re.sub(r"\D", "", span)
        if len(d) == 9:
            if not (d.startswith("000") or d.startswith("9")):
                errors.append(f"{where}: full SSN not in an invented range (000 or 9xx)")
        elif len(d) != 4:
            errors.append(f"{where}: SSN must be 9 digits or the last four")
        if re.search(r"[A-Za-z]", span):
            errors.append(f"{where}: letters in SSN span")
    elif kind in ("case_number", "id_number", "dob"):
        if not re.search(r"\d", span) and kind != "dob":
            errors.append(f"{where}: number span without digits")
        if kind == "dob" and not re.search(r"\d", span):
            errors.append(f"{where}: dob without a day")
    if kind in ("phone", "case_number", "id_number", "ssn", "dob"):
        low = span.lower()
        for word in ("mrn", "dob", "case", "docket", "ssn", "dsn", "badge", "id "):
            if low.startswith(word):
                errors.append(f"{where}: label starts with the word before the number")


def check_unlabelled(lineno, text, labels, errors, notes):
    covered = [(l["start"], l["end"]) for l in labels]

    def inside(a, b):
        return any(s <= a and b <= e for s, e in covered)

    for m in EMAIL_LIKE.finditer(text):
        if not inside(m.start(), m.end()):
            errors.append(f"line {lineno}: e-mail address left unlabelled")
    for m in SPELLED_EMAIL_LIKE.finditer(text):
        if not inside(m.start(), m.end()):
            errors.append(f"line {lineno}: spelled-out e-mail left unlabelled")
    for m in PHONE_555.finditer(text):
        if not inside(m.start(), m.end()):
            notes.append(f"line {lineno}: unlabelled 555-01xx number (check it is a published main line)")
    for m in re.finditer(r"\b\d{3}-\d{2}-\d{4}\b", text):
        if not inside(m.start(), m.end()):
            errors.append(f"line {lineno}: SSN-shaped number left unlabelled")


def main():
    errors, notes = [], []
    records, registers = [], []
    seen = {}
    with open(TEMPLATES, encoding="utf-8") as fh:
        raw_lines = fh.read().split("\n")
    for lineno, raw in enumerate(raw_lines, 1):
        if not raw.strip():
            continue
        if raw != raw.rstrip() or raw != raw.lstrip():
            errors.append(f"line {lineno}: stray whitespace at line start or end")
        parsed = parse(lineno, raw.strip(), errors)
        if parsed is None:
            continue
        reg, text, labels = parsed
        if text != text.strip():
            errors.append(f"line {lineno}: text has leading/trailing whitespace")
        if text in seen:
            errors.append(f"line {lineno}: duplicate text (same as line {seen[text]})")
        seen[text] = lineno
        for lab in labels:
            check_label(lineno, text, lab, errors)
        ordered = sorted(labels, key=lambda l: (l["start"], l["end"]))
        for a, b in zip(ordered, ordered[1:]):
            if b["start"] < a["end"]:
                errors.append(f"line {lineno}: overlapping labels")
        check_unlabelled(lineno, text, labels, errors, notes)
        records.append({
            "text": text,
            "labels": [{"kind": l["kind"], "start": l["start"], "end": l["end"]} for l in ordered],
        })
        registers.append(reg)

    with open(OUT, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # Re-read what was written and count from the file itself.
    back = []
    with open(OUT, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            obj = json.loads(line)
            if set(obj) != {"text", "labels"}:
                errors.append(f"lines.jsonl {i}: unexpected keys {sorted(obj)}")
            for lab in obj["labels"]:
                if set(lab) != {"kind", "start", "end"}:
                    errors.append(f"lines.jsonl {i}: unexpected label keys")
                if lab["kind"] not in KINDS:
                    errors.append(f"lines.jsonl {i}: invalid kind")
                if not (0 <= lab["start"] < lab["end"] <= len(obj["text"])):
                    errors.append(f"lines.jsonl {i}: offsets out of range")
            back.append(obj)
    if back != records:
        errors.append("lines.jsonl does not read back identical to what was built")

    kinds = Counter()
    per_reg = Counter()
    clean_reg = Counter()
    clean = 0
    for obj, reg in zip(back, registers):
        per_reg[reg] += 1
        if not obj["labels"]:
            clean += 1
            clean_reg[reg] += 1
        for lab in obj["labels"]:
            kinds[lab["kind"]] += 1

    if len(back) < MIN_ITEMS:
        errors.append(f"only {len(back)} items, need at least {MIN_ITEMS}")
    if clean < MIN_CLEAN:
        errors.append(f"only {clean} clean items, need at least {MIN_CLEAN}")

    print(f"items: {len(back)}")
    print(f"clean items: {clean}")
    print(f"labelled items: {len(back) - clean}")
    print(f"labels: {sum(kinds.values())}")
    print("labels per kind:")
    for k in KINDS:
        print(f"  {k:12s} {kinds[k]}")
    print("items per register (items / clean):")
    for r in REGISTERS:
        print(f"  {r}  {per_reg[r]:4d} / {clean_reg[r]}")
    multiline = sum(1 for o in back if "\n" in o["text"])
    print(f"items with line breaks: {multiline}")
    for n in notes:
        print("note:", n)
    if errors:
        print(f"\n{len(errors)} ERROR(S):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
