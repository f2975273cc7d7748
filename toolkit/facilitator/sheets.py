"""What the group's tables need of one export: its ``AnswerSheet``, made as the file is read.

Kept apart from ``results`` (and so from pandas) because it also runs in the helper processes
that read thousands of exports at once (``exchange.workers``): a helper that imported pandas
would spend half a second more starting.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..answers import CHECKLIST, COMMITMENT, REFLECTION, SCENARIO


@dataclass(frozen=True, slots=True)
class AnswerSheet:
    """What the tables need of one export, and nothing that identifies its owner.

    No pseudonym, file name or time: a sheet cannot be traced back to a person. It is also a
    tenth of the memory of the validated ``Export`` it comes from (10,000 exports held as
    ``Export`` objects took 1.4 GB), which is why the dashboard's read cache keeps sheets."""

    answers: dict        # scenario id -> latest option, reflection prompt id -> text
    chosen: dict         # scenario id -> option id of the latest check
    first: dict          # scenario id -> option id of the first check (format 2 and later)
    ticked: frozenset    # checklist ids ticked
    started: frozenset   # clause letters with a checklist or scenario answer
    writing: dict        # reflection or commitment prompt id -> text, when shared
    shares_writing: bool
    has_first: bool


@dataclass(frozen=True)
class SheetIndex:
    by_kind: dict        # answer kind -> {checklist or scenario id -> clause letter}
    prompts: dict        # reflection and commitment prompt ids -> (where, prompt text)
    prompt_kinds: dict   # the same ids -> answer kind


@dataclass(frozen=True)
class SheetReader:
    """``keep`` for ``collect_exports``: each export becomes its ``AnswerSheet`` as it is read.

    A class rather than a closure so that it can be pickled to the helper processes that read
    thousands of files at once (``exchange.workers``)."""

    index: SheetIndex

    def __call__(self, export) -> AnswerSheet:
        return answer_sheet(export, self.index)


def sheet_reader(curriculum) -> SheetReader:
    return SheetReader(index_of(curriculum))


def index_of(curriculum) -> SheetIndex:
    by_kind = {CHECKLIST.name: {}, SCENARIO.name: {}}
    prompts, prompt_kinds = {}, {}
    for letter in curriculum.clauses:
        parts = curriculum.parts(letter)
        by_kind[CHECKLIST.name].update({item.id: letter for item in parts.checklist})
        by_kind[SCENARIO.name].update({item.id: letter for item in parts.scenarios})
        # Coaching notes are left out on purpose: the notebooks call them private notes for a
        # talk with a supervisor, even though they travel with the other free text.
        for prompt in parts.reflection_prompts:
            prompts[prompt.id] = (clause_label(curriculum, letter), prompt.text)
            prompt_kinds[prompt.id] = REFLECTION.name
    for prompt in curriculum.parts("action-plan").commitments:
        prompts[prompt.id] = ("The action plan", prompt.text)
        prompt_kinds[prompt.id] = COMMITMENT.name
    return SheetIndex(by_kind, prompts, prompt_kinds)


def answer_sheet(export, index: SheetIndex) -> AnswerSheet:
    """One pass over an export's answers. An answer whose kind does not fit its item is left
    out of the counts (Coco's widgets never save one).

    It runs for every answer of every export (a hundred or more each), so it is written for
    speed: one dict lookup to place an answer, ticks collected in a list."""
    answers, chosen, first, writing, ticked, started = {}, {}, {}, {}, [], set()
    checklist, scenario = index.by_kind[CHECKLIST.name], index.by_kind[SCENARIO.name]
    shares = export.includes_free_text
    for answer in export.answers:
        item_id, kind = answer["item_id"], answer["kind"]
        letter = checklist.get(item_id) if kind == CHECKLIST.name else \
            scenario.get(item_id) if kind == SCENARIO.name else None
        if letter is not None:
            started.add(letter)
            value = answer["value"]
            if kind == SCENARIO.name:
                answers[item_id] = chosen[item_id] = value
                if "first_value" in answer:
                    first[item_id] = answer["first_value"]
            elif value is True:
                ticked.append(item_id)
        elif shares and index.prompt_kinds.get(item_id) == kind:
            value = answer["value"]
            text = value.get("text") if kind == COMMITMENT.name else value
            if kind == REFLECTION.name:
                answers[item_id] = text
            if isinstance(text, str) and text.strip():
                writing[item_id] = text.strip()
    return AnswerSheet(answers, chosen, first, frozenset(ticked), frozenset(started), writing,
                       shares, export.version >= 2)


def clause_label(curriculum, letter: str) -> str:
    return f"({letter}) {curriculum.clauses[letter].content.title}"
