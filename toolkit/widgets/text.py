"""Free text a participant writes: saved as they type, but never before the privacy guard passed it.

The guard runs on each pause in typing. What it finds is shown in place (what it is, where, what
to write instead) and the text waits, unsaved and marked so, until the participant edits it or
confirms that the flagged words identify nobody. Nothing unscanned is ever written. Confirmed
words stay confirmed for this text (a client's name does not become harmless, but "Hope" the
word does), and words in text saved earlier count as confirmed when it is shown again.
"""

from __future__ import annotations

import functools
from html import escape

import ipywidgets as w

from ..answers import COMMITMENT, REFLECTION
from ..store import Store
from .base import AnswerWidget, event_handler, short
from .debounce import DEFAULT_DELAY, Debouncer
from .style import WARNING_BUTTON, style_tag

_KIND_WORDS = {"name": "a name", "phone": "a phone number", "email": "an e-mail address",
               "address": "a street address", "dob": "a date of birth",
               "case_number": "a case or record number", "ssn": "a Social Security number",
               "id_number": "an ID number"}


def allowed_names() -> frozenset[str]:
    """The scenarios' invented people, whom a participant may name (cached per curriculum)."""
    from ..invented import allowed_names_or_none

    return allowed_names_or_none()


@functools.lru_cache(maxsize=1)
def warm_guard() -> None:
    """Load the guard's word lists now, while the widget is built, not on the first keystroke.

    Once per kernel: the lists are cached by the guard itself, so later widgets pay nothing."""
    from ..privacy import scan

    scan("Warming up the word lists, as the widget is built.", allowed_names=allowed_names())


def _scan(text: str):
    from ..privacy import scan

    return scan(text, allowed_names=allowed_names())


def findings_html(text: str, findings) -> str:
    """The text with flagged words marked, then what each is and what to write instead."""
    marked, at = [], 0
    for f in findings:
        marked.append(escape(text[at:f.start]))
        marked.append(f"<mark class='coco-flag'>{escape(text[f.start:f.end])}</mark>")
        at = f.end
    marked.append(escape(text[at:]))
    items = "".join(
        f"<li><strong>“{escape(f.text)}”</strong> looks like {_KIND_WORDS.get(f.kind, f.kind)} "
        f"(characters {f.start + 1}–{f.end}). {escape(f.suggestion)}</li>" for f in findings)
    return (f"<div class='coco-findings' role='alert' style='border-left:4px solid #b54708;"
            f"padding:.25em .75em;margin:.4em 0;background:#fffaeb'><p><strong>Not saved yet: "
            f"this may identify someone.</strong> Edit the text, or if these words identify "
            f"nobody, press the button below.</p><ul>{items}</ul><p style='white-space:pre-wrap;"
            f"color:#344054'>{''.join(marked)}</p></div>")


class GuardedText(AnswerWidget):
    """One text area for one id, with its own findings, confirmation button and status."""

    kind = REFLECTION

    def __init__(self, section: str, item_id: str, prompt: str, store: Store, label: str, *,
                 placeholder: str = "Use roles, not names: “the mother”, “my supervisor”.",
                 rows: int = 4, delay: float = DEFAULT_DELAY, quiet: bool = False):
        super().__init__(section, store, label)
        self.item_id = item_id
        warm_guard()
        stored = self._stored_text()
        self.text = w.Textarea(value=stored, description=prompt, placeholder=placeholder,
                               rows=rows, continuous_update=True,
                               style={"description_width": "initial"},
                               layout=w.Layout(width="100%"))
        self.text.add_class("coco-text")
        self._findings: w.HTML | None = None
        self._confirm_button: w.Button | None = None
        self.saved_text = stored
        # Text saved earlier passed the guard or was confirmed: its flagged words stay confirmed.
        self.confirmed: set[tuple[str, str]] = {(f.kind, f.text) for f in _scan(stored)}
        self.shown: list = []
        self.debouncer = Debouncer(self.flush_now, delay)
        if not self.announce_store():
            if stored.strip():
                self.status.note("Your earlier text was brought back.")
            elif not quiet:  # quiet: a list of optional notes says this once, above them
                self.status.note("What you write is saved as you type, once it passes the "
                                 "check for names and numbers.")
        self.text.observe(self._typed, names="value")
        self.children = self._parts()
        self.add_class("coco-guarded-text")

    def _parts(self) -> list:
        """The children in order; the findings box and its button only once they exist."""
        found = [self._findings, self._confirm_button] if self._findings is not None else []
        return [self.text, *found, self.status]

    # Most texts are never flagged, and a clause has many of them: the findings box and the
    # confirm button (six widget models each) are made on the first finding, not up front.
    @property
    def findings(self) -> w.HTML:
        if self._findings is None:
            self._confirm_button = w.Button(
                description="These words identify nobody: save my text",
                tooltip="Save the text as it is", button_style="warning",
                # JupyterLab's warning orange under white text is 2.7:1; this is 5.4:1.
                style=w.ButtonStyle(button_color=WARNING_BUTTON),
                layout=w.Layout(width="auto", display="none"))
            self._confirm_button.add_class("coco-confirm")
            self._confirm_button.on_click(self._confirm)
            self._findings = w.HTML()
            self.children = self._parts()
        return self._findings

    @property
    def confirm(self) -> w.Button:
        self.findings  # noqa: B018 - made together
        return self._confirm_button

    # ------------------------------------------------------------------- what is stored

    def _stored_text(self) -> str:
        value = self.store.get(self.item_id)
        return value if isinstance(value, str) else ""

    def _value(self, text: str):
        return text

    # -------------------------------------------------------------------------- events

    @event_handler
    def _typed(self, change) -> None:
        if self._putting_back:
            return
        self.status.pending()
        self.debouncer.poke()

    @event_handler
    def _confirm(self, _button=None) -> None:
        self.confirmed.update((f.kind, f.text) for f in self.shown)
        self.flush_now()

    def flush(self) -> None:
        """Save a waiting change now (tests; a widget about to be replaced)."""
        self.debouncer.flush()

    @event_handler
    def flush_now(self) -> None:
        text = self.text.value
        found = [f for f in _scan(text) if (f.kind, f.text) not in self.confirmed]
        self.shown = found
        if found:
            self.findings.value = findings_html(text, found)
            self.confirm.layout.display = None
            self.status.warn("Not saved yet: edit the flagged words, or confirm they identify "
                             "nobody.")
            return
        if self._findings is not None:
            self._findings.value = ""
            self._confirm_button.layout.display = "none"
        if text == self.saved_text and self.status.state != "pending":
            return
        if text == self.saved_text:
            self.status.saved("no change", _now())
            return
        saved = self.save(self.item_id, self._value(text),
                          f"“{short(text.strip(), 40)}”" if text.strip() else "your text, now empty")
        if saved is not None:
            self.saved_text = text

    def __repr__(self) -> str:
        return "A text to write. To write here, run this notebook: Run > Run All Cells."


