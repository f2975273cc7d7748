"""A situation, a choice, and feedback that names the part of the clause it turns on.

Choosing an option saves nothing: only "Check my answer" does. So a radio button that keeps
the keyboard focus (an arrow key moves the choice, notes/jupyter-stack.md) can never change a
saved answer by itself; the status says when the choice on screen differs from the one saved.
Every check is saved, and the store keeps each one in its history: the number of attempts is
the length of that history, so it survives a restarted kernel like the answer does.
"""

from __future__ import annotations

from html import escape

import ipywidgets as w

from ..answers import SCENARIO
from ..store import Store
from .base import AnswerWidget, event_handler, short
from .style import style_tag

REVEAL_AFTER = 2  # attempts before the best option is shown even if it was not chosen


class Scenario(AnswerWidget):
    kind = SCENARIO

    def __init__(self, section: str, scenario, store: Store, label: str,
                 show_situation: bool = True, order=None):
        super().__init__(section, store, label)
        self.scenario = scenario
        self._options = {o.id: o for o in scenario.options}
        self.best = next(o for o in scenario.options if o.best)
        # A notebook prints the situation in markdown, readable before the kernel runs.
        self.situation = w.HTML(f"<p class='coco-situation'>{escape(scenario.situation)}</p>"
                                if show_situation else "")
        self.choice = w.RadioButtons(
            options=[(o.text, o.id) for o in (order or scenario.options)], value=None,
            description="What would you do?", style={"description_width": "initial"},
            layout=w.Layout(width="auto", flex_flow="column"))
        self.choice.add_class("coco-options")
        self.check = w.Button(description="Check my answer", icon="check",
                              tooltip="Save your choice and see the feedback",
                              layout=w.Layout(width="auto"))
        self.check.add_class("coco-check-answer")
        self.feedback = w.HTML()
        self.reveal = w.HTML()
        self.saved_choice: str | None = None
        self.attempts = 0

        last = store.get(scenario.id)
        if last in self._options:
            self.saved_choice = last
            self.attempts = len(store.history(scenario.id))
            with self.putting_back():
                self.choice.value = last
            self._show_feedback()
        if not self.announce_store():
            self.status.note("Your last answer was brought back; you may try again."
                             if self.saved_choice else
                             "Choose an option, then press “Check my answer”. It is saved then.")
        self.choice.observe(self._chosen, names="value")
        self.check.on_click(self._check)
        self.children = [style_tag(), self.situation, self.choice, self.check, self.feedback, self.reveal,
                         self.status]
        self.add_class("coco-scenario")

    # -------------------------------------------------------------------------- events

    @event_handler
    def _chosen(self, change) -> None:
        if self._putting_back:
            return
        if change["new"] != self.saved_choice:
            self.status.note("Not saved yet: press “Check my answer” to save this choice and "
                             "see the feedback.")
        elif self.saved_choice is not None:
            self.status.note("This is your saved answer; its feedback is below.")

    @event_handler
    def _check(self, _button=None) -> None:
        chosen = self.choice.value
        if chosen is None:
            self.status.note("Choose an option first, then press “Check my answer”.")
            return
        saved = self.save(self.scenario.id, chosen,
                          f"your answer “{short(self._options[chosen].text, 50)}”")
        if saved is None:
            return  # the status says why; the feedback stays with the answer that is stored
        self.saved_choice = chosen
        self.attempts += 1
        self._show_feedback()

    # ------------------------------------------------------------------------- display

    def _show_feedback(self) -> None:
        option = self._options[self.saved_choice]
        verdict = ("This is the strongest choice." if option.best
                   else "This is not the strongest choice.")
        colour = "#067647" if option.best else "#b54708"
        self.feedback.value = (
            f"<div class='coco-feedback' role='status' style='border-left:4px solid {colour};"
            f"padding:.25em .75em;margin:.5em 0'><p><strong>{verdict}</strong> "
            f"{escape(option.feedback)}</p></div>")
        if option.best or self.attempts >= REVEAL_AFTER:
            best = ("" if option.best else
                    f"<p><strong>The strongest choice:</strong> {escape(self.best.text)}</p>"
                    f"<p>{escape(self.best.feedback)}</p>")
            self.reveal.value = (
                f"<div class='coco-reveal' style='margin:.5em 0'>{best}<p><strong>Your coach "
                f"might ask:</strong> {escape(self.scenario.follow_up)}</p></div>")
        else:
            self.reveal.value = ("<p class='coco-try-again' style='color:#475467'>Read the "
                                 "feedback and try another option.</p>")

    def __repr__(self) -> str:
        # ipywidgets cuts a widget's plain text at 110 characters; this line must fit.
        return (f"Scenario {self.scenario.id}, {len(self._options)} options. To answer, run this "
                "notebook: Run > Run All Cells.")
