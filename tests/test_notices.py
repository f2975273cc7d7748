"""An unexpected failure shows a plain notice; its traceback goes to a private log, not the screen.

``logging`` with no handler prints to stderr (``logging.lastResort``), and a notebook shows
stderr under the cell. In-process tests cannot see that alone: pytest puts its own handlers on
the root logger, which hide the fallback. So the unit tests take those away, and one test runs a
real kernel, where nothing is hidden.
"""

import contextlib
import logging
import os
import re
import stat

import nbformat

from toolkit import logs
from toolkit.notices import Notice, friendly

PRIVATE_TEXT = "Maria Lopez at 555-201-7788"


@contextlib.contextmanager
def bare_logging():
    """Logging as a kernel has it, without pytest's root handlers that hide the last resort.

    Entered inside the test body: pytest adds its root handlers again for each phase."""
    saved = logging.root.handlers[:]
    logging.root.handlers.clear()
    try:
        yield
    finally:
        logging.root.handlers[:] = saved


@friendly
def broken_entry_point():
    raise ValueError(f"could not read {PRIVATE_TEXT}")


def _mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_an_unexpected_error_is_a_notice_and_its_traceback_goes_to_a_private_log(
        new_kernel, capfd):
    old_umask = os.umask(0o022)  # a JupyterHub kernel's umask: the log must not rely on it
    try:
        with bare_logging():
            shown = broken_entry_point()
    finally:
        os.umask(old_umask)
    assert isinstance(shown, Notice)
    assert "Traceback" not in repr(shown) and "Error" not in repr(shown)  # no Python names
    assert capfd.readouterr() == ("", "")  # logging's last resort would print to stderr
    log_file = new_kernel / logs.LOG_NAME
    assert _mode(log_file) == 0o600
    text = log_file.read_text(encoding="utf-8")
    assert "Traceback" in text and "broken_entry_point" in text and "ValueError" in text
    assert "Maria" not in text and "7788" not in text  # an exception's message may quote them


def test_the_log_is_set_up_once_and_follows_the_answer_folder(
        new_kernel, tmp_path, monkeypatch, capfd):
    logger = logs.logger()
    assert logs.logger() is logger
    ours = [h for h in logger.handlers if isinstance(h, logs._PrivateFileHandler)]
    assert len(ours) == 1 and logger.propagate is False

    with bare_logging():
        broken_entry_point()
        try:
            raise KeyError(PRIVATE_TEXT)
        except KeyError:  # a module logging on its own, as ``store`` does for progress displays
            logging.getLogger("toolkit").exception("a display failed")
        other = tmp_path / "another-home"
        monkeypatch.setenv("COCO_HOME", str(other))
        broken_entry_point()
        blocked = tmp_path / "a-file-not-a-folder"
        blocked.write_text("")
        monkeypatch.setenv("COCO_HOME", str(blocked))
        shown = broken_entry_point()  # no log possible: still a notice, and silence
    first = (new_kernel / logs.LOG_NAME).read_text()
    assert first.count("Traceback") == 2 and "KeyError" in first and "Maria" not in first
    assert (other / logs.LOG_NAME).read_text().count("Traceback") == 1
    assert isinstance(shown, Notice)
    assert capfd.readouterr() == ("", "")  # logging's last resort would print to stderr


def _outputs(nb):
    """Everything the participant would see under the cells, as text."""
    seen = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            assert output["output_type"] != "error", output
            if output["output_type"] == "stream":
                seen.append(output["text"])
            for mime in ("text/plain", "text/html"):
                seen.append(str(output.get("data", {}).get(mime, "")))
    return "\n".join(seen)


def test_in_a_real_kernel_the_participant_sees_a_notice_and_no_traceback(tmp_path, monkeypatch):
    from jupyter_client.manager import KernelManager
    from nbclient import NotebookClient

    home = tmp_path / "coco-home"
    monkeypatch.setenv("COCO_HOME", str(home))
    monkeypatch.setenv("JUPYTER_PREFER_ENV_PATH", "1")
    nb = nbformat.v4.new_notebook(cells=[
        # toolkit imports ``load`` by name, so both names must break.
        nbformat.v4.new_code_cell("import toolkit, toolkit.standards as s\n"
                                  "s.load = toolkit.load = lambda *a, **k: 1 / 0"),
        nbformat.v4.new_code_cell('toolkit.clause_card("h")'),
    ])
    km = (KernelManager(kernel_name="python3", transport="ipc", ip=str(tmp_path / "kernel"))
          if os.name == "posix" else KernelManager(kernel_name="python3"))
    try:
        NotebookClient(nb, km=km, timeout=120,
                       resources={"metadata": {"path": str(tmp_path)}}).execute()
    finally:
        if km.has_kernel:
            km.shutdown_kernel(now=True)

    shown = _outputs(nb)
    assert "Something went wrong in Coco" in shown
    assert "Traceback" not in shown and "Error" not in shown
    assert str(tmp_path) not in shown and ".py" not in shown
    assert not re.search(r"/[\w.-]+/", shown), "a file path on the participant's screen"
    log_file = home / logs.LOG_NAME
    assert _mode(log_file) == 0o600
    text = log_file.read_text(encoding="utf-8")
    assert "Traceback" in text and "clause_card" in text and "ZeroDivisionError" in text
