#!/usr/bin/env python3
"""Build lines.jsonl from templates.txt (heldout30). Standard library only.

templates.txt: one item per line, REGISTER<TAB>text, identifiers marked
inline as [[kind:text]]; the two characters \\n and \\t inside a text stand
for a line break and a tab; lines starting with # are comments.
"""
import collections
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "templates.txt")
OUT = os.path.join(HERE, "lines.jsonl")

KINDS = ["name", "phone", "email", "address", "dob", "case_number", "ssn", "id_number"]
REGISTERS = ["chat", "handover", "training", "reflection", "cultures", "numbers", "fragments"]
MARK = re.compile(r"\[\[([^\[\]:]*):(.*?)\]\]", re.S)


def parse(raw):
    """Return (plain text, labels, problems) for one marked-up text."""
    problems = []
    out = []
    labels = []
    pos = 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()])
        kind, span = m.group(1), m.group(2)
        start = sum(len(p) for p in out)
        out.append(span)
        pos = m.end()
        if kind not in KINDS:
            problems.append("unknown kind %r" % kind)
        if not span:
            problems.append("empty label of kind %r" % kind)
        elif span != span.strip():
            problems.append("label %r starts or ends with whitespace" % span)
        if "[[" in span or "]]" in span or "[" in span and "]" in span and ":" in span:
            problems.append("nested or broken mark in %r" % span)
        labels.append({"kind": kind, "start": start, "end": start + len(span)})
    out.append(raw[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        problems.append("unparsed [[ or ]] left in text")
    labels.sort(key=lambda l: (l["start"], l["end"]))
    for a, b in zip(labels, labels[1:]):
        if b["start"] < a["end"]:
            problems.append("overlapping labels at %d and %d" % (a["start"], b["start"]))
    return text, labels, problems


def sanity(kind, span):
    """Checks that the invented identifiers follow the set's rules."""
    digits = re.sub(r"\D", "", span)
    if kind == "email":
        if not re.search(r"example(\.| dot )(com|org|net)$", span):
            return "email not at example.com/.org/.net: %r" % span
    if kind == "phone" and digits:
        if not re.search(r"55501\d\d$", digits):
            return "phone not in 555-01xx: %r" % span
    if kind == "ssn" and len(digits) == 9:
        if not (digits.startswith("000") or digits.startswith("666") or digits.startswith("9")):
            return "SSN not in an invalid range: %r" % span
    if kind == "ssn" and len(digits) not in (4, 9):
        return "SSN neither full nor last four: %r" % span
    return None


def main():
    items = []
    problems = []
    seen = {}
    with open(SRC, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            if "\t" not in line:
                problems.append("line %d: no TAB after the register" % lineno)
                continue
            register, raw = line.split("\t", 1)
            if register not in REGISTERS:
                problems.append("line %d: unknown register %r" % (lineno, register))
            if "\t" in raw:
                problems.append("line %d: real TAB inside the text (write \\t)" % lineno)
            raw = raw.replace("\\n", "\n").replace("\\t", "\t")
            text, labels, probs = parse(raw)
            for p in probs:
                problems.append("line %d: %s" % (lineno, p))
            for l in labels:
                msg = sanity(l["kind"], text[l["start"]:l["end"]])
                if msg:
                    problems.append("line %d: %s" % (lineno, msg))
            if text != text.strip():
                problems.append("line %d: text starts or ends with whitespace" % lineno)
            if text in seen:
                problems.append("line %d: duplicate of line %d" % (lineno, seen[text]))
            seen[text] = lineno
            items.append((register, text, labels))

    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)

    random.Random(30).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as fh:
        for _register, text, labels in items:
            fh.write(json.dumps({"text": text, "labels": labels}, ensure_ascii=False) + "\n")

    kinds = collections.Counter(l["kind"] for _, _, ls in items for l in ls)
    regs = collections.Counter(r for r, _, _ in items)
    regs_clean = collections.Counter(r for r, _, ls in items if not ls)
    clean = sum(1 for _, _, ls in items if not ls)
    print("items          %4d" % len(items))
    print("clean items    %4d" % clean)
    print("labelled items %4d" % (len(items) - clean))
    print("labels         %4d" % sum(kinds.values()))
    print()
    print("labels per kind")
    for k in KINDS:
        print("  %-12s %4d" % (k, kinds[k]))
    print()
    print("items per register (clean / labelled)")
    for r in REGISTERS:
        print("  %-12s %4d  (%d / %d)" % (r, regs[r], regs_clean[r], regs[r] - regs_clean[r]))
    print()
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
