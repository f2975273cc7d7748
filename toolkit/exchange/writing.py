"""Writing one participant's answers to an export file: free text only by choice, and checked.

Nothing here touches the network: an export is a file, written privately (0600) where the
participant says, into the facilitator's collect folder (``COCO_COLLECT_DIR``) or, failing
both, into the current folder (the notebook's, where JupyterLab's file browser shows it).
"""

from __future__ import annotations

import json
import os
import re
import secrets
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from pydantic import ValidationError

from .. import logs
from ..errors import CocoError
from ..answers import COMMITMENT, REFLECTION, SCENARIO
from .schema import (_ID, ANSWER, DIGEST_FIELD, FORMAT_NAME, FORMAT_VERSION, KINDS, MAX_BYTES,
                     Export, digest)

from ..locations import COLLECT_ENV, collect_dir
_NAME_ATTEMPTS = 8


@dataclass(frozen=True)
class FindingNote:
    """Where the privacy check found something; deliberately without the text it found."""

    item_id: str
    section: str
    answer_kind: str
    kind: str
    start: int
    end: int
    suggestion: str = ""

    @property
    def token(self) -> str:
        """What a participant passes to confirm this finding: ``h-r1:phone@12-24``.

        It names the answer, the kind and the span, so a confirmation no longer applies once
        the text is edited and the finding moves or changes."""
        return f"{self.item_id}:{self.kind}@{self.start}-{self.end}"

    def describe(self) -> str:
        # Counted from 1 for people; the token keeps the scanner's own offsets.
        what = _KIND_WORDS.get(self.kind, self.kind.replace("_", " "))
        return f"{what} at characters {self.start + 1}-{self.end}"


_KIND_WORDS = {"phone": "phone number", "email": "e-mail address", "dob": "date of birth",
               "case_number": "case or record number", "ssn": "Social Security number",
               "id_number": "ID number"}


class FindingsBlocked(CocoError):
    """Free text to be exported holds possible identifying details nobody has confirmed."""

    def __init__(self, findings: list[FindingNote]):
        self.findings = findings
        lines = []
        for item_id in dict.fromkeys(f.item_id for f in findings):
            mine = [f for f in findings if f.item_id == item_id]
            where = f"clause ({mine[0].section})" if len(mine[0].section) == 1 \
                else mine[0].section
            lines.append(f"  {item_id} ({where}, {mine[0].answer_kind}): "
                         + "; ".join(f.describe() for f in mine))
        super().__init__(
            f"Nothing was exported: {len(findings)} possible identifying detail(s) in your "
            "free text.\n" + "\n".join(lines) + "\n"
            + "".join(f"{tip}\n" for tip in dict.fromkeys(f.suggestion for f in findings) if tip)
            + "Edit those answers in the notebook and export again.")

    def cli_hint(self) -> str:
        return ("If you have checked that these are not identifying, export anyway with:\n  "
                + " ".join(f"--confirm {f.token}" for f in self.findings))


@dataclass(frozen=True)
class Written:
    path: Path
    answers: int
    left_out: int          # reflections and commitment texts not included
    to_collect: bool
    confirmed: tuple[FindingNote, ...] = ()

    def message(self, opt_in: str = "--include-reflections") -> str:
        where = (f"to your facilitator's collect folder (as {self.path.name})" if self.to_collect
                 else f"to {self.path}")
        text = f"Exported {self.answers} answer(s) {where}; only your account can read the file."
        if self.left_out:
            text += (f"\nYour free text ({self.left_out} reflection(s) or commitment(s)) was left "
                     f"out; to share it with your facilitator, export with {opt_in}.")
        if self.confirmed:
            text += (f"\nExported with {len(self.confirmed)} possible identifying detail(s) "
                     "that you confirmed.")
        return text


