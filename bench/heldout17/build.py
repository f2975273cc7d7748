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
    out, labels, pos = [], [], 0
    length = 0
    for m in MARK.finditer(raw):
        before = raw[pos:m.start()]
        out.append(before)
        length += len(before)
        kind, span = m.group(1), m.group(2)
        if kind not in KINDS:
            sys.exit(f"line {lineno}: unknown kind {kind!r}")
        if not span or span != span.strip():
            sys.exit(f"line {lineno}: empty or space-edged label {span!r}")
        if "[" in span or "]" in span:
            sys.exit(f"line {lineno}: bracket inside label {span!r}")
        labels.append({"kind": kind, "start": length, "end": length + len(span)})
        out.append(span)
        length += len(span)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        sys.exit(f"line {lineno}: unparsed brackets left: {text!r}")
    labels.sort(key=lambda l: l["start"])
    for a, b in zip(labels, labels[1:]):
        if b["start"] < a["end"]:
            sys.exit(f"line {lineno}: overlapping labels")
    for l in labels:
        s = text[l["start"]:l["end"]]
        if not s or s != s.strip():
            sys.exit(f"line {lineno}: bad span {s!r}")
    if text != text.strip() or not text:
        sys.exit(f"line {lineno}: text empty or space-edged")
    return text, labels


def main():
    items, seen = [], set()
    for n, line in enumerate((HERE / "templates.txt").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        reg, sep, raw = line.partition("\t")
        if not sep or reg not in REGISTERS:
            sys.exit(f"line {n}: bad register/format: {line!r}")
        text, labels = parse(raw, n)
        if text in seen:
            sys.exit(f"line {n}: duplicate line: {text!r}")
        seen.add(text)
        items.append((reg, text, labels))

    random.Random(17).shuffle(items)
    with open(HERE / "lines.jsonl", "w", encoding="utf-8") as f:
        for _, text, labels in items:
            f.write(json.dumps({"text": text, "labels": labels}, ensure_ascii=False) + "\n")

    kinds = sorted(KINDS)
    per = defaultdict(Counter)
    lines_per, clean_per = Counter(), Counter()
    for reg, _, labels in items:
        lines_per[reg] += 1
        if not labels:
            clean_per[reg] += 1
        for l in labels:
            per[reg][l["kind"]] += 1
    head = ["register", "lines", "no_id"] + kinds + ["labels"]
    rows = []
    for reg in sorted(REGISTERS) + ["all"]:
        regs = sorted(REGISTERS) if reg == "all" else [reg]
        c = Counter()
        for r in regs:
            c.update(per[r])
        rows.append([reg, sum(lines_per[r] for r in regs), sum(clean_per[r] for r in regs)]
                    + [c[k] for k in kinds] + [sum(c.values())])
    widths = [max(len(str(x)) for x in col) for col in zip(head, *rows)]
    print(" | ".join(str(h).ljust(w) for h, w in zip(head, widths)))
    print("-|-".join("-" * w for w in widths))
    for r in rows:
        print(" | ".join(str(x).ljust(w) for x, w in zip(r, widths)))


if __name__ == "__main__":
    main()
