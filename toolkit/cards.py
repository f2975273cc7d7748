"""Read-only content: clause cards and the welcome. Plain HTML, so they show without a kernel.

Nothing here takes input; only ``widgets`` does, and only while a kernel is live.
"""

from __future__ import annotations

from html import escape

from .standards import Clause


def _list(items) -> str:
    return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>"


class ClauseCard:
    """The clause exactly as the source gives it, beside our plain-language summary."""

    def __init__(self, clause: Clause, source_title: str, page: int, current: dict | None = None):
        self.clause, self.source_title, self.page = clause, source_title, page
        self.current = current  # this clause's row of data/crosswalk.csv, if any

    def _current_edition(self) -> str:
        if not self.current:
            return ""
        letter, change = self.current["letter_2017"], self.current["change_2017"]
        caveat = "" if self.current["confirmed"] == "yes" else " (letter not yet confirmed)"
        return f"In the 2017 Code (still current) this is 1.07({letter}){caveat}: {change}."

    def _repr_html_(self) -> str:
        std, content = self.clause.standard, self.clause.content
        cut = ""
        if std.truncated:
            cut = (f" <span aria-hidden='true'>&hellip;</span><p class='coco-cut'><em>"
                   f"{escape(std.note or '')}</em></p>")
        source_note = (f"<p><em>{escape(content.source_note)}</em></p>"
                       if content.source_note else "")
        return (
            f"<div class='coco-card' style='max-width:48em;line-height:1.5'>"
            f"<h3 style='margin-top:0'>({std.letter}) {escape(content.title)}</h3>"
            f"<p style='font-size:90%;color:#475467'>What the Code says: NASW Code of Ethics "
            f"({self.clause.edition} edition), standard 1.07({std.letter}), as printed in "
            f"<em>{escape(self.source_title)}</em>, page {self.page}.</p>"
            f"<blockquote style='border-left:4px solid #98a2b3;margin:0;padding:.25em 1em'>"
            f"{escape(std.text)}{cut}</blockquote>"
            f"<p style='font-size:90%;color:#475467'>{escape(self._current_edition())}</p>"
            f"<h4>In plain words</h4><p>{escape(content.summary)}</p>{source_note}"
            f"<p style='font-size:90%;color:#475467'>About {content.minutes.total} minutes: "
            f"{content.minutes.reading} reading, {content.minutes.exercises} exercises, "
            f"{content.minutes.discussion} discussion.</p></div>")

    def __repr__(self) -> str:
        std, content = self.clause.standard, self.clause.content
        ending = f" ... [{std.note}]" if std.truncated else ""
        return (f"({std.letter}) {content.title}\n"
                f"What the Code says (NASW Code of Ethics, {self.clause.edition}, "
                f"1.07({std.letter})): {std.text}{ending}\n"
                f"{self._current_edition()}\n"
                f"In plain words: {content.summary}")


class WelcomeCard:
    def __init__(self, welcome):
        self.welcome = welcome

    def _repr_html_(self) -> str:
        w = self.welcome
        return (f"<div class='coco-card' style='max-width:48em;line-height:1.5'>"
                f"<p>{escape(w.intro)}</p><h4>How to take part</h4>"
                f"<ol>{''.join(f'<li>{escape(s)}</li>' for s in w.how_to_take_part)}</ol>"
                f"<h4>How we keep confidences here</h4>{_list(w.ground_rules)}</div>")

    def __repr__(self) -> str:
        return f"{self.welcome.title}: {self.welcome.intro}"
