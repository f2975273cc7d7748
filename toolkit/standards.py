"""The standards and our curriculum, loaded and validated once per kernel.

A bad file never reaches a widget: ``load`` either returns the whole, checked curriculum or
raises one ``DataError`` that lists every problem with file, clause, field and a way to mend it.
"""

from __future__ import annotations

import difflib
import functools
import os
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from pydantic import BaseModel, ValidationError

from .datafiles import Problem, display_name, read_yaml
from .errors import DataError
from .models import (LETTERS, ActionPlan, Agenda, ClauseContent, StandardClause, Standards,
                     Welcome)

STANDARDS_FILE = Path("standards") / "nasw-1.07.yaml"
CURRICULUM_DIR = Path("curriculum")
AGENDA_FILE = Path("agenda.yaml")
SECTIONS = ("welcome", *LETTERS, "action-plan")


def default_data_dir() -> Path:
    """``COCO_DATA`` if set (a facilitator's own copy), else the ``data/`` beside the package."""
    configured = os.environ.get("COCO_DATA")
    if configured:
        return Path(configured).expanduser()
    return Path(__file__).resolve().parent.parent / "data"


@dataclass(frozen=True)
class Clause:
    """One clause: the source's wording and our teaching content, side by side."""

    standard: StandardClause
    content: ClauseContent
    edition: int

    @property
    def letter(self) -> str:
        return self.standard.letter


@dataclass(frozen=True)
class Curriculum:
    standards: Standards
    clauses: dict[str, Clause]
    welcome: Welcome
    action_plan: ActionPlan
    agenda: Agenda

    def section(self, name: str):
        """The content of a notebook section: a clause letter, "welcome" or "action-plan"."""
        if name == "welcome":
            return self.welcome
        if name == "action-plan":
            return self.action_plan
        return self.clauses[name].content


# ------------------------------------------------------------------- pydantic -> Problem


def _field_path(loc: tuple, raw: object) -> str:
    """``scenarios[2] (h-s2) > options[1] (h-s2-a) > feedback``: numbered from 1, with ids."""
    parts, node = [], raw
    for key in loc:
        if isinstance(key, int):
            node = node[key] if isinstance(node, list) and key < len(node) else None
            ident = (node.get("id") or node.get("name")) if isinstance(node, dict) else None
            parts[-1] += f"[{key + 1}]" + (f" ({ident})" if isinstance(ident, str) else "")
        else:
            node = node.get(key) if isinstance(node, dict) else None
            parts.append(str(key))
    return " > ".join(parts) or "(whole file)"


def _describe(model: type[BaseModel], loc: tuple) -> str | None:
    """The schema's description of the field at ``loc``: it is the hint for mending it."""
    current: object = model
    description = None
    for key in loc:
        if isinstance(key, int):
            continue
        fields = getattr(current, "model_fields", None)
        if not fields or key not in fields:
            return description
        info = fields[key]
        description = info.description
        annotation = info.annotation
        inner = getattr(annotation, "__args__", None)
        current = next((a for a in (inner or (annotation,)) if hasattr(a, "model_fields")), None)
    return description


def _mend(model, error) -> str:
    loc, kind = error["loc"], error["type"]
    described = _describe(model, loc)
    if kind == "misspelt":
        return f"rename '{loc[-1]}' to '{error['wanted']}'"
    if kind == "missing":
        return f"add the field '{loc[-1]}': {described or 'see data/README.md'}"
    if kind == "extra_forbidden":
        allowed = ", ".join(_allowed_fields(model, loc[:-1]))
        return f"remove it, or correct its spelling; the fields allowed here are: {allowed}"
    if kind == "literal_error":
        return f"use one of: {error.get('ctx', {}).get('expected', 'the allowed values')}"
    if kind == "string_pattern_mismatch" and loc and loc[-1] == "id":
        return ("ids are a clause letter, a dash, a kind letter and a number, such as h-c7 or "
                "h-s2-b; see data/README.md")
    return described or "compare this field with data/README.md"


