#!/usr/bin/python3
"""Build lines.jsonl from templates.txt (standard library only)."""
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"name", "phone", "email", "address", "dob", "case_number", "ssn", "id_number"}
REGISTERS = {"R1", "R2", "R3"}
MARK = re.compile(r"\[\[([a-z_]+):(.*?)\]\]")


def parse(raw, lineno):
    out = []
    labels = []
    pos = 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()])
        kind, span = m.group(1), m.group(2)
        if kind not in KINDS:
            sys.exit(f"line {lineno}: unknown kind {kind!r}")
        if not span:
            sys.exit(f"line {lineno}: empty label")
        if span != span.strip():
            sys.exit(f"line {lineno}: space-edged label {span!r}")
        start = sum(len(x) for x in out)
        out.append(span)
        labels.append({"kind": kind, "start": start, "end": start + len(span)})
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or ":]]" in raw:
        sys.exit(f"line {lineno}: leftover brackets in {text!r}")
    if text.count("[") != text.count("]"):
        sys.exit(f"line {lineno}: unbalanced brackets in {text!r}")
    labels.sort(key=lambda l: l["start"])
    for a, b in zip(labels, labels[1:]):
        if b["start"] < a["end"]:
            sys.exit(f"line {lineno}: overlapping labels")
    for l in labels:
        if text[l["start"]:l["end"]] != text[l["start"]:l["end"]].strip():
            sys.exit(f"line {lineno}: space-edged label")
    if text != text.strip() or not text:
        sys.exit(f"line {lineno}: text has edge spaces or is empty")
    return text, labels


def main():
    items = []
    seen = set()
    with open(os.path.join(HERE, "templates.txt"), encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if "\t" not in line:
                sys.exit(f"line {lineno}: no tab")
            reg, raw = line.split("\t", 1)
            if reg not in REGISTERS:
                sys.exit(f"line {lineno}: unknown register {reg!r}")
            if "\t" in raw:
                sys.exit(f"line {lineno}: extra tab")
            text, labels = parse(raw, lineno)
            key = text.casefold()
            if key in seen:
                sys.exit(f"line {lineno}: duplicate line {text!r}")
            seen.add(key)
            items.append((reg, text, labels))

    random.Random(20).shuffle(items)
    with open(os.path.join(HERE, "lines.jsonl"), "w", encoding="utf-8") as f:
        for reg, text, labels in items:
            f.write(json.dumps({"text": text, "labels": labels}, ensure_ascii=False) + "\n")

    lines = Counter()
    clean = Counter()
    kinds = defaultdict(Counter)
    for reg, text, labels in items:
        lines[reg] += 1
        if not labels:
            clean[reg] += 1
        for l in labels:
            kinds[reg][l["kind"]] += 1
    order = ["name", "phone", "email", "address", "dob", "case_number", "ssn", "id_number"]
    head = ["register", "lines", "no-id"] + order + ["labels"]
    rows = []
    for reg in sorted(REGISTERS) + ["all"]:
        regs = sorted(REGISTERS) if reg == "all" else [reg]
        r = [reg, sum(lines[x] for x in regs), sum(clean[x] for x in regs)]
        r += [sum(kinds[x][k] for x in regs) for k in order]
        r.append(sum(sum(kinds[x].values()) for x in regs))
        rows.append(r)
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for r in rows:
        print("| " + " | ".join(str(x) for x in r) + " |")


if __name__ == "__main__":
    main()
