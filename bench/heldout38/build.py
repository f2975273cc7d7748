#!/usr/bin/env python3
"""Build lines.jsonl for heldout38 from templates.txt (standard library only).

Run from this folder:  python3 build.py
Exits non-zero on any problem.
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "templates.txt")
OUT = os.path.join(HERE, "lines.jsonl")

KINDS = ["name", "phone", "email", "address", "dob", "case_number", "ssn", "id_number"]
REGISTERS = ["commonwealth", "second-language", "dictated", "translated",
             "scanned", "forum", "numbers"]
SEED = 38

MARK = re.compile(r"\[\[([a-z_]+):(.*?)\]\]", re.S)

# spoken digits, for spelled-out phone numbers and SSNs
WORD_DIGITS = {
    "zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3",
    "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}


def spoken_digits(s):
    """Digits of a number written with figures, words, or both."""
    out = []
    for tok in re.findall(r"[A-Za-z]+|\d+", s):
        if tok.isdigit():
            out.append(tok)
        elif tok.lower() in WORD_DIGITS:
            out.append(WORD_DIGITS[tok.lower()])
    return "".join(out)


def spoken_email(s):
    s = s.strip().lower()
    s = re.sub(r"\s+dot\s+", ".", s)
    s = re.sub(r"\s+at\s+", "@", s)
    return re.sub(r"\s+", "", s)


EMAIL_OK = re.compile(r"^[a-z0-9._%+-]+@example\.(com|org|net)$")


def expand(text):
    return text.replace("\\n", "\n").replace("\\t", "\t")


def parse_line(raw):
    text = expand(raw)
    out, labels, pos = [], [], 0
    for m in MARK.finditer(text):
        out.append(text[pos:m.start()])
        start = sum(len(x) for x in out)
        out.append(m.group(2))
        labels.append({"kind": m.group(1), "start": start, "end": start + len(m.group(2))})
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), labels


def main():
    problems = []
    items = []
    seen = {}
    with open(SRC, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            where = "templates.txt:%d" % lineno
            if "\t" not in line:
                problems.append("%s: no TAB between register and text" % where)
                continue
            reg, raw = line.split("\t", 1)
            if reg not in REGISTERS:
                problems.append("%s: unknown register %r" % (where, reg))
            if "\t" in raw:
                problems.append("%s: a real TAB inside the text (write \\t)" % where)
            text, labels = parse_line(raw)
            if "[[" in text or "]]" in text:
                problems.append("%s: leftover [[ or ]]" % where)
            if text != text.strip():
                problems.append("%s: text starts or ends with whitespace" % where)
            if text in seen:
                problems.append("%s: duplicate text (first at %s)" % (where, seen[text]))
            seen[text] = where
            prev_end = -1
            for lab in labels:
                span = text[lab["start"]:lab["end"]]
                k = lab["kind"]
                if k not in KINDS:
                    problems.append("%s: unknown kind %r" % (where, k))
                if not span:
                    problems.append("%s: empty label" % where)
                    continue
                if span != span.strip():
                    problems.append("%s: label %r starts or ends with whitespace" % (where, span))
                if lab["start"] < prev_end:
                    problems.append("%s: overlapping labels" % where)
                prev_end = lab["end"]
                if k == "phone":
                    d = spoken_digits(span)
                    if len(d) < 10 or not re.fullmatch(r"55501\d\d", d[-7:]):
                        problems.append("%s: phone %r not in the invented 555-01xx range" % (where, span))
                elif k == "email":
                    if not EMAIL_OK.match(spoken_email(span)):
                        problems.append("%s: e-mail %r not at example.com/.org/.net" % (where, span))
                elif k == "ssn":
                    d = spoken_digits(span)
                    if len(d) == 9:
                        if not (d.startswith("000") or d.startswith("666") or d.startswith("9")):
                            problems.append("%s: SSN %r outside 000/666/9xx" % (where, span))
                    elif len(d) != 4:
                        problems.append("%s: SSN %r is neither 9 digits nor a last four" % (where, span))
            # any e-mail-like string anywhere must be at an example domain
            for em in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
                if not EMAIL_OK.match(em.lower()):
                    problems.append("%s: e-mail-like %r not at an example domain" % (where, em))
            labels.sort(key=lambda x: x["start"])
            items.append({"register": reg, "text": text, "labels": labels})

    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print("%d problem(s); lines.jsonl not written" % len(problems), file=sys.stderr)
        sys.exit(1)

    random.Random(SEED).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as fh:
        for it in items:
            fh.write(json.dumps({"text": it["text"], "labels": it["labels"]},
                                ensure_ascii=False) + "\n")

    # count table
    n = len(items)
    clean = sum(1 for it in items if not it["labels"])
    per_kind = {k: 0 for k in KINDS}
    for it in items:
        for lab in it["labels"]:
            per_kind[lab["kind"]] += 1
    print("| measure | count |")
    print("|---|---:|")
    print("| items | %d |" % n)
    print("| clean (no label) | %d (%.1f%%) |" % (clean, 100.0 * clean / n))
    print("| labelled | %d |" % (n - clean))
    print("| labels | %d |" % sum(per_kind.values()))
    for k in KINDS:
        print("| labels: %s | %d |" % (k, per_kind[k]))
    print()
    print("| register | clean | labelled | total |")
    print("|---|---:|---:|---:|")
    for r in REGISTERS:
        rs = [it for it in items if it["register"] == r]
        c = sum(1 for it in rs if not it["labels"])
        print("| %s | %d | %d | %d |" % (r, c, len(rs) - c, len(rs)))
    print("| all | %d | %d | %d |" % (clean, n - clean, n))


if __name__ == "__main__":
    main()
