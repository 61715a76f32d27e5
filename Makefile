# Two commands: `make train` and `make test`. Both install first (idempotent, stamp file).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed.stamp
PACKAGES := agentgym-core agentgym-scenario-support agentgym-adapter-langchain agentgym-adapter-autogen agentgym-adapter-crewai agentgym-serve agentgym-dashboard agentgym-featurizer-wordllama
TEST_PLUGINS := tests/plugins/agentgym-plugin-echo
PACKAGE_FILES := $(foreach p,$(PACKAGES) $(TEST_PLUGINS),$(p)/pyproject.toml)

.PHONY: install train test lint bench clean

install: $(STAMP)

$(STAMP): $(PACKAGE_FILES) requirements-dev.txt constraints.txt Makefile
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip setuptools wheel -c constraints.txt
	$(BIN)/python -m pip install --quiet -c constraints.txt -r requirements-dev.txt \
		-e "agentgym-core[ray,report]" $(foreach p,$(filter-out agentgym-core,$(PACKAGES)),-e $(p))
	$(BIN)/python -m pip install --quiet --no-deps $(foreach p,$(TEST_PLUGINS),-e $(p))
	touch $(STAMP)

train: install
	$(BIN)/agentgym train customer_support

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .

bench: install
	$(BIN)/python bench/bench_env.py
	$(BIN)/python bench/bench_cli_startup.py

clean:
	rm -rf $(VENV) runs
