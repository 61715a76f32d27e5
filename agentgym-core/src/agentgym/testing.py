"""Opt-in pytest plugin for plugin authors: ``pytest_plugins = ["agentgym.testing"]``.

It gives a plugin manager with entry-point autoload off, a helper that registers a plugin
for one test, contract test classes that adapter and scenario packages subclass, a network
guard (the ``no_network`` fixture, ``guard_this_process`` for subprocesses) and a small
trained run for end-to-end tests (``train_small_run``, ``cached_small_run``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, ClassVar

import pytest

from agentgym.adapters import ExtractedTool, FrameworkAdapter
from agentgym.reference import GoldPolicy
from agentgym.scenario import Action, FinalAnswer, Observation, ToolCall
from agentgym.toy import ToyOrderScenario


@pytest.fixture
def agentgym_plugins(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """A fresh AgentGym plugin manager with built-ins only (no entry points)."""
    from agentgym import plugins

    monkeypatch.setenv("AGENTGYM_DISABLE_PLUGIN_AUTOLOAD", "1")
    manager = plugins.load_plugins(fresh=True)
    yield manager
    plugins.reset()


@pytest.fixture
def register_plugin(agentgym_plugins: Any) -> Iterator[Callable[..., Any]]:
    """Register a plugin object (module or class instance) for one test, then remove it."""
    added: list[tuple[Any, str]] = []

    def register(plugin: object, name: str | None = None) -> Any:
        added.append((plugin, agentgym_plugins.add(plugin, name=name)))
        return agentgym_plugins

    yield register
    for plugin, used_name in added:
        agentgym_plugins.remove(plugin, used_name)


class ScriptedPolicy:
    """Calls the given tools in order (arguments as given), then answers with the last result."""

    def __init__(self, calls: Sequence[tuple[str, dict[str, Any]]]) -> None:
        self.calls = list(calls)

    def decide(self, observation: Observation) -> Action:
        step = len(observation.history)
        if step < len(self.calls):
            name, arguments = self.calls[step]
            return ToolCall(name, arguments)
        last = observation.history[-1].result if observation.history else "nothing"
        return FinalAnswer(f"Last tool said: {last}")


class AdapterContractTests:
    """Every adapter package subclasses this and fills in the three hooks below.

    - ``adapter_class``: the FrameworkAdapter subclass under test.
    - ``framework_tools()``: native framework tools named ``lookup_order`` (argument
      ``order_id``, returns ``f"Order {order_id}: shipped."``) and ``close_ticket``.
    - ``raising_tool()``: a native framework tool named ``explode`` (no arguments) that
      raises ``RuntimeError("boom")``.
    """

    adapter_class: ClassVar[type[FrameworkAdapter]]

    def framework_tools(self) -> list[Any]:
        raise NotImplementedError("return native lookup_order and close_ticket tools")

    def raising_tool(self) -> Any:
        raise NotImplementedError("return a native tool 'explode' that raises RuntimeError")

    @pytest.fixture
    def adapter(self) -> FrameworkAdapter:
        return self.adapter_class()

    def test_extract_tools_gives_specs_that_run(self, adapter: FrameworkAdapter) -> None:
        extracted = adapter.extract_tools(self.framework_tools())
        by_name = {tool.spec.name: tool for tool in extracted}
        assert set(by_name) >= {"lookup_order", "close_ticket"}, (
            f"extract_tools must keep the tools' own names; got {sorted(by_name)}"
        )
        lookup = by_name["lookup_order"]
        assert isinstance(lookup, ExtractedTool)
        assert lookup.spec.description, "each spec needs the tool's description"
        assert "order_id" in lookup.spec.parameters.get("properties", {}), (
            "the spec's parameters must be the JSON Schema of the tool's arguments"
        )
        assert "Order O-7: shipped" in lookup.run({"order_id": "O-7"}), (
            "ExtractedTool.run must run the tool through the framework and return its text"
        )

    def test_run_one_task_offline(self, adapter: FrameworkAdapter) -> None:
        scenario = ToyOrderScenario()
        task = scenario.tasks("test")[0]
        trajectory = adapter.run_episode(GoldPolicy(scenario, task), scenario, task, seed=0)
        assert [step.tool for step in trajectory.steps] == ["lookup_order", "close_ticket"], (
            "the framework loop must execute exactly the tool calls the policy made"
        )
        assert all(step.correct for step in trajectory.steps)
        assert trajectory.success, "the grader must see the state the framework's calls produced"
        assert trajectory.final_answer, "the policy's final answer must end the episode"

    def test_tool_that_raises_comes_back_as_an_error_result(
        self, adapter: FrameworkAdapter
    ) -> None:
        policy = ScriptedPolicy([("explode", {})])
        agent = adapter.wrap_agent(policy, [self.raising_tool()], max_steps=3)
        answer = adapter.run_agent(agent, "Please do the thing that explodes.")
        assert "boom" in answer, (
            "a tool that raises must come back to the policy as an error result "
            f"(the scripted policy echoes it); the final answer was {answer!r}"
        )

    def test_step_cap_stops_a_policy_that_never_finishes(self, adapter: FrameworkAdapter) -> None:
        class Looping:
            def decide(self, observation: Observation) -> Action:
                return ToolCall("lookup_order", {"order_id": "O-1"})

        scenario = ToyOrderScenario()
        task = scenario.tasks("test")[0]
        episode = scenario.new_episode(task, seed=0)
        tools = adapter.create_environment(scenario, episode)
        agent = adapter.wrap_agent(Looping(), tools, max_steps=3)
        answer = adapter.run_agent(agent, task.ticket)
        assert isinstance(answer, str), "a capped run still ends with a final answer (text)"
        assert 1 <= len(episode.steps) <= 3, (
            f"wrap_agent(max_steps=3) must stop the loop; the tools ran {len(episode.steps)} times"
        )


# ---------------------------------------------------------------------------------------
# Network guard: tests stay on this machine.
#
# ``block_non_loopback_sockets(monkeypatch)`` makes every attempt to reach a non-loopback
# address fail (``socket.socket.connect`` / ``connect_ex`` and ``socket.create_connection``)
# and every name lookup of a non-local host (``socket.getaddrinfo``, ``gethostbyname`` and
# ``gethostbyname_ex``: CrewAI's telemetry resolves its host before it connects); loopback
# 127.0.0.0/8, ::1, the unspecified address, ``localhost`` and AF_UNIX sockets stay allowed.
# Each refused attempt is recorded. The ``no_network`` fixture applies it to one test and
# fails the test if anything tried, even when the caller swallowed the error (telemetry
# threads do). Use it with ``@pytest.mark.usefixtures("no_network")`` or from an autouse
# fixture in a conftest. ``guard_this_process(log)`` installs the same guard for the rest of
# a process (a subprocess under test) and writes what it refused to ``log`` at exit.
# ---------------------------------------------------------------------------------------


class NetworkAccessBlocked(ConnectionRefusedError):
    """A test tried to reach a non-loopback address."""


def _host_is_local(host: Any) -> bool:
    import ipaddress

    if host is None:
        return True  # getaddrinfo(None, port): the loopback or wildcard address
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if not isinstance(host, str):
        return False
    name = host.strip("[]").split("%", 1)[0].lower()  # "[::1]", "fe80::1%eth0"
    if name in ("", "localhost", "localhost.localdomain") or name.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return False  # any other host name would need a DNS lookup: not local
    mapped = getattr(address, "ipv4_mapped", None)
    if mapped is not None:
        address = mapped
    return address.is_loopback or address.is_unspecified


def _address_is_local(family: int, address: Any) -> bool:
    import socket

    if family not in (socket.AF_INET, socket.AF_INET6):
        return True  # AF_UNIX and other local families
    if isinstance(address, tuple) and address:
        return _host_is_local(address[0])
    return True  # not an internet address: the real call rejects it or it is local


def _real_socket_class() -> type:
    """The stdlib ``socket.socket`` even if another plugin (pytest-socket) swapped it."""
    import socket

    for cls in socket.socket.__mro__:
        if cls.__module__ == "socket" and cls.__name__ == "socket":
            return cls
    return socket.socket


def block_non_loopback_sockets(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Refuse connections to, and name lookups of, non-local hosts until ``monkeypatch`` is undone.

    A refused connection raises :class:`NetworkAccessBlocked` (``connect_ex`` returns
    ``ECONNREFUSED``); a refused lookup raises ``socket.gaierror`` (``EAI_NONAME``), as an
    unknown name does.

    :return: the list each refused attempt is appended to (``"connect 10.0.0.1:443"``,
        ``"lookup telemetry.example.com"``).
    """
    import errno
    import socket

    attempts: list[str] = []
    socket_class = _real_socket_class()
    real_connect = socket_class.connect
    real_connect_ex = socket_class.connect_ex
    real_create_connection = socket.create_connection
    real_getaddrinfo = socket.getaddrinfo
    real_gethostbyname = socket.gethostbyname
    real_gethostbyname_ex = socket.gethostbyname_ex

    def refuse(kind: str, address: Any) -> NetworkAccessBlocked:
        where = f"{address[0]}:{address[1]}" if isinstance(address, tuple) and len(address) > 1 else repr(address)
        attempts.append(f"{kind} {where}")
        return NetworkAccessBlocked(
            errno.ECONNREFUSED, f"network access blocked in tests: {kind} to {where}"
        )

    def connect(self: socket.socket, address: Any) -> Any:
        if not _address_is_local(self.family, address):
            raise refuse("connect", address)
        return real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        if not _address_is_local(self.family, address):
            refuse("connect_ex", address)
            return errno.ECONNREFUSED
        return real_connect_ex(self, address)

    def create_connection(address: Any, *args: Any, **kwargs: Any) -> Any:
        if not _address_is_local(socket.AF_INET, address):  # checked before any DNS lookup
            raise refuse("create_connection", address)
        return real_create_connection(address, *args, **kwargs)

    def refuse_lookup(kind: str, host: Any) -> socket.gaierror:
        name = host.decode("ascii", "replace") if isinstance(host, bytes) else str(host)
        attempts.append(f"lookup {name}")
        return socket.gaierror(socket.EAI_NONAME, f"network access blocked in tests: {kind} of {name!r}")

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if not _host_is_local(host):
            raise refuse_lookup("getaddrinfo", host)
        return real_getaddrinfo(host, *args, **kwargs)

    def gethostbyname(host: Any) -> str:
        if not _host_is_local(host):
            raise refuse_lookup("gethostbyname", host)
        return real_gethostbyname(host)

    def gethostbyname_ex(host: Any) -> Any:
        if not _host_is_local(host):
            raise refuse_lookup("gethostbyname_ex", host)
        return real_gethostbyname_ex(host)

    monkeypatch.setattr(socket_class, "connect", connect)
    monkeypatch.setattr(socket_class, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "create_connection", create_connection)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket, "gethostbyname", gethostbyname)
    monkeypatch.setattr(socket, "gethostbyname_ex", gethostbyname_ex)
    return attempts


