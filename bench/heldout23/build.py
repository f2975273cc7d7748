#!/usr/bin/python3
"""Build lines.jsonl from templates.txt (standard library only).

templates.txt: one item a line, REGISTER<TAB>text, identifiers marked as [[kind:text]];
lines starting with '#' and blank lines are ignored.
"""
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


def parse(line_no, raw):
    errors = []
    reg, sep, body = raw.partition("\t")
    if not sep or reg not in REGISTERS:
        return None, [f"line {line_no}: bad register/tab: {raw[:40]!r}"]
    text_parts, labels, pos, cursor = [], [], 0, 0
    for m in MARK.finditer(body):
        kind, span = m.group(1), m.group(2)
        text_parts.append(body[cursor:m.start()])
        pos += m.start() - cursor
        if kind not in KINDS:
            errors.append(f"line {line_no}: unknown kind {kind!r}")
        if not span:
            errors.append(f"line {line_no}: empty label")
        elif span != span.strip():
            errors.append(f"line {line_no}: space-edged label {span!r}")
        if "[" in span or "]" in span:
            errors.append(f"line {line_no}: bracket inside label {span!r}")
        labels.append({"kind": kind, "start": pos, "end": pos + len(span)})
        text_parts.append(span)
        pos += len(span)
        cursor = m.end()
    text_parts.append(body[cursor:])
    text = "".join(text_parts)
    if "[[" in text or "]]" in text:
        errors.append(f"line {line_no}: brackets left in text")
    if text != text.strip() or not text:
        errors.append(f"line {line_no}: empty or space-edged text")
    labels.sort(key=lambda d: (d["start"], d["end"]))
    for a, b in zip(labels, labels[1:]):
        if b["start"] < a["end"]:
            errors.append(f"line {line_no}: overlapping labels")
    for lab in labels:  # re-check offsets against the text
        seg = text[lab["start"]:lab["end"]]
        if not seg or seg != seg.strip():
            errors.append(f"line {line_no}: bad offsets")
    return (reg, text, labels), errors


def main():
    items, errors, seen = [], [], {}
    src = (HERE / "templates.txt").read_text(encoding="utf-8")
    for i, raw in enumerate(src.split("\n"), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        item, errs = parse(i, raw)
        errors += errs
        if item is None:
            continue
        if item[1] in seen:
            errors.append(f"line {i}: duplicate of line {seen[item[1]]}")
        seen[item[1]] = i
        items.append(item)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)

    random.Random(23).shuffle(items)
    with open(HERE / "lines.jsonl", "w", encoding="utf-8") as f:
        for _reg, text, labels in items:
            f.write(json.dumps({"text": text, "labels": labels}, ensure_ascii=False) + "\n")

    kinds = sorted(KINDS)
    lines_per = Counter(reg for reg, _, _ in items)
    clean_per = Counter(reg for reg, _, labels in items if not labels)
    per = defaultdict(Counter)
    for reg, _, labels in items:
        for lab in labels:
            per[reg][lab["kind"]] += 1
    header = ["register", "lines", "no_id"] + kinds + ["labels"]
    rows = []
    for reg in sorted(REGISTERS) + ["all"]:
        if reg == "all":
            lc, nc = sum(lines_per.values()), sum(clean_per.values())
            kc = sum(per.values(), Counter())
        else:
            lc, nc, kc = lines_per[reg], clean_per[reg], per[reg]
        rows.append([reg, lc, nc] + [kc[k] for k in kinds] + [sum(kc.values())])
    widths = [max(len(str(r[j])) for r in [header] + rows) for j in range(len(header))]
    for r in [header] + rows:
        print("  ".join(str(c).rjust(w) for c, w in zip(r, widths)))


if __name__ == "__main__":
    main()