def _allowed_fields(model, loc) -> list[str]:
    current = model
    for key in loc:
        if isinstance(key, int):
            continue
        info = current.model_fields.get(key)
        if info is None:
            break
        inner = getattr(info.annotation, "__args__", None) or (info.annotation,)
        current = next((a for a in inner if hasattr(a, "model_fields")), current)
    return list(current.model_fields)


def _what(error) -> str:
    kind, value = error["type"], error.get("input")
    if kind == "missing":
        return "this field is missing"
    if kind == "extra_forbidden":
        return "this field is not part of the format"
    if kind == "misspelt":
        return f"'{error['loc'][-1]}' looks like a misspelling of '{error['wanted']}'"
    shown = repr(value) if not isinstance(value, (dict, list)) else type(value).__name__
    if len(shown) > 60:
        shown = shown[:57] + "..."
    if kind == "string_pattern_mismatch":
        return f"{shown} is not in the expected form"
    message = error["msg"].removeprefix("Value error, ")
    return f"{message} (found {shown})"


def _validate(model: type[BaseModel], raw: dict, name: str, clause: str):
    try:
        return model.model_validate(raw), []
    except ValidationError as exc:
        errors = _pair_misspellings(exc.errors(include_url=False))
        return None, [Problem(name, clause, _field_path(e["loc"], raw), _what(e), _mend(model, e))
                      for e in errors]


def _pair_misspellings(errors: list[dict]) -> list[dict]:
    """A misspelt key shows up as one field missing and one unknown: say it once, as a typo."""
    extra = {e["loc"]: e for e in errors if e["type"] == "extra_forbidden"}
    merged, used = [], set()
    for error in errors:
        if error["type"] == "missing":
            parent, wanted = error["loc"][:-1], str(error["loc"][-1])
            near = difflib.get_close_matches(
                wanted, [str(loc[-1]) for loc in extra if loc[:-1] == parent], n=1, cutoff=0.7)
            if near:
                typo = extra[parent + (near[0],)]
                used.add(typo["loc"])
                merged.append({**typo, "type": "misspelt", "wanted": wanted})
                continue
        merged.append(error)
    return [e for e in merged if not (e["type"] == "extra_forbidden" and e["loc"] in used)]


# ------------------------------------------------------------------------ loading


def _load_standards(data_dir: Path):
    path = data_dir / STANDARDS_FILE
    raw, problems = read_yaml(path, data_dir, "(all)")
    if raw is None:
        return None, problems
    letter = "(all)"
    standards, problems = _validate(Standards, raw, display_name(path, data_dir), letter)
    if standards is None:
        return None, problems
    name = display_name(path, data_dir)
    seen = [c.letter for c in standards.clauses]
    for missing in sorted(set(LETTERS) - set(seen)):
        problems.append(Problem(name, f"({missing})", "clauses", "this clause has no record",
                                "copy its wording from the source page, exactly"))
    for letter in sorted({x for x in seen if seen.count(x) > 1}):
        problems.append(Problem(name, f"({letter})", "clauses > letter",
                                "two records have this letter", "keep one record per clause"))
    problems += _compare_with_source(standards, data_dir, name)
    for c in standards.clauses:
        if c.truncated and not c.note:
            problems.append(Problem(name, f"({c.letter})", "note", "a cut-off clause has no note",
                                    "add a note saying where the source page stops"))
    return standards, problems


def source_page_clauses(page_text: str) -> dict[str, str]:
    """Clauses as the page prints them; its line breaks are layout, so they become spaces."""
    found = {}
    for match in re.finditer(r"^\(([a-z])\) (.*?)(?=^\([a-z]\) |\n\s*\n|\Z)", page_text,
                             re.M | re.S):
        found[match.group(1)] = " ".join(match.group(2).split("\n")).strip()
    return found


