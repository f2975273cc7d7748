#!/usr/bin/env python3
"""Build lines.jsonl from templates.txt (hand-written, inline-labelled lines).

Template format: one item per line, REGISTER<TAB>text. Lines starting with '#'
(and blank lines) are ignored. Identifiers are marked inline as [[kind:text]].
"""
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = ["name", "phone", "email", "address", "dob", "case_number", "ssn", "id_number"]
REGISTERS = ["R1", "R2", "R3", "R4", "R6"]
MARK = re.compile(r"\[\[([^\[\]:]+):([^\[\]]*)\]\]")


def parse_text(raw, where):
    out, labels, pos = [], [], 0
    length = 0
    for m in MARK.finditer(raw):
        before = raw[pos:m.start()]
        out.append(before)
        length += len(before)
        kind, span = m.group(1), m.group(2)
        if kind not in KINDS:
            raise ValueError(f"{where}: unknown kind {kind!r}")
        if not span:
            raise ValueError(f"{where}: empty label")
        if span != span.strip():
            raise ValueError(f"{where}: label with edge whitespace {span!r}")
        labels.append({"kind": kind, "start": length, "end": length + len(span)})
        out.append(span)
        length += len(span)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise ValueError(f"{where}: leftover [[ or ]] in {text!r}")
    labels.sort(key=lambda l: (l["start"], l["end"]))
    for a, b in zip(labels, labels[1:]):
        if b["start"] < a["end"]:
            raise ValueError(f"{where}: overlapping labels")
    if text != text.strip():
        raise ValueError(f"{where}: line has leading/trailing whitespace")
    return text, labels


def main():
    items, seen = [], set()
    src = HERE / "templates.txt"
    for n, line in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        where = f"templates.txt:{n}"
        if "\t" not in line:
            raise ValueError(f"{where}: missing TAB")
        reg, raw = line.split("\t", 1)
        if reg not in REGISTERS:
            raise ValueError(f"{where}: unknown register {reg!r}")
        text, labels = parse_text(raw, where)
        if text in seen:
            raise ValueError(f"{where}: duplicate line {text!r}")
        seen.add(text)
        for l in labels:  # sanity: offsets reproduce the marked span
            assert text[l["start"]:l["end"]].strip() == text[l["start"]:l["end"]]
        items.append((reg, text, labels))

    # counts
    lines = Counter()
    free = Counter()
    kinds = defaultdict(Counter)
    for reg, text, labels in items:
        for key in (reg, "total"):
            lines[key] += 1
            if not labels:
                free[key] += 1
            for l in labels:
                kinds[key][l["kind"]] += 1

    rng = random.Random(14)
    order = list(items)
    rng.shuffle(order)
    with open(HERE / "lines.jsonl", "w", encoding="utf-8") as f:
        for reg, text, labels in order:
            f.write(json.dumps({"text": text, "labels": labels}, ensure_ascii=False) + "\n")

    cols = ["lines", "id-free"] + KINDS
    print("| register | " + " | ".join(cols) + " |")
    print("|" + "---|" * (len(cols) + 1))
    for key in REGISTERS + ["total"]:
        row = [lines[key], free[key]] + [kinds[key][k] for k in KINDS]
        print(f"| {key} | " + " | ".join(str(x) for x in row) + " |")
    print(f"wrote {len(order)} lines to lines.jsonl", file=sys.stderr)


if __name__ == "__main__":
    main()