def _now():
    from datetime import datetime, timezone

    return datetime.now(timezone.utc)


class Reflections(w.VBox):
    """A section's reflection prompts, one guarded text area each."""

    def __init__(self, section: str, prompts, store: Store, label: str,
                 delay: float = DEFAULT_DELAY):
        self.section, self.label = section, label
        self.areas = {p.id: GuardedText(section, p.id, p.text, store, label, delay=delay)
                      for p in prompts}
        super().__init__(children=[style_tag(), *self.areas.values()])
        self.add_class("coco-reflections")
        self.add_class("coco-answer")

    def __repr__(self) -> str:
        return (f"Reflection for {self.label}, {len(self.areas)} prompts. To write, run this "
                "notebook: Run > Run All Cells.")


class CoachingQuestions(w.VBox):
    """Questions for a conversation with a supervisor or coach, each with a private note."""

    def __init__(self, section: str, questions, store: Store, label: str,
                 delay: float = DEFAULT_DELAY):
        self.section, self.label = section, label
        self.notes = {q.id: GuardedText(section, q.id, f"{n}. {q.text}", store, label,
                                        placeholder="A private note, if you like (optional).",
                                        rows=2, delay=delay, quiet=True)
                      for n, q in enumerate(questions, 1)}
        intro = w.HTML("<p class='coco-coaching-intro'><strong>For a conversation with your "
                       "supervisor or coach.</strong> There are no right answers here. Jot a "
                       "private note under any question if it helps you prepare: it is saved as "
                       "you type, once it passes the check for names and numbers, and stays on "
                       "this computer like everything else.</p>")
        super().__init__(children=[style_tag(), intro, *self.notes.values()])
        self.add_class("coco-coaching")
        self.add_class("coco-answer")

    def __repr__(self) -> str:
        return (f"{len(self.notes)} coaching questions for {self.label}. To see them, run this "
                "notebook: Run > Run All Cells.")


class CommitmentText(GuardedText):
    """An action-plan commitment: guarded text plus a target date, stored together."""

    kind = COMMITMENT

    def __init__(self, section: str, prompt, store: Store, label: str,
                 delay: float = DEFAULT_DELAY):
        self._stored = store.get(prompt.id)
        super().__init__(section, prompt.id, prompt.text, store, label,
                         placeholder=f"For example: {prompt.example}", rows=3, delay=delay)
        from datetime import date

        when = self._stored.get("date") if isinstance(self._stored, dict) else None
        try:
            initial = date.fromisoformat(when) if when else None
        except ValueError:
            initial = None
        self.date = w.DatePicker(value=initial, description="Target date",
                                 style={"description_width": "initial"})
        self.date.add_class("coco-date")
        self.date.observe(self._dated, names="value")
        self.children = self._parts()
        self.add_class("coco-commitment")

    def _parts(self) -> list:
        parts = super()._parts()
        if hasattr(self, "date"):
            parts.insert(1, self.date)
        return parts

    def _stored_text(self) -> str:
        value = self._stored
        return value.get("text") or "" if isinstance(value, dict) else ""

    def _value(self, text: str):
        chosen = getattr(self, "date", None)
        return {"text": text, "date": chosen.value.isoformat() if chosen and chosen.value
                else None}

    @event_handler
    def _dated(self, change) -> None:
        if self._putting_back:
            return
        old = change["old"]
        self.save(self.item_id, self._value(self.saved_text),
                  f"target date {change['new'].isoformat() if change['new'] else 'cleared'}",
                  put_back=lambda: setattr(self.date, "value", old))
