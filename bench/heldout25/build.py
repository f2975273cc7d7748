#!/usr/bin/python3
"""Build lines.jsonl from templates.txt (standard library only).

templates.txt: one item a line, REGISTER<TAB>text, identifiers marked inline as
[[kind:text]]; lines starting with '#' (and blank lines) are ignored.
"""
import collections
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "templates.txt")
OUT = os.path.join(HERE, "lines.jsonl")

KINDS = ("name", "phone", "email", "address", "dob", "case_number", "ssn", "id_number")
REGISTERS = ("R1", "R2", "R3")
MARK = re.compile(r"\[\[([a-z_]+):(.*?)\]\]")


def parse(text, where):
    out, labels, pos = [], [], 0
    for m in MARK.finditer(text):
        out.append(text[pos:m.start()])
        kind, span = m.group(1), m.group(2)
        if kind not in KINDS:
            raise ValueError(f"{where}: unknown kind {kind!r}")
        if not span:
            raise ValueError(f"{where}: empty label")
        if span != span.strip():
            raise ValueError(f"{where}: label edged with space {span!r}")
        start = sum(len(s) for s in out)
        out.append(span)
        labels.append({"kind": kind, "start": start, "end": start + len(span)})
        pos = m.end()
    out.append(text[pos:])
    plain = "".join(out)
    for bad in ("[[", "]]"):
        if bad in plain:
            raise ValueError(f"{where}: bracket left: {plain!r}")
    labels.sort(key=lambda l: l["start"])
    for a, b in zip(labels, labels[1:]):
        if b["start"] < a["end"]:
            raise ValueError(f"{where}: overlapping labels")
    return plain, labels


def main():
    items, seen, errors = [], set(), []
    with open(SRC, encoding="utf-8") as f:
        for no, raw in enumerate(f, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            where = f"templates.txt:{no}"
            if "\t" not in line:
                errors.append(f"{where}: no tab")
                continue
            reg, text = line.split("\t", 1)
            if reg not in REGISTERS:
                errors.append(f"{where}: unknown register {reg!r}")
                continue
            if text != text.strip() or not text:
                errors.append(f"{where}: empty or space-edged text")
                continue
            try:
                plain, labels = parse(text, where)
            except ValueError as e:
                errors.append(str(e))
                continue
            if plain in seen:
                errors.append(f"{where}: duplicate line")
                continue
            seen.add(plain)
            for l in labels:
                assert plain[l["start"]:l["end"]].strip() == plain[l["start"]:l["end"]]
            items.append((reg, plain, labels))
    if errors:
        for e in errors:
            print(e, file=sys.stderr)
        sys.exit(1)

    order = list(range(len(items)))
    random.Random(25).shuffle(order)
    with open(OUT, "w", encoding="utf-8") as f:
        for i in order:
            _, plain, labels = items[i]
            f.write(json.dumps({"text": plain, "labels": labels}, ensure_ascii=False) + "\n")

    lines = collections.Counter()
    clean = collections.Counter()
    kinds = collections.defaultdict(collections.Counter)
    for reg, _, labels in items:
        lines[reg] += 1
        if not labels:
            clean[reg] += 1
        for l in labels:
            kinds[reg][l["kind"]] += 1
    cols = ["lines", "no-id"] + list(KINDS)
    print("| register | " + " | ".join(cols) + " |")
    print("|---" * (len(cols) + 1) + "|")
    total = collections.Counter()
    for reg in REGISTERS:
        row = [lines[reg], clean[reg]] + [kinds[reg][k] for k in KINDS]
        for c, v in zip(cols, row):
            total[c] += v
        print(f"| {reg} | " + " | ".join(str(v) for v in row) + " |")
    print("| all | " + " | ".join(str(total[c]) for c in cols) + " |")


if __name__ == "__main__":
    main()
