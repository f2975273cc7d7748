#!/usr/bin/env python3
"""Build heldout35/lines.jsonl from templates.txt (standard library only).

templates.txt: one item per line, REGISTER<TAB>text. Identifiers are marked
inline as [[kind:text]]. The two-character sequences \\n and \\t inside a
text stand for a line break and a tab. Lines starting with # are comments.
Exits non-zero on any problem.
"""
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "templates.txt")
OUT = os.path.join(HERE, "lines.jsonl")

KINDS = ["name", "phone", "email", "address", "dob", "case_number", "ssn", "id_number"]
REGISTERS = ["icwa", "school", "hearing", "visits", "letters", "chat", "reflection"]
MARK = re.compile(r"\[\[([a-z_]+):(.*?)\]\]", re.S)
EMAIL_DOMAINS = ("example.com", "example.org", "example.net")
WORD_DIGITS = {"zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3",
               "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
               "nine": "9"}

problems = []


def problem(lineno, msg):
    problems.append("line %d: %s" % (lineno, msg))


def phone_digits(s):
    out = []
    for tok in re.findall(r"[A-Za-z]+|\d", s):
        if tok.isdigit():
            out.append(tok)
        elif tok.lower() in WORD_DIGITS:
            out.append(WORD_DIGITS[tok.lower()])
        elif tok.lower() in ("double",):
            out.append("*")  # 'double five' -> repeat next digit
    digits = "".join(out)
    while "*" in digits:
        i = digits.index("*")
        digits = digits[:i] + digits[i + 1:i + 2] + digits[i + 1:]
    return digits


def phone_ok(s):
    d = phone_digits(s)
    return re.search(r"55501\d\d$", d) is not None


def email_ok(s):
    t = s.lower().strip()
    t = re.sub(r"\s*(\(at\)|\[at\]|\bat\b)\s*", "@", t)
    t = re.sub(r"\s*(\(dot\)|\[dot\]|\bdot\b)\s*", ".", t)
    t = t.replace(" ", "")
    m = re.fullmatch(r"[^@\s]+@([a-z0-9.-]+)", t)
    return bool(m) and m.group(1) in EMAIL_DOMAINS


def ssn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 4:
        return True
    if len(d) == 9:
        return d[:3] in ("000", "666") or d[0] == "9"
    return False


def parse(raw, lineno):
    text = raw.replace("\\n", "\n").replace("\\t", "\t")
    out, labels, pos = [], [], 0
    length = 0
    for m in MARK.finditer(text):
        before = text[pos:m.start()]
        out.append(before)
        length += len(before)
        kind, span = m.group(1), m.group(2)
        if kind not in KINDS:
            problem(lineno, "unknown kind %r" % kind)
        if not span or span != span.strip():
            problem(lineno, "empty or whitespace-edged label %r" % span)
        if "[[" in span:
            problem(lineno, "nested mark in %r" % span)
        labels.append({"kind": kind, "start": length, "end": length + len(span)})
        out.append(span)
        length += len(span)
        pos = m.end()
    out.append(text[pos:])
    plain = "".join(out)
    if "[[" in plain or "]]" in plain:
        problem(lineno, "leftover [[ or ]]")
    labels.sort(key=lambda l: l["start"])
    for a, b in zip(labels, labels[1:]):
        if b["start"] < a["end"]:
            problem(lineno, "overlapping labels")
    for l in labels:
        span = plain[l["start"]:l["end"]]
        if l["kind"] == "phone" and not phone_ok(span):
            problem(lineno, "phone outside 555-01xx: %r" % span)
        if l["kind"] == "email" and not email_ok(span):
            problem(lineno, "e-mail outside example domains: %r" % span)
        if l["kind"] == "ssn" and not ssn_ok(span):
            problem(lineno, "SSN outside invented ranges: %r" % span)
    # whole-text safety checks (labelled or not)
    for m in re.finditer(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", plain):
        if not email_ok(m.group(0)):
            problem(lineno, "e-mail-like string outside example domains: %r" % m.group(0))
    for m in re.finditer(r"(?<![\d-])\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}(?!\d)", plain):
        if not phone_ok(m.group(0)) and not ssn_ok(m.group(0)):
            problem(lineno, "phone-like number outside 555-01xx: %r" % m.group(0))
    for m in re.finditer(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)", plain):
        if not ssn_ok(m.group(0)):
            problem(lineno, "SSN-like number outside invented ranges: %r" % m.group(0))
    return plain, labels


def main():
    items, seen = [], {}
    with open(SRC, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if "\t" not in line:
                problem(lineno, "no tab after register")
                continue
            reg, raw = line.split("\t", 1)
            if reg not in REGISTERS:
                problem(lineno, "unknown register %r" % reg)
                continue
            if not raw.strip():
                problem(lineno, "empty text")
                continue
            text, labels = parse(raw, lineno)
            if text in seen:
                problem(lineno, "duplicate text (first at line %d)" % seen[text])
            seen[text] = lineno
            items.append((reg, text, labels))
    if problems:
        for p in problems:
            print("PROBLEM", p, file=sys.stderr)
        print("%d problem(s); lines.jsonl not written" % len(problems), file=sys.stderr)
        return 1
    rows = list(items)
    random.Random(35).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for reg, text, labels in rows:
            f.write(json.dumps({"text": text, "labels": labels}, ensure_ascii=False) + "\n")
    n = len(items)
    clean = sum(1 for _, _, l in items if not l)
    kinds = Counter(l["kind"] for _, _, ls in items for l in ls)
    print("| measure | count |")
    print("|---|---:|")
    print("| items | %d |" % n)
    print("| clean items | %d |" % clean)
    print("| labelled items | %d |" % (n - clean))
    print("| labels | %d |" % sum(kinds.values()))
    for k in KINDS:
        print("| labels: %s | %d |" % (k, kinds.get(k, 0)))
    print()
    print("| register | clean | labelled | total |")
    print("|---|---:|---:|---:|")
    for r in REGISTERS:
        c = sum(1 for g, _, l in items if g == r and not l)
        t = sum(1 for g, _, _ in items if g == r)
        print("| %s | %d | %d | %d |" % (r, c, t - c, t))
    return 0


if __name__ == "__main__":
    sys.exit(main())
