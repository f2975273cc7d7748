"""Coco through Voilà: live slides for the facilitator, and pages without code for participants.

``present(args)`` serves the facilitator edition as reveal.js slides (facilitator cells are
speaker notes: hidden on the slides, shown in the speaker view, key S); ``app(args)`` serves the
participant edition, one page per notebook, with no code on the page. Widgets work and save to
the store of whoever started the server (``COCO_HOME``). Both serve a private copy of the
notebooks (``site.py``) on this machine only (``toolkit.serving``), and print the address.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import webbrowser
from contextlib import contextmanager
from pathlib import Path

from .. import serving
from ..errors import CocoError
from .server import (
    STOP_TIMEOUT,
    page_url,
    run_socket_folder,
    stop,
    voila_arguments,
    voila_environment,
    wait_ready,
)
from .site import PAGES, SLIDES, new_site, remove_site

__all__ = ["PAGES", "SLIDES", "app", "notebook_name", "present"]

WELCOME = "00-welcome.ipynb"


def present(args) -> int:
    """``python -m toolkit present [NOTEBOOK]``: a notebook as live slides.

    ``args.notebook``: a clause letter ("m"), a notebook's file name in notebooks/, or a path to
    one there; default the welcome. Optional ``args.port`` and ``args.preheat``.
    """
    name = notebook_name(getattr(args, "notebook", None))
    return _serve("facilitator", SLIDES, name, args,
                  f"the slides of {name} (speaker notes: press S on a slide)")


def app(args) -> int:
    """``python -m toolkit app``: the whole curriculum as pages without code, from the welcome."""
    return _serve("participant", PAGES, WELCOME, args,
                  "the curriculum for participants, without code")


def notebook_name(wanted: str | None, source: Path | None = None) -> str:
    """The notebook (relative to notebooks/) that ``wanted`` names, or a message that helps."""
    from ..locations import notebooks_dir

    source = Path(source or notebooks_dir())
    if not wanted:
        return WELCOME
    candidates = []
    if len(wanted) == 1 and wanted.isalpha():
        candidates = sorted(source.glob(f"*-clause-{wanted.lower()}-*.ipynb"))
    else:
        path = Path(wanted)
        for guess in (path, source / path, source / path.name):
            if guess.suffix == ".ipynb" and guess.is_file():
                candidates = [guess.resolve()]
                break
    found = [c for c in candidates if c.resolve().is_relative_to(source.resolve())]
    if len(found) != 1:
        names = ", ".join(p.name for p in sorted(source.glob("*.ipynb")))
        raise CocoError(f"no notebook of Coco's is called {wanted!r}. Give a clause letter "
                        f"(h to q) or one of: {names}.")
    return found[0].resolve().relative_to(source.resolve()).as_posix()


class _Stopped(Exception):
    """This command was asked to stop (SIGTERM, or its terminal closed): it cleans up as
    after Ctrl+C, rather than leave Voilà serving and the private copy on disk."""


def _serve(edition: str, template: str, notebook: str, args, what: str) -> int:
    port = getattr(args, "port", None) or serving.free_port()
    token = serving.new_token()
    preheat = notebook if getattr(args, "preheat", False) else None
    site = new_site(edition)
    process = sockets = None
    asked = False  # whether Voilà had the terminal's Ctrl+C too
    try:
        with _stopped_by_signals():
            sockets = run_socket_folder()
            command = voila_arguments(site, template, port=port, token=token, preheat=preheat,
                                      sockets=sockets)
            process = subprocess.Popen(command, env=voila_environment(site), cwd=site.folder)
            wait_ready(port, template, process)
            url = page_url(port, token, notebook)
            print(f"\nCoco: {what}, served on this computer only:\n\n    {url}\n", flush=True)
            if serving.has_display():
                webbrowser.open(url)
            else:
                print("Coco: no screen found here, so open that address in a browser on this "
                      "computer.", flush=True)
            print("Coco: answers given on these pages are saved in your own answer store. "
                  "Press Ctrl+C here to stop.\n", flush=True)
            return process.wait()
    except KeyboardInterrupt:
        asked = True
        return 0
    except _Stopped:
        return 0
    except RuntimeError as exc:
        raise CocoError(str(exc)) from None
    finally:
        with _deaf_to_ctrl_c():
            if process is not None:
                if process.poll() is None:
                    _say("Coco: stopping the server and its kernels...")
                if not stop(process, sockets, asked=asked):
                    _say(f"Coco: Voilà did not stop within {STOP_TIMEOUT} s, so it was ended.")
            if sockets is not None:
                shutil.rmtree(sockets, ignore_errors=True)  # whatever Voilà left in it
            remove_site(site)


def _say(text: str) -> None:
    """Print, unless the terminal is gone (SIGHUP): the clean-up after it must still run."""
    try:
        print(text, flush=True)
    except OSError:
        pass


_STOP_SIGNALS = ("SIGTERM", "SIGHUP")


def _stopped_by_signals():
    """SIGTERM and SIGHUP raise ``_Stopped`` (their default would end this command at once,
    leaving Voilà serving and the copy with the answer keys behind)."""
    def raise_stopped(number, frame):
        raise _Stopped(number)

    return _handling(_STOP_SIGNALS, raise_stopped)


def _deaf_to_ctrl_c():
    """A second Ctrl+C, or a stop signal, while the server stops must not cut its clean-up
    short: its kernels and the copy with the answer keys would stay."""
    return _handling(("SIGINT", *_STOP_SIGNALS), signal.SIG_IGN)


@contextmanager
def _handling(names, handler):
    """Within the block, the signals ``names`` go to ``handler``; then back to what they were.
    Signals this system lacks (SIGHUP on Windows) are passed over; so is everything off the
    main thread, where Python cannot set a handler."""
    saved = {}
    for name in names:
        number = getattr(signal, name, None)
        if number is None:
            continue
        try:
            saved[number] = signal.signal(number, handler)
        except ValueError:
            pass
    try:
        yield
    finally:
        for number, previous in saved.items():
            signal.signal(number, previous)
