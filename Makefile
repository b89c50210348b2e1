# The two commands in README.md: `make app` starts the web app, `make test` runs every test.
# Both create the virtual environment (.venv) and install what they need first.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
PORT   ?= 8501

.PHONY: app test test-fast lint eval bench clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11 or newer is needed"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[ui,test,bench]'
	@rm -f $(VENV)/.installed-*
	@touch $@

app: $(STAMP)
	$(BIN)/streamlit run ui/app.py --server.port $(PORT)

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

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
