"""Coco through Voilà: live slides for the facilitator, and pages without code for participants.

``present(args)`` serves the facilitator edition as reveal.js slides (facilitator cells are
speaker notes: hidden on the slides, shown in the speaker view, key S); ``app(args)`` serves the
participant edition, one page per notebook, with no code on the page. Widgets work and save to
the store of whoever started the server (``COCO_HOME``). Both serve a private copy of the
notebooks (``site.py``) on this machine only (``toolkit.serving``), and print the address.
"""

from __future__ import annotations

import shutil
import subprocess
import webbrowser
from pathlib import Path

from .. import serving
from ..errors import CocoError
from .server import (
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


def _serve(edition: str, template: str, notebook: str, args, what: str) -> int:
    port = getattr(args, "port", None) or serving.free_port()
    token = serving.new_token()
    preheat = notebook if getattr(args, "preheat", False) else None
    site = new_site(edition)
    process = sockets = None
    try:
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
        return 0
    except RuntimeError as exc:
        raise CocoError(str(exc)) from None
    finally:
        if process is not None:
            stop(process)
        if sockets is not None:
            shutil.rmtree(sockets, ignore_errors=True)  # whatever Voilà left in it
        remove_site(site)
