"""Coco's log: a private file beside the participant's answers, never their screen.

A ``logging`` logger with no handler falls back to ``logging.lastResort``, which prints to
stderr, and a notebook shows stderr under the cell: the participant would see the very
traceback ``notices.friendly`` hides. So the "toolkit" logger always has exactly one handler of
ours and does not propagate. The handler appends to ``coco.log`` (mode 0600) in the folder of
the answer store, where a facilitator helping at the participant's computer can read it.
Setting it up touches no file (the path is found when a record comes), so it is done when this
module is imported, which ``import toolkit`` does: no record to "toolkit" can come first.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback

LOG_NAME = "coco.log"
_LOGGER = "toolkit"
_HANDLER = "coco-private-log"
_lock = threading.Lock()


class _PrivateFileHandler(logging.Handler):
    """Appends each record to ``coco.log`` in the current answer folder, or drops it.

    The path is resolved at every record, not once: ``COCO_HOME`` may change within a process
    (tests, a facilitator's session), and the log belongs with the answers it concerns. Errors
    are rare, so opening the file per record costs nothing that matters. A log that cannot be
    written (read-only folder, full disk) loses the record, as a ``NullHandler`` would: falling
    back to stderr would put the traceback on the participant's screen.
    """

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = self.format(record) + "\n"
            from .store.files import default_home, private_folder

            folder = default_home()
            private_folder(folder)
            flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
            fd = os.open(folder / LOG_NAME, flags, 0o600)
            try:
                if os.name == "posix":
                    # O_CREAT's mode applies to a new file only; an older one may be looser.
                    os.fchmod(fd, 0o600)
                os.write(fd, line.encode("utf-8", "replace"))
            finally:
                os.close(fd)
        except Exception:  # noqa: BLE001 - see the class docstring: drop, never print
            pass

    def handleError(self, record: logging.LogRecord) -> None:
        # The default prints a traceback to stderr, i.e. onto the notebook.
        pass


def logger() -> logging.Logger:
    """The "toolkit" logger, given its one private handler on first use and only then.

    Safe to call from every module and many times: a handler already there (ours) is kept,
    never doubled, so each record is written once. It is recognised by name, not class, so
    a reloaded module (``%autoreload`` in a facilitator's kernel) does not add a second."""
    log = logging.getLogger(_LOGGER)
    if any(h.name == _HANDLER for h in log.handlers):
        return log
    with _lock:
        if not any(h.name == _HANDLER for h in log.handlers):
            handler = _PrivateFileHandler(logging.INFO)
            handler.name = _HANDLER
            handler.setFormatter(_Formatter("%(asctime)s %(levelname)s %(message)s"))
            log.addHandler(handler)
            log.setLevel(logging.INFO)
            log.propagate = False
    return log


def unexpected(where: str) -> None:
    """Log the exception being handled: where it happened and its traceback, nothing else.

    Exception messages are left out on purpose, keeping only their types: a message may quote
    what it was given (pydantic's quote the input value), and that may be a participant's
    reflection. The frames (files, lines, code) are Coco's own and say where to look."""
    logger().error("unexpected error in %s\n%s", where,
                   _traceback_without_messages(sys.exc_info()[1]))


class _Formatter(logging.Formatter):
    """Keeps ``log.exception(...)`` from any module to the same rule as ``unexpected``."""

    def format(self, record: logging.LogRecord) -> str:
        # Another handler may have cached its own rendering, messages and all, on the record.
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei) -> str:
        return _traceback_without_messages(ei[1])


def _traceback_without_messages(exc: BaseException | None) -> str:
    parts, seen = [], set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        kind = type(exc)
        name = kind.__qualname__ if kind.__module__ == "builtins" \
            else f"{kind.__module__}.{kind.__qualname__}"
        text = ("Traceback (most recent call last):\n"
                + "".join(traceback.format_tb(exc.__traceback__)) + name + "\n")
        if exc.__cause__ is not None:
            link, exc = _CAUSE, exc.__cause__
        elif exc.__context__ is not None and not exc.__suppress_context__:
            link, exc = _CONTEXT, exc.__context__
        else:
            link, exc = "", None
        parts.append(text)
        if link:
            parts.append(link)
    # Innermost first, as Python prints a chain.
    return "".join(reversed(parts)).rstrip("\n")


_CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"


# Configured on import, which ``import toolkit`` does (through ``notices``): a module that
# logs to "toolkit" without asking ``logger()`` first must not meet the last resort either.
logger()