def guard_this_process(log: str | os.PathLike[str] | None = None) -> list[str]:
    """Install :func:`block_non_loopback_sockets` for the rest of this process.

    For a subprocess under test (``python -c``, a ``sitecustomize``), where no fixture runs:
    with ``log``, the refused attempts are written there as a JSON list when the process
    exits, so the test can assert on them.

    :return: the list each refused attempt is appended to.
    """
    attempts = block_non_loopback_sockets(pytest.MonkeyPatch())  # never undone

    if log is not None:
        import atexit
        import json

        path = os.fspath(log)

        @atexit.register
        def _write_log() -> None:
            with open(path, "w", encoding="utf-8") as handle:
                json.dump(attempts, handle)

    return attempts


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Fail the test if anything in it tried to reach a non-loopback address."""
    attempts = block_non_loopback_sockets(monkeypatch)
    yield attempts
    if attempts:
        pytest.fail(
            "network access attempted during the test (only loopback is allowed): "
            + ", ".join(attempts),
            pytrace=False,
        )


# ---------------------------------------------------------------------------------------
# Scenario contract tests: a scenario package subclasses ScenarioContractTests.
#
# Each test runs one check of ``agentgym.contract`` (the checks ``agentgym check`` runs)
# and fails with the check's message, which says what to fix (LangChain's standard tests
# do the same for chat models).
# ---------------------------------------------------------------------------------------


class ScenarioContractTests:
    """The scenario contract as pytest tests.

    Subclass it and set ``scenario_class`` (plus ``scenario_options`` for constructor
    keywords), or override the ``scenario`` fixture::

        class TestMyScenario(ScenarioContractTests):
            scenario_class = MyScenario

    ``contract_sample`` is how many tasks per split the expert must solve. The gymnasium
    test is skipped, with the reason, until the scenario is installed as a plugin.
    """

    scenario_class: ClassVar[type[Any]]
    scenario_options: ClassVar[dict[str, Any]] = {}
    contract_sample: ClassVar[int] = 50

    @pytest.fixture
    def scenario(self) -> Any:
        cls = getattr(self, "scenario_class", None)
        if cls is None:
            pytest.fail(
                f"{type(self).__name__}: set scenario_class = YourScenario, or override the "
                "scenario fixture",
                pytrace=False,
            )
        return cls(**self.scenario_options)

    def run_contract_check(self, name: str, scenario: Any) -> None:
        """Run one named check; skip or fail the test with the check's own message."""
        from agentgym.contract import run_checks

        (result,) = run_checks(scenario, self.contract_sample, only=[name])
        if result.skipped:
            pytest.skip(result.message)
        if not result.passed:
            pytest.fail(f"scenario contract, {result.name}: {result.message}", pytrace=False)

    def test_tool_schemas_are_valid_json_schema(self, scenario: Any) -> None:
        self.run_contract_check("tool_schemas", scenario)

    def test_splits_are_disjoint(self, scenario: Any) -> None:
        self.run_contract_check("splits_disjoint", scenario)

    def test_reset_is_deterministic_under_a_seed(self, scenario: Any) -> None:
        self.run_contract_check("reset_deterministic", scenario)

    def test_episodes_are_isolated(self, scenario: Any) -> None:
        self.run_contract_check("episodes_isolated", scenario)

    def test_gold_actions_reach_success(self, scenario: Any) -> None:
        self.run_contract_check("gold_succeeds", scenario)

    def test_perturbations_keep_the_expert_at_full_success(self, scenario: Any) -> None:
        self.run_contract_check("perturbations_keep_gold", scenario)

    def test_random_and_malformed_actions_never_raise(self, scenario: Any) -> None:
        self.run_contract_check("random_actions_safe", scenario)

    def test_metrics_and_credit_compute(self, scenario: Any) -> None:
        self.run_contract_check("metrics_compute", scenario)

    def test_gymnasium_check_env_passes(self, scenario: Any) -> None:
        self.run_contract_check("gymnasium_env", scenario)


