#!/usr/bin/env python3
"""Build lines.jsonl for heldout31 from templates.txt (standard library only).

templates.txt: one item per line, REGISTER<TAB>text, identifiers marked inline
as [[kind:text]]; the two-character sequences \\n and \\t inside a text stand for
a line break and a tab; lines starting with # are comments; blank lines skipped.
Exits non-zero on any problem.
"""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "templates.txt"
OUT = HERE / "lines.jsonl"

KINDS = ["name", "phone", "email", "address", "dob", "case_number", "ssn", "id_number"]
REGISTERS = ["voice", "email", "bilingual", "minutes", "reflection", "numbers", "handoff"]
MARK = re.compile(r"\[\[([a-z_]+):(.*?)\]\]", re.S)

DIGIT_WORDS = {
    "zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3",
    "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
    "cero": "0", "uno": "1", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5",
    "seis": "6", "siete": "7", "ocho": "8", "nueve": "9",
}
TITLES = {"ms", "mr", "mrs", "mx", "dr", "judge", "tía", "tia", "tío", "tio", "grandma",
          "grandpa", "lola", "lolo", "tita", "tito", "ate", "kuya", "abuela", "abuelo",
          "doña", "bà", "ông", "chị", "cô", "chú", "tonton", "matant",
          "grann", "hooyo", "aabo", "abti", "eedo", "umm", "abu", "auntie", "aunt",
          "uncle", "miss", "sr", "sra", "mister", "misses", "lic", "má", "manman", "mamá", "coach", "pastor", "señora", "señor", "nanay", "tatay", "madame",
          "officer", "det", "detective", "atty", "attorney"}
NUMBER_PREFIXES = ("mrn", "case", "#", "dob", "ssn", "docket", "referral", "id", "no.")


def words_to_digits(s):
    """Digits of a phone/SSN written with numerals and/or digit words."""
    out = []
    toks = re.findall(r"[A-Za-z]+|\d", s.lower())
    mult = 1
    for t in toks:
        if t in ("double", "doble"):
            mult = 2
            continue
        if t in ("triple", "triple"):
            mult = 3
            continue
        if t.isdigit():
            d = t
        elif t in DIGIT_WORDS:
            d = DIGIT_WORDS[t]
        else:
            continue  # filler such as "dash", "ext", "plus"
        out.append(d * mult)
        mult = 1
    return "".join(out)


def norm_email(s):
    t = " " + s.lower().strip() + " "
    t = re.sub(r"\s+(at|arroba)\s+", "@", t)
    t = re.sub(r"\s+(dot|punto)\s+", ".", t)
    t = re.sub(r"\s+(underscore)\s+", "_", t)
    t = re.sub(r"\s+(dash|hyphen)\s+", "-", t)
    return re.sub(r"\s+", "", t)


def check_label(kind, text, where, problems):
    if not text:
        problems.append(f"{where}: empty {kind} label")
        return
    if text != text.strip():
        problems.append(f"{where}: {kind} label edged by whitespace: {text!r}")
    if "\n" in text or "\t" in text:
        problems.append(f"{where}: {kind} label contains a line break or tab: {text!r}")
    if "[[" in text or "]]" in text:
        problems.append(f"{where}: nested mark in {text!r}")
    if kind == "phone":
        d = words_to_digits(text)
        if len(d) < 7 or not re.fullmatch(r"55501\d\d", d[-7:]):
            problems.append(f"{where}: phone outside 555-01xx: {text!r} -> {d}")
    elif kind == "email":
        e = norm_email(text)
        if not re.fullmatch(r"[a-z0-9._%+\-]+@example\.(com|org|net)", e):
            problems.append(f"{where}: e-mail not at example.com/.org/.net: {text!r} -> {e}")
    elif kind == "ssn":
        d = words_to_digits(text)
        if len(d) == 9:
            if not (d.startswith("000") or d.startswith("666") or d.startswith("9")):
                problems.append(f"{where}: full SSN not starting 000/666/9xx: {text!r}")
        elif len(d) != 4:
            problems.append(f"{where}: SSN neither 9 digits nor last four: {text!r}")
    elif kind == "name":
        first = re.split(r"[\s.]+", text.lower())[0]
        if first in TITLES:
            problems.append(f"{where}: name label starts with a title: {text!r}")
        if text.endswith("'s") or text.endswith("\u2019s"):
            problems.append(f"{where}: name label includes possessive: {text!r}")
    if kind in ("case_number", "id_number", "ssn", "dob"):
        if text.lower().startswith(NUMBER_PREFIXES):
            problems.append(f"{where}: {kind} label includes its lead word: {text!r}")


