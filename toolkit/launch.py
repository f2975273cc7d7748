"""How Coco starts JupyterLab: the same flags for participants, facilitators and tests.

The safeguards JupyterLab shares with Voilà (loopback only, ``ipc`` kernels, root) are in
``toolkit.serving``. Those of JupyterLab's own: the extension manager is read-only, so JupyterLab
never queries a package index; our settings overrides stop JupyterLab from offering to fetch
news from the internet and from saving widget state into notebooks (a widget drawn from saved
state would look answerable without a kernel to save the answer).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from . import locations, serving

SETTINGS = Path(__file__).resolve().parent / "lab-settings"
WELCOME = "00-welcome.ipynb"
EDITIONS = ("participant", "facilitator")
# Set by a hub's configuration (deploy/jupyterhub/jupyterhub_config.py) for each user it starts.
ROLE_ENV = "COCO_ROLE"


def lab_arguments(root: Path, *, port: int | None = None, token: str | None = None,
                  open_browser: bool | None = None, expose_app: bool = False) -> list[str]:
    """The command line that starts JupyterLab on ``root`` with Coco's safeguards."""
    args = [sys.executable, "-m", "jupyterlab",
            f"--ServerApp.root_dir={root}",
            f"--LabApp.app_settings_dir={SETTINGS}",
            f"--LabApp.default_url=/lab/tree/{WELCOME}",
            # The default extension manager asks PyPI for extensions: nothing may leave here.
            "--LabApp.extension_manager=readonly"]
    args += serving.safeguards("lab", port=port, token=token, open_browser=open_browser)
    if expose_app:
        args.append("--LabApp.expose_app_in_browser=True")
    return args


def lab_environment(extra: dict[str, str] | None = None) -> dict[str, str]:
    return serving.environment(extra)


def default_workspace() -> Path:
    """Where a participant's own copies of the notebooks live (``COCO_WORKSPACE`` overrides)."""
    return locations.workspace()


def prepare_workspace(target: Path, source: Path | None = None, *,
                      edition: str = "participant") -> list[Path]:
    """Copy an edition of the notebooks into ``target``, never over a copy there.

    Why copies: JupyterLab saves a notebook as it is used, so the committed notebooks would
    pick up one participant's outputs (and fail nbval). Answers live in the store, not in
    notebooks, so a participant who deletes a copy gets a fresh one and loses nothing. Why the
    participant edition by default: the committed notebooks hold the facilitator's answer keys
    and notes; ``edition="facilitator"`` (a hub's facilitators) copies them whole, with the
    facilitator's own notebooks.
    """
    from .editions import facilitator_edition, is_facilitator_only, write_participant_copy

    if edition not in EDITIONS:
        raise ValueError(f"edition must be one of {EDITIONS}, not {edition!r}")
    source = Path(source) if source is not None else locations.notebooks_dir()
    copied = []
    for notebook in sorted(source.rglob("*.ipynb")):
        relative = notebook.relative_to(source)
        if ".ipynb_checkpoints" in relative.parts:
            continue
        if edition == "participant" and is_facilitator_only(relative):
            continue
        destination = target / relative
        if destination.exists():
            continue
        if edition == "participant":
            write_participant_copy(notebook, destination)
        else:
            import nbformat

            destination.parent.mkdir(parents=True, exist_ok=True)
            nbformat.write(facilitator_edition(nbformat.read(notebook, as_version=4)),
                           destination)
        copied.append(destination)
    return copied


def run_lab(root: Path | None = None) -> int:
    root = root or default_workspace()
    copied = prepare_workspace(root)
    if copied:
        print(f"Coco: {len(copied)} notebook(s) copied into {root.name}/, your own working copies.",
              flush=True)
    args = lab_arguments(root)
    if "--ServerApp.open_browser=False" in args:
        print("Coco: no screen found here, so open the address printed below (the line "
              "starting http://127.0.0.1) in a browser on this machine.", flush=True)
    if os.name == "posix":  # replace this process, so Ctrl+C stops JupyterLab cleanly
        os.execve(sys.executable, args, lab_environment())
    import subprocess

    return subprocess.call(args, env=lab_environment())


def singleuser_arguments(argv: list[str]) -> list[str]:
    """jupyterhub-singleuser with Coco's lab settings and ``ipc`` kernels; the hub adds its
    own address, authentication and start page (``Spawner.default_url``)."""
    args = [sys.executable, "-m", "jupyterhub.singleuser",
            f"--LabApp.app_settings_dir={SETTINGS}",
            "--LabApp.extension_manager=readonly"]
    if os.name == "posix":
        args.append("--KernelManager.transport=ipc")
    return args + list(argv)


def run_singleuser(argv: list[str]) -> int:
    """What a hub starts for each user: fill their workspace, then become the single-user
    server (the process is replaced, so the hub's signals reach the server itself).

    ``COCO_ROLE=facilitator`` (which the hub's configuration sets for its facilitators' group)
    gives the facilitator edition; anyone else gets the participant edition. A workspace
    already there is kept as it is: only notebooks it lacks are added, so a course updated
    mid-way brings new notebooks without touching anyone's copies, and answers live in the
    store in any case.
    """
    role = os.environ.get(ROLE_ENV, "participant")
    edition = role if role in EDITIONS else "participant"
    root = default_workspace()
    try:
        root.mkdir(parents=True, exist_ok=True, mode=0o700)
        prepare_workspace(root, edition=edition)
    except OSError as exc:
        # The server starts all the same: answers live in the store, and a user locked out of
        # the hub by a full disk or a stray file in the way could not even see why.
        print(f"Coco: the notebooks could not be copied into {root} ({exc.strerror or exc}); "
              "starting without them.", file=sys.stderr, flush=True)
    args = singleuser_arguments(argv)
    os.execve(sys.executable, args, lab_environment())
    return 1  # not reached
