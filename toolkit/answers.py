"""The kinds of answer Coco stores, written down once.

The store keeps a kind beside every answer; widgets save under it, exports validate values by
it and leave free text out by it, and progress counts by it. Before this registry the kinds were
spelt out in four places that could drift apart; now a new kind is one line here.

A coaching question's private note is a ``reflection`` too (a reflection without a prompt): it
is free text, so it is guarded, exported only by choice and scanned again on export.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AnswerKind:
    name: str
    value: str        # what the stored value is: "true/false", "option id", "text", "text and date"
    free_text: bool   # holds what a participant wrote: guarded, exported only by choice


CHECKLIST = AnswerKind("checklist", "true/false", free_text=False)
SCENARIO = AnswerKind("scenario", "option id", free_text=False)
REFLECTION = AnswerKind("reflection", "text", free_text=True)
COMMITMENT = AnswerKind("commitment", "text and date", free_text=True)

KINDS: dict[str, AnswerKind] = {k.name: k for k in (CHECKLIST, SCENARIO, REFLECTION, COMMITMENT)}
KIND_NAMES = tuple(KINDS)
FREE_TEXT_KINDS = tuple(name for name, kind in KINDS.items() if kind.free_text)
