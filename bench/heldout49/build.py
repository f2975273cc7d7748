#!/usr/bin/env python3
"""Build lines.jsonl for heldout49 from templates.txt.

Run from inside this folder as a script:  python3 -B build.py
Standard library only. Writes nothing if any check fails (exit 1).
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATES = os.path.join(HERE, "templates.txt")
OUT = os.path.join(HERE, "lines.jsonl")

KINDS = ("name", "phone", "email", "address", "dob", "case_number", "ssn", "id_number")
REGISTERS = tuple("R%d" % i for i in range(1, 8))
MIN_ITEMS = 480
MIN_CLEAN = 260

MARK = re.compile(r"\{\{([a-z_]+)\|(.*?)\}\}")
LINE = re.compile(r"^(R[0-9]+) (.+)$")

DIGIT_WORDS = {
    "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}
SPELLED_DIGIT = re.compile(r"\b(zero|oh|one|two|three|four|five|six|seven|eight|nine)\b", re.I)
# characters an OCR engine puts in place of digits
OCR_TABLE = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1"})

TITLES = (
    "mr", "mrs", "ms", "mx", "miss", "dr", "judge", "hon", "honorable", "officer", "det",
    "detective", "sgt", "deputy", "coach", "prof", "professor", "rev", "pastor", "fr",
    "father", "sister", "sr", "tía", "tia", "tío", "tio", "abuela", "abuelo", "grandma",
    "grandpa", "granny", "nana", "aunt", "auntie", "uncle", "cousin", "tita", "tito",
    "babcia", "dziadek", "ayeeyo", "awoowe", "teta", "jiddo", "tonton", "tatie", "bà",
    "ông", "cô", "chú", "shimásání", "masi", "mami", "papi", "mama", "papa", "nani", "dadi",
    "attorney", "principal", "nurse", "counselor", "teacher", "gma", "gpa",
)
TITLE_AT_START = re.compile(r"^(%s)(\.|\s)" % "|".join(re.escape(t) for t in TITLES), re.I)
POSSESSIVE_AT_END = re.compile(r"['’]s$", re.I)

NUMBER_KINDS = ("phone", "ssn", "case_number", "id_number", "dob")
TAG_WORD = re.compile(
    r"(#|\b(mrn|dob|d\.o\.b|ssn|case|docket|no|nr|number|num|tel|ph|phone|fax|cell|"
    r"id|medicaid|member|student|born|license|licence|sid|ucn|fbi)\b)", re.I)

EMAIL_PLAIN = re.compile(r"^[A-Za-z0-9._%+-]+@example\.(com|org|net)$")
EMAIL_SPELLED = re.compile(r"^[A-Za-z0-9._ -]+ at example dot (com|org|net)$", re.I)
ANY_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
ANY_SPELLED_EMAIL = re.compile(r"\bat\s+[a-z0-9-]+\s+dot\s+[a-z]{2,4}\b", re.I)
SSN_SHAPE = re.compile(r"(?<![\d-])(\d{3}[- ]\d{2}[- ]\d{4}|\d{9})(?![\d-])")
NUM_555 = re.compile(r"(?<!\d)555[-. ]?(\d{4})(?!\d)")

MONTHS = (r"jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|"
          r"sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?")
MONTH_WORD = re.compile(r"\b(%s)\.?\b" % MONTHS, re.I)
NUMERIC_DATE = re.compile(r"\b\d{1,4}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}\b")
DAY_NUMBER = re.compile(r"\b\d{1,2}(st|nd|rd|th)?\b")
ORDINAL_WORD = re.compile(
    r"\b((twenty|thirty)-)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
    r"eighteenth|nineteenth|twentieth|thirtieth)\b", re.I)


def digits_of(span):
    """Digits of a number, reading spelled-out digits and OCR look-alikes."""
    if SPELLED_DIGIT.search(span):
        out = []
        for tok in re.findall(r"[A-Za-z]+|\d", span):
            if tok.isdigit():
                out.append(tok)
            elif tok.lower() in DIGIT_WORDS:
                out.append(DIGIT_WORDS[tok.lower()])
        return "".join(out)
    return re.sub(r"\D", "", span.translate(OCR_TABLE))


def dob_has_day(span):
    if NUMERIC_DATE.search(span.translate(OCR_TABLE)):
        return True
    if MONTH_WORD.search(span) and (DAY_NUMBER.search(span) or ORDINAL_WORD.search(span)):
        return True
    return False


def check_label(kind, span):
    """Return a list of problems with one label's text."""
    errs = []
    if kind not in KINDS:
        return ["unknown kind %r" % kind]
    if not span:
        return ["empty span"]
    if span != span.strip():
        errs.append("leading/trailing whitespace in %r" % span)
    if "\n" in span:
        errs.append("line break inside %r" % span)
    if kind == "name":
        if TITLE_AT_START.search(span):
            errs.append("title inside name %r" % span)
        if POSSESSIVE_AT_END.search(span):
            errs.append("possessive inside name %r" % span)
        if span.startswith("@"):
            errs.append("@ inside handle label %r" % span)
    if kind in NUMBER_KINDS and TAG_WORD.search(span):
        errs.append("tag word inside %s %r" % (kind, span))
    if kind == "phone":
        d = digits_of(span)
        if not re.search(r"55501\d\d", d):
            errs.append("phone not in 555-01xx: %r" % span)
    if kind == "email":
        if not (EMAIL_PLAIN.match(span) or EMAIL_SPELLED.match(span)):
            errs.append("e-mail not at example.com/.org/.net: %r" % span)
    if kind == "ssn":
        d = digits_of(span)
        if re.search(r"[A-Za-z]", span.translate(OCR_TABLE)):
            errs.append("letters inside ssn %r" % span)
        if len(d) == 9:
            if not (d.startswith("000") or d.startswith("9")):
                errs.append("full ssn not invented (000/9xx): %r" % span)
        elif len(d) == 4:
            if span != d:
                errs.append("last-four ssn must be four bare digits: %r" % span)
        else:
            errs.append("ssn neither nine digits nor a last four: %r" % span)
    if kind == "dob":
        if not dob_has_day(span):
            errs.append("dob without a day: %r" % span)
    if kind == "address":
        if not re.search(r"\d", span.translate(OCR_TABLE)):
            errs.append("address without a number: %r" % span)
    return errs


