#!/usr/bin/python3
"""Build lines.jsonl from templates.txt (hand-written, inline [[kind:text]] marks)."""
import json, random, re, sys, collections
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {"name", "phone", "email", "address", "dob", "case_number", "ssn", "id_number"}
REGS = {"R1", "R2", "R3", "R4"}
MARK = re.compile(r"\[\[([a-z_]+):(.*?)\]\]")

def parse(raw, lineno):
    out, labels, pos = [], [], 0
    cur = 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()]); cur += m.start() - pos
        kind, span = m.group(1), m.group(2)
        if kind not in KINDS:
            sys.exit(f"line {lineno}: unknown kind {kind!r}")
        if not span or span != span.strip():
            sys.exit(f"line {lineno}: empty or space-edged label {span!r}")
        labels.append({"kind": kind, "start": cur, "end": cur + len(span)})
        out.append(span); cur += len(span); pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        sys.exit(f"line {lineno}: leftover brackets: {text!r}")
    labels.sort(key=lambda l: l["start"])
    for a, b in zip(labels, labels[1:]):
        if b["start"] < a["end"]:
            sys.exit(f"line {lineno}: overlapping labels")
    for l in labels:
        s = text[l["start"]:l["end"]]
        if not s or s != s.strip():
            sys.exit(f"line {lineno}: bad span {s!r}")
    if text != text.strip() or not text:
        sys.exit(f"line {lineno}: text has edge whitespace or is empty")
    return text, labels

def main():
    items, seen = [], set()
    for n, line in enumerate((HERE / "templates.txt").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if "\t" not in line:
            sys.exit(f"line {n}: no tab")
        reg, raw = line.split("\t", 1)
        if reg not in REGS:
            sys.exit(f"line {n}: bad register {reg!r}")
        text, labels = parse(raw, n)
        if text in seen:
            sys.exit(f"line {n}: duplicate line {text!r}")
        seen.add(text)
        items.append((reg, text, labels))
    rng = random.Random(16)
    order = list(items)
    rng.shuffle(order)
    with open(HERE / "lines.jsonl", "w", encoding="utf-8") as f:
        for reg, text, labels in order:
            f.write(json.dumps({"text": text, "labels": labels}, ensure_ascii=False) + "\n")
    # stats
    kinds = sorted(KINDS)
    per = collections.defaultdict(collections.Counter)
    lines = collections.Counter(); free = collections.Counter()
    for reg, text, labels in items:
        lines[reg] += 1
        if not labels: free[reg] += 1
        for l in labels: per[reg][l["kind"]] += 1
    hdr = "| register | lines | id-free | " + " | ".join(kinds) + " | labels |"
    print(hdr); print("|" + "---|" * (len(kinds) + 4))
    tot = collections.Counter()
    for reg in sorted(REGS) + ["all"]:
        if reg == "all":
            c = tot; ln = sum(lines.values()); fr = sum(free.values())
        else:
            c = per[reg]; ln = lines[reg]; fr = free[reg]; tot.update(c)
        print(f"| {reg} | {ln} | {fr} | " + " | ".join(str(c[k]) for k in kinds) + f" | {sum(c.values())} |")

if __name__ == "__main__":
    main()
