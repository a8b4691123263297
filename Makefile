PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint docs clean case-model chromium postgresql lock

CONSTRAINTS := constraints.txt

# the versions every install gets: constraints.txt (make lock refreshes it)
$(STAMP): pyproject.toml $(CONSTRAINTS)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c $(CONSTRAINTS) -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/sitrep --db sitrep.db ingest examples/
	$(BIN)/sitrep --db sitrep.db report
	$(BIN)/sitrep --db sitrep.db brief --out brief.html --force
	@echo "Open the window on this database: $(BIN)/sitrep --db sitrep.db serve  (then http://127.0.0.1:8000/)"

# the browser tests (tests/web, tests/brief) drive Debian's chromium: installed when missing (as
# root, with apt-get); without it those tests skip with the reason
chromium:
	@command -v chromium >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
		&& apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } \
		|| echo "chromium is not installed (apt-get install chromium): the browser tests will skip"

# the PostgreSQL half of the store tests starts its own server with Debian's postgresql binaries
# (initdb, pg_ctl; tests/pgserver.py): installed when missing, as for chromium
postgresql:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null \
		|| { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && apt-get update -qq \
		&& DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } \
		|| echo "postgresql is not installed (apt-get install postgresql): its tests will skip"

test: $(STAMP) chromium postgresql
	$(BIN)/ruff check src tests
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests

docs: $(STAMP)
	$(BIN)/python -m sitrep.cli.reference > docs/cli.md

# CASE 2021 snippet classifier: cross-validate, then train on the dev set's look part and our
# probe sets (the untouched part stays held out)
SHARED ?= ../shared/data
case-model: $(STAMP)
	$(BIN)/python scripts/train_case_classifier.py $(SHARED)/events/case2021-task2-dev.tsv \
		--probe tests/data/case_probe.tsv --probe tests/data/case_probe2.tsv \
		--probe tests/data/case_probe3.tsv --probe tests/data/case_probe5.tsv \
		--out src/sitrep/resources/case_model.npz

# refresh constraints.txt: the newest releases pyproject.toml allows (with the dev extra),
# installed into a fresh temporary venv and frozen (sitrep itself left out). Then run
# `make test` (it reinstalls .venv from the new file) and commit the file only if it passes.
lock:
	@set -e; tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(PYTHON) -m venv "$$tmp/venv"; \
	"$$tmp/venv/bin/pip" install --quiet --upgrade pip; \
	"$$tmp/venv/bin/pip" install --quiet -e '.[dev]'; \
	{ echo "# pip install -c constraints.txt -e '.[dev]': the versions sitrep is tested with"; \
	  echo "# refreshed by 'make lock' ($$("$$tmp/venv/bin/python" -V), $$(uname -m)); commit a"; \
	  echo "# refresh only after 'make test' passes on it"; \
	  "$$tmp/venv/bin/pip" freeze --exclude-editable; } > $(CONSTRAINTS).new; \
	mv $(CONSTRAINTS).new $(CONSTRAINTS)
	@echo "$(CONSTRAINTS) refreshed: run 'make test' on it before committing it"

clean:
	rm -rf $(VENV) sitrep.db sitrep.db-wal sitrep.db-shm brief.html
