"""The shape of every file under ``data/``, written once.

These models are the schema: the loader validates with them, ``python -m toolkit
export-schema`` writes them out as JSON Schema for editors, and each field's ``description``
doubles as the "to mend" hint a facilitator sees when that field is wrong.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

LETTERS = tuple("hijklmnopq")
Letter = Literal["h", "i", "j", "k", "l", "m", "n", "o", "p", "q"]

# Ids key saved answers, so they are short, stable and never derived from the wording.
ID_PATTERN = r"^[a-z]{1,2}-(c|s|q|r|p)[0-9]{1,3}(-[a-z])?$"
Id = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=1200)]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=40)]

SUMMARY_MAX_WORDS = 90


class Strict(BaseModel):
    """Unknown fields are refused: a misspelt key would otherwise vanish without a word."""

    model_config = ConfigDict(extra="forbid", frozen=True)


# ----------------------------------------------------------------------------- standards


class SourceInfo(Strict):
    title: str
    publisher: str
    year: int
    page: int
    file: str = Field(description="the source page's file, relative to data/")


class StandardClause(Strict):
    letter: Letter = Field(description="the clause letter as the source page prints it, h to q")
    text: Text = Field(description="the clause exactly as the source page gives it")
    truncated: bool = Field(description="true only when the source page cuts the clause off")
    note: Text | None = Field(None, description="what a reader must know about the source, "
                              "required when truncated is true")


class Standards(Strict):
    source: SourceInfo
    code: str
    edition: int = Field(description="the year of the Code's revision the page reproduces")
    section: str
    section_title: str
    clauses: list[StandardClause] = Field(min_length=1, description="one record per clause")


# ----------------------------------------------------------------------------- curriculum


class Item(Strict):
    id: Id = Field(description="a stable id such as h-c1; never reuse one for a different item")
    text: Text = Field(description="one plain sentence")


class Option(Strict):
    id: Id = Field(description="the scenario's id plus a letter, such as h-s1-a")
    text: Text = Field(description="what the worker might do, in one or two sentences")
    feedback: Text = Field(description="1 to 3 sentences saying which part of the clause "
                           "applies and why this option fits it or not")
    best: bool = Field(False, description="true for exactly one option in each scenario")

    @field_validator("feedback")
    @classmethod
    def _one_to_three_sentences(cls, value: str) -> str:
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", value) if s.strip()]
        if len(sentences) > 3:
            raise ValueError(f"has {len(sentences)} sentences; feedback is 1 to 3 sentences")
        return value


class Scenario(Strict):
    id: Id = Field(description="a stable id such as h-s1")
    title: Text = Field(description="a short title of a few words")
    situation: Text = Field(description="a realistic situation with invented people")
    options: list[Option] = Field(min_length=3, max_length=4,
                                  description="3 or 4 options, each with feedback")
    follow_up: Text = Field(description="a question a coach might ask next")


class Minutes(Strict):
    reading: int = Field(ge=0, le=120, description="minutes for reading, a whole number")
    exercises: int = Field(ge=0, le=120, description="minutes for exercises, a whole number")
    discussion: int = Field(ge=0, le=120, description="minutes for discussion, a whole number")

    @property
    def total(self) -> int:
        return self.reading + self.exercises + self.discussion


class FacilitatorNotes(Strict):
    """What the facilitator edition adds to a clause: never shown to participants."""

    talking_points: list[Text] = Field(min_length=2, max_length=4, description="2 to 4 points "
                                       "to bring out when presenting this clause, in our words")
    discussion: list[Text] = Field(min_length=1, max_length=3, description="1 to 3 questions "
                                   "to put to the room after the scenarios")
    watch_for: Text = Field(description="a common misunderstanding of this clause to listen "
                            "for, and how to answer it")


class ClauseContent(Strict):
    """Our own teaching content for one clause; the clause wording lives in standards."""

    clause: Letter = Field(description="the clause letter this file teaches, h to q")
    slug: Slug = Field(description="lowercase words joined by dashes; it names the notebook")
    title: Text = Field(description="a short title such as 'Third-party payers'")
    minutes: Minutes
    objectives: list[Text] = Field(min_length=2, max_length=3,
                                   description="2 or 3 things a participant can do afterwards")
    summary: Text = Field(description=f"plain language, at most {SUMMARY_MAX_WORDS} words")
    why_it_matters: list[Text] = Field(min_length=2, max_length=4,
                                       description="2 to 4 situations from child welfare work")
    checklist: list[Item] = Field(min_length=6, max_length=10,
                                  description="6 to 10 practice habits a worker can tick")
    scenarios: list[Scenario] = Field(min_length=3, description="at least 3 scenarios")
    coaching_questions: list[Item] = Field(min_length=4,
                                           description="at least 4 open coaching questions")
    reflection_prompts: list[Item] = Field(min_length=2, max_length=2,
                                           description="exactly 2 reflection prompts")
    key_points: list[Text] = Field(min_length=3, max_length=3, description="exactly 3 key points")
    source_note: Text | None = Field(None, description="what the source page leaves out, for a "
                                     "clause the page cuts off")
    facilitator: FacilitatorNotes | None = Field(None, description="notes for the facilitator "
                                                 "edition only: talking points, discussion, "
                                                 "what to listen for")

    @field_validator("summary")
    @classmethod
    def _short_summary(cls, value: str) -> str:
        words = len(value.split())
        if words > SUMMARY_MAX_WORDS:
            raise ValueError(f"has {words} words; the limit is {SUMMARY_MAX_WORDS}")
        return value


class Welcome(Strict):
    section: Literal["welcome"]
    slug: Slug
    title: Text
    minutes: int = Field(ge=0, le=120, description="minutes for the welcome, a whole number")
    intro: Text = Field(description="a short paragraph that opens the workshop")
    how_to_take_part: list[Text] = Field(min_length=2, description="steps, one sentence each")
    ground_rules: list[Text] = Field(min_length=2, description="how we keep confidences here")
    checklist: list[Item] = Field(min_length=2, description="agreements a participant ticks")


class Commitment(Strict):
    id: Id = Field(description="a stable id such as ap-p1")
    text: Text = Field(description="a prompt that turns a reflection into a commitment")
    example: Text = Field(description="an example answer that uses roles, not names")


class ActionPlan(Strict):
    section: Literal["action-plan"]
    slug: Slug
    title: Text
    minutes: int = Field(ge=0, le=120, description="minutes for the action plan")
    intro: Text
    prompts: list[Commitment] = Field(min_length=2, description="commitment prompts")
    key_points: list[Text] = Field(min_length=1)


class FacilitatorGuide(Strict):
    """The facilitator's guide: how to run the workshop, beside the agenda's minutes."""

    title: Text
    before: list[Text] = Field(min_length=2, description="what to do before the day, one step "
                               "each")
    running: list[Text] = Field(min_length=2, description="how to run a session: opening, "
                                "pacing, scenarios, discussion")
    privacy: list[Text] = Field(min_length=2, description="what to say to the room about "
                                "privacy and how Coco keeps answers")
    real_case: list[Text] = Field(min_length=2, description="what to do when a participant "
                                  "shares a real case, step by step")
    exporting: list[Text] = Field(min_length=2, description="how participants export and how "
                                  "the facilitator collects, step by step")


class Session(Strict):
    name: Text = Field(description="what the facilitator calls this session, e.g. Morning")
    starts: Annotated[str, StringConstraints(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$")] = \
        Field(description="the start time as HH:MM, in quotes, e.g. \"09:00\"")
    minutes: int = Field(ge=10, le=480, description="how long the session lasts, in minutes")
    breaks: int = Field(0, ge=0, le=120, description="minutes of breaks within the session")
    sections: list[str] = Field(min_length=1, description="the parts taught in this session, "
                                "in order: welcome, h to q, action-plan")


class Agenda(Strict):
    """The workshop plan: the parts' minutes must fit the sessions they are taught in."""

    title: Text
    sessions: list[Session] = Field(min_length=1)


