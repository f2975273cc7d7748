"""JupyterLab and Voilà get the same safeguards, from one place (``toolkit.serving``); Coco's
Voilà templates link nothing outside this machine; the vendored files are all there, unchanged,
with their licences; and the slide metadata in the notebooks stays valid for RISE.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import tomllib
from concurrent.futures import ThreadPoolExecutor
from fnmatch import fnmatch
from importlib.resources import files
from pathlib import Path

import nbformat
import pytest
from helpers import REPO

from toolkit import launch, serving
from toolkit.errors import CocoError
from toolkit.notebooks import START_LINE
from toolkit.present import PAGES, SLIDES, notebook_name
from toolkit.present import server
from toolkit.present.server import (
    SOCKET_NAME_LENGTH,
    SOCKET_PATH_MAX,
    end_kernels,
    socket_folder,
    stop,
    voila_arguments,
)
from toolkit.present.site import install_template, new_site, remove_site, write_edition

PRESENT = REPO / "toolkit" / "present"
VENDOR = PRESENT / "vendor"
NOTEBOOKS = REPO / "notebooks"
# RISE's slide types (and nbconvert's): anything else is silently treated as "-" by one and an
# error by the other.
RISE_SLIDE_TYPES = {"slide", "subslide", "fragment", "skip", "notes", "-"}
LINKS = re.compile(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.IGNORECASE)
ANY_URL = re.compile(r"https?://[^\s\"'<>)]+")


# ------------------------------------------------------------------------- the safeguards

@pytest.mark.parametrize("app", ["lab", "voila"])
def test_both_servers_listen_on_loopback_with_ipc_kernels_and_a_fixed_port(app):
    args = serving.safeguards(app, port=12345, token="t0ken", open_browser=False)
    prefix = {"lab": "ServerApp", "voila": "Voila"}[app]
    assert f"--{prefix}.ip=127.0.0.1" in args
    assert ("--KernelManager.transport=ipc" in args) == (os.name == "posix")
    assert f"--{prefix}.port=12345" in args and f"--{prefix}.port_retries=0" in args
    assert f"--{prefix}.open_browser=False" in args
    assert any(a.endswith("token=t0ken") for a in args)
    assert not any("0.0.0.0" in a or "ip=localhost" in a for a in args)


@pytest.mark.parametrize("root", [True, False])
def test_allow_root_only_for_jupyterlab_and_only_as_root(monkeypatch, root):
    monkeypatch.setattr(serving, "is_root", lambda: root)
    assert ("--allow-root" in serving.safeguards("lab")) == (root and os.name == "posix")
    assert "--allow-root" not in serving.safeguards("voila")  # Voilà has no such flag


def test_culling_flags_only_when_asked_and_open_pages_are_kept():
    assert not any("cull" in a for a in serving.safeguards("voila"))
    args = serving.safeguards("voila", culling=serving.Culling(timeout=30, interval=5))
    assert "--MappingKernelManager.cull_idle_timeout=30" in args
    assert "--MappingKernelManager.cull_interval=5" in args
    assert "--MappingKernelManager.cull_connected=False" in args


def test_the_browser_opens_only_where_there_is_a_screen(monkeypatch):
    monkeypatch.setattr(serving.sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    assert "--ServerApp.open_browser=False" in serving.safeguards("lab")
    monkeypatch.setenv("DISPLAY", ":0")
    assert "--ServerApp.open_browser=True" in serving.safeguards("lab")


def test_jupyterlab_takes_its_safeguards_from_the_shared_place():
    lab = launch.lab_arguments(NOTEBOOKS, port=4321, token="t", open_browser=False)
    shared = serving.safeguards("lab", port=4321, token="t", open_browser=False)
    assert [a for a in lab if a in shared] == shared
    assert launch.lab_environment()["JUPYTER_PREFER_ENV_PATH"] == "1"


def test_voila_arguments_serve_our_template_with_the_safeguards(tmp_path):
    site = new_site("participant", parent=tmp_path)
    try:
        args = voila_arguments(site, PAGES, port=4321, token="t")
        assert args[1:4] == ["-m", "voila", str(site.notebooks)]
        assert f"--VoilaConfiguration.template={PAGES}" in args
        assert "--VoilaConfiguration.strip_sources=True" in args
        assert "--Voila.ip=127.0.0.1" in args and "--Voila.open_browser=False" in args
        assert any(a.startswith("--MappingKernelManager.cull_idle_timeout=") for a in args)
        assert not any("preheat" in a for a in args)
        heated = voila_arguments(site, SLIDES, port=4321, token="t", preheat="06-m.ipynb")
        assert "--VoilaConfiguration.preheat_kernel=True" in heated
        pools = next(a.split("=", 1)[1] for a in heated if "kernel_pools_config" in a)
        # Only the presented notebook is preheated, not every notebook in the folder.
        assert eval(pools) == {"default": {"pool_size": 0}, "06-m.ipynb": {"pool_size": 1}}
    finally:
        remove_site(site)


def test_kernel_sockets_go_where_their_path_fits(monkeypatch, tmp_path):
    folder = socket_folder()
    assert len(os.fsencode(folder)) + SOCKET_NAME_LENGTH <= SOCKET_PATH_MAX
    deep = tmp_path / ("x" * 60)  # as long as macOS's $TMPDIR and more
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(deep))
    assert socket_folder() != deep


def test_a_run_of_present_leaves_no_kernel_files_whatever_voila_leaves(monkeypatch, tmp_path):
    """Voilà removes its folder of kernel files before its kernels stop, so a kernel still
    starting can leave files behind (a loaded machine, Ctrl+C): the run's own folder goes."""
    import toolkit.present as present_module

    runtime = Path(tempfile.mkdtemp(prefix="rt-", dir="/tmp"))  # short, as sockets need
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(runtime))
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    started = []

    class LeftBehind:
        """Voilà as it stops on a loaded machine: it leaves a kernel's connection file."""

        returncode = 0

        def __init__(self, command, **_):
            root = next(a.split("=", 1)[1] for a in command if "connection_dir_root" in a)
            started.append(Path(root))
            late = Path(root) / "voila_k3rnel5x"
            late.mkdir(mode=0o700)
            (late / "kernel-0f6c.json").write_text("{}")

        def wait(self, timeout=None):
            raise KeyboardInterrupt  # the facilitator presses Ctrl+C

        def poll(self):
            return 0

    monkeypatch.setattr(present_module.subprocess, "Popen", LeftBehind)
    monkeypatch.setattr(present_module, "wait_ready", lambda *a, **k: None)
    monkeypatch.setattr(serving, "has_display", lambda: False)
    try:
        args = argparse.Namespace(notebook="m", port=4321, preheat=True)
        assert present_module.present(args) == 0
        assert started and started[0].parent == runtime, "kernel files go in the runtime folder"
        assert not list(runtime.iterdir()), "the run left kernel files behind"
    finally:
        shutil.rmtree(runtime, ignore_errors=True)