def _compare_with_source(standards: Standards, data_dir: Path, name: str) -> list[Problem]:
    """The wording must be the page's own: we quote the Code, we never paraphrase it here."""
    page = data_dir / standards.source.file
    try:
        printed = source_page_clauses(page.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return [Problem(name, "(all)", "source > file", f"the source page {standards.source.file}"
                        " cannot be read", "restore data/source/ from the Coco download or git")]
    problems = []
    for clause in standards.clauses:
        expected = printed.get(clause.letter)
        if expected is None or clause.text == expected:
            continue
        at = next((i for i, (a, b) in enumerate(zip(clause.text, expected)) if a != b),
                  min(len(clause.text), len(expected)))
        problems.append(Problem(
            name, f"({clause.letter})", "text",
            f"the wording differs from the source page at character {at + 1} "
            f"(here: {clause.text[at:at + 20]!r}; on the page: {expected[at:at + 20]!r})",
            f"copy clause ({clause.letter}) from {standards.source.file} exactly; the page's "
            "line breaks become single spaces"))
    return problems


def _load_section(data_dir: Path, section: str):
    path = data_dir / CURRICULUM_DIR / f"{section}.yaml"
    label = f"({section})" if section in LETTERS else section
    raw, problems = read_yaml(path, data_dir, label)
    if raw is None:
        return None, problems
    model = {"welcome": Welcome, "action-plan": ActionPlan}.get(section, ClauseContent)
    name = display_name(path, data_dir)
    content, problems = _validate(model, raw, name, label)
    if content is not None:
        from .checks import check_section

        problems += check_section(content, section, name, label)
    return content, problems


@functools.lru_cache(maxsize=4)
def _load_cached(data_dir: Path) -> Curriculum:
    problems: list[Problem] = []
    standards, found = _load_standards(data_dir)
    problems += found
    sections = {}
    for section in SECTIONS:
        content, found = _load_section(data_dir, section)
        problems += found
        sections[section] = content
    agenda_path = data_dir / AGENDA_FILE
    raw, found = read_yaml(agenda_path, data_dir, "(agenda)")
    agenda = None
    if raw is not None:
        agenda, found = _validate(Agenda, raw, display_name(agenda_path, data_dir), "(agenda)")
    problems += found
    if not problems:
        from .checks import check_across, check_agenda

        problems += check_agenda(agenda, sections, display_name(agenda_path, data_dir))

        display = {s: display_name(data_dir / CURRICULUM_DIR / f"{s}.yaml", data_dir)
                   for s in SECTIONS}
        problems += check_across(sections, display)
    if problems:
        raise DataError(problems)
    by_letter = {c.letter: c for c in standards.clauses}
    clauses = {x: Clause(by_letter[x], sections[x], standards.edition) for x in LETTERS}
    return Curriculum(standards, clauses, sections["welcome"], sections["action-plan"], agenda)


def load(data_dir: Path | str | None = None) -> Curriculum:
    """The whole curriculum, validated; cached per kernel so widgets stay fast."""
    return _load_cached(Path(data_dir or default_data_dir()).resolve())


def check(data_dir: Path | str | None = None) -> list[Problem]:
    """Every problem in ``data_dir``, freshly read (never cached): the empty list means valid."""
    try:
        _load_cached.__wrapped__(Path(data_dir or default_data_dir()).resolve())
    except DataError as exc:
        return exc.problems
    return []


def clause_info(letter: str, data_dir=None) -> Clause:
    letter = str(letter).strip().strip("()").lower()
    curriculum = load(data_dir)
    if letter not in curriculum.clauses:
        from .errors import CocoError

        raise CocoError(f"There is no clause ({letter}) in this curriculum; the clauses are "
                        f"{', '.join('(' + x + ')' for x in LETTERS)}.")
    return curriculum.clauses[letter]


def clauses(data_dir=None) -> pd.DataFrame:
    """One row per clause, indexed by letter: wording, edition and our content's headline."""
    curriculum = load(data_dir)
    rows = []
    for letter, c in curriculum.clauses.items():
        rows.append({
            "letter": letter,
            "title": c.content.title,
            "slug": c.content.slug,
            "text": c.standard.text,
            "truncated": c.standard.truncated,
            "edition": c.edition,
            "summary": c.content.summary,
            "checklist_items": len(c.content.checklist),
            "scenarios": len(c.content.scenarios),
            "minutes": c.content.minutes.total,
        })
    return pd.DataFrame(rows).set_index("letter")
