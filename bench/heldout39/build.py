#!/usr/bin/env python3
"""Build heldout39/lines.jsonl from templates.txt and validate every label.

Template line:  R<n>|text with {{kind|span}} markers; a literal backslash-n is a line break.
"""
import json, re, sys, collections
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {"name", "phone", "email", "address", "dob", "case_number", "ssn", "id_number"}
MARK = re.compile(r"\{\{([a-z_]+)\|(.*?)\}\}", re.S)
WORD_DIGITS = {"zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3",
               "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}

errors = []

def err(n, msg):
    errors.append(f"template line {n}: {msg}")

def phone_digits(span):
    out = []
    for tok in re.findall(r"[A-Za-z]+|\d", span):
        if tok.isdigit():
            out.append(tok)
        elif tok.lower() in WORD_DIGITS:
            out.append(WORD_DIGITS[tok.lower()])
    return "".join(out)

def check_value(n, kind, span):
    if kind == "phone":
        d = phone_digits(span)
        if not re.search(r"55501\d\d$", d):
            err(n, f"phone not in 555-01xx range: {span!r} -> {d}")
    elif kind == "email":
        e = span.lower()
        e = re.sub(r"\s*\[?\s*\bat\b\s*\]?\s*", "@", e, count=0) if "@" not in e else e
        e = re.sub(r"\s*\[?\s*\bdot\b\s*\]?\s*", ".", e)
        e = e.replace(" ", "")
        if not re.search(r"@example\.(com|org|net)$", e):
            err(n, f"email not at example domain: {span!r} -> {e}")
    elif kind == "ssn":
        d = re.sub(r"\D", "", span)
        if len(d) == 9:
            if not (d.startswith("000") or d.startswith("666") or d.startswith("9")):
                err(n, f"full SSN outside invented ranges: {span!r}")
        elif len(d) != 4:
            err(n, f"SSN neither full nor last four: {span!r}")

def parse(n, raw):
    raw = raw.replace("\\n", "\n")
    text, labels, pos = [], [], 0
    out_len = 0
    for m in MARK.finditer(raw):
        before = raw[pos:m.start()]
        text.append(before); out_len += len(before)
        kind, span = m.group(1), m.group(2)
        if kind not in KINDS:
            err(n, f"bad kind {kind!r}")
        if not span or span != span.strip():
            err(n, f"span empty or has outer whitespace: {span!r}")
        labels.append({"kind": kind, "start": out_len, "end": out_len + len(span)})
        text.append(span); out_len += len(span)
        check_value(n, kind, span)
        pos = m.end()
    text.append(raw[pos:])
    text = "".join(text)
    if "{{" in text or "}}" in text:
        err(n, "stray marker in text")
    return text, labels

def main():
    items, seen = [], set()
    per_reg = collections.Counter(); clean_reg = collections.Counter()
    for n, line in enumerate((HERE / "templates.txt").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        m = re.match(r"R([1-6])\|(.*)$", line)
        if not m:
            err(n, "no register prefix"); continue
        reg, raw = m.group(1), m.group(2)
        text, labels = parse(n, raw)
        if text in seen:
            err(n, "duplicate text")
        seen.add(text)
        # re-validate offsets against final text and overlaps
        marked = [mm.group(2) for mm in MARK.finditer(raw.replace("\\n", "\n"))]
        last_end = -1
        for lab, span in zip(sorted(labels, key=lambda x: x["start"]), marked):
            s, e = lab["start"], lab["end"]
            if text[s:e] != span:
                err(n, f"offset mismatch {text[s:e]!r} != {span!r}")
            if text[s:e] != text[s:e].strip():
                err(n, "label has outer whitespace")
            if s < last_end:
                err(n, "overlapping labels")
            last_end = e
        per_reg[reg] += 1
        if not labels:
            clean_reg[reg] += 1
        items.append({"text": text, "labels": labels})
        # warn about unlabelled things that look like contacts
        covered = [(l["start"], l["end"]) for l in labels]
        for pat in (r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*[A-Za-z]", r"(?<!\d)\d{3}\D{0,2}\d{3}\D?\d{4}(?!\d)"):
            for w in re.finditer(pat, text):
                if not any(s <= w.start() and w.end() <= e for s, e in covered):
                    print(f"note line {n}: unlabelled {w.group()!r}", file=sys.stderr)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)
    with open(HERE / "lines.jsonl", "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    # independent re-read check
    kinds = collections.Counter()
    for line in open(HERE / "lines.jsonl", encoding="utf-8"):
        it = json.loads(line)
        assert set(it) == {"text", "labels"}
        for l in it["labels"]:
            assert l["kind"] in KINDS and 0 <= l["start"] < l["end"] <= len(it["text"])
            kinds[l["kind"]] += 1
    total = len(items); clean = sum(1 for i in items if not i["labels"])
    print(f"items {total}  clean {clean}  labelled {total - clean}")
    for r in sorted(per_reg):
        print(f"  R{r}: {per_reg[r]} items, {clean_reg[r]} clean")
    for k in sorted(KINDS):
        print(f"  {k}: {kinds[k]}")
    print(f"  total labels: {sum(kinds.values())}")
    print("OK: all labels validated")

if __name__ == "__main__":
    main()
