#!/usr/bin/env python3
"""Build lines.jsonl from templates.txt for blind set heldout41 (standard library only).

Template format, one item per line:
    R<n> <text with marks {{kind|span}}>
Escapes in a template: \\n -> line break, \\t -> tab, \\\\ -> one backslash.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "templates.txt")
OUT = os.path.join(HERE, "lines.jsonl")

KINDS = ["name", "phone", "email", "address", "dob", "case_number", "ssn", "id_number"]
REGISTERS = ["R1", "R2", "R3", "R4", "R5", "R6", "R7"]
MIN_ITEMS = 460
MIN_CLEAN = 260

TOKEN = re.compile(r"\{\{([a-z_]+)\|([^{}|]+)\}\}|\\(.)", re.S)
EMAIL_OK = re.compile(r"^[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)*example\.(?:com|org|net)$")
EMAIL_ANY = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]{2,}")
PHONE_ANY = re.compile(r"555[-. ]?01\d\d")
SSN_ANY = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")
DIGIT_WORDS = {"zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3",
               "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
NUMBER_WORDS = set(DIGIT_WORDS) | {"first", "second", "third", "fourth", "fifth", "sixth",
                                   "seventh", "eighth", "ninth", "tenth", "twentieth"}

errors = []


def err(lineno, msg):
    errors.append(f"templates.txt:{lineno}: {msg}")


def unescape(s):
    return s.replace("\\\\", "\x00").replace("\\n", "\n").replace("\\t", "\t").replace("\x00", "\\")


def spoken_digits(span):
    out = []
    for tok in re.findall(r"[A-Za-z]+|\d", span):
        low = tok.lower()
        if tok.isdigit():
            out.append(tok)
        elif low in DIGIT_WORDS:
            out.append(DIGIT_WORDS[low])
    return "".join(out)


def parse(lineno, body):
    text, labels, pos = [], [], 0
    length = 0
    for m in TOKEN.finditer(body):
        lit = body[pos:m.start()]
        text.append(lit)
        length += len(lit)
        if m.group(1) is not None:
            kind, span = m.group(1), unescape(m.group(2))
            labels.append({"kind": kind, "start": length, "end": length + len(span), "_span": span})
            text.append(span)
            length += len(span)
        else:
            ch = m.group(3)
            rep = {"n": "\n", "t": "\t", "\\": "\\"}.get(ch)
            if rep is None:
                err(lineno, f"unknown escape \\{ch}")
                rep = "\\" + ch
            text.append(rep)
            length += len(rep)
        pos = m.end()
    text.append(body[pos:])
    return "".join(text), labels


def check_label(lineno, text, lab):
    kind, span = lab["kind"], lab["_span"]
    if kind not in KINDS:
        err(lineno, f"invalid kind {kind!r}")
    if text[lab["start"]:lab["end"]] != span:
        err(lineno, f"offset mismatch for {span!r}")
    if span != span.strip() or not span:
        err(lineno, f"leading/trailing whitespace in {span!r}")
    if kind == "phone":
        d = spoken_digits(span)
        if not re.fullmatch(r"\d*55501\d\d", d) or len(d) < 7:
            err(lineno, f"phone not in 555-01xx range: {span!r} -> {d}")
    elif kind == "email":
        if not EMAIL_OK.match(span):
            err(lineno, f"e-mail not at an example domain: {span!r}")
    elif kind == "ssn":
        d = re.sub(r"\D", "", span)
        if len(d) == 9:
            if not (d.startswith("000") or d.startswith("9")):
                err(lineno, f"SSN not in an invented range: {span!r}")
            if re.sub(r"[\d\- ]", "", span):
                err(lineno, f"SSN span holds more than the number: {span!r}")
        elif len(d) == 4:
            if span != d:
                err(lineno, f"SSN last-four span should be the four digits only: {span!r}")
        else:
            err(lineno, f"SSN is neither 9 digits nor a last four: {span!r}")
    elif kind == "dob":
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", span)}
        if not re.search(r"\d", span) and not (words & NUMBER_WORDS):
            err(lineno, f"dob without a day: {span!r}")
        if re.fullmatch(r"\d{4}", span.strip()):
            err(lineno, f"dob is a year alone: {span!r}")
    elif kind in ("case_number", "id_number"):
        if not re.search(r"\d", span):
            err(lineno, f"{kind} without a digit: {span!r}")
        if re.match(r"(?i)(case|mrn|dob|id|no\.?|#)\s", span):
            err(lineno, f"{kind} span starts with a word: {span!r}")


def main():
    items = []
    seen = {}
    with open(SRC, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            raw = raw.rstrip("\n")
            if not raw.strip() or raw.startswith("#"):
                continue
            m = re.match(r"^(R[1-7]) (.+)$", raw)
            if not m:
                err(lineno, "line does not start with a register R1..R7 and a space")
                continue
            reg, body = m.groups()
            text, labels = parse(lineno, body)
            if "{{" in text or "}}" in text:
                err(lineno, "unparsed mark left in text")
            if text != text.strip():
                err(lineno, "item has leading/trailing whitespace")
            last_end = -1
            for lab in sorted(labels, key=lambda l: l["start"]):
                if lab["start"] < last_end:
                    err(lineno, f"overlapping label at {lab['_span']!r}")
                last_end = lab["end"]
                check_label(lineno, text, lab)
            masked = list(text)
            for lab in labels:
                for i in range(lab["start"], lab["end"]):
                    masked[i] = " "
            masked = "".join(masked)
            for pat, what in ((EMAIL_ANY, "e-mail"), (PHONE_ANY, "555-01xx phone"), (SSN_ANY, "SSN-shaped number")):
                hit = pat.search(masked)
                if hit:
                    err(lineno, f"unlabelled {what}: {hit.group(0)!r}")
            if text in seen:
                err(lineno, f"duplicate text (first at line {seen[text]})")
            seen[text] = lineno
            items.append((reg, text, [{"kind": l["kind"], "start": l["start"], "end": l["end"]} for l in labels]))

    with open(OUT, "w", encoding="utf-8") as fh:
        for _, text, labels in items:
            fh.write(json.dumps({"text": text, "labels": labels}, ensure_ascii=False) + "\n")

    # Re-read what was written and check it again.
    back = []
    with open(OUT, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            obj = json.loads(line)
            if set(obj) != {"text", "labels"}:
                errors.append(f"lines.jsonl:{n}: unexpected fields {sorted(obj)}")
            prev = -1
            for lab in obj["labels"]:
                if set(lab) != {"kind", "start", "end"} or lab["kind"] not in KINDS:
                    errors.append(f"lines.jsonl:{n}: bad label {lab}")
                if not (0 <= lab["start"] < lab["end"] <= len(obj["text"])) or lab["start"] < prev:
                    errors.append(f"lines.jsonl:{n}: bad offsets {lab}")
                prev = lab["end"]
                span = obj["text"][lab["start"]:lab["end"]]
                if span != span.strip():
                    errors.append(f"lines.jsonl:{n}: whitespace at span edge")
            back.append(obj)
    if len(back) != len(items) or any(b["text"] != i[1] or b["labels"] != i[2] for b, i in zip(back, items)):
        errors.append("lines.jsonl does not read back as written")
    if len({b["text"] for b in back}) != len(back):
        errors.append("lines.jsonl has duplicate texts")

    kinds = Counter(l["kind"] for b in back for l in b["labels"])
    clean = sum(1 for b in back if not b["labels"])
    per_reg = Counter(r for r, _, _ in items)
    clean_reg = Counter(r for r, _, l in items if not l)
    lab_reg = Counter(r for r, _, l in items for _ in l)
    multiline = sum(1 for b in back if "\n" in b["text"])

    if len(back) < MIN_ITEMS:
        errors.append(f"only {len(back)} items, need at least {MIN_ITEMS}")
    if clean < MIN_CLEAN:
        errors.append(f"only {clean} clean items, need at least {MIN_CLEAN}")

    print(f"items: {len(back)}   clean: {clean}   with labels: {len(back) - clean}   multi-line: {multiline}")
    print("labels per kind:")
    for k in KINDS:
        print(f"  {k:12s} {kinds.get(k, 0)}")
    print(f"  {'total':12s} {sum(kinds.values())}")
    print("register  items  clean  labels")
    for r in REGISTERS:
        print(f"  {r}      {per_reg.get(r, 0):5d}  {clean_reg.get(r, 0):5d}  {lab_reg.get(r, 0):6d}")
    if errors:
        print(f"\n{len(errors)} ERROR(S):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
