#!/usr/bin/python3
"""Build lines.jsonl from templates.txt (standard library only).

templates.txt: one item a line, "R1<TAB>text" (R1 reflections, R2 notes and
messages, R3 numbers); identifiers marked inline as [[kind:text]]; lines that
start with "#" (and blank lines) are comments.
"""
import collections
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = ("name", "phone", "email", "address", "dob", "case_number", "ssn", "id_number")
REGISTERS = ("R1", "R2", "R3")
MARK = re.compile(r"\[\[([a-z_]+):(.*?)\]\]")


def parse(body, lineno):
    """Return (plain text, labels) for one templated text."""
    out, labels, pos = [], [], 0
    length = 0
    for m in MARK.finditer(body):
        before = body[pos:m.start()]
        out.append(before)
        length += len(before)
        kind, span = m.group(1), m.group(2)
        if kind not in KINDS:
            sys.exit(f"line {lineno}: unknown kind {kind!r}")
        if not span:
            sys.exit(f"line {lineno}: empty label")
        if span != span.strip():
            sys.exit(f"line {lineno}: label edged with space: {span!r}")
        if "[" in span or "]" in span:
            sys.exit(f"line {lineno}: bracket inside label: {span!r}")
        labels.append({"kind": kind, "start": length, "end": length + len(span)})
        out.append(span)
        length += len(span)
        pos = m.end()
    out.append(body[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        sys.exit(f"line {lineno}: brackets left after parsing: {text!r}")
    if text != text.strip() or not text:
        sys.exit(f"line {lineno}: empty text or text edged with space")
    labels.sort(key=lambda l: l["start"])
    for a, b in zip(labels, labels[1:]):
        if b["start"] < a["end"]:
            sys.exit(f"line {lineno}: overlapping labels")
    for l in labels:
        assert text[l["start"]:l["end"]] == text[l["start"]:l["end"]].strip()
    return text, labels


def main():
    items, seen = [], set()
    with open(os.path.join(HERE, "templates.txt"), encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if "\t" not in line:
                sys.exit(f"line {lineno}: no tab")
            reg, body = line.split("\t", 1)
            if reg not in REGISTERS:
                sys.exit(f"line {lineno}: unknown register {reg!r}")
            text, labels = parse(body, lineno)
            if text in seen:
                sys.exit(f"line {lineno}: duplicate line")
            seen.add(text)
            items.append((reg, text, labels))

    random.Random(22).shuffle(items)
    with open(os.path.join(HERE, "lines.jsonl"), "w", encoding="utf-8") as f:
        for _, text, labels in items:
            f.write(json.dumps({"text": text, "labels": labels}, ensure_ascii=False) + "\n")

    # count table
    lines = collections.Counter()
    clean = collections.Counter()
    kinds = collections.defaultdict(collections.Counter)
    for reg, _, labels in items:
        lines[reg] += 1
        if not labels:
            clean[reg] += 1
        for l in labels:
            kinds[reg][l["kind"]] += 1
    cols = ["lines", "no_id"] + list(KINDS)
    print("| register | " + " | ".join(cols) + " |")
    print("|" + "---|" * (len(cols) + 1))
    for reg in REGISTERS + ("all",):
        regs = REGISTERS if reg == "all" else (reg,)
        row = [sum(lines[r] for r in regs), sum(clean[r] for r in regs)]
        row += [sum(kinds[r][k] for r in regs) for k in KINDS]
        print(f"| {reg} | " + " | ".join(str(x) for x in row) + " |")


if __name__ == "__main__":
    main()
