#!/usr/bin/python3
"""Build lines.jsonl from templates.txt (standard library only)."""
import json, random, re, sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {"name", "phone", "email", "address", "dob", "case_number", "ssn", "id_number"}
REGS = {"R1", "R2", "R3"}
MARK = re.compile(r"\[\[([a-z_]+):(.*?)\]\]")


def parse(raw, lineno):
    out, labels, pos = [], [], 0
    n = 0
    for m in MARK.finditer(raw):
        kind, span = m.group(1), m.group(2)
        if kind not in KINDS:
            sys.exit(f"line {lineno}: unknown kind {kind!r}")
        if not span or span != span.strip():
            sys.exit(f"line {lineno}: empty or space-edged label {span!r}")
        if "[[" in span or "]]" in span:
            sys.exit(f"line {lineno}: nested mark")
        piece = raw[pos:m.start()]
        out.append(piece)
        n += len(piece)
        labels.append({"kind": kind, "start": n, "end": n + len(span)})
        out.append(span)
        n += len(span)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        sys.exit(f"line {lineno}: bracket left over: {text!r}")
    labels.sort(key=lambda l: l["start"])
    for a, b in zip(labels, labels[1:]):
        if b["start"] < a["end"]:
            sys.exit(f"line {lineno}: overlapping labels")
    for l in labels:
        s = text[l["start"]:l["end"]]
        if not s or s != s.strip():
            sys.exit(f"line {lineno}: bad span {s!r}")
    return text, labels


def main():
    items, seen = [], set()
    for i, line in enumerate((HERE / "templates.txt").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if "\t" not in line:
            sys.exit(f"line {i}: no tab")
        reg, raw = line.split("\t", 1)
        if reg not in REGS:
            sys.exit(f"line {i}: unknown register {reg!r}")
        text, labels = parse(raw, i)
        if not text.strip():
            sys.exit(f"line {i}: empty text")
        if text in seen:
            sys.exit(f"line {i}: duplicate line {text!r}")
        seen.add(text)
        items.append((reg, text, labels))

    rng = random.Random(18)
    order = list(items)
    rng.shuffle(order)
    with open(HERE / "lines.jsonl", "w", encoding="utf-8") as f:
        for reg, text, labels in order:
            f.write(json.dumps({"text": text, "labels": labels}, ensure_ascii=False) + "\n")

    lines = Counter()
    free = Counter()
    kinds = defaultdict(Counter)
    for reg, text, labels in items:
        lines[reg] += 1
        if not labels:
            free[reg] += 1
        for l in labels:
            kinds[reg][l["kind"]] += 1
    cols = sorted(KINDS)
    hdr = ["register", "lines", "no_id"] + cols
    rows = []
    for reg in sorted(REGS):
        rows.append([reg, lines[reg], free[reg]] + [kinds[reg][k] for k in cols])
    rows.append(["total", sum(lines.values()), sum(free.values())]
                + [sum(kinds[r][k] for r in REGS) for k in cols])
    print("| " + " | ".join(hdr) + " |")
    print("|" + "---|" * len(hdr))
    for r in rows:
        print("| " + " | ".join(str(x) for x in r) + " |")


if __name__ == "__main__":
    main()