def parse(raw, where, problems):
    text_in = raw.replace("\\n", "\n").replace("\\t", "\t")
    out = []
    labels = []
    pos = 0
    for m in MARK.finditer(text_in):
        out.append(text_in[pos:m.start()])
        kind, span = m.group(1), m.group(2)
        if kind not in KINDS:
            problems.append(f"{where}: unknown kind {kind!r}")
        start = sum(len(p) for p in out)
        out.append(span)
        labels.append({"kind": kind, "start": start, "end": start + len(span)})
        check_label(kind, span, where, problems)
        pos = m.end()
    out.append(text_in[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        problems.append(f"{where}: stray [[ or ]] left in text")
    labels.sort(key=lambda l: (l["start"], l["end"]))
    for a, b in zip(labels, labels[1:]):
        if b["start"] < a["end"]:
            problems.append(f"{where}: overlapping labels")
    # every phone-like 555 number in the text (labelled or not) is in the 01xx range
    for m in re.finditer(r"(?<!\d)555[-. ]?(\d{4})(?!\d)", text):
        if not m.group(1).startswith("01"):
            problems.append(f"{where}: 555 number outside 01xx: {m.group(0)!r}")
    # every e-mail-looking string, labelled or not, is at an example domain
    for m in re.finditer(r"[\w.+\-]+@[\w\-]+(\.[\w\-]+)+", text):
        if not re.search(r"@example\.(com|org|net)$", m.group(0).lower()):
            problems.append(f"{where}: e-mail at a non-example domain: {m.group(0)!r}")
    if not text.strip():
        problems.append(f"{where}: empty text")
    if text != text.strip():
        problems.append(f"{where}: text edged by whitespace")
    return text, labels


def main():
    problems = []
    items = []
    seen = {}
    for n, line in enumerate(SRC.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        where = f"templates.txt:{n}"
        if "\t" not in line:
            problems.append(f"{where}: no TAB between register and text")
            continue
        reg, raw = line.split("\t", 1)
        if reg not in REGISTERS:
            problems.append(f"{where}: unknown register {reg!r}")
        if "\t" in raw:
            problems.append(f"{where}: literal TAB inside text (write \\t)")
        text, labels = parse(raw, where, problems)
        if text in seen:
            problems.append(f"{where}: duplicate text (first at line {seen[text]})")
        seen[text] = n
        items.append((reg, text, labels))

    if problems:
        for p in problems:
            print("PROBLEM", p, file=sys.stderr)
        print(f"{len(problems)} problem(s); lines.jsonl not written", file=sys.stderr)
        sys.exit(1)

    rng = random.Random(31)
    rng.shuffle(items)
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for reg, text, labels in items:
            f.write(json.dumps({"text": text, "labels": labels}, ensure_ascii=False) + "\n")

    # count table
    n_items = len(items)
    clean = sum(1 for _, _, l in items if not l)
    per_kind = Counter(l["kind"] for _, _, ls in items for l in ls)
    per_reg = {r: [0, 0] for r in REGISTERS}
    for reg, _, ls in items:
        per_reg[reg][1 if ls else 0] += 1
    print("| count | value |")
    print("|---|---:|")
    print(f"| items | {n_items} |")
    print(f"| clean items | {clean} |")
    print(f"| labelled items | {n_items - clean} |")
    print(f"| labels | {sum(per_kind.values())} |")
    for k in KINDS:
        print(f"| labels: {k} | {per_kind.get(k, 0)} |")
    print()
    print("| register | clean | labelled | total |")
    print("|---|---:|---:|---:|")
    for r in REGISTERS:
        c, l = per_reg[r]
        print(f"| {r} | {c} | {l} | {c + l} |")
    print(f"| all | {clean} | {n_items - clean} | {n_items} |")


if __name__ == "__main__":
    main()