def uncovered(text, start, end, labels, kinds=None):
    """True if text[start:end] is not inside one label (of the given kinds)."""
    for lab in labels:
        if kinds and lab["kind"] not in kinds:
            continue
        if lab["start"] <= start and end <= lab["end"]:
            return False
    return True


def check_item(text, labels):
    errs = []
    prev_end = -1
    for lab in sorted(labels, key=lambda l: (l["start"], l["end"])):
        if lab["start"] < prev_end:
            errs.append("overlapping labels at %d" % lab["start"])
        prev_end = max(prev_end, lab["end"])
        span = text[lab["start"]:lab["end"]]
        errs.extend(check_label(lab["kind"], span))
    for m in ANY_EMAIL.finditer(text):
        if uncovered(text, m.start(), m.end(), labels, ("email",)):
            errs.append("unlabelled e-mail %r" % m.group(0))
    for m in ANY_SPELLED_EMAIL.finditer(text):
        if uncovered(text, m.start(), m.end(), labels, ("email",)):
            errs.append("unlabelled spelled-out e-mail %r" % m.group(0))
    for m in SSN_SHAPE.finditer(text):
        if uncovered(text, m.start(), m.end(), labels):
            errs.append("unlabelled SSN-shaped number %r" % m.group(0))
    for m in NUM_555.finditer(text):
        if not m.group(1).startswith("01") and uncovered(text, m.start(), m.end(), labels):
            errs.append("unlabelled 555 number outside 555-01xx %r" % m.group(0))
    if "{{" in text or "}}" in text:
        errs.append("stray mark braces")
    return errs


