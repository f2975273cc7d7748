"""The export file format, written down once: what ``export`` writes and ``read_export`` accepts.

An export is one JSON object (UTF-8, at most ``MAX_BYTES``)::

    {
      "format": "coco-export",          # names the kind of file
      "version": 2,                     # FORMAT_VERSION; a newer one asks for a newer Coco
      "participant": "3f9a0c1d2e4b5a69",  # the store's random pseudonym, never a name
      "exported_at": "2026-11-25T07:40:12.345678+00:00",
      "coco_version": "0.1.0",
      "includes_free_text": false,      # true only when the participant opted in
      "answers": [
        {"item_id": "h-c1", "section": "h", "kind": "checklist",
         "value": true, "saved_at": "2026-11-25T07:31:02.000001+00:00"},
        {"item_id": "h-s1", "section": "h", "kind": "scenario", "value": "h-s1-b",
         "first_value": "h-s1-d", "saved_at": "2026-11-25T07:33:40.000001+00:00"},
        ...
      ],
      "sha256": "<64 hex digits>"
    }

``value`` depends on ``kind``: ``checklist`` true/false, ``scenario`` the chosen option's id,
``reflection`` the participant's text, ``commitment`` ``{"text": ..., "date": ...}``. Without
the opt-in, reflections are left out and commitments keep only their date.

``first_value`` (version 2, scenarios only, optional) is the option the participant chose on
their first "Check my answer", from the store's history; ``value`` is their latest. The
facilitator's dashboard compares the two. It is absent when the store has no history for the
answer, and always absent from version 1 files, which Coco still reads (their first attempts
count as unknown, never as equal to the final answer).

Versions: 1 had no ``first_value``; 2 added it. A reader accepts every version up to its own
``FORMAT_VERSION`` and refuses newer ones with a request to update Coco, because a newer file
may carry fields whose meaning this code cannot know.

``sha256`` is the digest of every other field, serialised canonically (``canonical_bytes``).
It catches a file edited or damaged after export, by accident or on purpose. It is not a
signature: anyone who edits a file and recomputes the digest with this code produces a file
that passes. It proves integrity in transit, not who wrote the file.
"""

from __future__ import annotations

import hashlib
import json
from typing import Annotated, Literal, Union, get_args, get_type_hints

from pydantic import (AwareDatetime, BaseModel, ConfigDict, Field, StrictBool, StrictStr,
                      TypeAdapter, model_validator, with_config)
from typing_extensions import NotRequired, TypedDict

from ..answers import CHECKLIST, COMMITMENT, FREE_TEXT_KINDS, KIND_NAMES, REFLECTION, SCENARIO

FORMAT_NAME = "coco-export"
FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2)
MAX_BYTES = 5 * 1024 * 1024      # a full workshop with long reflections is well under 1 MB
MAX_ANSWERS = 20_000
KINDS = KIND_NAMES
DIGEST_FIELD = "sha256"

_ID = r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$"
Id = Annotated[StrictStr, Field(pattern=_ID)]
_CLOSED = ConfigDict(extra="forbid")

# Answers are typed dicts, one per kind, told apart by ``kind``: pydantic checks them wholly in
# its compiled core, without making an object per answer. With one model class and a Python
# validator per answer, validation was half the time of reading an export (bench/collect.py).


@with_config(_CLOSED)
class CommitmentValue(TypedDict, total=False):
    text: StrictStr | None
    date: Annotated[StrictStr | None, Field(max_length=40)]


@with_config(_CLOSED)
class _Answer(TypedDict):
    item_id: Id
    section: Id
    saved_at: AwareDatetime


@with_config(_CLOSED)
class ChecklistAnswer(_Answer):
    kind: Literal["checklist"]
    value: StrictBool


@with_config(_CLOSED)
class ScenarioAnswer(_Answer):
    """``first_value``: the option of the first check (format 2 on), absent when unknown."""

    kind: Literal["scenario"]
    value: StrictStr
    first_value: NotRequired[Id]


@with_config(_CLOSED)
class ReflectionAnswer(_Answer):
    kind: Literal["reflection"]
    value: StrictStr


@with_config(_CLOSED)
class CommitmentAnswer(_Answer):
    kind: Literal["commitment"]
    value: CommitmentValue


_BY_KIND = (ChecklistAnswer, ScenarioAnswer, ReflectionAnswer, CommitmentAnswer)
Answer = Annotated[Union[_BY_KIND], Field(discriminator="kind")]
ANSWER = TypeAdapter(Answer)

# What a participant's value must be, by kind, in the words an error message uses.
VALUE_WORDS = {CHECKLIST.name: "true/false", SCENARIO.name: "text", REFLECTION.name: "text",
               COMMITMENT.name: '{"text", "date"}'}
_TAGGED = {get_args(get_type_hints(cls)["kind"])[0] for cls in _BY_KIND}
if _TAGGED != set(KIND_NAMES) or set(VALUE_WORDS) != set(KIND_NAMES):
    raise RuntimeError("every answer kind in toolkit.answers needs a typed answer here")


def plain_error(error: dict) -> tuple[list, str]:
    """One pydantic error as (where, message) with the answer's kind taken out of the place:
    ``answers.3.checklist.value`` becomes ``answers.3.value``, "a checklist answer needs a
    true/false value"; a ``first_value`` on any kind but a scenario is named as such."""
    loc, message = list(error["loc"]), error["msg"].removeprefix("Value error, ")
    if len(loc) > 2 and loc[0] == "answers" and loc[2] in VALUE_WORDS:
        kind = loc.pop(2)
        if loc[2:] == ["value"]:
            message = f"a {kind} answer needs a {VALUE_WORDS[kind]} value"
        elif loc[2:] == ["first_value"] and error["type"] == "extra_forbidden":
            message = f"a {kind} answer has no first attempt; only a scenario has"
    return loc, message


class Export(BaseModel):
    """One participant's answers as exported (``sha256`` is checked before this is built)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    format: Literal["coco-export"]
    version: Literal[READABLE_VERSIONS]  # type: ignore[valid-type]
    participant: StrictStr = Field(pattern=r"^[0-9a-f]{8,64}$")
    exported_at: AwareDatetime
    coco_version: StrictStr = Field(max_length=40)
    includes_free_text: StrictBool
    answers: list[Answer] = Field(max_length=MAX_ANSWERS)
    sha256: StrictStr = Field(pattern=r"^[0-9a-f]{64}$")

    @model_validator(mode="after")
    def _consistent(self):
        # Runs once per export over every answer, so each rule is one pass in comprehensions.
        ids = [answer["item_id"] for answer in self.answers]
        if len(set(ids)) != len(ids):
            twice = next(i for n, i in enumerate(ids) if i in ids[:n])
            raise ValueError(f"the answer {twice} appears twice")
        if self.version < 2:
            for answer in self.answers:
                if "first_value" in answer:
                    raise ValueError(f"the answer {answer['item_id']} has a first attempt, "
                                     "which version 1 files never hold")
        if not self.includes_free_text:
            for answer in self.answers:
                if answer["kind"] in FREE_TEXT_KINDS and (
                        answer["kind"] != COMMITMENT.name
                        or answer["value"].get("text") is not None):
                    raise ValueError(f"the answer {answer['item_id']} holds free text, but the "
                                     "file says free text was left out")
        return self


def canonical_bytes(content: dict) -> bytes:
    """The bytes the digest covers: every field but ``sha256``, keys sorted, no spaces, UTF-8."""
    body = {k: v for k, v in content.items() if k != DIGEST_FIELD}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def digest(content: dict) -> str:
    return hashlib.sha256(canonical_bytes(content)).hexdigest()
