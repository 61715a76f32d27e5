"""Set-up for every test under the repository (core, scenario and adapter packages alike).

pytest runs from the repository root over all test folders (see ``pyproject.toml``), so
this file applies to all of them. It skips nothing. It:

- turns off the telemetry and tracing of the frameworks and Ray, whatever the shell says
  (set at import, before any test module imports a framework; subprocesses inherit it),
  and drops the LangSmith API keys;
- loads AgentGym's opt-in pytest plugin (fixtures ``agentgym_plugins``,
  ``register_plugin``, ``no_network``);
- fails any test that opens a socket to, or looks up the name of, a non-loopback host
  (``no_network``, autouse);
- delivers Ctrl-C to the tests' subprocesses even when the suite was started with SIGINT
  ignored (a background job);
- ``stop_training_at(update, error)``: the trainer's update number ``update`` raises
  ``error`` once, as a Ctrl-C or a failing backend would in the middle of training;
- gives the end-to-end tests a small trained customer_support run, trained once per session
  when a test asks for it (``support_run_dir``, ``support_policy``).
"""

from __future__ import annotations

import os

OFFLINE_ENVIRONMENT = {
    "CREWAI_DISABLE_TELEMETRY": "true",
    "CREWAI_DISABLE_VERSION_CHECK": "true",
    "OTEL_SDK_DISABLED": "true",
    "CREWAI_TRACING_ENABLED": "false",
    "LANGSMITH_TRACING": "false",
    "LANGCHAIN_TRACING_V2": "false",
    "RAY_USAGE_STATS_ENABLED": "0",
}
os.environ.update(OFFLINE_ENVIRONMENT)
for _name in ("LANGSMITH_API_KEY", "LANGCHAIN_API_KEY"):
    os.environ.pop(_name, None)

import signal  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

# The test plugins (tests/plugins) are installed by `make install` into a folder of their own,
# outside the environment's site-packages: the tests put it on the path (this process's and,
# through PYTHONPATH, every subprocess's); a user's `agentgym` never sees them.
TEST_PLUGIN_SITE = Path(sys.prefix) / "test-plugins"
if TEST_PLUGIN_SITE.is_dir() and str(TEST_PLUGIN_SITE) not in sys.path:
    sys.path.append(str(TEST_PLUGIN_SITE))
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [os.environ.get("PYTHONPATH"), str(TEST_PLUGIN_SITE)]))
from typing import Any  # noqa: E402

import pytest  # noqa: E402

pytest_plugins = ["agentgym.testing"]

# A runner that starts the suite in the background (`.ci/run &`, nohup) starts it with SIGINT
# ignored, and every process it starts inherits that: the Ctrl-C tests (train, eval, serve,
# dashboard) would send a signal nobody receives. A handler is not inherited across exec, so
# with one installed here each subprocess gets Ctrl-C as it would in a terminal.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture(autouse=True)
def _offline(no_network: list[str]) -> None:
    """Every test runs with the network guard (``agentgym.testing.no_network``)."""


@pytest.fixture(scope="session")
def support_run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The run directory of a small trained customer_support policy (about 15 s to train;
    ``agentgym.testing.cached_small_run``); skips if the scenario is not installed."""
    from agentgym.testing import cached_small_run  # imported as a pytest plugin first

    return cached_small_run(tmp_path_factory, "customer_support")


@pytest.fixture(scope="session")
def support_policy(support_run_dir: Path) -> Any:
    """That run's policy, loaded as users load it (``agentgym.load_policy``)."""
    import agentgym

    return agentgym.load_policy(support_run_dir)


@pytest.fixture
def stop_training_at(monkeypatch: pytest.MonkeyPatch) -> Any:
    """``stop_training_at(update, error)``: ``Trainer``'s update number ``update`` raises
    ``error`` (once: a resumed run goes on). An observer hook cannot stop training this way:
    the trainer contains their errors."""
    from agentgym.trainer import Trainer

    def arm(update: int, error: BaseException) -> None:
        one_update = Trainer.one_update
        pending = [error]

        def update_or_stop(self: Trainer, executor: Any) -> dict[str, Any]:
            if self.update_index == update and pending:
                raise pending.pop()
            return one_update(self, executor)

        monkeypatch.setattr(Trainer, "one_update", update_or_stop)

    return arm
