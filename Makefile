# The two set-up commands of the README: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed

.PHONY: demo test test-fast test-slow fuzz-slow bench lint clean gazetteer

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

## Extract the bundled example articles and show what was read.
demo: $(STAMP)
	$(BIN)/waqia extract examples/ -o demo-out.jsonl --overwrite --with-text --published 2024-03-07 --no-progress
	$(BIN)/waqia show demo-out.jsonl --relevant-only --width 110

## The whole test suite (services such as PostgreSQL are used when configured).
test: $(STAMP)
	$(BIN)/lint-imports --no-cache
	$(BIN)/python -m pytest -q

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -x -m "not slow and not browser and not dask"

## The 10,000-example fuzz profile.
fuzz-slow: $(STAMP)
	WAQIA_FUZZ_PROFILE=slow $(BIN)/python -m pytest -q -m slow tests/test_fuzz.py

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

## Rebuild the shipped data: the compact gazetteer (from ../shared/data/gazetteer). See NOTICE.
GAZETTEER_SOURCES ?= ../shared/data/gazetteer
gazetteer: $(STAMP)
	$(BIN)/waqia gazetteer build --compact src/waqia/geo/data/gazetteer.sqlite.xz $(GAZETTEER_SOURCES)

lint: $(STAMP)
	$(BIN)/ruff check src tests

clean:
	rm -rf $(VENV) build dist src/*.egg-info demo-out.jsonl
