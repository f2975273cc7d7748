"""The JSON Schema in data/schema/ is the models' own, and every data file passes it.

Editors (VS Code's YAML extension, for one) read the `yaml-language-server` line at the top of
each file to autocomplete and check fields as a facilitator types.
"""

import json
import re
import subprocess
import sys

import jsonschema
import pytest
import yaml

from helpers import DATA, REPO
from toolkit.models import json_schemas

FILES = sorted(p for p in DATA.rglob("*.yaml"))


def test_committed_schema_is_current():
    for filename, schema in json_schemas().items():
        committed = json.loads((DATA / "schema" / filename).read_text(encoding="utf-8"))
        assert committed == schema, f"run `python -m toolkit export-schema` ({filename})"


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(DATA)))
def test_every_data_file_names_its_schema_and_passes_it(path):
    first = path.read_text(encoding="utf-8").splitlines()[0]
    match = re.fullmatch(r"# yaml-language-server: \$schema=(\S+)", first)
    assert match, f"{path.name} should start with its schema line"
    schema = json.loads((path.parent / match.group(1)).read_text(encoding="utf-8"))
    jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), schema)


def test_a_wrong_field_fails_the_exported_schema_too():
    schema = json.loads((DATA / "schema" / "clause.schema.json").read_text(encoding="utf-8"))
    content = yaml.safe_load((DATA / "curriculum" / "h.yaml").read_text(encoding="utf-8"))
    content["checklist"][0]["txt"] = content["checklist"][0].pop("text")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(content, schema)


def test_spelling_of_the_content():
    run = subprocess.run([sys.executable, "-m", "codespell_lib", "data", "README.md"],
                         cwd=REPO, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
