#!/usr/bin/env python3
"""Build lines.jsonl from templates.txt (standard library only).

templates.txt: one item per line, "R1 " .. "R7 " tag, identifiers marked inline as
{{kind|span}}, a literal backslash-n stands for a line break inside an item.

Every check runs before anything is written; lines.jsonl is written to a temporary
file, re-read and re-checked, and only then moved into place.
"""
import json
import os
import re
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "templates.txt")
OUT = os.path.join(HERE, "lines.jsonl")
TMP = OUT + ".tmp"

KINDS = ("name", "phone", "email", "address", "dob", "case_number", "ssn", "id_number")
TAGS = tuple("R%d" % i for i in range(1, 8))
MARK = re.compile(r"\{\{([a-z_]+)\|(.*?)\}\}")
LINE = re.compile(r"^(R[1-7]) (.+)$")

DIGIT_WORDS = {
    "zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE_555_RE = re.compile(r"555[\s.\-]?01\d\d")
SSN_SHAPE_RE = re.compile(r"(?<![\w-])\d{3}([- ])\d{2}\1\d{4}(?![\w-])")
SPELLED_DOMAIN_RE = re.compile(r"example\s*(?:dot|\.|\(dot\)|\[dot\])\s*(?:com|org|net)", re.I)

errors = []


def err(lineno, msg):
    errors.append("line %d: %s" % (lineno, msg))


def parse(lineno, body):
    """Return (text, labels, spans) for one template body."""
    text_parts = []
    labels = []
    spans = []
    pos = 0
    length = 0
    for m in MARK.finditer(body):
        plain = body[pos:m.start()].replace("\\n", "\n")
        text_parts.append(plain)
        length += len(plain)
        kind, span = m.group(1), m.group(2).replace("\\n", "\n")
        if kind not in KINDS:
            err(lineno, "unknown kind %r" % kind)
        if not span:
            err(lineno, "empty span")
        elif span != span.strip():
            err(lineno, "span with leading/trailing space: %r" % span)
        if "{{" in span or "}}" in span or "|" in span:
            err(lineno, "mark text inside span %r" % span)
        start = length
        text_parts.append(span)
        length += len(span)
        labels.append({"kind": kind, "start": start, "end": length})
        spans.append(span)
        pos = m.end()
    plain = body[pos:].replace("\\n", "\n")
    text_parts.append(plain)
    text = "".join(text_parts)
    return text, labels, spans


def phone_ok(span):
    digits = re.sub(r"\D", "", span)
    if digits:
        return "55501" in digits and re.search(r"55501\d\d", digits) is not None
    words = re.findall(r"[a-z]+", span.lower())
    seq = "".join(DIGIT_WORDS.get(w, "") for w in words)
    return bool(words) and re.search(r"55501\d\d", seq) is not None


def email_ok(span):
    s = span.lower().strip()
    s = re.sub(r"\s*(\(at\)|\[at\]|\bat\b)\s*", "@", s)
    s = re.sub(r"\s*(\(dot\)|\[dot\]|\bdot\b)\s*", ".", s)
    s = s.replace(" ", "")
    m = re.fullmatch(r"[\w.+-]+@(example\.(?:com|org|net))", s)
    return m is not None


def ssn_ok(span):
    digits = re.sub(r"\D", "", span)
    if len(digits) == 4:
        return True
    if len(digits) == 9:
        return digits.startswith("000") or digits.startswith("9")
    return False


def outside(text, labels):
    """Text with every labelled span blanked out (same length)."""
    chars = list(text)
    for lab in labels:
        for i in range(lab["start"], lab["end"]):
            chars[i] = " "
    return "".join(chars)


def main():
    if not os.path.exists(SRC):
        print("templates.txt missing", file=sys.stderr)
        return 1
    items = []
    seen = {}
    with open(SRC, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip():
                continue
            m = LINE.match(line)
            if not m:
                err(lineno, "line does not start with a register tag R1..R7 and a space")
                continue
            tag, body = m.group(1), m.group(2)
            text, labels, spans = parse(lineno, body)
            if "{{" in text or "}}" in text:
                err(lineno, "mark text left over")
            if "\\n" in text or "\\" in text:
                err(lineno, "backslash left in text")
            if text != text.strip():
                err(lineno, "item with leading/trailing whitespace")
            if not text.strip():
                err(lineno, "empty item")
            if text in seen:
                err(lineno, "duplicate of line %d" % seen[text])
            seen.setdefault(text, lineno)
            prev_end = -1
            for lab, span in zip(labels, spans):
                if lab["start"] < prev_end:
                    err(lineno, "overlapping labels")
                if lab["end"] <= lab["start"]:
                    err(lineno, "empty label")
                if text[lab["start"]:lab["end"]] != span:
                    err(lineno, "offset mismatch for %r" % span)
                prev_end = lab["end"]
                k = lab["kind"]
                if k == "email" and not email_ok(span):
                    err(lineno, "e-mail not at example.com/.org/.net: %r" % span)
                if k == "phone" and not phone_ok(span):
                    err(lineno, "phone not 555-01xx nor spelled out 555-01xx: %r" % span)
                if k == "ssn" and not ssn_ok(span):
                    err(lineno, "SSN must be last four or a full number starting 000 or 9: %r" % span)
            rest = outside(text, labels)
            if EMAIL_RE.search(rest) or SPELLED_DOMAIN_RE.search(rest) or re.search(r"example\.(com|org|net)", rest):
                err(lineno, "e-mail left outside a label")
            if PHONE_555_RE.search(rest):
                err(lineno, "555-01xx number left outside a label")
            if SSN_SHAPE_RE.search(rest):
                err(lineno, "SSN-shaped number left outside a label")
            items.append((lineno, tag, text, labels, spans))

    n = len(items)
    clean = sum(1 for it in items if not it[3])
    if not 535 <= n <= 560:
        errors.append("item count %d outside 535..560" % n)
    if clean < 300:
        errors.append("only %d clean items (need at least 300)" % clean)

    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print("%d error(s); nothing written" % len(errors), file=sys.stderr)
        return 1

    with open(TMP, "w", encoding="utf-8") as fh:
        for _, _, text, labels, _ in items:
            fh.write(json.dumps({"text": text, "labels": labels}, ensure_ascii=False) + "\n")

    # re-read and re-check every span against the source marks
    problems = []
    with open(TMP, encoding="utf-8") as fh:
        rows = [json.loads(l) for l in fh if l.strip()]
    if len(rows) != n:
        problems.append("re-read %d rows, expected %d" % (len(rows), n))
    for row, (lineno, _, text, labels, spans) in zip(rows, items):
        if set(row) != {"text", "labels"}:
            problems.append("line %d: unexpected fields %s" % (lineno, sorted(row)))
        if row["text"] != text:
            problems.append("line %d: text changed on re-read" % lineno)
        if len(row["labels"]) != len(spans):
            problems.append("line %d: label count changed" % lineno)
        for lab, span in zip(row["labels"], spans):
            if row["text"][lab["start"]:lab["end"]] != span:
                problems.append("line %d: span %r does not match on re-read" % (lineno, span))
            if lab["kind"] not in KINDS:
                problems.append("line %d: bad kind on re-read" % lineno)
    if problems:
        os.remove(TMP)
        for p in problems:
            print("ERROR", p, file=sys.stderr)
        print("re-check failed; nothing written", file=sys.stderr)
        return 1
    os.replace(TMP, OUT)

    per_reg = OrderedDict((t, [0, 0]) for t in TAGS)
    kinds = Counter()
    for _, tag, _, labels, _ in items:
        per_reg[tag][0] += 1
        if not labels:
            per_reg[tag][1] += 1
        for lab in labels:
            kinds[lab["kind"]] += 1
    print("register  items  clean")
    for t, (a, c) in per_reg.items():
        print("%-8s  %5d  %5d" % (t, a, c))
    print("%-8s  %5d  %5d" % ("total", n, clean))
    print()
    print("kind         labels")
    for k in KINDS:
        print("%-12s %6d" % (k, kinds[k]))
    print("%-12s %6d" % ("total", sum(kinds.values())))
    print()
    print("OK: %d items written to lines.jsonl" % n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
