# quizgen: `make run` serves the app; `make test` runs the whole suite.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check -q
HOST ?= 127.0.0.1
PORT ?= 5000
#: axe-core from the npm registry, injected by the browser accessibility tests.
AXE := .cache/axe/node_modules/axe-core/axe.min.js
#: gift-pegjs (MIT) from the npm registry: the export tests parse our GIFT files with it.
GIFT_PEGJS := .cache/gift/node_modules/gift-pegjs/pegjs-gift.js

.PHONY: run test bench install install-test clean-venv axe gift-pegjs

#: HOST=0.0.0.0 lets students' devices in; BASE_URL=http://name:port/ names the address they type.
BASE_URL ?=

run: $(VENV)/.installed
	HOST=$(HOST) PORT=$(PORT) QUIZGEN_BASE_URL=$(BASE_URL) $(VENV)/bin/quizgen serve

test: $(VENV)/.installed-test $(AXE) $(GIFT_PEGJS)
	$(PY) -m pytest $(PYTEST_ARGS)

axe: $(AXE)

# Without npm the accessibility tests skip with the reason (and fail under CI=true).
$(AXE):
	@if command -v npm >/dev/null 2>&1; then \
	  npm install --no-audit --no-fund --prefix .cache/axe axe-core@4; \
	else \
	  echo "npm not found: cannot fetch axe-core (apt-get install nodejs npm); accessibility tests will skip." >&2; \
	fi

gift-pegjs: $(GIFT_PEGJS)

# Without npm the GIFT parser tests skip with the reason (and fail under CI=true).
$(GIFT_PEGJS):
	@if command -v npm >/dev/null 2>&1; then \
	  npm install --no-audit --no-fund --prefix .cache/gift gift-pegjs@1; \
	else \
	  echo "npm not found: cannot fetch gift-pegjs (apt-get install nodejs npm); GIFT parser tests will skip." >&2; \
	fi

bench: $(VENV)/.installed-test
	$(PY) bench/run.py

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "quizgen needs Python 3.11 or newer; set PYTHON=python3.11 (or newer).")'
	@$(PYTHON) -m venv $(VENV) || { echo "Could not create $(VENV). On Debian/Ubuntu: sudo apt-get install python3-venv" >&2; exit 1; }
	$(PIP) install --upgrade pip

# Reinstall whenever the project metadata changes.
$(VENV)/.installed: pyproject.toml | $(PY)
	$(PIP) install -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(PY)
	$(PIP) install -e '.[test]'
	@touch $@ $(VENV)/.installed

clean-venv:
	rm -rf $(VENV)
