# One command sets up and runs the main job on seeds/ (make demo); one sets up and runs the tests (make test).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test lint eval bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.demo: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

demo: $(VENV)/.demo
	$(BIN)/factsheet build seeds/ -o factsheet.md --json factsheet.json
	@cat factsheet.md

test: $(VENV)/.test
	$(BIN)/ruff check factsheet tests benchmarks
	$(BIN)/ruff format --check factsheet tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/pytest -n auto --dist worksteal

eval: $(VENV)/.test
	$(BIN)/factsheet eval ../shared/benchmarks/newsquant_dev.json --baseline quantulum3

bench: $(VENV)/.test
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) factsheet.md factsheet.json factsheet.*.svg .pytest_cache .mypy_cache .ruff_cache