# Voilà as it stops while a preheated kernel runs its notebook: the run holds Voilà's handler
# for Ctrl+C, so the first one stops only that kernel; the second stops Voilà, which leaves a
# kernel it had started in a session of its own still running.
SWALLOWS_A_CTRL_C = """
import signal, subprocess, sys, time
kernel = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)",
                           sys.argv[1] + "/voila_x/kernel-1.json"], start_new_session=True)
heard = []
def on_ctrl_c(number, frame):
    heard.append(number)
    if len(heard) == 2:
        sys.exit(0)
signal.signal(signal.SIGINT, on_ctrl_c)
print(kernel.pid, flush=True)
while True:
    time.sleep(0.05)
"""

# A process that outlives SIGTERM, as a kernel stuck in C code can.
DEAF_TO_SIGTERM = """
import signal, sys, time
signal.signal(signal.SIGTERM, signal.SIG_IGN)
print("ready", flush=True)
time.sleep(120)
"""


def _running(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie, ended but not yet reaped, does not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    try:
        return stat.read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return not stat.parent.parent.is_dir()  # no /proc (macOS): kill(0) is all we know


@pytest.mark.skipif(os.name != "posix", reason="kernels' sockets are files on posix only")
def test_stop_asks_voila_again_and_ends_the_kernels_it_left(monkeypatch, tmp_path):
    """Before: a Ctrl+C swallowed by a preheated kernel's run left Voilà serving until it was
    killed 20 s later, and a kernel it had started outlived it."""
    monkeypatch.setattr(server, "ASK_AGAIN", 0.3)
    voila = subprocess.Popen([sys.executable, "-c", SWALLOWS_A_CTRL_C, str(tmp_path)],
                             stdout=subprocess.PIPE, text=True)
    kernel = int(voila.stdout.readline())
    try:
        assert _running(kernel)
        stop(voila, tmp_path)
        assert voila.returncode == 0, "Voilà was killed, not stopped by a second Ctrl+C"
        assert not _running(kernel), "the kernel Voilà left is still running"
    finally:
        for pid in (voila.pid, kernel):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        voila.wait(timeout=10)


@pytest.mark.skipif(os.name != "posix", reason="kernels' sockets are files on posix only")
def test_end_kernels_ends_only_the_processes_naming_the_folder_and_kills_the_deaf(tmp_path):
    folder = tmp_path / "coco-run"
    started = []
    try:
        def start(code, path):
            started.append(subprocess.Popen([sys.executable, "-c", code, str(path)],
                                            stdout=subprocess.PIPE, text=True))
            return started[-1]

        kernel = start("import time; time.sleep(120)", folder / "voila_a" / "kernel-1.json")
        deaf = start(DEAF_TO_SIGTERM, folder / "voila_a" / "kernel-2.json")
        # A process of another run, whose folder's name begins with this one's.
        other = start("import time; time.sleep(120)", f"{folder}2/voila_b/kernel-3.json")
        assert deaf.stdout.readline().strip() == "ready"
        found = end_kernels(folder, timeout=1)
        assert sorted(found) == sorted([kernel.pid, deaf.pid])
        assert kernel.wait(timeout=10) == -signal.SIGTERM
        assert deaf.wait(timeout=10) == -signal.SIGKILL
        assert other.poll() is None, "a process of another run was ended"
        assert end_kernels(folder, timeout=1) == []
    finally:
        for process in started:
            process.kill()
            process.wait(timeout=10)


def test_end_kernels_waits_for_a_kernel_whose_command_line_is_gone_but_still_runs(monkeypatch,
                                                                                   tmp_path):
    """Before: end_kernels took a kernel for ended once its command line no longer named the
    folder; a process ending drops its command line first, and stop()'s test then found the
    kernel still running (a CI failure). Readings as /proc gives them while a kernel ends."""
    folder = tmp_path / "coco-run"
    named = f"python -m ipykernel_launcher -f {folder}/voila_a/kernel-1.json".encode()
    readings = iter([
        [(4242, b"S", named)],  # found, and sent SIGTERM
        [(4242, b"R", b"")],    # ending: its memory, and so its command line, already freed
        [(4242, b"R", b"")],
        [(4242, b"Z", b"")],    # ended, waiting for its parent to read its exit status
    ])
    last = []

    def processes():
        last[:] = next(readings, last)
        return list(last)

    sent = []
    monkeypatch.setattr(server, "_processes", processes)
    monkeypatch.setattr(server, "_signal", lambda pid, number: sent.append((pid, number)))
    monkeypatch.setattr(server.time, "sleep", lambda seconds: None)
    assert end_kernels(folder, timeout=30) == [4242]
    assert last == [(4242, b"Z", b"")], "end_kernels returned while the kernel still ran"
    assert sent == [(4242, signal.SIGTERM)]


# ----------------------------------------------------------------------- the templates

def _render(template: str, notebook: Path, jupyter_path: Path) -> str:
    """A page as Voilà renders it through ``template``, with the kernel left out.

    Voilà's own exporter and template lookup, given what its handler gives them: the
    resources from the templates' conf.json and stand-ins for starting and running a kernel.
    """
    from voila.exporter import VoilaExporter
    from voila.paths import collect_template_paths

    paths = collect_template_paths(["voila", "nbconvert"], template, prune=True)
    resources = {"base_url": "/", "theme": "light", "template": template,
                 "metadata": {"name": notebook.stem}, "page_config": {}}
    for path in reversed(paths):
        conf = Path(path) / "conf.json"
        if conf.is_file():
            extra = json.loads(conf.read_text()).get("traitlet_configuration", {})
            resources.update(extra.get("resources", {}))
    exporter = VoilaExporter(template_paths=paths, template_name=template, base_url="/",
                             theme="light")
    exporter.exclude_input = exporter.exclude_input_prompt = True
    context = {"frontend": "voila", "main_js": "voila.js", "progressive_rendering": False,
               "kernel_start": lambda nb: "kernel-id", "notebook_execute": lambda nb, k: "",
               "cell_generator": lambda nb, k: iter(nb.cells)}

    async def render():
        parts = []
        async for html, _ in exporter.generate_from_notebook_node(
                nbformat.read(notebook, as_version=4), resources=resources,
                extra_context=context, page_config={"fullStaticUrl": "/voila/static"}):
            parts.append(html)
        return "".join(parts)

    # In a thread of its own: Playwright's sync API may hold this thread's event loop.
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(lambda: asyncio.run(render())).result()


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """Each template's page for clause (m), with ours installed as ``present`` installs them."""
    root = tmp_path_factory.mktemp("jupyter")
    for name in (SLIDES, PAGES):
        install_template(name, root / "voila" / "templates" / name)
    saved = os.environ.get("JUPYTER_PATH")
    os.environ["JUPYTER_PATH"] = str(root)
    try:
        notebook = next(NOTEBOOKS.glob("*-clause-m-*.ipynb"))
        yield {name: _render(name, notebook, root) for name in (SLIDES, PAGES, "reveal", "lab")}
    finally:
        if saved is None:
            os.environ.pop("JUPYTER_PATH")
        else:
            os.environ["JUPYTER_PATH"] = saved


@pytest.mark.parametrize("template", [SLIDES, PAGES])
def test_our_templates_link_nothing_outside_this_machine(rendered, template):
    page = rendered[template]
    head = page[:page.index("</head>")]
    assert ANY_URL.findall(head) == []
    assert LINKS.findall(page) == []  # nor does anything in the body load from elsewhere
    assert f"/voila/templates/{template}/static/vendor/fontawesome-free/css/all.min.css" in head
    if template == SLIDES:
        assert "/voila/templates/coco-reveal/static/vendor/reveal.js/dist/reveal.css" in head
        assert "vendor/reveal.js/dist/reveal.js" in page and "coco-present.js" in page


@pytest.mark.parametrize("stock", ["reveal", "lab"])
def test_the_check_finds_the_cdn_links_of_voilas_own_templates(rendered, stock):
    page = rendered[stock]
    assert "cdn.jsdelivr.net/npm/@fortawesome" in page[:page.index("</head>")]


def test_the_page_around_voilas_file_list_links_nothing_outside(tmp_path):
    install_template(PAGES, tmp_path / PAGES)
    ours = (tmp_path / PAGES / "page.html").read_text()
    assert ANY_URL.findall(ours) == []
    # It stands in for Voilà's lab/page.html and the base/page.html that one extends, whose
    # stylesheet link to a CDN sits outside any block; lab's own stylesheets are kept.
    from voila.paths import collect_template_paths

    stock = {Path(p).name: (Path(p) / "page.html").read_text()
             for p in collect_template_paths(["voila"], "lab")
             if Path(p).name in ("lab", "base") and (Path(p) / "page.html").is_file()}
    assert "cdn.jsdelivr.net" in stock["base"]
    lab_styles = re.search(r"{% block stylesheets %}(.*?){% endblock %}", stock["lab"], re.DOTALL)
    assert " ".join(lab_styles.group(1).split()) in " ".join(ours.split())


def test_the_slides_script_gives_the_focus_back_after_a_choice():
    script = (PRESENT / "templates" / SLIDES / "static" / "coco-present.js").read_text()
    assert "addEventListener('change'" in script and ".blur()" in script
    assert "RevealNotes" in script and "Reveal.initialize" in script


# ------------------------------------------------------------------ the vendored files

def _declared_files(folder: Path) -> dict[str, str]:
    rows = re.findall(r"^\| `([^`]+)` \| [\d,]+ \| `([0-9a-f]{64})` \|$",
                      (folder / "SOURCE.md").read_text(), re.MULTILINE)
    return dict(rows)


@pytest.mark.parametrize("package, licence, notice", [
    ("reveal.js", "MIT", "LICENSE"),
    ("fontawesome-free", "(CC-BY-4.0 AND OFL-1.1 AND MIT)", "LICENSE.txt"),
])
def test_each_vendored_package_says_where_it_came_from_and_carries_its_licence(
        package, licence, notice):
    folder = VENDOR / package
    source = (folder / "SOURCE.md").read_text()
    npm = {"reveal.js": "`reveal.js`, version `4.0.2`",
           "fontawesome-free": "`@fortawesome/fontawesome-free`, version `5.15.4`"}[package]
    assert npm in source
    assert re.search(r"integrity: `sha512-[A-Za-z0-9+/=]{88}`", source)
    assert re.search(r"shasum \(SHA-1 of the tarball\): `[0-9a-f]{40}`", source)
    assert licence in source
    assert (folder / notice).is_file() and notice in _declared_files(folder)
    # Every file is listed with its hash, and none was changed since it was copied.
    on_disk = {p.relative_to(folder).as_posix() for p in folder.rglob("*")
               if p.is_file() and p.name != "SOURCE.md"}
    declared = _declared_files(folder)
    assert on_disk == set(declared)
    for name, digest in declared.items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name


def test_the_fonts_in_the_vendored_fonts_licence():
    assert "SIL Open Font License" in (
        VENDOR / "reveal.js/dist/theme/fonts/source-sans-pro/LICENSE").read_text()


def test_every_font_the_stylesheets_ask_a_browser_for_is_vendored():
    """A browser takes the first format it knows: WOFF2 for Font Awesome, WOFF for Source Sans."""
    for css, wanted in [("fontawesome-free/css/all.min.css", ".woff2"),
                        ("reveal.js/dist/theme/fonts/source-sans-pro/source-sans-pro.css", ".woff")]:
        path = VENDOR / css
        fonts = {u.split("?")[0].split("#")[0] for u in
                 re.findall(r"url\(['\"]?([^'\")]+)", path.read_text()) if u.endswith(wanted)}
        assert fonts, css
        for font in fonts:
            assert (path.parent / font).resolve().is_file(), (css, font)
    white = (VENDOR / "reveal.js/dist/theme/white.css").read_text()
    assert "@import url(fonts/source-sans-pro/source-sans-pro.css)" in white


def test_the_vendored_files_are_small():
    total = sum(p.stat().st_size for p in VENDOR.rglob("*") if p.is_file())
    assert total < 2_000_000, total


def test_a_wheel_carries_the_templates_and_the_vendored_files():
    """pyproject's package-data covers every file of the templates and the vendored packages."""
    patterns = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"][
        "package-data"]["toolkit.present"]
    for folder in ("templates", "vendor"):
        for path in (PRESENT / folder).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                relative = path.relative_to(PRESENT).as_posix()
                assert any(fnmatch(relative, p) for p in patterns), relative
    assert (files("toolkit.present") / "vendor" / "reveal.js" / "LICENSE").is_file()


