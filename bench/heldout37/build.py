#!/usr/bin/env python3
"""Build lines.jsonl from templates.txt (standard library only).

templates.txt: one item per line, REGISTER<TAB>text; identifiers marked as
[[kind:text]]; the two characters \\n and \\t inside a text stand for a line
break and a tab; lines starting with # are comments.
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
REGISTERS = ["report-out", "question", "parking-lot", "virtual-chat", "case-retold", "plan", "numbers"]
MARK = re.compile(r"\[\[([a-z_]+):(.*?)\]\]", re.S)

WORD_DIGITS = {
    "zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}
MULT = {"double": 2, "triple": 3}


def digits_of(s):
    """Digits of a number written with figures and/or spelled-out words."""
    out = []
    rep = 1
    for tok in re.findall(r"[A-Za-z]+|\d", s.lower()):
        if tok.isdigit():
            out.append(tok * rep)
            rep = 1
        elif tok in MULT:
            rep = MULT[tok]
        elif tok in WORD_DIGITS:
            out.append(WORD_DIGITS[tok] * rep)
            rep = 1
    return "".join(out)


def email_ok(s):
    t = s.lower().strip()
    t = re.sub(r"\s*[\[\(]?\s*\bat\b\s*[\]\)]?\s*", "@", t)
    t = re.sub(r"\s*[\[\(]?\s*\bdot\b\s*[\]\)]?\s*", ".", t)
    t = t.replace(" ", "")
    return re.fullmatch(r"[a-z0-9._%+\-]+@example\.(com|org|net)", t) is not None


def phone_ok(s):
    d = digits_of(s)
    return re.search(r"55501\d\d$", d) is not None


def ssn_ok(s):
    d = digits_of(s)
    if len(d) == 4:
        return True
    if len(d) != 9:
        return False
    return d.startswith("000") or d.startswith("666") or d.startswith("9")


def parse(raw):
    text = raw.replace("\\n", "\n").replace("\\t", "\t")
    labels = []
    buf = []
    pos = 0
    last = 0
    for m in MARK.finditer(text):
        buf.append(text[last:m.start()])
        pos += m.start() - last
        kind, span = m.group(1), m.group(2)
        labels.append({"kind": kind, "start": pos, "end": pos + len(span), "_text": span})
        buf.append(span)
        pos += len(span)
        last = m.end()
    buf.append(text[last:])
    return "".join(buf), labels


def main():
    problems = []
    items = []
    seen = {}
    with open(SRC, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if "\t" not in line:
                problems.append(f"{lineno}: no TAB after register")
                continue
            reg, raw = line.split("\t", 1)
            if reg not in REGISTERS:
                problems.append(f"{lineno}: unknown register {reg!r}")
                continue
            text, labels = parse(raw)
            where = f"{lineno}"
            if "[[" in text or "]]" in text:
                problems.append(f"{where}: leftover [[ or ]]")
            if not text.strip():
                problems.append(f"{where}: empty text")
            if text in seen:
                problems.append(f"{where}: duplicate text (first at line {seen[text]})")
            seen.setdefault(text, lineno)
            prev_end = -1
            for lab in labels:
                k, s = lab["kind"], lab["_text"]
                if k not in KINDS:
                    problems.append(f"{where}: unknown kind {k!r}")
                if not s or s != s.strip():
                    problems.append(f"{where}: empty or whitespace-edged label {s!r}")
                if text[lab["start"]:lab["end"]] != s:
                    problems.append(f"{where}: offset mismatch for {s!r}")
                if lab["start"] < prev_end:
                    problems.append(f"{where}: overlapping labels")
                prev_end = lab["end"]
                if k == "phone" and not phone_ok(s):
                    problems.append(f"{where}: phone not in 555-01xx: {s!r}")
                if k == "email" and not email_ok(s):
                    problems.append(f"{where}: e-mail not at example.com/.org/.net: {s!r}")
                if k == "ssn" and not ssn_ok(s):
                    problems.append(f"{where}: SSN not 000/666/9xx or last four: {s!r}")
            items.append((reg, text, [{"kind": l["kind"], "start": l["start"], "end": l["end"]} for l in labels]))

    if problems:
        for p in problems:
            print("PROBLEM", p, file=sys.stderr)
        print(f"{len(problems)} problem(s); lines.jsonl not written", file=sys.stderr)
        sys.exit(1)

    rows = list(items)
    random.Random(37).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for reg, text, labels in rows:
            labels = sorted(labels, key=lambda l: (l["start"], l["end"]))
            f.write(json.dumps({"text": text, "labels": labels}, ensure_ascii=False) + "\n")

    n = len(items)
    clean = sum(1 for _, _, l in items if not l)
    kinds = Counter(l["kind"] for _, _, ls in items for l in ls)
    per_reg = {r: [0, 0] for r in REGISTERS}
    for reg, _, ls in items:
        per_reg[reg][1 if ls else 0] += 1
    print("| count | value |")
    print("|---|---|")
    print(f"| items | {n} |")
    print(f"| clean items | {clean} |")
    print(f"| labelled items | {n - clean} |")
    print(f"| labels | {sum(kinds.values())} |")
    for k in KINDS:
        print(f"| labels: {k} | {kinds.get(k, 0)} |")
    print()
    print("| register | clean | labelled | total |")
    print("|---|---|---|---|")
    for r in REGISTERS:
        c, l = per_reg[r]
        print(f"| {r} | {c} | {l} | {c + l} |")


if __name__ == "__main__":
    main()
