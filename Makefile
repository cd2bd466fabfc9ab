# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# litellm fetches its model cost map over the network at import unless told not to.
export LITELLM_LOCAL_MODEL_COST_MAP := True
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: demo test lint typecheck pytest bench soak eval system-deps clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev,all,proxy,spark,frameworks]'
	touch $@

# The demo needs only the runtime and the openai client; the test venv adds the rest on top.
$(BIN)/.demo-installed:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[openai]'
	touch $@

demo: $(BIN)/.demo-installed
	$(BIN)/cotmonitor demo

system-deps:
	./scripts/ensure-system-deps.sh

lint: $(BIN)/.installed
	$(BIN)/ruff check src tests benchmarks examples integrations
	$(BIN)/ruff format --check src tests benchmarks examples integrations

typecheck: $(BIN)/.installed
	$(BIN)/mypy

pytest: $(BIN)/.installed system-deps
	$(BIN)/pytest -q

test: lint typecheck pytest

bench: $(BIN)/.installed
	$(BIN)/python -m benchmarks

# A million wrapped calls under random faults (tens of minutes); not part of `make test`.
soak: $(BIN)/.installed
	$(BIN)/python -m benchmarks.soak $(SOAK_ARGS)

# Scores the rule checks: on a labelled JSONL file (`make eval DATA=path`), or by default on the
# generated generalization suite, its dev half (what the rules were tuned on) and its held-out
# test half reported apart.
eval: $(BIN)/.installed
ifdef DATA
	$(BIN)/cotmonitor eval $(DATA)
else
	$(BIN)/python -m benchmarks.generalization --out out/suite.jsonl
	$(BIN)/cotmonitor eval out/suite.jsonl
endif

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache

$(BIN)/.bench-installed: $(BIN)/.installed
	$(BIN)/pip install -q -e '.[bench]'
	touch $@

bench: $(BIN)/.bench-installed
