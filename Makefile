# The README's two commands: `make lab` opens the curriculum, `make test` runs every test.
# Both create .venv on first use from `python3` (3.11 or newer); nothing is installed globally.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
LAB_STAMP  := $(VENV)/.coco-lab
TEST_STAMP := $(VENV)/.coco-test

.PHONY: lab present test check-data notebooks bench clean

lab: $(LAB_STAMP)
	$(BIN)/python -m toolkit lab

# Live slides for the facilitator: `make present NOTEBOOK=m` (a clause letter or a notebook's
# file name; the welcome if none).
present: $(LAB_STAMP)
	$(BIN)/python -m toolkit present $(NOTEBOOK)

# Every test, on every core (pytest-xdist; conftest.py keeps what shares a server or a
# kernel on one worker), the slowest named at the end. One test alone: .venv/bin/python -m pytest
# tests/test_store.py runs in one process.
test: $(TEST_STAMP)
	$(BIN)/python -m pytest -n auto --durations=20

check-data: $(LAB_STAMP)
	$(BIN)/python -m toolkit check-data

# Rewrite and re-run every notebook from data/ (after editing the curriculum).
notebooks: $(TEST_STAMP)
	$(BIN)/python -m toolkit build-notebooks

bench: $(TEST_STAMP)
	@for script in bench/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

$(VENV)/bin/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
	  echo "Coco needs Python 3.11 or newer as '$(PYTHON)'. Install it, or run: make PYTHON=python3.12 ..."; exit 1; }
	@$(PYTHON) -m venv $(VENV) || { rm -rf $(VENV); \
	  echo "Could not create a virtual environment. On Debian or Ubuntu: sudo apt install python3-venv"; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip

$(LAB_STAMP): pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(TEST_STAMP): pyproject.toml $(LAB_STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

clean:
	rm -rf $(VENV) build *.egg-info