def export(output: str | os.PathLike | None = None, *, include_reflections: bool = False,
           confirm_findings: bool | Iterable[str] = False, home=None) -> Written:
    """Write the participant's current answers; raise ``CocoError`` with a plain message.

    ``confirm_findings`` is the tokens of the findings accepted (``FindingNote.token``), False,
    or True: accept every finding, seen or not (for scripts; see ``export_answers``)."""
    from ..store import open_store

    store = open_store(home)
    answers, left_out, free = [], 0, []
    for record in store.records():
        kind, value = record["kind"], record["value"]
        if kind not in KINDS:
            # A kind this Coco does not know may hold free text: leave it out rather than guess.
            logs.logger().info("export: answer %s of unknown kind %r left out",
                               record["item_id"], kind)
            continue
        if kind == REFLECTION.name and not include_reflections:
            left_out += 1
            continue
        if kind == COMMITMENT.name and isinstance(value, dict):
            text = value.get("text")
            if text and not include_reflections:
                left_out += 1
            value = {"date": value.get("date"),
                     "text": text if include_reflections else None}
        fields = {**{k: record[k] for k in ("item_id", "section", "kind", "saved_at")},
                  "value": value}
        if kind == SCENARIO.name:
            fields["first_value"] = _first_attempt(store, record["item_id"])
        try:
            # Validated as read_export will validate it, then written in the same JSON form.
            answer = ANSWER.dump_python(ANSWER.validate_python(_without_none(fields)),
                                        mode="json")
        except ValidationError:
            raise CocoError(f"Your saved answer {record['item_id']} has a value Coco does not "
                            "expect, so nothing was exported. Tell your facilitator.") from None
        answers.append(answer)
        if kind == REFLECTION.name:
            free.append((answer, value))
        elif kind == COMMITMENT.name and value.get("text"):
            free.append((answer, value["text"]))
    if not answers and not left_out:
        raise CocoError("You have no saved answers yet, so there is nothing to export.")
    confirmed = _check_free_text(free, confirm_findings) if free else ()

    from ..version import __version__

    answers.sort(key=lambda a: (a["section"], a["item_id"]))
    content = {
        "format": FORMAT_NAME, "version": FORMAT_VERSION, "participant": store.participant,
        "exported_at": datetime.now(timezone.utc).isoformat(timespec="microseconds"),
        "coco_version": __version__, "includes_free_text": bool(include_reflections),
        "answers": answers,
    }
    content[DIGEST_FIELD] = digest(content)
    Export.model_validate(content)  # what we write must be what read_export accepts
    data = (json.dumps(content, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    if len(data) > MAX_BYTES:
        raise CocoError(f"Your answers come to {len(data) // 1024} KB, more than an export may "
                        "hold. Tell your facilitator.")
    path, to_collect = _write(output, data)
    return Written(path, len(answers), left_out, to_collect, tuple(confirmed))


def _without_none(fields: dict) -> dict:
    """An export leaves out what is unknown (a first attempt, a commitment's unshared text)
    rather than writing null."""
    return {k: _without_none(v) if isinstance(v, dict) else v
            for k, v in fields.items() if v is not None}


def _first_attempt(store, item_id: str) -> str | None:
    """The option of the first "Check my answer", so the group sees how minds changed.

    The history is append-only and oldest first; a store made before it kept one (or a value
    that is not an option id) gives None, which the file leaves out and readers treat as
    unknown."""
    history = store.history(item_id)
    first = history[0].value if history else None
    return first if isinstance(first, str) and re.fullmatch(_ID, first) else None


def _check_free_text(free, confirm_findings) -> list[FindingNote]:
    """Scan again on export: the text may predate the guard, or the guard may have improved."""
    try:
        from ..invented import allowed_names_or_none
        from ..privacy import scan
    except ImportError:
        raise CocoError("Coco cannot check your free text for identifying details here, so it "
                        "was not exported. Export without your reflections, or tell your "
                        "facilitator.") from None
    allowed = allowed_names_or_none()  # the scenarios' invented people, as the notebooks allow
    found = [FindingNote(answer["item_id"], answer["section"], answer["kind"], str(f.kind),
                         f.start, f.end, str(f.suggestion))
             for answer, text in free for f in scan(text, allowed_names=allowed)]
    if confirm_findings is True:
        return found
    accepted = set() if confirm_findings is False else {str(t).strip() for t in confirm_findings}
    missing = [f for f in found if f.token not in accepted]
    if missing:
        raise FindingsBlocked(missing)
    return found


def _export_mode(folder: Path, to_collect: bool) -> int:
    """0600; but 0640 in a collect folder whose set-group-ID bit an administrator set (mode
    3753, group: the facilitators, as deploy/jupyterhub/install.sh makes it), so that its
    group can read every export while participants, who are not in it, can write but neither
    list nor read each other's. Without that bit only the participant can read the file, and a
    facilitator who is not root needs an admin."""
    if to_collect and os.name == "posix":
        try:
            if folder.stat().st_mode & stat.S_ISGID:
                return 0o640
        except OSError:
            pass
    return 0o600


def _write(output, data: bytes) -> tuple[Path, bool]:
    from ..store import write_private

    collect = collect_dir()
    if output is not None:
        target = Path(output).expanduser()
        folder, name = (target, None) if target.is_dir() else (target.parent, target.name)
        to_collect = False
    elif collect:
        folder, name, to_collect = collect, None, True
        if not folder.is_dir():
            raise CocoError(f"The collect folder {folder} (set by {COLLECT_ENV}) does not exist "
                            "or is not a folder. Tell your facilitator; nothing was exported.")
    else:
        folder, name, to_collect = Path.cwd(), None, False
    for _ in range(1 if name else _NAME_ATTEMPTS):
        # Random names, created exclusively: in a shared drop folder a predictable name lets
        # someone else create "your" file first and read what you write into it.
        path = folder / (name or _random_name(to_collect))
        try:
            write_private(path, data, exclusive=True, mode=_export_mode(folder, to_collect))
            return path, to_collect
        except FileExistsError:
            if name:
                raise CocoError(f"{path} already exists, and Coco never overwrites a file. "
                                "Choose another name, or delete the old file first.") from None
        except OSError as exc:
            raise CocoError(f"Coco could not write {path} ({exc.strerror or exc}); nothing was "
                            "exported.") from None
    raise CocoError(f"Coco could not find a free file name in {folder}; nothing was exported.")


def _random_name(to_collect: bool) -> str:
    if to_collect:
        return f"coco-{secrets.token_hex(16)}.json"
    return f"coco-answers-{datetime.now().strftime('%Y-%m-%d')}-{secrets.token_hex(4)}.json"


@dataclass
class ExportResult:
    """What ``toolkit.export_answers()`` returns: shown in a notebook as a plain notice."""

    ok: bool
    message: str
    path: Path | None = None
    findings: list[FindingNote] = field(default_factory=list)

    def __bool__(self) -> bool:
        return self.ok

    def __repr__(self) -> str:
        return self.message

    def _repr_html_(self) -> str:
        from ..notices import Notice

        title = "Your answers were exported" if self.ok else "Your answers were not exported"
        return Notice(title, self.message, tone="info" if self.ok else "problem")._repr_html_()


def export_answers(path=None, *, include_reflections: bool = False,
                   confirm_findings: bool | Iterable[str] = False, home=None,
                   blocked_hint: str | None = None) -> ExportResult:
    """Export from a notebook. Never raises: every outcome is an ``ExportResult``.

    Writes to ``path``, else to the facilitator's collect folder when ``COCO_COLLECT_DIR`` is
    set, else to a new file beside the notebook. Reflections and commitment texts go in only
    with ``include_reflections=True``, after the privacy check; its findings stop the export
    until the text is edited or they are confirmed by their tokens (``FindingNote.token``),
    which the blocked message names. ``blocked_hint`` replaces that advice where confirming
    looks different (the answers panel has a button).

    ``confirm_findings=True`` accepts whatever the check finds, including details saved
    after the reader last looked; it stays for scripts that export text they wrote
    themselves. No widget may pass it: a button confirms the tokens it showed, nothing more."""
    try:
        written = export(path, include_reflections=include_reflections,
                         confirm_findings=confirm_findings, home=home)
    except FindingsBlocked as exc:
        hint = blocked_hint if blocked_hint is not None else (
            "If they are not identifying, export anyway with confirm_findings="
            f"{[f.token for f in exc.findings]!r}.")
        return ExportResult(False, f"{exc}\n{hint}", findings=exc.findings)
    except CocoError as exc:
        return ExportResult(False, str(exc))
    except Exception as exc:  # noqa: BLE001 - a notebook must never show a traceback
        logs.unexpected("export_answers")
        return ExportResult(False, f"Your answers could not be exported ({type(exc).__name__}). "
                            "They are still saved. Please tell your facilitator.")
    return ExportResult(True, written.message("include_reflections=True"), written.path,
                        list(written.confirmed))
