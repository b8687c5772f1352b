# Everything runs from a virtual environment in .venv, made on first use.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install demo test bench clean

$(BIN)/tawthiq: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(BIN)/tawthiq

install: $(BIN)/tawthiq

demo: install
	$(BIN)/tawthiq demo

test: install
	$(BIN)/python -m pytest -q

bench: install
	for b in benchmarks/bench_*.py; do $(BIN)/python $$b; done

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache
