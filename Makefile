# The two commands in README.md: `make app` starts the web app, `make test` runs every test.
# Both create the virtual environment (.venv) and install what they need first: the exact
# versions in requirements.lock, each file checked against its hash (README: "Installs and the
# lock file"). `make lock` updates the lock on purpose; nothing else ever picks new versions.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
LOCK   := requirements.lock
FLOORS := requirements-floors.lock
LOCKED := $(VENV)/.locked-$(shell cat $(LOCK) | cksum | cut -d' ' -f1)
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml $(LOCK) | cksum | cut -d' ' -f1)
PORT   ?= 8501
# This checkout, editable, with every extra in pyproject.toml, from what the lock file put in the
# venv and nothing else (--no-index): a dependency the lock lacks fails here, not at run time.
# $(call install_project,VENV,LOCK FILE)
EXTRAS := $(shell $(PYTHON) -c 'import tomllib; print(",".join(tomllib.load(open("pyproject.toml", "rb"))["project"].get("optional-dependencies", {})))' 2>/dev/null)
install_project = $(1)/bin/python -m pip install --quiet --disable-pip-version-check --no-index --no-build-isolation \
                  -e '.[$(EXTRAS)]' || { echo "$(2) lacks something pyproject.toml asks for: run 'make lock'" >&2; exit 1; }

# How both lock files are made from pyproject.toml: every extra (a new one is picked up by
# `make lock` alone), the build backend for the editable install, for every OS and Python >= 3.11.
COMPILE := $(BIN)/uv pip compile pyproject.toml --quiet --universal --python-version 3.11 \
           --all-extras --group build --generate-hashes --custom-compile-command 'make lock'
FLOORS_VENV := .venv-floors

.PHONY: app test test-fast lint eval bench lock lock-check test-floors clean

# The locked packages (enough for `make lock`), then this checkout on top of them.
$(LOCKED): $(LOCK)
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11 or newer is needed"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r $(LOCK)
	@rm -f $(VENV)/.locked-*
	@touch $@

$(STAMP): $(LOCKED) pyproject.toml
	$(call install_project,$(VENV),$(LOCK))
	@rm -f $(VENV)/.installed-*
	@touch $@

# Staff pages are locked. Without sign-in configured (.streamlit/secrets.toml, docs/security.md) they ask
# for a staff token: ADVISOR_STAFF_TOKEN if set (not echoed), else a fresh one for this run, printed here.
app: $(STAMP)
	@if [ -n "$$ADVISOR_STAFF_TOKEN" ]; then token="$$ADVISOR_STAFF_TOKEN"; shown="the value of ADVISOR_STAFF_TOKEN"; \
	else token=$$($(BIN)/python -c 'from advisor.access import new_token; print(new_token())'); shown="$$token"; fi; \
	echo "Staff token: $$shown"; \
	echo "  (staff pages, http://localhost:$(PORT)/staff, ask for it unless sign-in is configured; docs/security.md)"; \
	ADVISOR_STAFF_TOKEN="$$token" exec $(BIN)/streamlit run ui/app.py --server.port $(PORT)

test: $(STAMP)
	$(BIN)/python -m pytest

test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not slow and not browser"

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

eval: $(STAMP)
	$(BIN)/advisor eval ../shared/eval/dev.yaml --show-fails

bench: $(STAMP)
	$(BIN)/advisor bench

# Newest versions pyproject.toml allows (requirements.lock), and the lowest ones it allows
# (requirements-floors.lock, for test-floors). Commit the result on its own, after `make lint`,
# `make test` and `make test-floors` pass on it.
lock: $(LOCKED)
	$(COMPILE) --group tools --upgrade -o $(LOCK)
	$(COMPILE) --resolution lowest-direct --upgrade -o $(FLOORS)
	@echo "Updated $(LOCK) and $(FLOORS). Now: make lint test test-floors, then commit both on their own."

# Fails when pyproject.toml asks for something the lock files do not hold (run `make lock`).
# Compares the pinned versions only: hashes PyPI adds later for a pinned release do not matter.
lock-check: $(LOCKED)
	@set -e; tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	cp $(LOCK) "$$tmp/lock"; cp $(FLOORS) "$$tmp/floors"; \
	$(COMPILE) --group tools -o "$$tmp/lock"; \
	$(COMPILE) --resolution lowest-direct -o "$$tmp/floors"; \
	for pair in $(LOCK):lock $(FLOORS):floors; do \
	    committed=$${pair%%:*}; fresh="$$tmp/$${pair#*:}"; \
	    grep -E '^[A-Za-z0-9]' "$$committed" | sed 's/ *\\$$//' | sort > "$$fresh.committed"; \
	    grep -E '^[A-Za-z0-9]' "$$fresh" | sed 's/ *\\$$//' | sort > "$$fresh.pins"; \
	    diff -u "$$fresh.committed" "$$fresh.pins" || { \
	        echo "$$committed is out of step with pyproject.toml: run 'make lock'" >&2; exit 1; }; \
	done; \
	echo "$(LOCK) and $(FLOORS) match pyproject.toml"

# The lowest versions pyproject.toml allows, installed (hashes checked) into a venv of their
# own: the fast tests and lint must pass on them too, or the floors in pyproject.toml are not true.
test-floors:
	rm -rf $(FLOORS_VENV)
	$(PYTHON) -m venv $(FLOORS_VENV)
	$(FLOORS_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes -r $(FLOORS)
	$(call install_project,$(FLOORS_VENV),$(FLOORS))
	$(FLOORS_VENV)/bin/python -m pip list --disable-pip-version-check | grep -iE '^(streamlit|scikit-learn|rapidfuzz|pyyaml|pytest|hypothesis|wordfreq|ruff|mypy|hatchling) '
	$(FLOORS_VENV)/bin/python -m pytest -m "not slow and not browser" -p no:cacheprovider
	$(FLOORS_VENV)/bin/ruff check --no-cache .
	$(FLOORS_VENV)/bin/mypy --cache-dir /dev/null

clean:
	rm -rf $(VENV) $(FLOORS_VENV) .pytest_cache .mypy_cache .ruff_cache
