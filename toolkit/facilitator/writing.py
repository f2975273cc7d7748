"""Free text the participants chose to share, scanned again before a facilitator reads it.

Only exports whose owner opted in (``includes_free_text``) carry free text at all, and each was
scanned when it was exported. It is scanned again here because the text may have been
confirmed by its writer ("export anyway"), or the guard may have improved since: whatever the
guard flags now is withheld, with a count, never shown. A prompt answered by fewer than 3
participants shows no text: in a small group a sentence can tell who wrote it.

Texts are shown in alphabetical order, so their order says nothing about whose file was read
first, and at most ``LIMIT`` per prompt: a room reads a handful, not a thousand.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .results import FEWER, MIN_GROUP, GroupResults

LIMIT = 20


@dataclass(frozen=True)
class PromptWriting:
    where: str              # "(h) Third-party payers" or "The action plan"
    prompt: str
    shared: int | str       # how many shared text for this prompt, or FEWER
    texts: list[str] = field(default_factory=list)
    withheld: int = 0       # flagged by the privacy check, not shown
    not_shown: int = 0      # beyond LIMIT, not read or scanned
    unchecked: bool = False  # the privacy check could not run: nothing is shown

    def note(self) -> str:
        """What was left out, in one plain line (empty when nothing was)."""
        if self.shared == FEWER:
            return f"{FEWER} participants shared their writing here, so none of it is shown."
        parts = []
        if self.unchecked:
            parts.append("The privacy check could not run here, so no text is shown.")
        if self.withheld:
            parts.append(f"{self.withheld} answer(s) withheld: the privacy check found "
                         "something that may identify a person.")
        if self.not_shown:
            parts.append(f"{self.not_shown} more not shown (the first {LIMIT} in alphabetical "
                         "order are).")
        return " ".join(parts)


def shared_writing(results: GroupResults, scan=None, limit: int = LIMIT
                   ) -> list[PromptWriting]:
    """Per prompt with any shared text: the texts that pass the privacy check, and what not.

    ``scan`` is ``toolkit.privacy.scan`` with the curriculum's invented names allowed (as the
    notebooks allow them) unless a test gives another; a text with any finding is withheld."""
    if scan is None:
        scan = _default_scan()
    found = []
    for key, texts in results.writing.items():
        if not texts:
            continue
        where, prompt = results.prompts[key]
        if len(texts) < MIN_GROUP:
            found.append(PromptWriting(where, prompt, FEWER))
            continue
        if scan is None:
            found.append(PromptWriting(where, prompt, len(texts), unchecked=True))
            continue
        shown, withheld, ordered = [], 0, sorted(texts, key=str.casefold)
        read = 0
        for text in ordered:
            if len(shown) == limit:
                break
            read += 1
            if _flagged(scan, text):
                withheld += 1
            else:
                shown.append(text)
        found.append(PromptWriting(where, prompt, len(texts), shown, withheld,
                                   len(ordered) - read))
    return found


def _flagged(scan, text: str) -> bool:
    """A text the check fails on counts as flagged: when in doubt, the text is not shown."""
    try:
        return bool(scan(text))
    except Exception:  # noqa: BLE001 - withheld and logged, never shown or raised
        from .. import logs

        logs.unexpected("shared_writing: the privacy check")
        return True


def _default_scan():
    """The privacy guard with the scenarios' invented people allowed; None if it cannot run."""
    try:
        from ..invented import allowed_names_or_none
        from ..privacy import scan
    except ImportError:
        return None
    allowed = allowed_names_or_none()
    return lambda text: scan(text, allowed_names=allowed)
