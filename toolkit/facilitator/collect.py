"""``python -m toolkit collect DIR [-o results.xlsx|results.csv]``: the group's tables as files.

The same tables as the dashboard (``results.group_results``), for an agency's report:

- ``.xlsx``: one workbook, an "About" sheet saying what each table counts, then one sheet per
  table (participation, completion, scenarios, habits);
- ``.csv``: one file per table beside the name given, ``results-about.csv``,
  ``results-participation.csv`` and so on (one table per file opens cleanly in a spreadsheet;
  a single long file would mix columns that mean different things), UTF-8 with a byte-order
  mark so that Excel reads “quotes” and accents right.

Every file is private (0600) and none is ever overwritten: if any of them exists, nothing is
written. Shared free text is not written: participants shared it with their facilitator, and a
report travels further than the room. Files left out are listed on stderr with their reason,
not in the report, because a file's name may be whatever its owner typed.

Exit status: 0 when the tables were made, 1 when no export could be used (or writing failed).
This module's top level imports nothing heavy, so the command line stays quick to start.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from ..errors import CocoError

HELP = "the group's results from a folder of exports, as tables"
SUFFIXES = (".xlsx", ".csv")


def add_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The command's arguments; ``python -m toolkit`` and the tests use this one definition."""
    parser.add_argument("folder", metavar="DIR",
                        help="the collect folder, or any folder of export files (*.json)")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write the tables to FILE: .xlsx (one sheet per table) or .csv "
                             "(one file per table, named FILE's name plus the table's); never "
                             "overwritten. Without it the main tables are printed.")
    return parser


def run(args) -> int:
    """Read the folder, list what was left out on stderr, then print or write the tables."""
    from ..exchange import collect_exports
    from ..standards import load
    from .results import group_results, sheet_reader

    folder = Path(args.folder).expanduser()
    if not folder.is_dir():
        raise CocoError(f"{folder} is not a folder. Give the folder that holds the exports "
                        "(the collect folder).")
    output = Path(args.output).expanduser() if args.output else None
    if output is not None:
        _targets(output)  # a wrong name or an existing file stops before any reading
    curriculum = load()
    exports, duplicates, problems = collect_exports(folder, keep=sheet_reader(curriculum))
    for skipped in duplicates + problems:
        print(f"collect: left out {skipped}", file=sys.stderr)
    if not exports:
        print(f"collect: no usable export in {folder}, so nothing was "
              f"{'written' if output else 'shown'}.", file=sys.stderr)
        return 1
    results = group_results(exports, curriculum, len(duplicates) + len(problems))
    if not results.enough:
        print("collect: fewer than 3 participants, so every figure reads \"fewer than 3\".",
              file=sys.stderr)
    if output is None:
        print(_text(results))
        return 0
    for path in write_report(results, output):
        print(f"wrote {path} (only your account can read it)")
    return 0


def main(argv: list[str] | None = None) -> int:
    """The command on its own, as ``python -m toolkit collect`` runs it (for tests)."""
    args = add_arguments(argparse.ArgumentParser(prog="python -m toolkit collect",
                                                 description=HELP)).parse_args(argv)
    try:
        return run(args)
    except CocoError as exc:
        print(f"collect: {exc}", file=sys.stderr)
        return 1


def _targets(output: Path) -> dict[str, Path]:
    """Table name -> the file it goes to (one entry, "", for a workbook); refuse bad names."""
    suffix = output.suffix.lower()
    if suffix not in SUFFIXES:
        raise CocoError(f"{output.name}: Coco writes the tables as .xlsx (one workbook) or .csv "
                        "(one file per table). Give a name ending in one of those.")
    if suffix == ".xlsx":
        targets = {"": output}
    else:
        from .results import ABOUT

        targets = {name: output.with_name(f"{output.stem}-{name}.csv")
                   for name in ("about", *ABOUT)}
    existing = [p for p in targets.values() if p.exists()]
    if existing:
        raise CocoError(f"{existing[0]} already exists, and Coco never overwrites a file; "
                        "nothing was written. Choose another name, or move the old file first.")
    if not output.parent.is_dir():
        raise CocoError(f"There is no folder {output.parent} to write {output.name} into.")
    return targets


def about_table():
    """What each table counts, and the rule that hides small groups: the report's first page."""
    import pandas as pd

    from .results import ABOUT, SUPPRESSION

    rows = list(ABOUT.items())
    rows.append(("hidden figures", SUPPRESSION))
    rows.append(("not included", "Participants' names or pseudonyms, file names, and the "
                 "free text some participants shared (it is shown only on the facilitator's "
                 "dashboard)."))
    return pd.DataFrame(rows, columns=["Table", "What it shows"])


def write_report(results, output: Path) -> list[Path]:
    """Write the tables privately; all or nothing, never over an existing file."""
    from ..store import write_private

    targets = _targets(output)
    tables = {"about": about_table(), **results.tables()}
    if "" in targets:
        contents = {output: _workbook(tables)}
    else:
        contents = {targets[name]: frame.to_csv(index=False).encode("utf-8-sig")
                    for name, frame in tables.items()}
    written = []
    try:
        for path, data in contents.items():
            write_private(path, data, exclusive=True)
            written.append(path)
    except FileExistsError as exc:
        _undo(written)
        raise CocoError(f"{exc.filename} appeared while Coco was writing, and Coco never "
                        "overwrites a file; nothing was written. Try again with another "
                        "name.") from None
    except OSError as exc:
        _undo(written)
        raise CocoError(f"Coco could not write {exc.filename or output} "
                        f"({exc.strerror or exc}); nothing was written.") from None
    return written


def _undo(paths: list[Path]) -> None:
    for path in paths:
        path.unlink(missing_ok=True)


def _workbook(tables: dict) -> bytes:
    import pandas as pd

    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for name, frame in tables.items():
            sheet = name.capitalize()
            frame.to_excel(writer, sheet_name=sheet, index=False)
            columns = writer.sheets[sheet].column_dimensions
            for n, column in enumerate(frame.columns):
                longest = max([len(str(column)), *(len(str(v)) for v in frame[column])])
                columns[_letter(n)].width = min(max(10, longest + 2), 80)
    return buffer.getvalue()


def _letter(n: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(n + 1)


def _text(results) -> str:
    """The main tables for a terminal; the full set goes to a file with -o."""
    from .results import SUPPRESSION

    habits = results.habits.head(10).copy()
    habits["Habit"] = [h if len(h) <= 60 else h[:59] + "…" for h in habits["Habit"]]
    parts = []
    for title, frame in (("Who took part", results.participation),
                         ("Completion per clause", results.completion),
                         ("The 10 habits least often ticked", habits)):
        left = {c: f"{{:<{frame[c].astype(str).str.len().max()}}}".format
                for c in ("What", "Clause", "Habit") if c in frame}
        parts.append(f"{title}\n{frame.to_string(index=False, formatters=left)}")
    parts.append(f"{SUPPRESSION}\nAll tables, scenarios included: add -o results.xlsx or "
                 "-o results.csv.")
    return "\n\n".join(parts)


if __name__ == "__main__":
    sys.exit(main())