# Which model describes which files: the JSON Schema export and the editors' modelines use it.
SCHEMA_FILES = {
    "standards.schema.json": Standards,
    "clause.schema.json": ClauseContent,
    "welcome.schema.json": Welcome,
    "action-plan.schema.json": ActionPlan,
    "agenda.schema.json": Agenda,
    "facilitator.schema.json": FacilitatorGuide,
}


def json_schemas() -> dict[str, dict]:
    """Each data file's JSON Schema, for editors' autocompletion and outside validators."""
    schemas = {}
    for filename, model in SCHEMA_FILES.items():
        schema = model.model_json_schema()
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["$comment"] = ("Written by `python -m toolkit export-schema` from toolkit/models.py;"
                              " edit the models, not this file.")
        schemas[filename] = schema
    return schemas


class CrosswalkRow(Strict):
    """One line of data/crosswalk.csv: a clause's letter in the 2008 Code against 2017's."""

    letter_2008: Literal["", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q"] = Field(
        description="the letter on the source page, h to q; empty for a clause new in 2017")
    letter_2017: Annotated[str, StringConstraints(pattern=r"^[a-z]$")] = Field(
        description="the clause's letter in the 2017 Code (unchanged in 2021), one letter")
    topic: Text = Field(description="a few words of ours naming the clause's subject")
    change_2017: Text = Field(description="what changed in 2017, in a few of our own words")
    confirmed: Literal["yes", "no"] = Field(description="yes only if a cited public source "
                                            "shows the 2017 letter; otherwise no")
    citation: Text = Field(description="the public source that shows the letter, or "
                           "'unconfirmed: ' and why")
