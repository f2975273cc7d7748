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
from typing import Literal

from pydantic import (AwareDatetime, BaseModel, ConfigDict, Field, StrictBool, StrictStr,
                      model_validator)

from ..answers import CHECKLIST, COMMITMENT, FREE_TEXT_KINDS, KIND_NAMES, REFLECTION, SCENARIO

FORMAT_NAME = "coco-export"
FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2)
MAX_BYTES = 5 * 1024 * 1024      # a full workshop with long reflections is well under 1 MB
MAX_ANSWERS = 20_000
KINDS = KIND_NAMES
DIGEST_FIELD = "sha256"

_ID = r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$"


class Commitment(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    text: StrictStr | None = None
    date: StrictStr | None = Field(default=None, max_length=40)


class Answer(BaseModel):
    """One current answer; ``value``'s type must fit ``kind``; a scenario may add its first try."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    item_id: StrictStr = Field(pattern=_ID)
    section: StrictStr = Field(pattern=_ID)
    kind: Literal[KIND_NAMES]  # type: ignore[valid-type]  (the registry in toolkit.answers)
    value: StrictBool | StrictStr | Commitment
    first_value: StrictStr | None = Field(default=None, pattern=_ID)
    saved_at: AwareDatetime

    @model_validator(mode="after")
    def _value_fits_kind(self):
        wanted = _VALUE_TYPES[self.kind]
        if not isinstance(self.value, wanted):
            raise ValueError(f"a {self.kind} answer needs a {_TYPE_WORDS[wanted]} value")
        if self.first_value is not None and self.kind != SCENARIO.name:
            raise ValueError(f"a {self.kind} answer has no first attempt; only a scenario has")
        return self


_TYPE_WORDS = {bool: "true/false", str: "text", Commitment: '{"text", "date"}'}
# The Python type of each registered kind's value; a kind without one here fails at import.
_VALUE_TYPES = {CHECKLIST.name: bool, SCENARIO.name: str, REFLECTION.name: str,
                COMMITMENT.name: Commitment}
if set(_VALUE_TYPES) != set(KIND_NAMES):
    raise RuntimeError("every answer kind in toolkit.answers needs a value type here")


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
        seen: set[str] = set()
        for answer in self.answers:
            if answer.item_id in seen:
                raise ValueError(f"the answer {answer.item_id} appears twice")
            seen.add(answer.item_id)
            if self.version < 2 and answer.first_value is not None:
                raise ValueError(f"the answer {answer.item_id} has a first attempt, which "
                                 "version 1 files never hold")
            if not self.includes_free_text and answer.kind in FREE_TEXT_KINDS and (
                    answer.kind != COMMITMENT.name or answer.value.text is not None):
                raise ValueError(f"the answer {answer.item_id} holds free text, but the file "
                                 "says free text was left out")
        return self


def canonical_bytes(content: dict) -> bytes:
    """The bytes the digest covers: every field but ``sha256``, keys sorted, no spaces, UTF-8."""
    body = {k: v for k, v in content.items() if k != DIGEST_FIELD}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def digest(content: dict) -> str:
    return hashlib.sha256(canonical_bytes(content)).hexdigest()
