"""Export, import and erase: the only ways a participant's answers leave or leave for good.

- ``export`` / ``export_answers`` (notebooks; never raises) write one participant's answers to
  a versioned JSON file, mode 0600; free text only by choice, and checked again first.
- ``read_export`` / ``collect_exports`` / ``load_exports`` (the facilitator) validate exports,
  leave out duplicates and unusable files with a reason, and give a DataFrame. What the group's
  answers add up to is ``toolkit.facilitator``'s business, not the file format's.
- ``erase_answers`` deletes the participant's store.
The file format is written down in ``toolkit.exchange.schema``. Nothing here uses the network.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import CocoError

from .reading import (COLUMNS, ExchangeWarning, ExportFileError, ReadCache, Skipped,
                      collect_exports, load_exports, read_export)
from .schema import FORMAT_NAME, FORMAT_VERSION, MAX_BYTES, Export
from .writing import (COLLECT_ENV, ExportResult, FindingNote, FindingsBlocked, Written, export,
                      export_answers)

__all__ = ["COLLECT_ENV", "COLUMNS", "FORMAT_NAME", "FORMAT_VERSION", "MAX_BYTES",
           "ExchangeWarning", "Export", "ExportFileError", "ExportResult", "FindingNote",
           "FindingsBlocked", "ReadCache", "Skipped", "Written", "collect_exports",
           "erase_answers", "erase_report", "export", "export_answers", "load_exports",
           "read_export"]


def erase_answers(home=None) -> list[Path]:
    """Delete the participant's stored answers (``toolkit.store.erase``); what was removed."""
    from ..store import erase

    try:
        return list(erase(home))
    except OSError as exc:
        raise CocoError(f"Coco could not erase everything ({exc.strerror or exc}: "
                        f"{exc.filename}). Tell your facilitator.") from None


def erase_report(removed: list[Path]) -> str:
    if not removed:
        return "There was nothing to erase: no saved answers were found."
    return ("Erased for good:\n" + "\n".join(f"  {path}" for path in removed)
            + "\nExport files you made earlier are not touched: delete them yourself if you "
            "wish (ones you gave your facilitator stay with them).")
