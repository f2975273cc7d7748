#!/usr/bin/env python3
"""Build lines.jsonl from templates.txt and check every label.

Standard library only. Run from any directory:  python3 build.py
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
MARK = re.compile(r"\{\{([a-z_]+)\|(.+?)\}\}")
EXAMPLE_DOMAINS = ("example.com", "example.org", "example.net")
DIGIT_WORDS = {
    "zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3",
    "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}
MIN_ITEMS = 460
MIN_CLEAN = 260

errors = []


def err(lineno, msg):
    errors.append(f"templates.txt line {lineno}: {msg}")


def phone_digits(span):
    """Digits of a phone span, spelled-out digit words included."""
    out = []
    repeat = 1
    for tok in re.findall(r"\d|[a-z]+", span.lower()):
        if tok.isdigit():
            out.append(tok * repeat)
            repeat = 1
        elif tok == "double":
            repeat = 2
        elif tok == "triple":
            repeat = 3
        elif tok in DIGIT_WORDS:
            out.append(DIGIT_WORDS[tok] * repeat)
            repeat = 1
    return "".join(out)


def phone_ok(digits):
    # 555-01xx: the last seven digits are 555 01 x x (foreign numbers end in 555 01xx)
    return len(digits) >= 7 and digits[-7:-2] == "55501"


def email_norm(span):
    s = span.strip().lower()
    s = re.sub(r"\s*(?:\(|\[)?\bat\b(?:\)|\])?\s*", "@", s) if "@" not in s else s
    s = re.sub(r"\s*(?:\(|\[)?\bdot\b(?:\)|\])?\s*", ".", s)
    s = s.replace(" ", "")
    return s


def email_ok(span):
    s = email_norm(span)
    if not re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9.-]+", s):
        return False
    return s.split("@", 1)[1] in EXAMPLE_DOMAINS


def ssn_ok(span):
    d = re.sub(r"\D", "", span)
    if len(d) == 9:
        return d.startswith("000") or d.startswith("9")
    return len(d) == 4


def parse(path):
    items = []
    with open(path, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip():
                continue
            if line.startswith("#"):
                continue
            m = re.match(r"(R[1-7]) (.+)$", line)
            if not m:
                err(lineno, "missing register prefix")
                continue
            reg, tpl = m.group(1), m.group(2)
            if tpl != tpl.strip():
                err(lineno, "template has leading/trailing whitespace")
            tpl = tpl.replace("\\n", "\n")
            if "\\" in tpl:
                err(lineno, "stray backslash")
            text_parts = []
            labels = []
            pos = 0
            out_len = 0
            for mm in MARK.finditer(tpl):
                before = tpl[pos:mm.start()]
                text_parts.append(before)
                out_len += len(before)
                kind, span = mm.group(1), mm.group(2)
                start = out_len
                text_parts.append(span)
                out_len += len(span)
                labels.append({"kind": kind, "start": start, "end": out_len, "_span": span})
                pos = mm.end()
            text_parts.append(tpl[pos:])
            text = "".join(text_parts)
            for bad in ("{{", "}}", "|"):
                if bad in text:
                    err(lineno, f"stray {bad!r} left in text")
            if text != text.strip():
                err(lineno, "text has leading/trailing whitespace")
            items.append((lineno, reg, text, labels))
    return items


def check_item(lineno, text, labels):
    prev_end = -1
    for lab in labels:
        kind, s, e = lab["kind"], lab["start"], lab["end"]
        span = text[s:e]
        if kind not in KINDS:
            err(lineno, f"invalid kind {kind!r}")
        if "_span" in lab and span != lab["_span"]:
            err(lineno, f"span mismatch {span!r} != {lab['_span']!r}")
        if not span or span != span.strip():
            err(lineno, f"label {kind} has leading/trailing whitespace: {span!r}")
        if s < prev_end:
            err(lineno, "overlapping labels")
        prev_end = e
        if kind == "phone":
            d = phone_digits(span)
            if not phone_ok(d):
                err(lineno, f"phone outside 555-01xx: {span!r} -> {d}")
        elif kind == "email":
            if not email_ok(span):
                err(lineno, f"email not at an example domain: {span!r}")
        elif kind == "ssn":
            if not ssn_ok(span):
                err(lineno, f"ssn not in an invented range: {span!r}")
        elif kind in ("dob", "case_number", "id_number"):
            if not re.search(r"\d", span):
                err(lineno, f"{kind} without a digit: {span!r}")
        elif kind == "address":
            if not re.search(r"\d", span):
                err(lineno, f"address without a number: {span!r}")
        elif kind == "name":
            if re.match(r"(?i)(mr|mrs|ms|miss|dr|judge|mister)\.?\s", span):
                err(lineno, f"title inside name span: {span!r}")
            if span.endswith("'s") or span.endswith("\u2019s"):
                err(lineno, f"possessive inside name span: {span!r}")
    # lints on the whole text, labelled or not
    covered = [(l["start"], l["end"]) for l in labels]

    def inside(a, b):
        return any(s <= a and b <= e for s, e in covered)

    for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
        if not inside(m.start(), m.end()):
            err(lineno, f"unlabelled e-mail-like string {m.group(0)!r}")
        elif m.group(0).split("@", 1)[1].lower() not in EXAMPLE_DOMAINS:
            err(lineno, f"e-mail outside example domains {m.group(0)!r}")
    for m in re.finditer(r"(?<![\d-])(?:\(\d{3}\)\s?)?\d{3}[-.]\d{4}(?![\d-])", text):
        if not phone_ok(re.sub(r"\D", "", m.group(0))):
            err(lineno, f"phone-like number outside 555-01xx: {m.group(0)!r}")
    for m in re.finditer(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])", text):
        if not ssn_ok(m.group(0)):
            err(lineno, f"ssn-like number outside invented ranges: {m.group(0)!r}")


def main():
    items = parse(SRC)
    seen = {}
    for lineno, reg, text, labels in items:
        if text in seen:
            err(lineno, f"duplicate text (first at line {seen[text]})")
        seen[text] = lineno
        check_item(lineno, text, labels)

    with open(OUT, "w", encoding="utf-8") as fh:
        for lineno, reg, text, labels in items:
            obj = {"text": text,
                   "labels": [{"kind": l["kind"], "start": l["start"], "end": l["end"]} for l in labels]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    # re-read what was written and check it again
    back = []
    with open(OUT, encoding="utf-8") as fh:
        for i, raw in enumerate(fh, 1):
            obj = json.loads(raw)
            if set(obj) != {"text", "labels"}:
                errors.append(f"lines.jsonl line {i}: unexpected keys {sorted(obj)}")
            for l in obj["labels"]:
                if set(l) != {"kind", "start", "end"}:
                    errors.append(f"lines.jsonl line {i}: unexpected label keys {sorted(l)}")
            back.append(obj)
    if len(back) != len(items):
        errors.append("lines.jsonl has a different number of lines than templates.txt")
    for (lineno, reg, text, labels), obj in zip(items, back):
        if obj["text"] != text:
            err(lineno, "re-read text differs")
        re_labels = obj["labels"]
        for l, r in zip(labels, re_labels):
            if obj["text"][r["start"]:r["end"]] != l["_span"]:
                err(lineno, "re-read span differs")
        check_item(lineno, obj["text"], re_labels)

    kinds = Counter()
    per_reg = Counter()
    clean_reg = Counter()
    for (lineno, reg, text, labels), obj in zip(items, back):
        per_reg[reg] += 1
        if not obj["labels"]:
            clean_reg[reg] += 1
        for l in obj["labels"]:
            kinds[l["kind"]] += 1
    total = len(back)
    clean = sum(clean_reg.values())
    if total < MIN_ITEMS:
        errors.append(f"only {total} items (need at least {MIN_ITEMS})")
    if clean < MIN_CLEAN:
        errors.append(f"only {clean} clean items (need at least {MIN_CLEAN})")

    print(f"items: {total}   clean: {clean}   with labels: {total - clean}")
    print("labels per kind:")
    for k in sorted(KINDS):
        print(f"  {k:12s} {kinds[k]}")
    print(f"  {'total':12s} {sum(kinds.values())}")
    print("per register (items / clean):")
    for r in REGISTERS:
        print(f"  {r}  {per_reg[r]:4d} / {clean_reg[r]:4d}")
    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
