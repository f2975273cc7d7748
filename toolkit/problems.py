"""One kind of message for every problem in a data file, written for a facilitator.

A ``Problem`` names the file, the clause and the field, says what is wrong and how to mend
it. Schema errors from pydantic are translated here: field paths are numbered from 1 and carry
the item's id, and each field's schema description doubles as the mending hint.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from pydantic import BaseModel, ValidationError


@dataclass(frozen=True)
class Problem:
    file: str
    clause: str
    field: str
    what: str
    mend: str

    def __str__(self) -> str:
        return (f"{self.file}: clause {self.clause}, field {self.field}: {self.what}\n"
                f"  To mend: {self.mend}")


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
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        fields = ", ".join(_allowed_fields(model, loc))
        return f"write it as named fields, each on its own line: {fields}; see data/README.md"
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


# pydantic's words for a wrong type, said as a facilitator would understand them.
_PLAIN_TYPES = {
    "model_type": "a block of named fields",
    "model_attributes_type": "a block of named fields",
    "dict_type": "a block of named fields",
    "list_type": "a list (one line per entry, each starting with '- ')",
    "string_type": "text",
    "int_type": "a whole number", "int_parsing": "a whole number",
    "int_from_float": "a whole number",
    "bool_type": "true or false", "bool_parsing": "true or false",
}


def _plain_kind(value) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a block of named fields"
    return "empty" if value is None else type(value).__name__


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
    expected = _PLAIN_TYPES.get(kind)
    if expected:
        found = "" if isinstance(value, (dict, list)) else f" ({shown})"
        return f"this should be {expected}, but it is {_plain_kind(value)}{found}"
    message = error["msg"].removeprefix("Value error, ")
    return f"{message} (found {shown})"


def validate(model: type[BaseModel], raw: dict, name: str, clause: str):
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
