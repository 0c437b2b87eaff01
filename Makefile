# make run  : set up .venv and open the app on the default data dir
# make test : set up .venv and run the tests (keyring tests inside a private D-Bus session)
# make bench: the scale figures (start-up, large timeline, search, due query, memory, mbox import); see tools/bench.py
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
TS     := $(wildcard resources/translations/*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test setup translations lupdate bench clean

setup: $(STAMP) translations

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts files from the sources (then translate, then `make translations`).
lupdate: $(STAMP)
	$(BIN)/python tools/lupdate.py

run: setup
	$(BIN)/casekeeper $(ARGS)

test: setup
	PYTHON=$(BIN)/python sh tests/run.sh $(ARGS)

bench: setup
	$(BIN)/python tools/bench.py $(ARGS)

clean:
	rm -rf $(VENV) resources/translations/*.qm .pytest_cache .bench
