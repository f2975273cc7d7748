#!/usr/bin/env python3
"""Build lines.jsonl from templates.txt for the heldout57 blind set.

Each line of templates.txt is "Rn text", with identifiers marked inline as
{{kind|span}}. A literal backslash-n in a line becomes a real line break.
The script strips the marks, computes offsets (Python str indices, end
exclusive), checks every item and label, writes lines.jsonl, re-reads it and
re-checks every span against the source marks. Nothing is written if a check
fails. Standard library only.
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
MARK = re.compile(r"\{\{([^{}|]*)\|([^{}]*)\}\}")

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
EMAIL_OK = re.compile(r"^[A-Za-z0-9._%+\-]+@example\.(com|org|net)$")
PHONE_555 = re.compile(r"555[\s.\-)]*01\d\d")
SSN_SHAPE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)|(?<![\d-])\d{9}(?![\d-])")
SPELLED = {"zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3",
           "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}

errors = []


def err(lineno, msg):
    errors.append(f"templates.txt line {lineno}: {msg}")


def spelled_digits(s):
    words = re.findall(r"[A-Za-z]+|\d", s.lower())
    if not words or not all(w in SPELLED or w.isdigit() for w in words):
        return None
    return "".join(SPELLED.get(w, w) for w in words)


def parse(lineno, raw):
    if len(raw) < 4 or raw[:2] not in REGISTERS or raw[2] != " ":
        err(lineno, "line must start with a register tag R1..R7 and a space")
        return None
    reg, body = raw[:2], raw[3:].replace("\\n", "\n")
    if "\\" in body:
        err(lineno, "stray backslash left in item")
    text, labels, marks, pos = [], [], [], 0
    cur = 0
    for m in MARK.finditer(body):
        kind, span = m.group(1), m.group(2)
        text.append(body[pos:m.start()])
        cur += m.start() - pos
        start, end = cur, cur + len(span)
        text.append(span)
        cur = end
        pos = m.end()
        if kind not in KINDS:
            err(lineno, f"unknown kind {kind!r}")
        if not span:
            err(lineno, "empty span")
        elif span != span.strip():
            err(lineno, f"span {span!r} has leading or trailing space")
        if "|" in span or "{" in span or "}" in span:
            err(lineno, f"mark text inside span {span!r}")
        labels.append({"kind": kind, "start": start, "end": end})
        marks.append((kind, span))
    text.append(body[pos:])
    text = "".join(text)
    if "{{" in text or "}}" in text:
        err(lineno, "unconverted mark text left in item")
    if text != text.strip():
        err(lineno, "item has leading or trailing whitespace")
    if len(text.split()) < 5:
        err(lineno, "item shorter than 5 words")
    for a, b in zip(labels, labels[1:]):
        if b["start"] < a["end"]:
            err(lineno, "overlapping labels")
    # safety nets on labels
    for (kind, span) in marks:
        if kind == "email" and not EMAIL_OK.match(span):
            err(lineno, f"e-mail label {span!r} is not at example.com/.org/.net")
        if kind == "phone":
            digits = re.sub(r"\D", "", span)
            sp = spelled_digits(span)
            if not (re.search(r"55501\d\d$", digits) or (sp and re.search(r"55501\d\d$", sp))):
                err(lineno, f"phone label {span!r} is not 555-01xx nor spelled out as such")
        if kind == "ssn":
            digits = re.sub(r"\D", "", span)
            if len(digits) == 9:
                if not (digits.startswith("000") or digits.startswith("9")):
                    err(lineno, f"full SSN {span!r} must start with 000 or 9")
            elif len(digits) != 4:
                err(lineno, f"SSN label {span!r} is neither a full number nor a last four")
    # safety nets on unlabelled text
    outside = list(text)
    for lab in labels:
        for i in range(lab["start"], lab["end"]):
            outside[i] = "\x00"
    outside = "".join(outside)
    for rx, what in ((PHONE_555, "555-01xx number"), (EMAIL_RE, "e-mail address"),
                     (SSN_SHAPE, "SSN-shaped number")):
        for m in rx.finditer(outside):
            err(lineno, f"unlabelled {what}: {m.group(0)!r}")
    if re.search(r"\bfive[\s,-]+five[\s,-]+five\b", outside, re.I):
        err(lineno, "unlabelled spelled-out 555 number")
    return reg, text, labels, marks


def main():
    items = []
    with open(SRC, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            raw = raw.rstrip("\n")
            if not raw.strip():
                continue
            parsed = parse(lineno, raw)
            if parsed:
                items.append((lineno,) + parsed)
    seen = {}
    for lineno, reg, text, labels, marks in items:
        key = text
        if key in seen:
            err(lineno, f"duplicate item (same text as line {seen[key]})")
        seen[key] = lineno
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"FAILED: {len(errors)} problem(s); nothing written.", file=sys.stderr)
        sys.exit(1)

    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for _, reg, text, labels, _ in items:
            f.write(json.dumps({"text": text, "labels": labels}, ensure_ascii=False) + "\n")
    # re-read and re-check every span against the source marks
    with open(tmp, encoding="utf-8") as f:
        back = [json.loads(line) for line in f]
    bad = []
    if len(back) != len(items):
        bad.append("item count changed on re-read")
    for rec, (lineno, reg, text, labels, marks) in zip(back, items):
        if set(rec) != {"text", "labels"} or rec["text"] != text:
            bad.append(f"line {lineno}: text changed on re-read")
            continue
        if len(rec["labels"]) != len(marks):
            bad.append(f"line {lineno}: label count changed on re-read")
            continue
        for lab, (kind, span) in zip(rec["labels"], marks):
            if lab["kind"] != kind or rec["text"][lab["start"]:lab["end"]] != span:
                bad.append(f"line {lineno}: span {span!r} does not match offsets")
    if bad:
        os.remove(tmp)
        print("\n".join(bad), file=sys.stderr)
        print("FAILED on re-read; nothing written.", file=sys.stderr)
        sys.exit(1)
    os.replace(tmp, OUT)

    per_reg = collections.OrderedDict((r, [0, 0]) for r in REGISTERS)
    per_kind = collections.OrderedDict((k, 0) for k in KINDS)
    for _, reg, text, labels, _ in items:
        per_reg[reg][0] += 1
        if not labels:
            per_reg[reg][1] += 1
        for lab in labels:
            per_kind[lab["kind"]] += 1
    print("register  items  clean")
    for r, (n, c) in per_reg.items():
        print(f"{r:<8}  {n:>5}  {c:>5}")
    print(f"{'total':<8}  {sum(v[0] for v in per_reg.values()):>5}  {sum(v[1] for v in per_reg.values()):>5}")
    print()
    print("kind         labels")
    for k, n in per_kind.items():
        print(f"{k:<12} {n:>6}")
    print(f"{'total':<12} {sum(per_kind.values()):>6}")
    print(f"\nOK: wrote {len(items)} items to lines.jsonl")


if __name__ == "__main__":
    main()