# ---------------------------------------------------------------- the served notebooks

def test_the_editions_served_keep_the_notes_for_the_facilitator_only(tmp_path):
    facilitator = write_edition("facilitator", tmp_path / "f")
    participant = write_edition("participant", tmp_path / "p")
    assert any(p.parts[-2] == "facilitator" for p in facilitator)
    assert not any("facilitator" in p.relative_to(tmp_path / "p").parts for p in participant)

    def notes(path):
        nb = nbformat.read(path, as_version=4)
        return [c for c in nb.cells if c.metadata.get("slideshow", {}).get("slide_type") == "notes"]

    def m(paths):
        return next(p for p in paths if "-clause-m-" in p.name)

    assert notes(m(facilitator)) and not notes(m(participant))
    # Voilà runs a notebook by itself: the line asking for Run All Cells is not on the page.
    for path in (m(facilitator), m(participant)):
        nb = nbformat.read(path, as_version=4)
        assert not any(START_LINE in c.source for c in nb.cells)
        assert nb.cells[0].source.startswith("# Part ")


def test_a_notebook_is_named_by_clause_letter_or_file_name():
    m = next(NOTEBOOKS.glob("*-clause-m-*.ipynb")).name
    assert notebook_name("m") == notebook_name(m) == notebook_name(f"notebooks/{m}") == m
    assert notebook_name(None) == "00-welcome.ipynb"
    assert notebook_name("facilitator/guide.ipynb") == "facilitator/guide.ipynb"
    with pytest.raises(CocoError, match="clause letter"):
        notebook_name("z")
    with pytest.raises(CocoError):
        notebook_name(str(REPO / "tests" / "notebook-samples" / "nothing.ipynb"))


def test_slide_metadata_stays_valid_for_rise():
    notebooks = sorted(p for p in NOTEBOOKS.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)
    assert notebooks
    for path in notebooks:
        nb = nbformat.read(path, as_version=4)
        types = [c.metadata.get("slideshow", {}).get("slide_type", "-") for c in nb.cells]
        assert set(types) <= RISE_SLIDE_TYPES, (path.name, set(types) - RISE_SLIDE_TYPES)
        assert types[0] == "slide", path.name  # a deck starts with a slide
