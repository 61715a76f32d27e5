# Two commands: `make train` and `make test`. Both install first (idempotent, stamp file).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed.stamp
PACKAGES := agentgym-core agentgym-scenario-support agentgym-adapter-langchain agentgym-adapter-autogen agentgym-adapter-crewai agentgym-serve agentgym-dashboard agentgym-featurizer-wordllama
TEST_PLUGINS := tests/plugins/agentgym-plugin-echo
# the test plugins live in a folder of their own that only the tests put on the path (the root
# conftest.py), so `agentgym list` in the dev environment shows first-party scenarios only
TEST_PLUGIN_SITE := $(VENV)/test-plugins
PACKAGE_FILES := $(foreach p,$(PACKAGES) $(TEST_PLUGINS),$(p)/pyproject.toml)
TEST_PLUGIN_SOURCES := $(shell find $(TEST_PLUGINS) -path '*/src/*' -name '*.py')

.PHONY: install train test test-fast lint bench wheels clean

install: $(STAMP)

$(STAMP): $(PACKAGE_FILES) $(TEST_PLUGIN_SOURCES) requirements-dev.txt constraints.txt Makefile
	@echo "==> creating $(VENV) with $(PYTHON) -m venv (skipped when it exists)"
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "==> upgrading pip, setuptools and wheel"
	@$(BIN)/python -m pip install --quiet --upgrade pip setuptools wheel -c constraints.txt
	@echo "==> removing the core's install under its old name agentgym (now agentgym-core), if any"
	@$(BIN)/python -m pip uninstall --quiet --yes agentgym 2>/dev/null || true
	@rm -rf agentgym-core/src/agentgym.egg-info
	@echo "==> installing $(words $(PACKAGES)) packages editable and the dev tools, pinned by constraints.txt"
	@echo "    (about 2.3 GB, CrewAI about 1 GB of it; several minutes the first time, seconds with a warm pip cache)"
	@$(BIN)/python -m pip install --quiet -c constraints.txt -r requirements-dev.txt \
		-e "agentgym-core[ray,report]" $(foreach p,$(filter-out agentgym-core,$(PACKAGES)),-e $(p))
	@echo "==> installing the test plugins into $(TEST_PLUGIN_SITE) (only the tests see them)"
	@$(BIN)/python -m pip uninstall --quiet --yes agentgym-plugin-echo 2>/dev/null || true
	@rm -rf $(TEST_PLUGIN_SITE)
	@$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation --target $(TEST_PLUGIN_SITE) $(TEST_PLUGINS)
	@touch $(STAMP)
	@echo "==> done: $(BIN)/agentgym is ready (make test, make test-fast, make train)"

train: install
	$(BIN)/agentgym train customer_support

test: install
	$(BIN)/python -m pytest

# everything but the tests marked slow (training runs, wheels, framework servers, Ray, a browser): under 5 minutes
test-fast: install
	$(BIN)/python -m pytest -m "not slow"

lint: install
	$(BIN)/ruff check .

bench: install
	$(BIN)/python bench/bench_env.py
	$(BIN)/python bench/bench_cli_startup.py

# one wheel per distribution into dist/ (install them with pip install dist/NAME-VERSION-py3-none-any.whl)
wheels: install
	@echo "==> building $(words $(PACKAGES)) wheels and the agentgym meta-package into dist/"
	@mkdir -p dist
	@$(BIN)/python -m pip wheel --quiet --no-deps --no-build-isolation --wheel-dir dist ./ $(foreach p,$(PACKAGES),./$(p))
	@rm -rf build agentgym.egg-info  # the meta-package's build files: an agentgym.egg-info here would pose as installed
	@ls dist/*.whl

clean:
	rm -rf $(VENV) runs dist
