#!/usr/bin/python3
"""Build lines.jsonl from templates.txt (standard library only)."""
import json, random, re, sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = ["name", "phone", "email", "address", "dob", "case_number", "ssn", "id_number"]
MARK = re.compile(r"\[\[([a-z_]+):(.*?)\]\]")

def parse(text, lineno):
    out, labels, pos = [], [], 0
    cur = 0
    for m in MARK.finditer(text):
        kind, span = m.group(1), m.group(2)
        if kind not in KINDS:
            sys.exit(f"line {lineno}: unknown kind {kind!r}")
        if not span or span != span.strip():
            sys.exit(f"line {lineno}: empty or space-edged label {span!r}")
        out.append(text[pos:m.start()])
        cur += len(text[pos:m.start()])
        labels.append({"kind": kind, "start": cur, "end": cur + len(span)})
        out.append(span)
        cur += len(span)
        pos = m.end()
    out.append(text[pos:])
    plain = "".join(out)
    if "[[" in plain or "]]" in plain:
        sys.exit(f"line {lineno}: bracket left in {plain!r}")
    labels.sort(key=lambda l: l["start"])
    for a, b in zip(labels, labels[1:]):
        if b["start"] < a["end"]:
            sys.exit(f"line {lineno}: overlapping labels")
    for l in labels:
        s = plain[l["start"]:l["end"]]
        if not s or s != s.strip():
            sys.exit(f"line {lineno}: bad span {s!r}")
    return plain, labels

def main():
    items, seen = [], set()
    for n, raw in enumerate((HERE / "templates.txt").read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        if "\t" not in raw:
            sys.exit(f"line {n}: no tab")
        reg, tmpl = raw.split("\t", 1)
        if reg not in ("R1", "R2", "R3"):
            sys.exit(f"line {n}: bad register {reg!r}")
        if tmpl != tmpl.strip() or not tmpl:
            sys.exit(f"line {n}: empty or space-edged text")
        plain, labels = parse(tmpl, n)
        if plain in seen:
            sys.exit(f"line {n}: duplicate line {plain!r}")
        seen.add(plain)
        items.append((reg, plain, labels))
    random.Random(21).shuffle(items)
    with open(HERE / "lines.jsonl", "w", encoding="utf-8") as f:
        for reg, plain, labels in items:
            f.write(json.dumps({"text": plain, "labels": labels}, ensure_ascii=False) + "\n")
    # count table
    lines_per = Counter(r for r, _, _ in items)
    clean_per = Counter(r for r, _, l in items if not l)
    kinds_per = defaultdict(Counter)
    for r, _, labels in items:
        for l in labels:
            kinds_per[r][l["kind"]] += 1
    regs = ["R1", "R2", "R3"]
    hdr = "| count | " + " | ".join(regs) + " | total |"
    print(hdr)
    print("|" + "---|" * (len(regs) + 2))
    def row(label, vals):
        print(f"| {label} | " + " | ".join(str(v) for v in vals) + f" | {sum(vals)} |")
    row("lines", [lines_per[r] for r in regs])
    row("lines with no identifier", [clean_per[r] for r in regs])
    for k in KINDS:
        row(k, [kinds_per[r][k] for r in regs])
    row("all labels", [sum(kinds_per[r].values()) for r in regs])

if __name__ == "__main__":
    main()
