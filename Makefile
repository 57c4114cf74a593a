# edunews: two commands do all the set-up on a machine with Python 3.11 and make.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test

.PHONY: demo test bench clean-demo help

help:
	@echo "make demo   crawl the bundled snapshot sites offline, index, search, write hits.csv"
	@echo "make test   run the whole test suite"
	@echo "make bench  run the benchmarks (see BENCHMARKS.md)"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TSTAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP)

demo: $(STAMP)
	$(BIN)/python -m snapserver.demo

test: $(TSTAMP)
	$(BIN)/python -m pytest -q

bench: $(TSTAMP)
	$(BIN)/python -m bench.run_all

clean-demo:
	rm -rf .demo hits.csv
