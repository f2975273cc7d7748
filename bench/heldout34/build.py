#!/usr/bin/env python3
"""Build heldout34/lines.jsonl from templates.txt (standard library only).

templates.txt: one item per line, REGISTER<TAB>text, identifiers marked inline as
[[kind:text]]; the two characters backslash-n and backslash-t stand for a line break
and a tab; lines starting with '#' (and blank lines) are skipped.
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
SEED = 34

KINDS = ["name", "phone", "email", "address", "dob", "case_number", "ssn", "id_number"]
REGISTERS = ["icwa", "school", "hearing", "visits", "letters", "chat", "reflection"]

# Numbers deliberately left unlabelled (an office's published main line, public hotlines).
ALLOWED_UNLABELLED_PHONES = {"5205550100", "3165550100"}

MARK = re.compile(r"\[\[([a-z_]+):(.*?)\]\]", re.S)
WORDNUM = {"zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3",
           "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
           "cero": "0", "uno": "1", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5",
           "seis": "6", "siete": "7", "ocho": "8", "nueve": "9", "double": "D"}

problems = []


def problem(lineno, msg):
    problems.append(f"templates.txt:{lineno}: {msg}")


def digits_of(s):
    """Digits of a phone or SSN, spelled-out number words included."""
    out = []
    toks = re.findall(r"[A-Za-z]+|\d", s)
    double = False
    for t in toks:
        w = t.lower()
        if w.isdigit():
            d = w
        elif w in WORDNUM:
            d = WORDNUM[w]
        else:
            continue
        if d == "D":
            double = True
            continue
        out.append(d * 2 if double else d)
        double = False
    return "".join(out)


def phone_ok(s):
    d = digits_of(s)
    # last seven digits must be 555-01xx; anything before is area / country code
    return len(d) >= 10 and re.search(r"55501\d\d$", d) is not None


def email_ok(s):
    t = s.strip().lower()
    t = re.sub(r"\s*[\[(]?\s*\bat\b\s*[\])]?\s*", "@", t)
    t = re.sub(r"\s*[\[(]?\s*\bdot\b\s*[\])]?\s*", ".", t)
    return re.fullmatch(r"[a-z0-9._%+\-]+@example\.(com|org|net)", t) is not None


def ssn_ok(s):
    d = digits_of(s)
    if len(d) == 4:
        return True  # last four, said in the text to be the SSN's
    if len(d) != 9:
        return False
    return d[:3] in ("000", "666") or d[0] == "9"


def unescape(raw):
    return raw.replace("\\n", "\n").replace("\\t", "\t")


def parse(text, lineno):
    out, labels, pos = [], [], 0
    cur = 0
    for m in MARK.finditer(text):
        out.append(text[pos:m.start()])
        cur += m.start() - pos
        kind, span = m.group(1), m.group(2)
        if kind not in KINDS:
            problem(lineno, f"unknown kind {kind!r}")
        if not span.strip():
            problem(lineno, "empty label")
        elif span != span.strip():
            problem(lineno, f"whitespace-edged label {span!r}")
        if "[[" in span or "]]" in span:
            problem(lineno, f"nested mark in {span!r}")
        labels.append({"kind": kind, "start": cur, "end": cur + len(span)})
        out.append(span)
        cur += len(span)
        pos = m.end()
    out.append(text[pos:])
    plain = "".join(out)
    if "[[" in plain or "]]" in plain:
        problem(lineno, "'[[' or ']]' left in text")
    return plain, labels


def main():
    if not os.path.exists(SRC):
        print("no templates.txt", file=sys.stderr)
        return 2
    items = []
    seen = {}
    with open(SRC, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            if "\t" not in line:
                problem(lineno, "no TAB between register and text")
                continue
            reg, raw = line.split("\t", 1)
            if reg not in REGISTERS:
                problem(lineno, f"unknown register {reg!r}")
            text, labels = parse(unescape(raw), lineno)
            if not text.strip():
                problem(lineno, "empty text")
            if text != text.strip():
                problem(lineno, "text starts or ends with whitespace")
            labels.sort(key=lambda l: (l["start"], l["end"]))
            for a, b in zip(labels, labels[1:]):
                if b["start"] < a["end"]:
                    problem(lineno, "overlapping labels")
            for l in labels:
                s = text[l["start"]:l["end"]]
                if l["kind"] == "phone" and not phone_ok(s):
                    problem(lineno, f"phone outside 555-01xx: {s!r}")
                if l["kind"] == "email" and not email_ok(s):
                    problem(lineno, f"e-mail not at example.com/.org/.net: {s!r}")
                if l["kind"] == "ssn" and not ssn_ok(s):
                    problem(lineno, f"SSN outside 000/666/9xx: {s!r}")
                if l["kind"] == "name" and s[-2:] in ("'s", "’s"):
                    problem(lineno, f"possessive inside name label: {s!r}")
            # unlabelled things that look like identifiers
            covered = [False] * len(text)
            for l in labels:
                for i in range(l["start"], l["end"]):
                    covered[i] = True

            def free(m):
                return not any(covered[m.start():m.end()])

            for m in re.finditer(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[a-z]{2,}", text):
                if free(m):
                    problem(lineno, f"unlabelled e-mail {m.group(0)!r}")
            for m in re.finditer(r"(?<!\d)\(?\d{3}\)?[ .\-]\d{3}[ .\-]\d{4}(?!\d)", text):
                if free(m) and digits_of(m.group(0))[-10:] not in ALLOWED_UNLABELLED_PHONES:
                    problem(lineno, f"unlabelled phone-shaped number {m.group(0)!r}")
            for m in re.finditer(r"(?<![\d\-])\d{3}-\d{2}-\d{4}(?![\d\-])", text):
                if free(m):
                    problem(lineno, f"unlabelled SSN-shaped number {m.group(0)!r}")
            if text in seen:
                problem(lineno, f"duplicate text (first at line {seen[text]})")
            seen[text] = lineno
            items.append((reg, text, labels))

    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        print(f"{len(problems)} problem(s); lines.jsonl not written", file=sys.stderr)
        return 1

    order = list(range(len(items)))
    random.Random(SEED).shuffle(order)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for i in order:
            _, text, labels = items[i]
            fh.write(json.dumps({"text": text, "labels": labels}, ensure_ascii=False) + "\n")

    n = len(items)
    clean = sum(1 for _, _, l in items if not l)
    kinds = Counter(l["kind"] for _, _, ls in items for l in ls)
    regs = Counter()
    for reg, _, ls in items:
        regs[(reg, bool(ls))] += 1
    print("| measure | count |")
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
        c, l = regs.get((r, False), 0), regs.get((r, True), 0)
        print(f"| {r} | {c} | {l} | {c + l} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