# ---------------------------------------------------------------------------------------
# A small trained run for end-to-end tests (adapters, CLI): seconds to train, not a good
# policy, but a real one that ``agentgym.load_policy`` and ``agentgym eval`` accept.
# ---------------------------------------------------------------------------------------

SMALL_RUN_SETTINGS: dict[str, Any] = {
    "batch_size": 64,
    "eval_interval": 10,
    "trials": 1,  # the final test evaluation is not what such tests look at
    "checkpoint_interval": 0,
    # expert guidance: in the same budget customer_support v2 reaches ~0.7 test success
    # instead of 0, so end-to-end tests see tickets solved (and tool_map tests mean something)
    "expert_coef": 1.0,
    "subwords": [4],
}


def train_small_run(
    scenario: str, output_dir: Path, episodes: int = 6400, **settings: Any
) -> dict[str, Any]:
    """Train a budget-limited run of ``scenario`` under ``output_dir`` (``Trainer.run``).

    The training settings are ``SMALL_RUN_SETTINGS``, then ``settings`` (any keyword of
    ``agentgym.config.build_config``). With the defaults a customer_support run takes about
    15 seconds on one core.

    :return: what ``Trainer.run`` returns; ``result["run_dir"]`` is the run directory.
    """
    from agentgym.config import build_config
    from agentgym.trainer import Trainer

    config = build_config(
        scenario=scenario, episodes=episodes, output_dir=output_dir, **{**SMALL_RUN_SETTINGS, **settings}
    )
    return Trainer(config).run()


