"""Shared fixtures of the AutoGen adapter's tests: a trained customer_support policy.

The offline environment and the network guard come from the repository's root conftest.py.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

# --- a trained customer_support policy, shared by the end-to-end tests -------------------
# The same helper (same settings) lives in every adapter's tests/conftest.py and in
# tests/test_frameworks.py; the run is cached under the session's base temporary folder,
# keyed by its settings, so a session over the whole repository trains it once.

SUPPORT_TRAINING: dict[str, Any] = {
    "scenario": "customer_support",
    "episodes": 6400,
    "batch_size": 64,
    "eval_interval": 10,
    "trials": 1,  # the final test evaluation is not what these tests look at
    "checkpoint_interval": 0,
}


def trained_support_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A budget-limited customer_support run (seconds to train); skips if the scenario is missing."""
    from agentgym import hooks

    try:
        hooks.make_scenario("customer_support")
    except Exception as error:  # noqa: BLE001 - agentgym-scenario-support not installed: say why
        pytest.skip(f"scenario 'customer_support' is not available: {error}")
    key = hashlib.sha256(json.dumps(SUPPORT_TRAINING, sort_keys=True).encode()).hexdigest()[:12]
    marker = tmp_path_factory.getbasetemp() / f"agentgym-support-run-{key}.txt"
    if marker.exists():
        return Path(marker.read_text(encoding="utf-8"))
    from agentgym.config import build_config
    from agentgym.trainer import Trainer

    output = tmp_path_factory.mktemp("support-run")
    result = Trainer(build_config(**SUPPORT_TRAINING, output_dir=output)).run()
    marker.write_text(str(result["run_dir"]), encoding="utf-8")
    return Path(result["run_dir"])


@pytest.fixture(scope="session")
def support_run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The run directory of a small trained customer_support policy."""
    return trained_support_run(tmp_path_factory)


@pytest.fixture(scope="session")
def support_policy(support_run_dir: Path) -> Any:
    """That run's policy, loaded as users load it (``agentgym.load_policy``)."""
    import agentgym

    return agentgym.load_policy(support_run_dir)
