#!/usr/bin/env python3
"""Build heldout50/lines.jsonl from templates.txt (standard library only).

templates.txt: one item per line, "R1 " .. "R7 " register tag first, identifiers
marked inline as {{kind|span}}, a literal backslash-n (two characters) is a line
break inside the item. The register tag is used for counts only and is not written.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "templates.txt")
OUT = os.path.join(HERE, "lines.jsonl")

KINDS = {"name", "phone", "email", "address", "dob", "case_number", "ssn", "id_number"}
REGISTERS = ["R1", "R2", "R3", "R4", "R5", "R6", "R7"]
MARK = re.compile(r"\{\{([a-z_]+)\|(.*?)\}\}")

# safety nets: things that look like an identifier but are not inside a label
PHONE_LIKE = re.compile(r"555[-. )]*01\d\d")
EMAIL_LIKE = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
SSN_LIKE = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")

errors = []


def err(lineno, msg):
    errors.append(f"line {lineno}: {msg}")


def unescape(s):
    return s.replace("\\n", "\n")


def parse(line, lineno):
    tag, _, body = line.partition(" ")
    if tag not in REGISTERS:
        err(lineno, f"bad register tag {tag!r}")
    text = ""
    labels = []
    pos = 0
    for m in MARK.finditer(body):
        text += unescape(body[pos:m.start()])
        kind, span = m.group(1), unescape(m.group(2))
        start = len(text)
        text += span
        labels.append({"kind": kind, "start": start, "end": len(text)})
        pos = m.end()
    text += unescape(body[pos:])
    return tag, text, labels


def check_item(lineno, text, labels):
    if not text.strip():
        err(lineno, "empty text")
    if text != text.strip():
        err(lineno, "text has leading/trailing whitespace")
    for bad in ("{{", "}}", "\\"):
        if bad in text:
            err(lineno, f"leftover {bad!r} in text")
    prev_end = -1
    for lab in labels:
        k, s, e = lab["kind"], lab["start"], lab["end"]
        if k not in KINDS:
            err(lineno, f"unknown kind {k!r}")
        if not (0 <= s < e <= len(text)):
            err(lineno, f"bad offsets {s}-{e}")
            continue
        span = text[s:e]
        if span != span.strip():
            err(lineno, f"span {span!r} has leading/trailing whitespace")
        if s < prev_end:
            err(lineno, f"overlapping label at {s}")
        prev_end = e
        if k == "email" and not re.search(r"@example\.(com|org|net)$", span):
            err(lineno, f"email not at example.com/org/net: {span!r}")
        if k == "phone" and not (PHONE_LIKE.search(span) or "five five five" in span):
            err(lineno, f"phone not in 555-01xx range: {span!r}")
        if k == "ssn":
            digits = re.sub(r"\D", "", span)
            if len(digits) == 9 and not (digits.startswith("000") or digits.startswith("9")):
                err(lineno, f"full SSN must start with 000 or 9: {span!r}")
            if len(digits) not in (4, 9):
                err(lineno, f"SSN span is neither last four nor full: {span!r}")
        if k in ("case_number", "id_number", "ssn", "phone", "dob") and span[0] in "#:":
            err(lineno, f"number label starts with a marker: {span!r}")
    covered = [(l["start"], l["end"]) for l in labels]

    def inside(m):
        return any(s <= m.start() and m.end() <= e for s, e in covered)

    for rx, what in ((PHONE_LIKE, "phone"), (EMAIL_LIKE, "email"), (SSN_LIKE, "ssn")):
        for m in rx.finditer(text):
            if not inside(m):
                err(lineno, f"unlabelled {what}-like text {m.group(0)!r}")


def main():
    items = []
    with open(SRC, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip():
                continue
            tag, text, labels = parse(line, lineno)
            check_item(lineno, text, labels)
            items.append((lineno, tag, text, labels))

    seen = {}
    for lineno, _, text, _ in items:
        if text in seen:
            err(lineno, f"duplicate of line {seen[text]}")
        seen[text] = lineno

    if errors:
        print("\n".join(errors))
        sys.exit(1)

    with open(OUT, "w", encoding="utf-8") as f:
        for _, _, text, labels in items:
            f.write(json.dumps({"text": text, "labels": labels}, ensure_ascii=False) + "\n")

    # re-read and re-check every span against the source marks
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(l) for l in f]
    if len(back) != len(items):
        sys.exit(f"re-read {len(back)} rows, expected {len(items)}")
    with open(SRC, encoding="utf-8") as f:
        src_lines = [l.rstrip("\n") for l in f if l.strip()]
    for (lineno, _, text, labels), row, src in zip(items, back, src_lines):
        if set(row) != {"text", "labels"}:
            err(lineno, f"unexpected keys {sorted(row)}")
        if row["text"] != text or row["labels"] != labels:
            err(lineno, "re-read mismatch")
        marks = [(k, unescape(s)) for k, s in MARK.findall(src)]
        got = [(l["kind"], row["text"][l["start"]:l["end"]]) for l in row["labels"]]
        if marks != got:
            err(lineno, f"re-read spans differ: {marks} vs {got}")
        check_item(lineno, row["text"], row["labels"])
    if errors:
        print("\n".join(errors))
        sys.exit(1)

    per_reg = Counter(t for _, t, _, _ in items)
    clean_reg = Counter(t for _, t, _, l in items if not l)
    kinds = Counter(l["kind"] for row in back for l in row["labels"])
    total_clean = sum(clean_reg.values())
    print(f"wrote {OUT}")
    print(f"items: {len(back)}  clean: {total_clean}  labelled: {len(back) - total_clean}")
    print("register  items  clean")
    for r in REGISTERS:
        print(f"{r:8} {per_reg[r]:6} {clean_reg[r]:6}")
    print("labels per kind:")
    for k in sorted(KINDS):
        print(f"  {k:12} {kinds[k]}")
    print(f"  {'total':12} {sum(kinds.values())}")
    if len(back) < 490 or total_clean < 270:
        sys.exit("too few items or clean items")


if __name__ == "__main__":
    main()
