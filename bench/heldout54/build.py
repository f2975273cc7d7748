#!/usr/bin/env python3
"""Build lines.jsonl from templates.txt (held-out set 54). Standard library only.

Run as a script: python3 build.py
"""
import sys
sys.dont_write_bytecode = True

import json
import os
import re
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "templates.txt")
OUT = os.path.join(HERE, "lines.jsonl")

KINDS = {"name", "phone", "email", "address", "dob", "case_number", "ssn", "id_number"}
TAGS = ["R%d" % i for i in range(1, 8)]
MARK = re.compile(r"\{\{([^{}|]*)\|([^{}|]*)\}\}")

WORDNUM = {"zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3",
           "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}

errors = []


def err(lineno, msg):
    errors.append("line %d: %s" % (lineno, msg))


def unescape(s):
    return s.replace("\\n", "\n")


def phone_digits(span):
    out = []
    for tok in re.findall(r"[A-Za-z]+|\d", span):
        low = tok.lower()
        if tok.isdigit():
            out.append(tok)
        elif low in WORDNUM:
            out.append(WORDNUM[low])
        elif low == "double" or low == "triple":
            out.append("*" + low)
        else:
            pass
    # expand "double five" etc.
    digits = []
    i = 0
    while i < len(out):
        t = out[i]
        if t.startswith("*") and i + 1 < len(out) and out[i + 1].isdigit():
            digits.append(out[i + 1] * (2 if t == "*double" else 3))
            i += 2
            continue
        if not t.startswith("*"):
            digits.append(t)
        i += 1
    return "".join(digits)


def email_norm(span):
    s = span.strip().lower()
    s = re.sub(r"\s*[\[(]?\s*\bat\b\s*[\])]?\s*", "@", s) if "@" not in s else s
    s = re.sub(r"\s*[\[(]?\s*\bdot\b\s*[\])]?\s*", ".", s)
    s = s.replace(" ", "")
    return s


def parse(lineno, body):
    """Return plain text and a list of (kind, start, end, span)."""
    text_parts = []
    labels = []
    pos = 0
    length = 0
    for m in MARK.finditer(body):
        before = unescape(body[pos:m.start()])
        text_parts.append(before)
        length += len(before)
        kind, span = m.group(1), unescape(m.group(2))
        if kind not in KINDS:
            err(lineno, "unknown kind %r" % kind)
        if not span:
            err(lineno, "empty span")
        elif span != span.strip():
            err(lineno, "span with leading/trailing space: %r" % span)
        labels.append((kind, length, length + len(span), span))
        text_parts.append(span)
        length += len(span)
        pos = m.end()
    rest = unescape(body[pos:])
    text_parts.append(rest)
    text = "".join(text_parts)
    if "{{" in text or "}}" in text:
        err(lineno, "mark text left over")
    return text, labels


def mask(text, labels):
    chars = list(text)
    for _, s, e, _ in labels:
        for i in range(s, e):
            chars[i] = " "
    return "".join(chars)


PHONE_OUT = re.compile(r"555\s*[-.\u2011\u2013 ]?\s*01\d\d")
SPELLED_OUT = re.compile(r"\bfive[\s,-]+five[\s,-]+five\b|\btriple five\b", re.I)
EMAIL_OUT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
EMAIL_SPELLED_OUT = re.compile(r"\bat\s+example\s+dot\b", re.I)
SSN_OUT = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)|(?<!\d)\d{9}(?!\d)")


def safety(lineno, text, labels):
    for kind, s, e, span in labels:
        if kind == "email":
            n = email_norm(span)
            if not re.fullmatch(r"[a-z0-9._+-]+@(?:[a-z0-9-]+\.)*example\.(?:com|org|net)", n):
                err(lineno, "e-mail label not at example.com/.org/.net: %r" % span)
        elif kind == "phone":
            d = phone_digits(span)
            if not re.fullmatch(r"(?:1?\d{3})?55501\d\d", d):
                err(lineno, "phone label not 555-01xx: %r -> %r" % (span, d))
        elif kind == "ssn":
            d = re.sub(r"\D", "", span)
            if len(d) == 9:
                if not (d.startswith("000") or d.startswith("9")):
                    err(lineno, "full SSN not starting with 000 or 9: %r" % span)
            elif len(d) != 4:
                err(lineno, "SSN label neither full nor last four: %r" % span)
        elif kind == "name":
            # the same name left unlabelled elsewhere in the item
            masked = mask(text, labels)
            if re.search(r"(?<![\w'])" + re.escape(span) + r"(?![\w])", masked):
                err(lineno, "name %r also appears unlabelled" % span)
    masked = mask(text, labels)
    for rx, what in ((PHONE_OUT, "555-01xx number"), (SPELLED_OUT, "spelled-out 555"),
                     (EMAIL_OUT, "e-mail"), (EMAIL_SPELLED_OUT, "spelled-out e-mail"),
                     (SSN_OUT, "SSN-shaped number")):
        m = rx.search(masked)
        if m:
            err(lineno, "%s outside a label: %r" % (what, m.group(0)))


def main():
    items = []
    seen = {}
    with open(SRC, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip():
                continue
            tag = line[:2]
            if tag not in TAGS or line[2:3] != " ":
                err(lineno, "line does not start with a register tag")
                continue
            body = line[3:]
            if body != body.strip():
                err(lineno, "item with leading/trailing space")
            text, labels = parse(lineno, body)
            for i in range(1, len(labels)):
                if labels[i][1] < labels[i - 1][2]:
                    err(lineno, "overlapping labels")
            safety(lineno, text, labels)
            if text in seen:
                err(lineno, "duplicate text (first at line %d)" % seen[text])
            seen[text] = lineno
            items.append((lineno, tag, text, labels))

    if errors:
        for e in errors:
            print("ERROR", e)
        print("%d error(s); lines.jsonl not written" % len(errors))
        sys.exit(1)

    with open(OUT, "w", encoding="utf-8") as f:
        for _, _, text, labels in items:
            rec = {"text": text,
                   "labels": [{"kind": k, "start": s, "end": e} for k, s, e, _ in labels]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # re-read and re-check against the source marks
    with open(OUT, encoding="utf-8") as f:
        recs = [json.loads(l) for l in f]
    assert len(recs) == len(items), "record count differs"
    for rec, (lineno, tag, text, labels) in zip(recs, items):
        assert set(rec) == {"text", "labels"}, lineno
        assert rec["text"] == text, lineno
        assert len(rec["labels"]) == len(labels), lineno
        for lab, (k, s, e, span) in zip(rec["labels"], labels):
            assert lab["kind"] == k, lineno
            got = rec["text"][lab["start"]:lab["end"]]
            assert got == span, "line %d: %r != %r" % (lineno, got, span)
            assert got and got == got.strip(), lineno

    per_reg = Counter()
    clean_reg = Counter()
    per_kind = Counter()
    for _, tag, _, labels in items:
        per_reg[tag] += 1
        if not labels:
            clean_reg[tag] += 1
        for k, *_ in labels:
            per_kind[k] += 1
    print("register  items  clean")
    for t in TAGS:
        print("%-8s  %5d  %5d" % (t, per_reg[t], clean_reg[t]))
    print("%-8s  %5d  %5d" % ("total", len(items), sum(clean_reg.values())))
    print("labels per kind:")
    for k in sorted(KINDS):
        print("  %-12s %4d" % (k, per_kind[k]))
    print("  %-12s %4d" % ("total", sum(per_kind.values())))
    print("OK: %d items written to lines.jsonl, re-read and re-checked" % len(items))


if __name__ == "__main__":
    main()
