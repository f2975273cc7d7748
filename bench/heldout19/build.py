#!/usr/bin/python3
"""Build lines.jsonl from templates.txt (standard library only)."""
import json, random, re, sys
from collections import Counter, defaultdict

KINDS = {"name", "phone", "email", "address", "dob", "case_number", "ssn", "id_number"}
REGS = {"R1", "R2", "R3"}
MARK = re.compile(r"\[\[([a-z_]+):(.+?)\]\]")

def parse(raw, lineno):
    out, labels, pos = [], [], 0
    length = 0
    for m in MARK.finditer(raw):
        before = raw[pos:m.start()]
        out.append(before); length += len(before)
        kind, span = m.group(1), m.group(2)
        if kind not in KINDS:
            sys.exit(f"line {lineno}: unknown kind {kind!r}")
        if not span or span != span.strip():
            sys.exit(f"line {lineno}: empty or space-edged label {span!r}")
        labels.append({"kind": kind, "start": length, "end": length + len(span)})
        out.append(span); length += len(span)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        sys.exit(f"line {lineno}: brackets left: {text!r}")
    labels.sort(key=lambda l: l["start"])
    for a, b in zip(labels, labels[1:]):
        if b["start"] < a["end"]:
            sys.exit(f"line {lineno}: overlapping labels")
    return text, labels

def main():
    items, seen = [], set()
    with open("templates.txt", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if "\t" not in line:
                sys.exit(f"line {n}: no tab")
            reg, raw = line.split("\t", 1)
            if reg not in REGS:
                sys.exit(f"line {n}: bad register {reg!r}")
            text, labels = parse(raw, n)
            if not text.strip() or text != text.strip():
                sys.exit(f"line {n}: empty or space-edged text")
            if text in seen:
                sys.exit(f"line {n}: duplicate line: {text!r}")
            seen.add(text)
            items.append((reg, text, labels))
    random.Random(19).shuffle(items)
    with open("lines.jsonl", "w", encoding="utf-8") as f:
        for reg, text, labels in items:
            f.write(json.dumps({"text": text, "labels": labels}, ensure_ascii=False) + "\n")
    kinds = sorted(KINDS)
    counts = defaultdict(Counter)
    lines, clean = Counter(), Counter()
    for reg, text, labels in items:
        lines[reg] += 1
        if not labels:
            clean[reg] += 1
        for l in labels:
            counts[reg][l["kind"]] += 1
    hdr = ["register", "lines", "no_id"] + kinds + ["labels"]
    print("| " + " | ".join(hdr) + " |")
    print("|" + "---|" * len(hdr))
    for reg in sorted(REGS) + ["all"]:
        if reg == "all":
            L, C = sum(lines.values()), sum(clean.values())
            K = Counter()
            for r in REGS: K.update(counts[r])
        else:
            L, C, K = lines[reg], clean[reg], counts[reg]
        row = [reg, L, C] + [K[k] for k in kinds] + [sum(K.values())]
        print("| " + " | ".join(str(x) for x in row) + " |")

if __name__ == "__main__":
    main()
