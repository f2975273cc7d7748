#!/usr/bin/env python3
"""Build lines.jsonl for heldout32 from templates.txt (standard library only).

templates.txt: one item per line, REGISTER<TAB>text; identifiers marked inline
as [[kind:text]]; the two characters \\n and \\t inside a text stand for a line
break and a tab; lines starting with # are comments; blank lines are skipped.

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
REGISTERS = ["sms", "hotline", "forms", "court", "cultures", "reflection", "training"]
MARK = re.compile(r"\[\[([a-z_]+):(.*?)\]\]", re.S)

DIGIT_WORDS = {
    "zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3",
    "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}


def phone_digits(s):
    out = []
    for tok in re.findall(r"[A-Za-z]+|\d", s):
        if tok.isdigit():
            out.append(tok)
        elif tok.lower() in DIGIT_WORDS:
            out.append(DIGIT_WORDS[tok.lower()])
        else:
            return None
    return "".join(out)


def check_phone(s):
    d = phone_digits(s)
    if d is None:
        return "phone label holds a word that is not a digit"
    if len(d) < 7:
        return "phone label has fewer than 7 digits"
    if not re.fullmatch(r"55501\d\d", d[-7:]):
        return "phone not in the 555-01xx range"
    return None


def check_email(s):
    e = s.lower()
    e = re.sub(r"\s*(\(at\)|\[at\]|\bat\b)\s*", "@", e)
    e = re.sub(r"\s*(\(dot\)|\[dot\]|\bdot\b)\s*", ".", e)
    e = e.replace(" ", "")
    if not re.fullmatch(r"[a-z0-9._%+-]+@([a-z0-9-]+\.)*example\.(com|org|net)", e):
        return "e-mail not at example.com/.org/.net"
    return None


def check_ssn(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 4 and re.fullmatch(r"[\d\s-]+", s):
        return None
    if len(d) != 9:
        return "ssn label is neither 9 digits nor the last 4"
    if not (d.startswith("000") or d.startswith("666") or d.startswith("9")):
        return "full ssn does not start with 000, 666 or 9xx"
    return None


def check_dob(s):
    if re.fullmatch(r"\s*\d{4}\??\s*", s):
        return "dob label is a year alone"
    if not re.search(r"\d", s):
        return "dob label has no digit"
    return None


CHECKS = {"phone": check_phone, "email": check_email, "ssn": check_ssn, "dob": check_dob}


def unescape(s):
    return s.replace("\\n", "\n").replace("\\t", "\t")


def parse(body):
    """Return (text, labels) for one marked-up text."""
    text_parts = []
    labels = []
    pos = 0
    length = 0
    for m in MARK.finditer(body):
        before = body[pos:m.start()]
        text_parts.append(before)
        length += len(before)
        kind, span = m.group(1), m.group(2)
        labels.append({"kind": kind, "start": length, "end": length + len(span)})
        text_parts.append(span)
        length += len(span)
        pos = m.end()
    text_parts.append(body[pos:])
    return "".join(text_parts), labels


def main():
    problems = []
    items = []
    seen = {}
    with open(SRC, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            if "\t" not in line:
                problems.append(f"{lineno}: no TAB between register and text")
                continue
            reg, body = line.split("\t", 1)
            if reg not in REGISTERS:
                problems.append(f"{lineno}: unknown register {reg!r}")
                continue
            if not body.strip():
                problems.append(f"{lineno}: empty text")
                continue
            body = unescape(body)
            text, labels = parse(body)
            if "[[" in text or "]]" in text:
                problems.append(f"{lineno}: '[[' or ']]' left in text")
            if text != text.strip():
                problems.append(f"{lineno}: text starts or ends with whitespace")
            prev_end = -1
            for lab in sorted(labels, key=lambda x: x["start"]):
                kind = lab["kind"]
                span = text[lab["start"]:lab["end"]]
                if kind not in KINDS:
                    problems.append(f"{lineno}: unknown kind {kind!r}")
                if not span.strip():
                    problems.append(f"{lineno}: empty label")
                    continue
                if span != span.strip():
                    problems.append(f"{lineno}: label {span!r} starts or ends with whitespace")
                if lab["start"] < prev_end:
                    problems.append(f"{lineno}: overlapping labels")
                prev_end = lab["end"]
                chk = CHECKS.get(kind)
                if chk:
                    err = chk(span)
                    if err:
                        problems.append(f"{lineno}: {err}: {span!r}")
            if text in seen:
                problems.append(f"{lineno}: duplicate text (first at line {seen[text]})")
            else:
                seen[text] = lineno
            labels.sort(key=lambda x: x["start"])
            items.append((reg, text, labels))

    if problems:
        for p in problems:
            print("PROBLEM", p, file=sys.stderr)
        print(f"{len(problems)} problem(s); lines.jsonl not written", file=sys.stderr)
        sys.exit(1)
    if not items:
        print("no items", file=sys.stderr)
        sys.exit(1)

    rng = random.Random(32)
    order = list(items)
    rng.shuffle(order)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for reg, text, labels in order:
            fh.write(json.dumps({"text": text, "labels": labels}, ensure_ascii=False) + "\n")

    n = len(items)
    clean = sum(1 for _, _, l in items if not l)
    kinds = Counter(lab["kind"] for _, _, l in items for lab in l)
    print("| measure | count |")
    print("|---|---:|")
    print(f"| items | {n} |")
    print(f"| clean items | {clean} |")
    print(f"| labelled items | {n - clean} |")
    print(f"| labels | {sum(kinds.values())} |")
    for k in KINDS:
        print(f"| labels: {k} | {kinds.get(k, 0)} |")
    print()
    print("| register | items | clean | labelled |")
    print("|---|---:|---:|---:|")
    for r in REGISTERS:
        rs = [l for reg, _, l in items if reg == r]
        c = sum(1 for l in rs if not l)
        print(f"| {r} | {len(rs)} | {c} | {len(rs) - c} |")
    print(f"| total | {n} | {clean} | {n - clean} |")


if __name__ == "__main__":
    main()
