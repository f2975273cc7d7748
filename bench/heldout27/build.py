#!/usr/bin/python3
"""Build lines.jsonl from templates.txt (standard library only).

Each item of templates.txt is one physical line, REGISTER<TAB>text, identifiers marked
inline as [[kind:text]]. Because the items are multi-line texts, three escapes are decoded
before the marks are parsed: the two characters \\r\\n become a real CR LF, \\n a real LF and
\\t a real TAB. Any other backslash is an error.
"""
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {"name", "phone", "email", "address", "dob", "case_number", "ssn", "id_number"}
REGISTERS = {"R1", "R2", "R3", "R4", "R5"}
MARK = re.compile(r"\[\[([a-z_]+):(.*?)\]\]", re.DOTALL)
MIN_LINES, MAX_LINES = 2, 25
MIN_CHARS, MAX_CHARS = 150, 3000


def decode(text, where):
    out = text.replace("\\r\\n", "\r\n").replace("\\n", "\n").replace("\\t", "\t")
    if "\\" in out:
        sys.exit(f"{where}: stray backslash after decoding escapes")
    if "\r" in out.replace("\r\n", ""):
        sys.exit(f"{where}: lone CR")
    return out


def parse(text, where):
    out, labels, pos = [], [], 0
    for m in MARK.finditer(text):
        out.append(text[pos:m.start()])
        kind, span = m.group(1), m.group(2)
        if kind not in KINDS:
            sys.exit(f"{where}: unknown kind {kind!r}")
        if not span or span != span.strip():
            sys.exit(f"{where}: empty or space-edged label {span!r}")
        if "\n" in span or "\r" in span:
            sys.exit(f"{where}: label crosses a line break {span!r}")
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
    for n, raw in enumerate((HERE / "templates.txt").read_text(encoding="utf-8").split("\n"), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        where = f"templates.txt:{n}"
        if "\t" not in raw:
            sys.exit(f"{where}: no tab")
        reg, text = raw.split("\t", 1)
        if reg not in REGISTERS:
            sys.exit(f"{where}: unknown register {reg!r}")
        if "\t" in text or "\r" in text:
            sys.exit(f"{where}: raw TAB or CR inside the text (write \\t or \\r\\n)")
        if text != text.strip() or not text:
            sys.exit(f"{where}: text empty or space-edged")
        text = decode(text, where)
        plain, labels = parse(text, where)
        if plain != plain.strip():
            sys.exit(f"{where}: decoded text space-edged")
        if plain in seen:
            sys.exit(f"{where}: duplicate text")
        seen.add(plain)
        n_lines = len(plain.splitlines())
        if not MIN_LINES <= n_lines <= MAX_LINES:
            sys.exit(f"{where}: {n_lines} lines, want {MIN_LINES}-{MAX_LINES}")
        if not MIN_CHARS <= len(plain) <= MAX_CHARS:
            sys.exit(f"{where}: {len(plain)} characters, want {MIN_CHARS}-{MAX_CHARS}")
        for l in labels:
            span = plain[l["start"]:l["end"]]
            assert span.strip() == span and "\n" not in span and "\r" not in span
        rows.append((reg, plain, labels))

    random.Random(27).shuffle(rows)
    with open(HERE / "lines.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for _, plain, labels in rows:
            f.write(json.dumps({"text": plain, "labels": labels}, ensure_ascii=False) + "\n")

    kinds = sorted(KINDS)
    table = defaultdict(Counter)
    for reg, _, labels in rows:
        table[reg]["texts"] += 1
        table[reg]["no_id"] += 0 if labels else 1
        for l in labels:
            table[reg][l["kind"]] += 1
    cols = ["texts", "no_id"] + kinds
    print("| register | " + " | ".join(cols) + " |")
    print("|---" * (len(cols) + 1) + "|")
    total = Counter()
    for reg in sorted(table):
        total.update(table[reg])
        print(f"| {reg} | " + " | ".join(str(table[reg][c]) for c in cols) + " |")
    print("| all | " + " | ".join(str(total[c]) for c in cols) + " |")


if __name__ == "__main__":
    main()
