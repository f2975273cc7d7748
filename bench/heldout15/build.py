#!/usr/bin/python3
"""Parse templates.txt, convert [[kind:text]] marks to offsets, validate, shuffle, write lines.jsonl."""
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {"name", "phone", "email", "address", "dob", "case_number", "ssn", "id_number"}
REGISTERS = {"R1", "R2", "R3", "R4"}
MARK = re.compile(r"\[\[([a-z_]+):(.*?)\]\]")


def parse_line(raw, lineno):
    out = []
    labels = []
    pos = 0
    for m in MARK.finditer(raw):
        kind, span = m.group(1), m.group(2)
        if kind not in KINDS:
            raise ValueError(f"line {lineno}: unknown kind {kind!r}")
        if not span:
            raise ValueError(f"line {lineno}: empty label")
        if span != span.strip():
            raise ValueError(f"line {lineno}: label with edge whitespace {span!r}")
        if "[[" in span or "]]" in span:
            raise ValueError(f"line {lineno}: nested mark")
        out.append(raw[pos:m.start()])
        start = sum(len(s) for s in out)
        out.append(span)
        labels.append({"kind": kind, "start": start, "end": start + len(span)})
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise ValueError(f"line {lineno}: leftover brackets")
    if text != text.strip() or not text:
        raise ValueError(f"line {lineno}: empty text or edge whitespace")
    labels.sort(key=lambda l: l["start"])
    for a, b in zip(labels, labels[1:]):
        if b["start"] < a["end"]:
            raise ValueError(f"line {lineno}: overlapping labels")
    return text, labels


def main():
    items = []
    seen = set()
    errors = []
    for lineno, raw in enumerate((HERE / "templates.txt").read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if "\t" not in raw:
            errors.append(f"line {lineno}: no tab")
            continue
        reg, body = raw.split("\t", 1)
        if reg not in REGISTERS:
            errors.append(f"line {lineno}: unknown register {reg!r}")
            continue
        try:
            text, labels = parse_line(body, lineno)
        except ValueError as e:
            errors.append(str(e))
            continue
        if text in seen:
            errors.append(f"line {lineno}: duplicate line")
            continue
        seen.add(text)
        items.append((reg, text, labels))
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)

    # counts
    per_reg = Counter()
    free_reg = Counter()
    kind_reg = defaultdict(Counter)
    for reg, text, labels in items:
        per_reg[reg] += 1
        if not labels:
            free_reg[reg] += 1
        for l in labels:
            kind_reg[reg][l["kind"]] += 1

    rng = random.Random(15)
    order = list(items)
    rng.shuffle(order)
    with open(HERE / "lines.jsonl", "w", encoding="utf-8") as f:
        for reg, text, labels in order:
            f.write(json.dumps({"text": text, "labels": labels}, ensure_ascii=False) + "\n")

    kinds = ["name", "phone", "email", "address", "dob", "case_number", "ssn", "id_number"]
    header = ["register", "lines", "id-free"] + kinds
    print("\t".join(header))
    tot = Counter()
    for reg in sorted(REGISTERS):
        row = [reg, per_reg[reg], free_reg[reg]] + [kind_reg[reg][k] for k in kinds]
        for k, v in zip(header[1:], row[1:]):
            tot[k] += v
        print("\t".join(str(x) for x in row))
    print("\t".join(["total"] + [str(tot[k]) for k in header[1:]]))


if __name__ == "__main__":
    main()
