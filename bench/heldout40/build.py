#!/usr/bin/env python3
"""Build lines.jsonl from templates.txt (standard library only).

templates.txt: one item per line, "R1 ".."R7 " prefix, identifiers marked
inline as {{kind|span}}; a literal backslash-n is a line break in the text.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "templates.txt")
OUT = os.path.join(HERE, "lines.jsonl")

KINDS = ("name", "phone", "email", "address", "dob", "case_number", "ssn", "id_number")
REGISTERS = ("R1", "R2", "R3", "R4", "R5", "R6", "R7")
MARK = re.compile(r"\{\{([a-z_]+)\|(.*?)\}\}", re.S)

NUMWORDS = {
    "zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3",
    "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
    # Spanish / Portuguese digit words, for dictated numbers in R2
    "cero": "0", "uno": "1", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5",
    "seis": "6", "siete": "7", "ocho": "8", "nueve": "9",
    "dois": "2", "três": "3", "quatro": "4", "sete": "7", "oito": "8", "nove": "9",
}


def digits_of(s):
    """Digits of a number written with figures and/or spelled-out digit words."""
    out = []
    mult = 1
    for tok in re.findall(r"[^\W\d_]+|\d", s.lower()):
        if tok == "double":
            mult = 2
            continue
        if tok == "triple":
            mult = 3
            continue
        if tok.isdigit():
            out.append(tok * mult)
            mult = 1
        elif tok in NUMWORDS:
            out.append(NUMWORDS[tok] * mult)
            mult = 1
    return "".join(out)


def check_phone(span):
    m = re.search(r"\b(?:extension|ext\.?|x)(?=\s*\w)", span, re.I)
    main = span[: m.start()] if m else span
    d = digits_of(main)
    if len(d) < 7 or not re.search(r"55501\d\d$", d):
        return "phone not in 555-01xx range (digits %r)" % d
    return None


def check_email(span):
    s = span.lower()
    s = re.sub(r"\s*\bunderscore\b\s*", "_", s)
    s = re.sub(r"\s*\b(?:dot)\b\s*", ".", s)
    s = re.sub(r"\s*(?:\(at\)|\[at\]|\bat\b)\s*", "@", s)
    s = s.replace(" ", "")
    if not re.fullmatch(r"[a-z0-9._+\-]+@example\.(?:com|org|net)", s):
        return "email not at an example domain (normalised %r)" % s
    return None


def check_ssn(span):
    d = digits_of(span)
    if len(d) == 9:
        if not (d.startswith("000") or d.startswith("9")):
            return "full SSN not in an invented range (%r)" % d
        return None
    if len(d) == 4:
        return None
    return "SSN has %d digits (%r)" % (len(d), d)


def parse(line_no, raw):
    errors = []
    m = re.match(r"(R[1-7]) (.+)$", raw)
    if not m:
        return None, None, ["line %d: bad register prefix" % line_no]
    reg, body = m.group(1), m.group(2)
    body = body.replace("\\n", "\n")
    text_parts = []
    labels = []
    pos = 0
    out_len = 0
    for mm in MARK.finditer(body):
        before = body[pos:mm.start()]
        text_parts.append(before)
        out_len += len(before)
        kind, span = mm.group(1), mm.group(2)
        start = out_len
        text_parts.append(span)
        out_len += len(span)
        labels.append({"kind": kind, "start": start, "end": out_len, "_span": span})
        pos = mm.end()
    text_parts.append(body[pos:])
    text = "".join(text_parts)
    for bad in ("{{", "}}", "|"):
        if bad in text:
            errors.append("line %d: stray %r left in text" % (line_no, bad))
    if text != text.strip():
        errors.append("line %d: text has leading/trailing whitespace" % line_no)
    prev_end = -1
    for lab in labels:
        kind, span = lab["kind"], lab["_span"]
        where = "line %d label %r" % (line_no, span)
        if kind not in KINDS:
            errors.append("%s: invalid kind %r" % (where, kind))
        if not span:
            errors.append("%s: empty span" % where)
            continue
        if span != span.strip():
            errors.append("%s: leading/trailing whitespace" % where)
        if text[lab["start"]:lab["end"]] != span:
            errors.append("%s: offsets do not reproduce the span" % where)
        if lab["start"] < prev_end:
            errors.append("%s: overlaps previous label" % where)
        prev_end = lab["end"]
        err = None
        if kind == "phone":
            err = check_phone(span)
        elif kind == "email":
            err = check_email(span)
        elif kind == "ssn":
            err = check_ssn(span)
        if err:
            errors.append("%s: %s" % (where, err))
    return reg, {"text": text, "labels": [{k: l[k] for k in ("kind", "start", "end")} for l in labels]}, errors


def main():
    errors = []
    items = []
    regs = []
    seen = {}
    with open(SRC, encoding="utf-8") as f:
        for i, raw in enumerate(f, 1):
            raw = raw.rstrip("\n")
            if not raw.strip() or raw.startswith("#"):
                continue
            reg, item, errs = parse(i, raw)
            errors.extend(errs)
            if item is None:
                continue
            key = item["text"]
            if key in seen:
                errors.append("line %d: duplicate text of line %d" % (i, seen[key]))
            seen[key] = i
            # unlabelled look-alikes worth a second look (info only)
            lab_ranges = [(l["start"], l["end"]) for l in item["labels"]]
            for pat in (r"\S+@\S+", r"555[-. ]?01\d\d"):
                for mm in re.finditer(pat, item["text"]):
                    if not any(s <= mm.start() < e for s, e in lab_ranges):
                        print("info line %d: unlabelled look-alike %r" % (i, mm.group(0)))
            items.append(item)
            regs.append(reg)

    with open(OUT, "w", encoding="utf-8") as f:
        for item in items:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")

    # re-read the written file and verify it
    back = []
    with open(OUT, encoding="utf-8") as f:
        for line in f:
            back.append(json.loads(line))
    if len(back) != len(items):
        errors.append("re-read count mismatch")
    kinds = Counter()
    per_reg = Counter()
    clean_reg = Counter()
    for obj, reg in zip(back, regs):
        if set(obj) != {"text", "labels"}:
            errors.append("unexpected keys %r" % sorted(obj))
        last = -1
        for lab in obj["labels"]:
            if lab["kind"] not in KINDS or not (0 <= lab["start"] < lab["end"] <= len(obj["text"])):
                errors.append("bad label after re-read in %r" % obj["text"][:40])
            if lab["start"] < last:
                errors.append("overlap after re-read in %r" % obj["text"][:40])
            last = lab["end"]
            seg = obj["text"][lab["start"]:lab["end"]]
            if seg != seg.strip() or not seg:
                errors.append("whitespace edge after re-read: %r" % seg)
            kinds[lab["kind"]] += 1
        per_reg[reg] += 1
        if not obj["labels"]:
            clean_reg[reg] += 1
    if len(set(o["text"] for o in back)) != len(back):
        errors.append("duplicate texts after re-read")

    total = len(back)
    clean = sum(clean_reg.values())
    print("items: %d   clean: %d   labelled: %d" % (total, clean, total - clean))
    print("labels per kind:")
    for k in KINDS:
        print("  %-12s %d" % (k, kinds[k]))
    print("  %-12s %d" % ("total", sum(kinds.values())))
    print("per register (items / clean):")
    for r in REGISTERS:
        print("  %s  %3d / %3d" % (r, per_reg[r], clean_reg[r]))
    if total < 460:
        errors.append("fewer than 460 items (%d)" % total)
    if clean < 260:
        errors.append("fewer than 260 clean items (%d)" % clean)
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
