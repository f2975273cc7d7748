#!/usr/bin/python3
"""Build lines.jsonl from templates.txt (standard library only).

templates.txt: one item a line, REGISTER<TAB>text, identifiers marked inline as
[[kind:span]]; blank lines and lines starting with '#' are skipped.
"""
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {"name", "phone", "email", "address", "dob", "case_number", "ssn", "id_number"}
REGISTERS = {"NOTE", "CHAT", "FORM", "TELL", "REFL", "MULTI"}
MARK = re.compile(r"\[\[([a-z_]+):(.*?)\]\]")
SEED = 29


def parse(text, where):
    out, labels, pos = [], [], 0
    for m in MARK.finditer(text):
        out.append(text[pos:m.start()])
        kind, span = m.group(1), m.group(2)
        if kind not in KINDS:
            sys.exit(f"{where}: unknown kind {kind!r}")
        if not span or span != span.strip():
            sys.exit(f"{where}: empty or space-edged label {span!r}")
        start = sum(len(s) for s in out)
        out.append(span)
        labels.append({"kind": kind, "start": start, "end": start + len(span)})
        pos = m.end()
    out.append(text[pos:])
    plain = "".join(out)
    if "[[" in plain or "]]" in plain:
        sys.exit(f"{where}: brackets left over: {plain!r}")
    labels.sort(key=lambda l: (l["start"], l["end"]))
    for a, b in zip(labels, labels[1:]):
        if b["start"] < a["end"]:
            sys.exit(f"{where}: overlapping labels")
    return plain, labels


def main():
    rows, seen = [], set()
    lines = (HERE / "templates.txt").read_text(encoding="utf-8").splitlines()
    for n, raw in enumerate(lines, 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        where = f"templates.txt:{n}"
        if "\t" not in raw:
            sys.exit(f"{where}: no tab")
        reg, text = raw.split("\t", 1)
        if reg not in REGISTERS:
            sys.exit(f"{where}: unknown register {reg!r}")
        if not text or text != text.strip():
            sys.exit(f"{where}: text empty or space-edged")
        if "\t" in text or "\n" in text:
            sys.exit(f"{where}: stray tab in text")
        plain, labels = parse(text, where)
        if plain in seen:
            sys.exit(f"{where}: duplicate line")
        seen.add(plain)
        for l in labels:
            span = plain[l["start"]:l["end"]]
            assert span and span == span.strip(), (where, span)
        rows.append((reg, plain, labels))

    random.Random(SEED).shuffle(rows)
    with open(HERE / "lines.jsonl", "w", encoding="utf-8") as f:
        for _, plain, labels in rows:
            f.write(json.dumps({"text": plain, "labels": labels}, ensure_ascii=False) + "\n")

    kinds = sorted(KINDS)
    table = defaultdict(Counter)
    for reg, _, labels in rows:
        table[reg]["lines"] += 1
        table[reg]["no_id"] += 0 if labels else 1
        for l in labels:
            table[reg][l["kind"]] += 1
    cols = ["lines", "no_id"] + kinds
    print("| register | " + " | ".join(cols) + " |")
    print("|---" * (len(cols) + 1) + "|")
    total = Counter()
    for reg in sorted(table):
        total.update(table[reg])
        print(f"| {reg} | " + " | ".join(str(table[reg][c]) for c in cols) + " |")
    print("| all | " + " | ".join(str(total[c]) for c in cols) + " |")


if __name__ == "__main__":
    main()
