#!/usr/bin/python3
"""Build lines.jsonl from templates.txt (standard library only)."""
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {"name", "phone", "email", "address", "dob", "case_number", "ssn", "id_number"}
REGISTERS = {"R1", "R2", "R3"}
MARK = re.compile(r"\[\[([a-z_]+):(.*?)\]\]")


def parse(raw, lineno):
    text_parts, labels, pos, out_len = [], [], 0, 0
    for m in MARK.finditer(raw):
        kind, span = m.group(1), m.group(2)
        if kind not in KINDS:
            raise ValueError(f"line {lineno}: unknown kind {kind!r}")
        if not span or span != span.strip():
            raise ValueError(f"line {lineno}: empty or space-edged label {span!r}")
        before = raw[pos:m.start()]
        text_parts.append(before)
        out_len += len(before)
        labels.append({"kind": kind, "start": out_len, "end": out_len + len(span)})
        text_parts.append(span)
        out_len += len(span)
        pos = m.end()
    text_parts.append(raw[pos:])
    text = "".join(text_parts)
    if "[[" in text or "]]" in text:
        raise ValueError(f"line {lineno}: bracket left over: {raw!r}")
    labels.sort(key=lambda l: l["start"])
    for a, b in zip(labels, labels[1:]):
        if b["start"] < a["end"]:
            raise ValueError(f"line {lineno}: overlapping labels")
    for l in labels:
        s = text[l["start"]:l["end"]]
        if not s or s != s.strip():
            raise ValueError(f"line {lineno}: bad span {s!r}")
    if text != text.strip() or not text:
        raise ValueError(f"line {lineno}: text empty or space-edged")
    return text, labels


def main():
    items, seen = [], set()
    for lineno, line in enumerate((HERE / "templates.txt").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if "\t" not in line:
            raise ValueError(f"line {lineno}: no tab")
        reg, raw = line.split("\t", 1)
        if reg not in REGISTERS:
            raise ValueError(f"line {lineno}: unknown register {reg!r}")
        text, labels = parse(raw, lineno)
        if text in seen:
            raise ValueError(f"line {lineno}: duplicate line")
        seen.add(text)
        items.append((reg, text, labels))

    rng = random.Random(24)
    order = list(items)
    rng.shuffle(order)
    with open(HERE / "lines.jsonl", "w", encoding="utf-8") as f:
        for reg, text, labels in order:
            f.write(json.dumps({"text": text, "labels": labels}, ensure_ascii=False) + "\n")

    lines_per = Counter(r for r, _, _ in items)
    clean_per = Counter(r for r, _, l in items if not l)
    kinds_per = defaultdict(Counter)
    for reg, _, labels in items:
        for l in labels:
            kinds_per[reg][l["kind"]] += 1
    kinds = sorted(KINDS)
    regs = sorted(REGISTERS)
    header = ["", *regs, "total"]
    rows = [["lines", *[lines_per[r] for r in regs], sum(lines_per.values())],
            ["no identifier", *[clean_per[r] for r in regs], sum(clean_per.values())]]
    for k in kinds:
        vals = [kinds_per[r][k] for r in regs]
        rows.append([k, *vals, sum(vals)])
    vals = [sum(kinds_per[r].values()) for r in regs]
    rows.append(["labels", *vals, sum(vals)])
    print("| " + " | ".join(str(h) for h in header) + " |")
    print("|" + "---|" * len(header))
    for row in rows:
        print("| " + " | ".join(str(c) for c in row) + " |")


if __name__ == "__main__":
    try:
        main()
    except ValueError as e:
        print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
