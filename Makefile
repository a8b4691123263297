PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint docs clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/sitrep --db sitrep.db ingest examples/
	$(BIN)/sitrep --db sitrep.db report

test: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests

docs: $(STAMP)
	$(BIN)/python -m sitrep.clidocs > docs/cli.md

clean:
	rm -rf $(VENV) sitrep.db sitrep.db-wal sitrep.db-shm