def parse(raw):
    """Turn one template body into (text, labels, marked spans)."""
    raw = raw.replace("\\n", "\n")
    out = []
    labels = []
    pos = 0
    length = 0
    for m in MARK.finditer(raw):
        before = raw[pos:m.start()]
        out.append(before)
        length += len(before)
        kind, span = m.group(1), m.group(2)
        labels.append({"kind": kind, "start": length, "end": length + len(span), "_span": span})
        out.append(span)
        length += len(span)
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out), labels


def main():
    with open(TEMPLATES, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    errors = []
    records = []
    registers = []
    seen = {}
    for n, line in enumerate(lines, 1):
        m = LINE.match(line)
        if not m or m.group(1) not in REGISTERS:
            errors.append("line %d: bad or missing register prefix" % n)
            continue
        reg, body = m.group(1), m.group(2)
        text, labels = parse(body)
        errs = []
        for lab in labels:
            if text[lab["start"]:lab["end"]] != lab["_span"]:
                errs.append("span text differs from marked text %r" % lab["_span"])
        errs.extend(check_item(text, labels))
        if text != text.strip():
            errs.append("item text has leading/trailing whitespace")
        if text in seen:
            errs.append("duplicate text (same as line %d)" % seen[text])
        seen.setdefault(text, n)
        for e in errs:
            errors.append("line %d: %s" % (n, e))
        records.append({"text": text,
                        "labels": [{"kind": l["kind"], "start": l["start"], "end": l["end"]}
                                   for l in labels]})
        registers.append(reg)

    n_items = len(records)
    n_clean = sum(1 for r in records if not r["labels"])
    if n_items < MIN_ITEMS:
        errors.append("only %d items (need %d)" % (n_items, MIN_ITEMS))
    if n_clean < MIN_CLEAN:
        errors.append("only %d clean items (need %d)" % (n_clean, MIN_CLEAN))
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print("%d problem(s); nothing written." % len(errors), file=sys.stderr)
        sys.exit(1)

    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    # Re-read what was written and check every span again.
    reread = []
    with open(OUT, encoding="utf-8") as fh:
        for line in fh:
            reread.append(json.loads(line))
    problems = []
    if len(reread) != len(records):
        problems.append("re-read %d records, wrote %d" % (len(reread), len(records)))
    for i, (r, orig) in enumerate(zip(reread, records)):
        if set(r) != {"text", "labels"}:
            problems.append("record %d: unexpected fields %s" % (i + 1, sorted(r)))
        if r != orig:
            problems.append("record %d differs after re-reading" % (i + 1))
        for e in check_item(r["text"], r["labels"]):
            problems.append("record %d: %s" % (i + 1, e))
    for i, line in enumerate(lines):
        _, labels = parse(LINE.match(line).group(2))
        for lab, got in zip(labels, reread[i]["labels"]):
            if reread[i]["text"][got["start"]:got["end"]] != lab["_span"]:
                problems.append("record %d: span %r not found again" % (i + 1, lab["_span"]))
    if problems:
        for p in problems:
            print("ERROR", p, file=sys.stderr)
        os.remove(OUT)
        print("re-check failed; lines.jsonl removed.", file=sys.stderr)
        sys.exit(1)

    kinds = Counter(l["kind"] for r in reread for l in r["labels"])
    per_reg = Counter(registers)
    clean_reg = Counter(reg for reg, r in zip(registers, reread) if not r["labels"])
    breaks = sum(1 for r in reread if "\n" in r["text"])
    print("items: %d   clean: %d   labels: %d   items with line breaks: %d"
          % (len(reread), n_clean, sum(kinds.values()), breaks))
    print("labels per kind:")
    for k in KINDS:
        print("  %-12s %d" % (k, kinds.get(k, 0)))
    print("items per register (clean):")
    for reg in REGISTERS:
        print("  %s  %3d  (%d clean)" % (reg, per_reg.get(reg, 0), clean_reg.get(reg, 0)))


if __name__ == "__main__":
    main()
