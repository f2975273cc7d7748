#!/usr/bin/env python3
"""Build lines.jsonl for heldout33 from templates.txt (standard library only).

templates.txt: one item per line, REGISTER<TAB>text, identifiers marked inline as
[[kind:text]]; the two characters \\n and \\t in a text stand for a line break and a tab;
lines starting with # are comments. Exits non-zero on any problem.
"""
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "templates.txt")
OUT = os.path.join(HERE, "lines.jsonl")

KINDS = ["name", "phone", "email", "address", "dob", "case_number", "ssn", "id_number"]
REGISTERS = ["dictated", "email", "supervision", "referrals", "newcomers", "reflection", "transfer"]
MARK = re.compile(r"\[\[([^:\[\]]*):(.*?)\]\]")

WORDNUM = {"zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3",
           "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
TEENS = {"ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
         "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19",
         "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60",
         "seventy": "70", "eighty": "80", "ninety": "90", "hundred": "00"}


def spoken_digits(s):
    """Digits of a number written with figures and/or spoken words (oh, double five ...)."""
    out = []
    repeat = 1
    toks = re.findall(r"[A-Za-z]+|\d", s.lower())
    for i, tok in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if out and out[-1] == "TENS":
            out.pop()
            tens = out.pop()
            if tok in WORDNUM and WORDNUM[tok] != "0":
                out.append(tens + WORDNUM[tok])
                continue
            out.append(tens + "0")
        if tok.isdigit():
            out.append(tok * repeat)
            repeat = 1
        elif tok == "double":
            repeat = 2
        elif tok == "triple":
            repeat = 3
        elif tok in WORDNUM:
            out.append(WORDNUM[tok] * repeat)
            repeat = 1
        elif tok in TEENS:
            if TEENS[tok].endswith("0") and tok not in ("ten", "hundred"):
                out.extend([TEENS[tok][0], "TENS"])
            else:
                out.append(TEENS[tok])
            repeat = 1
    if out and out[-1] == "TENS":
        out.pop()
        out.append(out.pop() + "0")
    return "".join(out)


def check_phone(s):
    d = spoken_digits(s)
    return len(d) >= 7 and re.fullmatch(r"55501\d\d", d[-7:]) is not None


def check_email(s):
    t = s.lower().strip()
    t = re.sub(r"\s*\(?\bat\b\)?\s*|\s*\[at\]\s*", "@", t)
    t = re.sub(r"\s*\(?\bdot\b\)?\s*|\s*\[dot\]\s*", ".", t)
    t = t.replace(" ", "")
    return re.fullmatch(r"[a-z0-9._%+-]+@([a-z0-9-]+\.)*example\.(com|org|net)", t) is not None


def check_ssn(s):
    d = spoken_digits(s)
    if len(d) == 4:
        return True
    return len(d) == 9 and (d[:3] in ("000", "666") or d[0] == "9")


def parse(raw, lineno, problems):
    text = raw.replace("\\n", "\n").replace("\\t", "\t")
    out = []
    labels = []
    pos = 0
    for m in MARK.finditer(text):
        out.append(text[pos:m.start()])
        start = sum(len(x) for x in out)
        kind, span = m.group(1), m.group(2)
        out.append(span)
        labels.append({"kind": kind, "start": start, "end": start + len(span)})
        pos = m.end()
    out.append(text[pos:])
    clean = "".join(out)
    where = "line %d" % lineno
    if "[[" in clean or "]]" in clean:
        problems.append("%s: leftover [[ or ]]" % where)
    for lab in labels:
        span = clean[lab["start"]:lab["end"]]
        k = lab["kind"]
        if k not in KINDS:
            problems.append("%s: unknown kind %r" % (where, k))
        if not span.strip():
            problems.append("%s: empty label" % where)
            continue
        if span != span.strip():
            problems.append("%s: whitespace-edged label %r" % (where, span))
        if "\n" in span or "\t" in span:
            problems.append("%s: line break or tab inside label %r" % (where, span))
        if span[-1] in ",;:" or span[0] in ",;:.":
            problems.append("%s: punctuation-edged label %r" % (where, span))
        if span[-1] == "." and not re.search(r"(^|[\s.])[A-Za-z]\.$", span):
            problems.append("%s: label ends with a period %r" % (where, span))
        if k == "name" and re.match(r"(?i)(ms|mr|mrs|dr|ofc|judge|miss)\.?\s", span):
            problems.append("%s: title inside name %r" % (where, span))
        if k == "name" and span.endswith(("'s", "\u2019s")):
            problems.append("%s: possessive inside name %r" % (where, span))
        if k == "phone" and not check_phone(span):
            problems.append("%s: phone outside 555-01xx %r" % (where, span))
        if k == "email" and not check_email(span):
            problems.append("%s: e-mail outside example.com/.org/.net %r" % (where, span))
        if k == "ssn" and not check_ssn(span):
            problems.append("%s: SSN outside 000/666/9xx %r" % (where, span))
    labels.sort(key=lambda x: (x["start"], x["end"]))
    for a, b in zip(labels, labels[1:]):
        if b["start"] < a["end"]:
            problems.append("%s: overlapping labels" % where)
    # every figure-written 555 number anywhere (labelled or not) must be 555-01xx
    for m in re.finditer(r"(?<!\d)555[-. ]?(\d{2})\d{2}(?!\d)", clean):
        if m.group(1) != "01":
            problems.append("%s: 555 number outside 555-01xx %r" % (where, m.group(0)))
    # every e-mail address anywhere must be invented and labelled
    for m in re.finditer(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]+", clean):
        if not check_email(m.group(0)):
            problems.append("%s: e-mail outside example domains %r" % (where, m.group(0)))
        if not any(l["kind"] == "email" and l["start"] <= m.start() and m.end() <= l["end"]
                   for l in labels):
            problems.append("%s: unlabelled e-mail %r" % (where, m.group(0)))
    # figure-written SSN shapes anywhere must be in the invented ranges
    for m in re.finditer(r"(?<!\d)(\d{3})-\d{2}-\d{4}(?!\d)", clean):
        if not (m.group(1) in ("000", "666") or m.group(1)[0] == "9"):
            problems.append("%s: SSN-shaped number outside 000/666/9xx %r" % (where, m.group(0)))
    return clean, labels


def main():
    problems = []
    items = []
    seen = {}
    with open(SRC, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if "\t" not in line:
                problems.append("line %d: no tab after register" % lineno)
                continue
            reg, raw = line.split("\t", 1)
            if reg not in REGISTERS:
                problems.append("line %d: unknown register %r" % (lineno, reg))
                continue
            if not raw.strip():
                problems.append("line %d: empty text" % lineno)
                continue
            text, labels = parse(raw, lineno, problems)
            if text in seen:
                problems.append("line %d: duplicate of line %d" % (lineno, seen[text]))
            seen[text] = lineno
            items.append((reg, text, labels))
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print("%d problem(s); lines.jsonl not written" % len(problems), file=sys.stderr)
        sys.exit(1)

    rows = list(items)
    random.Random(33).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for reg, text, labels in rows:
            f.write(json.dumps({"text": text, "labels": labels}, ensure_ascii=False) + "\n")

    kinds = Counter(l["kind"] for _, _, ls in items for l in ls)
    n_clean = sum(1 for _, _, ls in items if not ls)
    print("| count | value |")
    print("|---|---|")
    print("| items | %d |" % len(items))
    print("| clean items | %d |" % n_clean)
    print("| labelled items | %d |" % (len(items) - n_clean))
    print("| labels | %d |" % sum(kinds.values()))
    for k in KINDS:
        print("| labels: %s | %d |" % (k, kinds.get(k, 0)))
    print()
    print("| register | items | clean | labelled |")
    print("|---|---|---|---|")
    for r in REGISTERS:
        its = [ls for reg, _, ls in items if reg == r]
        c = sum(1 for ls in its if not ls)
        print("| %s | %d | %d | %d |" % (r, len(its), c, len(its) - c))


if __name__ == "__main__":
    main()
