"""The edition crosswalk: which letter each clause of the page (2008) has in the 2017 Code.

Facilitators meet the 2017 lettering in agency policies, so each clause card can say where
the clause now sits. Rows we could not confirm from a public source say so, and stay marked.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from .datafiles import MAX_BYTES, display_name
from .models import LETTERS, CrosswalkRow
from .problems import Problem, validate

CROSSWALK_FILE = Path("crosswalk.csv")
COLUMNS = list(CrosswalkRow.model_fields)


def read_crosswalk(data_dir: Path) -> tuple[tuple[dict, ...] | None, list[Problem]]:
    """The rows as dicts (``toolkit.crosswalk()`` makes the DataFrame when asked: a
    participant's kernel need not import pandas), or None and the problems found."""
    path = data_dir / CROSSWALK_FILE
    name = display_name(path, data_dir)

    def problem(what, mend, clause="(crosswalk)", field="(whole file)"):
        return Problem(name, clause, field, what, mend)

    try:
        raw = path.read_bytes()
    except OSError:
        return None, [problem("the file is missing or unreadable",
                              f"restore {name} from the Coco download or git")]
    if len(raw) > MAX_BYTES:
        return None, [problem("the file is far larger than a crosswalk can be",
                              f"restore {name} from the Coco download or git")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [problem(f"line {line} holds bytes that are not UTF-8 text",
                              "save the file as UTF-8 (CSV UTF-8 in a spreadsheet program)")]
    reader = csv.DictReader(io.StringIO(text))
    if reader.fieldnames != COLUMNS:
        return None, [problem(f"the columns are {reader.fieldnames}",
                              f"the first line must name these columns: {','.join(COLUMNS)}",
                              field="header")]
    rows, problems = [], []
    for number, record in enumerate(reader, 2):
        clause = f"({record.get('letter_2008') or record.get('letter_2017') or '?'})"
        if None in record or None in record.values():
            problems.append(problem(f"line {number} does not have {len(COLUMNS)} fields",
                                    "put text with commas inside double quotes", clause,
                                    f"line {number}"))
            continue
        row, found = validate(CrosswalkRow, record, name, clause)
        problems += [Problem(p.file, p.clause, f"line {number} > {p.field}", p.what, p.mend)
                     for p in found]
        if row is not None:
            rows.append(row.model_dump())
    if problems:
        return None, problems
    listed = [row["letter_2008"] for row in rows if row["letter_2008"]]
    twice = [x for x in LETTERS if listed.count(x) > 1]
    missing = [x for x in LETTERS if listed.count(x) == 0]
    if twice or missing:
        what = "; ".join(filter(None, [
            twice and "listed more than once: " + ", ".join(f"({x})" for x in twice),
            missing and "not listed: " + ", ".join(f"({x})" for x in missing)]))
        problems.append(problem(what, "give every clause h to q exactly one line",
                                f"({(twice or missing)[0]})", "letter_2008"))
    letters_2017 = [row["letter_2017"] for row in rows]
    for letter in sorted({x for x in letters_2017 if letters_2017.count(x) > 1}):
        problems.append(problem(f"the 2017 letter ({letter}) is given to two clauses",
                                "each 2017 letter belongs to one clause", f"({letter})",
                                "letter_2017"))
    return (None, problems) if problems else (tuple(rows), [])
