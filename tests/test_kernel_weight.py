"""A participant's kernel stays light: on a hub every participant pays for what it imports.

bench/hub.py measures memory per participant (target 200 MiB); pandas with numpy alone added
about 45 MiB to each kernel, for nothing a participant's widgets need. The facilitator's
notebooks and ``toolkit.crosswalk()``/``toolkit.clauses()`` still use pandas, imported there.
"""

import json
import subprocess
import sys

from helpers import REPO

HEAVY = ("pandas", "numpy", "matplotlib", "openpyxl", "voila", "nbconvert")

RUN_EVERY_NOTEBOOK = """
import json, sys
from pathlib import Path
loaded = {}
for notebook in sorted(Path(sys.argv[1]).glob("*.ipynb")):
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    exec("\\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code"), {})
    loaded[notebook.name] = sorted(m for m in %r if m in sys.modules)
print(json.dumps(loaded))
""" % (HEAVY,)


def test_participant_notebooks_import_no_heavy_library(tmp_path):
    ran = subprocess.run([sys.executable, "-c", RUN_EVERY_NOTEBOOK, str(REPO / "notebooks")],
                         capture_output=True, text=True, timeout=300, cwd=tmp_path,
                         env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
                              "COCO_HOME": str(tmp_path / "store")})
    assert ran.returncode == 0, ran.stderr[-3000:]
    loaded = json.loads(ran.stdout.strip().splitlines()[-1])
    assert len(loaded) == 12, loaded
    assert {name: found for name, found in loaded.items() if found} == {}
