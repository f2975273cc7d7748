#!/usr/bin/env python3
"""Build lines.jsonl for heldout36 from templates.txt (standard library only).

templates.txt: one item per line, REGISTER<TAB>text, identifiers marked [[kind:text]],
the two characters \\n and \\t inside a text stand for a line break and a tab,
lines starting with # are comments.  Exits non-zero on any problem.
"""
import json
import os
import random
import re
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "templates.txt")
OUT = os.path.join(HERE, "lines.jsonl")

KINDS = ["name", "phone", "email", "address", "dob", "case_number", "ssn", "id_number"]
REGISTERS = ["h-payers", "i-public", "j-courts", "k-media", "l-records", "m-electronic",
             "n-transfer", "o-exit", "p-teaching", "q-consultants", "plan"]
MARK = re.compile(r"\[\[([a-z_]+):(.*?)\]\]", re.S)
WORD_DIGITS = {"zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3",
               "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}

problems = []


def problem(lineno, msg):
    problems.append("line %d: %s" % (lineno, msg))


def unescape(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s) and s[i + 1] in "nt":
            out.append("\n" if s[i + 1] == "n" else "\t")
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def digits_of(value):
    """Digits of a number, also when spelled out in words."""
    d = re.sub(r"\D", "", value)
    words = re.findall(r"[a-z]+", value.lower())
    if any(w in WORD_DIGITS for w in words):
        seq, parts = [], re.findall(r"\d|[a-z]+", value.lower())
        for p in parts:
            if p.isdigit():
                seq.append(p)
            elif p in WORD_DIGITS:
                seq.append(WORD_DIGITS[p])
            elif p in ("double", "triple"):
                seq.append(p)
        # expand double/triple
        res, i = [], 0
        while i < len(seq):
            if seq[i] in ("double", "triple") and i + 1 < len(seq):
                res.append(seq[i + 1] * (2 if seq[i] == "double" else 3))
                i += 2
            else:
                res.append(seq[i])
                i += 1
        d = "".join(x for x in res if x.isdigit())
    return d


def check_value(lineno, kind, value):
    if kind == "phone":
        d = digits_of(value)
        if "55501" not in d or len(d) < 10:
            problem(lineno, "phone not in 555-01xx range: %r" % value)
    elif kind == "email":
        v = value.lower()
        v = re.sub(r"\s*[\(\[]?\s*\bat\b\s*[\)\]]?\s*", "@", v) if "@" not in v else v
        v = re.sub(r"\s*[\(\[]?\s*\bdot\b\s*[\)\]]?\s*", ".", v)
        if not re.search(r"@(?:[a-z0-9-]+\.)*example\.(com|org|net)$", v):
            problem(lineno, "email not at example.com/.org/.net: %r" % value)
    elif kind == "ssn":
        d = digits_of(value)
        if len(d) == 9:
            if not (d.startswith("000") or d.startswith("666") or d.startswith("9")):
                problem(lineno, "full SSN not in 000/666/9xx: %r" % value)
        elif len(d) != 4:
            problem(lineno, "SSN neither 9 digits nor last four: %r" % value)


def parse(lineno, raw):
    text = unescape(raw)
    labels, out, pos = [], [], 0
    for m in MARK.finditer(text):
        out.append(text[pos:m.start()])
        kind, value = m.group(1), m.group(2)
        if kind not in KINDS:
            problem(lineno, "unknown kind %r" % kind)
        if not value.strip():
            problem(lineno, "empty label")
        elif value != value.strip():
            problem(lineno, "label has edge whitespace: %r" % value)
        start = sum(len(x) for x in out)
        out.append(value)
        labels.append({"kind": kind, "start": start, "end": start + len(value)})
        check_value(lineno, kind, value)
        pos = m.end()
    out.append(text[pos:])
    plain = "".join(out)
    if "[[" in plain or "]]" in plain:
        problem(lineno, "stray [[ or ]] left")
    labels.sort(key=lambda l: (l["start"], l["end"]))
    for a, b in zip(labels, labels[1:]):
        if b["start"] < a["end"]:
            problem(lineno, "overlapping labels")
    if not plain.strip():
        problem(lineno, "empty text")
    return plain, labels


def main():
    items, seen = [], {}
    with open(SRC, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            if "\t" not in line:
                problem(lineno, "no TAB after register")
                continue
            reg, raw = line.split("\t", 1)
            if reg not in REGISTERS:
                problem(lineno, "unknown register %r" % reg)
            text, labels = parse(lineno, raw)
            if text in seen:
                problem(lineno, "duplicate text (first at line %d)" % seen[text])
            seen[text] = lineno
            items.append((reg, text, labels))
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        print("%d problem(s); lines.jsonl not written" % len(problems), file=sys.stderr)
        sys.exit(1)
    rows = [{"text": t, "labels": l} for _, t, l in items]
    regs = [r for r, _, _ in items]
    order = list(range(len(rows)))
    random.Random(36).shuffle(order)
    with open(OUT, "w", encoding="utf-8") as f:
        for i in order:
            f.write(json.dumps(rows[i], ensure_ascii=False) + "\n")
    # count table
    n = len(items)
    clean = sum(1 for _, _, l in items if not l)
    kinds = Counter(x["kind"] for _, _, l in items for x in l)
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
        c = sum(1 for rr, _, l in items if rr == r and not l)
        t = sum(1 for rr in regs if rr == r)
        print("| %s | %d | %d | %d |" % (r, c, t - c, t))


if __name__ == "__main__":
    main()
