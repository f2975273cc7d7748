#!/usr/bin/env python3
"""Build lines.jsonl for heldout42 from templates.txt and check every label.

templates.txt: one item per line, "R1 " .. "R7 " prefix, identifiers marked
inline as {{kind|span}}; the two characters backslash + n are a line break.
Standard library only.  Exit status 1 on any error.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATES = os.path.join(HERE, "templates.txt")
OUT = os.path.join(HERE, "lines.jsonl")

KINDS = {"name", "phone", "email", "address", "dob", "case_number", "ssn", "id_number"}
REGISTERS = ["R%d" % i for i in range(1, 8)]
MARK = re.compile(r"\{\{([a-z_]+)\|(.*?)\}\}", re.S)

# Titles and kin words that must stay outside a name span.
TITLES = {
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "judge", "aunt", "auntie",
    "uncle", "grandma", "grandpa", "nana", "abuela", "abuelo", "tía", "tío", "tia", "tio",
    "nurse", "coach", "deacon", "sister", "brother", "rev", "rev.", "pastor", "father",
    "officer", "deputy", "director", "supervisor", "pani", "pan", "daw", "u", "bà", "ông",
    "ato", "baby", "doña", "don", "señora", "señor", "sheikh", "hajji", "imam",
}
# Words that must stay outside a number span.
NUMBER_LEADS = ("mrn", "dob", "ssn", "case", "#", "no.", "no ", "tel", "ph", "fax",
                "rx", "claim", "report", "docket", "referral", "id ", "passport")

WORDS = {"zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3",
         "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
OCR = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1"})
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
          "dec", "meskerem")


def digits_of(span):
    """Digits of a number span, reading spelled-out digits and OCR misreadings."""
    low = span.lower()
    tokens = re.findall(r"[a-z]+|\d+", low)
    if any(t in WORDS or t in ("double", "triple") for t in tokens if t.isalpha()) and \
            sum(1 for t in tokens if t in WORDS) >= 3:
        out, mult = [], 1
        for t in tokens:
            if t == "double":
                mult = 2
            elif t == "triple":
                mult = 3
            elif t in WORDS:
                out.append(WORDS[t] * mult)
                mult = 1
            elif t.isdigit():
                out.append(t)
        return "".join(out)
    return re.sub(r"\D", "", span.translate(OCR))


def check_phone(span):
    d = digits_of(span)
    if len(d) < 7:
        return "phone has fewer than 7 digits: %r" % span
    if not re.fullmatch(r"55501\d\d", d[-7:]):
        return "phone not in the 555-01xx range: %r" % span
    return None


def check_email(span):
    e = span.strip()
    e = re.sub(r"\s+at\s+", "@", e, flags=re.I)
    e = re.sub(r"\s+dot\s+", ".", e, flags=re.I)
    e = e.replace(" ", "")
    if not re.fullmatch(r"[A-Za-z0-9._%+-]+@example\.(com|org|net)", e):
        return "e-mail not at an example domain: %r" % span
    return None


def check_ssn(span):
    d = digits_of(span)
    if len(d) == 4:
        return None
    if len(d) != 9:
        return "ssn is neither 9 digits nor a last four: %r" % span
    if not (d.startswith("000") or d.startswith("9")):
        return "ssn not in an invented range (000 or 9xx): %r" % span
    return None


def check_dob(span):
    low = span.lower()
    groups = re.findall(r"[0-9OIl]+", span)
    if re.search(r"\d", span.translate(OCR)) is None:
        return "dob without digits: %r" % span
    if any(m in low for m in MONTHS) or len(groups) >= 3 or re.search(r"\d[-/.]", span):
        return None
    return "dob does not look like a full date with a day: %r" % span


def parse(line_no, raw):
    if len(raw) < 4 or raw[:3] not in {r + " " for r in REGISTERS}:
        raise ValueError("line %d: missing register prefix" % line_no)
    reg = raw[:2]
    body = raw[3:].replace("\\n", "\n")
    text_parts, labels, pos, cursor = [], [], 0, 0
    for m in MARK.finditer(body):
        text_parts.append(body[cursor:m.start()])
        pos += m.start() - cursor
        kind, span = m.group(1), m.group(2)
        labels.append({"kind": kind, "start": pos, "end": pos + len(span), "_span": span})
        text_parts.append(span)
        pos += len(span)
        cursor = m.end()
    text_parts.append(body[cursor:])
    text = "".join(text_parts)
    return reg, text, labels


def main():
    errors, warnings = [], []
    items = []
    seen = {}
    with open(TEMPLATES, encoding="utf-8") as fh:
        raw_lines = fh.read().split("\n")
    if raw_lines and raw_lines[-1] == "":
        raw_lines.pop()
    for n, raw in enumerate(raw_lines, 1):
        if not raw.strip():
            errors.append("line %d: empty line" % n)
            continue
        try:
            reg, text, labels = parse(n, raw)
        except ValueError as exc:
            errors.append(str(exc))
            continue
        if "{{" in text or "}}" in text:
            errors.append("line %d: unparsed mark left in text" % n)
        if "\\" in text:
            errors.append("line %d: stray backslash in text" % n)
        if text != text.strip():
            errors.append("line %d: text has leading/trailing whitespace" % n)
        if text in seen:
            errors.append("line %d: duplicate of line %d" % (n, seen[text]))
        seen[text] = n
        prev_end = -1
        for lab in labels:
            kind, s, e, span = lab["kind"], lab["start"], lab["end"], lab["_span"]
            where = "line %d [%s %r]" % (n, kind, span)
            if kind not in KINDS:
                errors.append("%s: invalid kind" % where)
            if text[s:e] != span:
                errors.append("%s: offsets do not match span" % where)
            if not span or span != span.strip():
                errors.append("%s: empty span or leading/trailing whitespace" % where)
            if s < prev_end:
                errors.append("%s: overlaps previous label" % where)
            prev_end = e
            if kind == "name":
                first = span.split()[0].lower() if span.split() else ""
                if first in TITLES and len(span.split()) > 1:
                    errors.append("%s: title or kin word inside name span" % where)
                if re.search(r"['’]s$", span):
                    errors.append("%s: possessive inside name span" % where)
            if kind in {"phone", "dob", "case_number", "ssn", "id_number"}:
                if span.lower().startswith(NUMBER_LEADS):
                    errors.append("%s: label word inside number span" % where)
            err = None
            if kind == "phone":
                err = check_phone(span)
            elif kind == "email":
                err = check_email(span)
            elif kind == "ssn":
                err = check_ssn(span)
            elif kind == "dob":
                err = check_dob(span)
            if err:
                errors.append("line %d: %s" % (n, err))
        # warnings for things that look like identifiers outside labels
        masked = list(text)
        for lab in labels:
            for i in range(lab["start"], lab["end"]):
                masked[i] = " "
        rest = "".join(masked)
        for m in re.finditer(r"\S+@\S+", rest):
            warnings.append("line %d: unlabelled @-string %r" % (n, m.group(0)))
        for m in re.finditer(r"555[\s.-]*01\s*\d\s*\d", rest):
            warnings.append("line %d: unlabelled 555-01xx number %r" % (n, m.group(0)))
        items.append((reg, text, [{"kind": l["kind"], "start": l["start"], "end": l["end"]}
                                   for l in labels]))

    if errors:
        for e in errors:
            print("ERROR", e)
        print("%d error(s); lines.jsonl not written" % len(errors))
        return 1

    with open(OUT, "w", encoding="utf-8") as fh:
        for _, text, labels in items:
            fh.write(json.dumps({"text": text, "labels": labels}, ensure_ascii=False) + "\n")

    # Re-read what was written and count from the file itself.
    reread = []
    with open(OUT, encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            assert set(obj) == {"text", "labels"}
            for lab in obj["labels"]:
                assert set(lab) == {"kind", "start", "end"}
                assert 0 <= lab["start"] < lab["end"] <= len(obj["text"])
            reread.append(obj)
    assert len(reread) == len(items)
    for obj, (_, text, labels) in zip(reread, items):
        assert obj["text"] == text and obj["labels"] == labels

    per_kind = collections.Counter(l["kind"] for o in reread for l in o["labels"])
    per_reg = collections.Counter()
    clean_reg = collections.Counter()
    for obj, (reg, _, _) in zip(reread, items):
        per_reg[reg] += 1
        if not obj["labels"]:
            clean_reg[reg] += 1
    clean = sum(1 for o in reread if not o["labels"])
    multiline = sum(1 for o in reread if "\n" in o["text"])

    for w in warnings:
        print("WARNING", w)
    print("items: %d   clean: %d   with labels: %d   multi-line: %d"
          % (len(reread), clean, len(reread) - clean, multiline))
    print("labels per kind:")
    for k in sorted(KINDS):
        print("  %-12s %d" % (k, per_kind.get(k, 0)))
    print("  %-12s %d" % ("total", sum(per_kind.values())))
    print("items per register (clean):")
    for r in REGISTERS:
        print("  %s  %3d  (%d clean)" % (r, per_reg[r], clean_reg[r]))
    lengths = sorted(len(o["text"]) for o in reread)
    print("text length: min %d, median %d, max %d"
          % (lengths[0], lengths[len(lengths) // 2], lengths[-1]))
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
