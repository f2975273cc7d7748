#!/usr/bin/env python3
"""Build lines.jsonl from templates.txt and check every item and label.

Run as a script:  python3 build.py
Standard library only. Exits non-zero if any check fails.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "templates.txt")
OUT = os.path.join(HERE, "lines.jsonl")

KINDS = ("name", "phone", "email", "address", "dob", "case_number", "ssn", "id_number")
REGISTERS = ("R1", "R2", "R3", "R4", "R5", "R6", "R7")
REGISTER_NAMES = {
    "R1": "Hotline intake and screening",
    "R2": "Forensic interviews and child advocacy centers",
    "R3": "Vital records and identity documents",
    "R4": "Disasters and emergencies",
    "R5": "College and higher education for youth in care",
    "R6": "Case-management system help-desk tickets",
    "R7": "Home visiting and in-home prevention services",
}

MARK = re.compile(r"\{\{([^{}|]*)\|([^{}|]*)\}\}")

PHONE_555 = re.compile(r"555[-. ]?01\d\d")
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
EMAIL_OK = re.compile(r"^[A-Za-z0-9._%+-]+@example\.(?:com|org|net)$")
SSN_SHAPE = re.compile(r"(?<![\w-])\d{3}[- ]\d{2}[- ]\d{4}(?![\w-])")
NINE_DIGITS = re.compile(r"(?<![\w-])\d{9}(?![\w-])")
SPELLED_555 = re.compile(r"five[\s,-]+five[\s,-]+five", re.I)
NUMBER_WORDS = re.compile(r"\b(zero|oh|one|two|three|four|five|six|seven|eight|nine)\b", re.I)

errors = []


def err(lineno, msg):
    errors.append("templates.txt line %d: %s" % (lineno, msg))


def parse(lineno, raw):
    """Return (register, text, labels, spans) for one source line."""
    if len(raw) < 4 or raw[2] != " " or raw[:2] not in REGISTERS:
        err(lineno, "does not start with a register tag R1..R7 and a space")
        return None
    reg, body = raw[:2], raw[3:]
    body = body.replace("\\n", "\n")
    text_parts = []
    labels = []
    spans = []
    pos = 0
    out_len = 0
    for m in MARK.finditer(body):
        before = body[pos:m.start()]
        text_parts.append(before)
        out_len += len(before)
        kind, span = m.group(1), m.group(2)
        if kind not in KINDS:
            err(lineno, "unknown kind %r" % kind)
        if not span:
            err(lineno, "empty span for kind %r" % kind)
        if span != span.strip():
            err(lineno, "span %r has leading or trailing space" % span)
        start = out_len
        text_parts.append(span)
        out_len += len(span)
        labels.append({"kind": kind, "start": start, "end": out_len})
        spans.append((kind, span))
        pos = m.end()
    tail = body[pos:]
    text_parts.append(tail)
    text = "".join(text_parts)
    if "{{" in text or "}}" in text:
        err(lineno, "mark text left over after stripping")
    if text != text.strip():
        err(lineno, "item text has leading or trailing whitespace")
    if not text:
        err(lineno, "empty item")
    return reg, text, labels, spans


def check_item(lineno, text, labels):
    # ordering and overlaps
    prev_end = -1
    for lab in labels:
        if lab["start"] >= lab["end"]:
            err(lineno, "empty label %r" % lab)
        if lab["start"] < prev_end:
            err(lineno, "overlapping labels at %d" % lab["start"])
        prev_end = lab["end"]
        s = text[lab["start"]:lab["end"]]
        if s != s.strip():
            err(lineno, "label %r has leading or trailing space" % s)
        kind = lab["kind"]
        if kind == "email":
            norm = s
            if "@" not in s:
                norm = re.sub(r"\s+(?:at)\s+", "@", s, flags=re.I)
                norm = re.sub(r"\s+(?:dot)\s+", ".", norm, flags=re.I)
                norm = norm.replace(" ", "")
            if not EMAIL_OK.match(norm):
                err(lineno, "email label %r is not at example.com/.org/.net" % s)
        elif kind == "phone":
            if re.search(r"\d", s):
                if not PHONE_555.search(s):
                    err(lineno, "phone label %r is not in 555-01xx" % s)
            else:
                if not (SPELLED_555.search(s) and NUMBER_WORDS.search(s)):
                    err(lineno, "spelled-out phone label %r does not read as 555-01xx" % s)
        elif kind == "ssn":
            digits = re.sub(r"\D", "", s)
            if len(digits) == 9:
                if not (digits.startswith("000") or digits.startswith("9")):
                    err(lineno, "full SSN %r does not start with 000 or 9" % s)
            elif len(digits) != 4:
                err(lineno, "ssn label %r is neither 9 digits nor a last four" % s)
        else:
            if SSN_SHAPE.fullmatch(s):
                err(lineno, "%s label %r is SSN-shaped" % (kind, s))
    # safety nets outside labels
    masked = list(text)
    for lab in labels:
        for i in range(lab["start"], lab["end"]):
            masked[i] = "\u2588"
    masked = "".join(masked)
    for rx, what in ((PHONE_555, "555-01xx number"), (EMAIL, "e-mail"),
                     (SSN_SHAPE, "SSN-shaped number"), (NINE_DIGITS, "nine-digit number"),
                     (SPELLED_555, "spelled-out 555 number")):
        for m in rx.finditer(masked):
            err(lineno, "%s %r left outside a label" % (what, m.group(0)))


def main():
    with open(SRC, encoding="utf-8") as f:
        raw_lines = f.read().split("\n")
    items = []  # (lineno, reg, text, labels, spans)
    for lineno, raw in enumerate(raw_lines, 1):
        if not raw.strip():
            continue
        if raw != raw.rstrip() or raw != raw.lstrip():
            err(lineno, "source line has leading or trailing whitespace")
            raw = raw.strip()
        parsed = parse(lineno, raw)
        if parsed is None:
            continue
        reg, text, labels, spans = parsed
        check_item(lineno, text, labels)
        items.append((lineno, reg, text, labels, spans))

    seen = {}
    for lineno, reg, text, labels, spans in items:
        if text in seen:
            err(lineno, "duplicate text (same as line %d)" % seen[text])
        else:
            seen[text] = lineno

    if errors:
        for e in errors:
            print(e, file=sys.stderr)
        print("FAILED: %d error(s)" % len(errors), file=sys.stderr)
        return 1

    with open(OUT, "w", encoding="utf-8") as f:
        for lineno, reg, text, labels, spans in items:
            f.write(json.dumps({"text": text, "labels": labels}, ensure_ascii=False) + "\n")

    # re-read and re-check every span against the source marks
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(line) for line in f if line.strip()]
    if len(back) != len(items):
        errors.append("lines.jsonl has %d rows, expected %d" % (len(back), len(items)))
    for row, (lineno, reg, text, labels, spans) in zip(back, items):
        if set(row) != {"text", "labels"}:
            err(lineno, "unexpected fields in output row: %r" % sorted(row))
        if row["text"] != text:
            err(lineno, "text changed on round trip")
        if len(row["labels"]) != len(spans):
            err(lineno, "label count changed on round trip")
            continue
        for lab, (kind, span) in zip(row["labels"], spans):
            if set(lab) != {"kind", "start", "end"}:
                err(lineno, "unexpected label fields %r" % sorted(lab))
            if lab["kind"] != kind:
                err(lineno, "kind changed on round trip")
            if row["text"][lab["start"]:lab["end"]] != span:
                err(lineno, "span %r does not match text at %d:%d" % (span, lab["start"], lab["end"]))
        check_item(lineno, row["text"], row["labels"])
    if errors:
        for e in errors:
            print(e, file=sys.stderr)
        print("FAILED after re-read: %d error(s)" % len(errors), file=sys.stderr)
        return 1

    per_reg = collections.OrderedDict((r, [0, 0, 0]) for r in REGISTERS)  # items, clean, labels
    per_kind = collections.Counter()
    per_reg_kind = collections.defaultdict(collections.Counter)
    for lineno, reg, text, labels, spans in items:
        per_reg[reg][0] += 1
        if not labels:
            per_reg[reg][1] += 1
        per_reg[reg][2] += len(labels)
        for lab in labels:
            per_kind[lab["kind"]] += 1
            per_reg_kind[reg][lab["kind"]] += 1

    print("register  items  clean  labels  register name")
    for reg, (n, c, l) in per_reg.items():
        print("%-8s  %5d  %5d  %6d  %s" % (reg, n, c, l, REGISTER_NAMES[reg]))
    tot_n = sum(v[0] for v in per_reg.values())
    tot_c = sum(v[1] for v in per_reg.values())
    tot_l = sum(v[2] for v in per_reg.values())
    print("%-8s  %5d  %5d  %6d" % ("total", tot_n, tot_c, tot_l))
    print()
    print("labels per kind:")
    for k in KINDS:
        print("  %-12s %4d" % (k, per_kind[k]))
    print()
    print("labels per register and kind:")
    print("  %-4s " % "" + " ".join("%11s" % k for k in KINDS))
    for reg in REGISTERS:
        print("  %-4s " % reg + " ".join("%11d" % per_reg_kind[reg][k] for k in KINDS))
    print()
    print("OK: %d items written to lines.jsonl, all checks passed." % tot_n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