def cached_small_run(
    tmp_path_factory: pytest.TempPathFactory, scenario: str, episodes: int = 6400, **settings: Any
) -> Path:
    """The run directory of :func:`train_small_run`, trained once per test session.

    Call it from a session-scoped fixture. The run is kept under the session's base temporary
    folder, keyed by its settings, so every conftest or test module that asks for the same run
    shares one. Skips the calling test if the scenario is not installed.
    """
    import hashlib
    import json

    from agentgym import hooks

    try:
        hooks.make_scenario(scenario)
    except Exception as error:  # noqa: BLE001 - its package is not installed: say why
        pytest.skip(f"scenario {scenario!r} is not available: {error}")
    key_data = {"scenario": scenario, "episodes": episodes, **SMALL_RUN_SETTINGS, **settings}
    key = hashlib.sha256(json.dumps(key_data, sort_keys=True, default=str).encode()).hexdigest()[:12]
    marker = tmp_path_factory.getbasetemp() / f"agentgym-small-run-{key}.txt"
    if marker.exists():
        return Path(marker.read_text(encoding="utf-8"))
    output = tmp_path_factory.mktemp(f"{scenario}-run")
    run_dir = Path(train_small_run(scenario, output, episodes, **settings)["run_dir"])
    marker.write_text(str(run_dir), encoding="utf-8")
    return run_dir
