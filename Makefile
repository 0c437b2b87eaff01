# make run  : set up .venv and open the app on the default data dir
# make test : set up .venv and run the tests (keyring tests inside a private D-Bus session)
# make bench: the scale figures (start-up, large timeline, search, due query, memory, mbox import); see tools/bench.py
# make install / uninstall: a user install (no root): the wheel in a venv under $(PREFIX),
#                           ~/.local/bin/casekeeper, and the app in the desktop's menu
# make bundle: a self-contained folder, dist/casekeeper/ (PyInstaller onedir; packaging/casekeeper.spec)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
TS     := $(wildcard resources/translations/*.ts)
QM     := $(TS:.ts=.qm)

# make install
PREFIX ?= $(HOME)/.local/lib/casekeeper
BINDIR ?= $(HOME)/.local/bin
# make bundle (WHEEL=FILE uses that wheel instead of building one)
WHEEL       ?=
WHEEL_DIR   := build/wheel
BUNDLE_VENV ?= .bundle-venv
BUNDLE_WORK ?= build/pyinstaller
DISTDIR     ?= dist

.PHONY: run test setup translations lupdate bench clean wheel install uninstall bundle

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

# The wheel, from a clean build dir (setuptools would pack files left in build/lib by an older tree).
wheel: $(STAMP)
	rm -rf build/lib build/bdist.* $(WHEEL_DIR) && mkdir -p build
	$(BIN)/python -m build --wheel --outdir $(WHEEL_DIR) . >build/wheel.log 2>&1 || { cat build/wheel.log; exit 1; }
	@ls $(WHEEL_DIR)/casekeeper-*.whl

install: wheel
	$(PYTHON) -m venv --clear $(PREFIX)/venv
	$(PREFIX)/venv/bin/python -m pip install --quiet $(WHEEL_DIR)/casekeeper-*.whl
	mkdir -p $(BINDIR)
	ln -sfn $(PREFIX)/venv/bin/casekeeper $(BINDIR)/casekeeper
	$(BINDIR)/casekeeper --install-desktop
	@case ":$$PATH:" in *":$(BINDIR):"*) ;; \
	  *) echo "Note: $(BINDIR) is not on your PATH; add it, or run $(BINDIR)/casekeeper." ;; esac

# Your cases stay where they are (the data dir); only the program and its menu entry go.
uninstall:
	if [ -x $(PREFIX)/venv/bin/casekeeper ]; then $(PREFIX)/venv/bin/casekeeper --uninstall-desktop; fi
	if [ "$$(readlink $(BINDIR)/casekeeper)" = "$(PREFIX)/venv/bin/casekeeper" ]; then rm -f $(BINDIR)/casekeeper; fi
	autostart="$${XDG_CONFIG_HOME:-$$HOME/.config}/autostart/casekeeper.desktop"; \
	  if grep -qsF -e "$(BINDIR)/casekeeper" -e "$(PREFIX)/venv/" "$$autostart"; then rm -f "$$autostart"; fi
	rm -rf $(PREFIX)/venv
	rmdir $(PREFIX) 2>/dev/null || true

# Built from a separate venv with the wheel installed (not editable), so PyInstaller's
# analysis sees the installed package and its data.
bundle: $(if $(WHEEL),,wheel)
	whl="$(or $(WHEEL),$$(ls $(WHEEL_DIR)/casekeeper-*.whl))"; \
	  $(PYTHON) -m venv $(BUNDLE_VENV) && \
	  $(BUNDLE_VENV)/bin/python -m pip install --quiet --upgrade "$$whl[bundle]" && \
	  $(BUNDLE_VENV)/bin/python -m pip install --quiet --force-reinstall --no-deps "$$whl"
	rm -rf $(DISTDIR)/casekeeper
	$(BUNDLE_VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath $(DISTDIR) --workpath $(BUNDLE_WORK) \
	  packaging/casekeeper.spec
	@du -sh $(DISTDIR)/casekeeper; echo "Run it: $(DISTDIR)/casekeeper/casekeeper"

clean:
	rm -rf $(VENV) resources/translations/*.qm .pytest_cache .bench build dist .bundle-venv casekeeper.egg-info
