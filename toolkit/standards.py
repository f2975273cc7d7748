"""The standards and our curriculum, loaded and validated once per kernel.

A bad file never reaches a widget: ``load`` either returns the whole, checked curriculum or
raises one ``DataError`` that lists every problem with file, clause, field and a way to mend it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from .checks import check_across, check_agenda, check_section
from .datafiles import display_name, read_yaml
from .edition_letters import read_crosswalk
from .errors import CocoError, DataError
from .models import (LETTERS, ActionPlan, Agenda, ClauseContent, FacilitatorGuide,
                     StandardClause, Standards, Welcome)
from .problems import Problem
from .problems import validate as _validate

STANDARDS_FILE = Path("standards") / "nasw-1.07.yaml"
CURRICULUM_DIR = Path("curriculum")
AGENDA_FILE = Path("agenda.yaml")
GUIDE_FILE = Path("facilitator.yaml")
SECTIONS = ("welcome", *LETTERS, "action-plan")


def default_data_dir() -> Path:
    """``COCO_DATA`` if set (a facilitator's own copy), else the curriculum Coco came with."""
    from .locations import data_dir

    return data_dir()


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
class Parts:
    """What a participant can answer or read in one section, in one shape for every section.

    The welcome has a checklist and no scenarios, the action plan commitments and no checklist;
    entry points ask for a part and find it empty rather than missing, so a section without a
    part is a plain notice ("the action plan has no checklist"), never an AttributeError.
    """

    section: str
    label: str
    checklist: tuple = ()
    scenarios: tuple = ()
    coaching_questions: tuple = ()
    reflection_prompts: tuple = ()
    commitments: tuple = ()
    key_points: tuple = ()

    @classmethod
    def of(cls, section: str, content) -> "Parts":
        def part(name):
            return tuple(getattr(content, name, None) or ())

        return cls(section, section_label(section), part("checklist"), part("scenarios"),
                   part("coaching_questions"), part("reflection_prompts"), part("prompts"),
                   part("key_points"))


def section_label(section: str) -> str:
    """How a participant reads a section's name: "clause (h)", "the welcome", "the action plan"."""
    return f"clause ({section})" if section in LETTERS else "the " + section.replace("-", " ")


@dataclass(frozen=True)
class Curriculum:
    standards: Standards
    clauses: dict[str, Clause]
    welcome: Welcome
    action_plan: ActionPlan
    agenda: Agenda
    crosswalk: tuple[dict, ...]  # data/crosswalk.csv's rows; toolkit.crosswalk() gives a table
    guide: FacilitatorGuide

    def section(self, name: str):
        """The content of a notebook section: a clause letter, "welcome" or "action-plan"."""
        if name == "welcome":
            return self.welcome
        if name == "action-plan":
            return self.action_plan
        return self.clauses[name].content

    def parts(self, name: str) -> Parts:
        """The answerable parts of a section; raises ``CocoError`` for a section that is not."""
        name = str(name).strip().strip("()").lower()
        if name not in SECTIONS:
            raise CocoError(f"There is no part ({name}) in this curriculum; the parts are "
                            f"the welcome, {', '.join('(' + x + ')' for x in LETTERS)} and the "
                            "action plan.")
        return Parts.of(name, self.section(name))

    def options_shown(self, scenario_id: str) -> list:
        """A scenario's options in the order a participant sees them.

        The data lists options in the order an author wrote them, which tends to put the best
        one in the same place. Shown, the best option moves round the positions: in the n-th
        scenario of the workshop it stands at position n modulo the number of options, the
        others keep their written order. The order is the same on every run (answers are kept
        by option id, so even an edited file never moves a saved choice to another option).
        """
        number = self._scenario_numbers()[scenario_id]
        _, scenario = self.scenario(scenario_id)
        best = next(o for o in scenario.options if o.best)
        others = [o for o in scenario.options if not o.best]
        at = number % len(scenario.options)
        return [*others[:at], best, *others[at:]]

    def _scenario_numbers(self) -> dict[str, int]:
        return {s.id: n for n, s in enumerate(
            s for name in SECTIONS for s in self.parts(name).scenarios)}

    def scenario(self, scenario_id: str):
        """(section, scenario) for a scenario id such as "m-s2"."""
        wanted = str(scenario_id).strip().lower()
        for name in SECTIONS:
            for scenario in self.parts(name).scenarios:
                if scenario.id == wanted:
                    return name, scenario
        raise CocoError(f"There is no scenario {wanted!r} in this curriculum. Scenario ids look "
                        "like m-s1: the clause letter, then s and a number.")


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
        cut_off = not clause.text.rstrip().endswith((".", "?", "!", "\u201d", '"'))
        if clause.truncated != cut_off:
            problems.append(Problem(
                name, f"({clause.letter})", "truncated",
                f"says {str(clause.truncated).lower()}, but the text "
                + ("stops mid-sentence" if cut_off else "ends with a full sentence"),
                f"set truncated: {str(cut_off).lower()}"
                + (" and add a note saying where the page stops" if cut_off else "")))
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
        problems += check_section(content, section, name, label)
    return content, problems


@functools.lru_cache(maxsize=4)
def _load_cached(data_dir: Path) -> Curriculum:
    if not (data_dir / STANDARDS_FILE.parent).is_dir() and not (data_dir / CURRICULUM_DIR).is_dir():
        raise DataError([Problem(data_dir.name + "/", "(all)", "(folder)",
                                 "this folder holds no Coco data (no standards/ or curriculum/)",
                                 "give the path of Coco's data folder, the one that holds "
                                 "standards/ and curriculum/")])
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
    crosswalk, found = read_crosswalk(data_dir)
    problems += found
    guide_path = data_dir / GUIDE_FILE
    raw, found = read_yaml(guide_path, data_dir, "(guide)")
    guide = None
    if raw is not None:
        guide, found = _validate(FacilitatorGuide, raw, display_name(guide_path, data_dir),
                                 "(guide)")
    problems += found
    if not problems:
        problems += check_agenda(agenda, sections, display_name(agenda_path, data_dir))
        display = {s: display_name(data_dir / CURRICULUM_DIR / f"{s}.yaml", data_dir)
                   for s in SECTIONS}
        problems += check_across(sections, display)
    if problems:
        raise DataError(problems)
    by_letter = {c.letter: c for c in standards.clauses}
    clauses = {x: Clause(by_letter[x], sections[x], standards.edition) for x in LETTERS}
    return Curriculum(standards, clauses, sections["welcome"], sections["action-plan"], agenda,
                      crosswalk, guide)


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
        raise CocoError(f"There is no clause ({letter}) in this curriculum; the clauses are "
                        f"{', '.join('(' + x + ')' for x in LETTERS)}.")
    return curriculum.clauses[letter]


def clauses(data_dir=None):
    """One row per clause, indexed by letter: wording, edition and our content's headline
    (a pandas DataFrame; pandas is imported here, not by the widgets)."""
    import pandas as pd

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
