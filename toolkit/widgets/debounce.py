"""Run a save once typing pauses, not on every keystroke.

The text's own value changes drive the save (a button click can reach the kernel before the
last keystroke: notes/jupyter-stack.md). Inside a kernel the timer runs on the kernel's event
loop, the same thread as widget callbacks, so a save never races a keystroke; outside one
(tests, scripts) a thread timer does. ``flush`` runs a waiting save at once.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable

DEFAULT_DELAY = 0.6  # seconds: short enough to feel immediate, long enough to skip keystrokes


class Debouncer:
    def __init__(self, callback: Callable[[], None], delay: float = DEFAULT_DELAY):
        self.callback, self.delay = callback, delay
        self._handle = None
        self._lock = threading.Lock()

    @property
    def waiting(self) -> bool:
        return self._handle is not None

    def poke(self) -> None:
        """Ask for a run ``delay`` seconds from now, replacing any run already waiting."""
        if self.delay <= 0:
            self.callback()
            return
        with self._lock:
            self._cancel()
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                timer = threading.Timer(self.delay, self._fire)
                timer.daemon = True
                timer.start()
                self._handle = timer
            else:
                self._handle = loop.call_later(self.delay, self._fire)

    def flush(self) -> None:
        """Run the waiting callback now (if any)."""
        with self._lock:
            waiting = self._handle is not None
            self._cancel()
        if waiting:
            self.callback()

    def _fire(self) -> None:
        with self._lock:
            self._handle = None
        self.callback()

    def _cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
