"""Every hook in ``agentgym.hookspecs`` is exercised here through the plugin manager: one
``test_hook_<name>`` per hook (``tests/test_hooks_documented.py`` checks that they exist).

Small plugins are registered with the ``register_plugin`` fixture (``agentgym.testing``) and
the test asserts that the core used what they gave. One tiny real training run (module
fixture ``run``) shows the core calling a plugin's algorithm, policy, executor, credit
strategy, metrics and lifecycle hooks during ``Trainer.run``.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from agentgym import hooks, plugins
from agentgym.adapters import FrameworkAdapter
from agentgym.credit import decision_count
from agentgym.hookspecs import hookimpl
from agentgym.reference import GoldPolicy, RandomPolicy
from agentgym.registry import RefusedEntry, UnknownEntry
from agentgym.scenario import Scenario, Trajectory
from agentgym.toy import ToyOrderScenario


class HookedOrders(ToyOrderScenario):
    name = "hooked_orders"
    description = "The toy order desk, registered by a test plugin."


def episodes(count: int = 4) -> tuple[Scenario, list[Trajectory]]:
    scenario = HookedOrders()
    tasks = scenario.tasks("test")
    gold = [scenario.run(GoldPolicy(scenario, task), task, seed=i) for i, task in enumerate(tasks[:count])]
    noisy = [scenario.run(RandomPolicy(scenario, seed=i), tasks[i], seed=i) for i in range(count)]
    return scenario, gold + noisy


# --- a tiny real training run with a recording plugin -----------------------------------------
class Recorder:
    """Wraps the built-in algorithm, policy and executor, adds a credit strategy and a metric,
    and records every call the core makes."""

    def __init__(self) -> None:
        self.calls: dict[str, list[Any]] = defaultdict(list)

    def _wrap(self, kind: str, builtin: str) -> Any:
        def factory(**params: Any) -> Any:
            self.calls[kind].append(sorted(params))
            return hooks.factory(kind, builtin)(**params)

        return factory

    @hookimpl
    def register_scenarios(self, register: Any) -> None:
        register(HookedOrders)

    @hookimpl
    def register_algorithms(self, register: Any) -> None:
        register("recorded_reinforce", self._wrap("algorithms", "reinforce"), "reinforce, recorded")

    @hookimpl
    def register_policies(self, register: Any) -> None:
        register("recorded_linear", self._wrap("policies", "linear"), "linear, recorded")

    @hookimpl
    def register_executors(self, register: Any) -> None:
        register("recorded_local", self._wrap("executors", "local"), "local, recorded")

    @hookimpl
    def register_featurizers(self, register: Any) -> None:
        def factory(scenario: Scenario, **settings: Any) -> Any:
            self.calls["featurizers"].append(sorted(settings))
            return hooks.factory("featurizers", "hashed")(scenario, **settings)

        register("recorded_hashed", factory, "hashed, recorded")

    @hookimpl
    def broadcast_rewards(
        self, scenario: Scenario, trajectory: Trajectory, strategy: str | None, discount: float
    ) -> list[float] | None:
        if strategy != "recorded_broadcast":
            return None
        self.calls["broadcast_rewards"].append((scenario.name, discount))
        return [trajectory.total_reward] * decision_count(trajectory)

    @hookimpl
    def compute_metrics(self, scenario: Scenario, trajectories: Sequence[Trajectory]) -> dict[str, float]:
        self.calls["compute_metrics"].append(len(trajectories))
        return {"recorded_episodes": float(len(trajectories))}

    @hookimpl
    def on_train_start(self, run_dir: str, config: dict[str, Any]) -> None:
        self.calls["on_train_start"].append((run_dir, dict(config)))

    @hookimpl
    def on_update(self, run_dir: str, metrics: dict[str, float]) -> None:
        self.calls["on_update"].append((run_dir, dict(metrics)))

    @hookimpl
    def on_train_end(self, run_dir: str, result: dict[str, Any]) -> None:
        self.calls["on_train_end"].append((run_dir, dict(result)))


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Recorder, dict[str, Any]]]:
    from agentgym.config import build_config
    from agentgym.trainer import Trainer

    recorder = Recorder()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("AGENTGYM_DISABLE_PLUGIN_AUTOLOAD", "1")
        manager = plugins.load_plugins(fresh=True)
        manager.add(recorder, "recorder")
        try:
            config = build_config(
                scenario="hooked_orders", episodes=128, batch_size=64, eval_interval=1, trials=1,
                algorithm="recorded_reinforce", policy="recorded_linear", executor="recorded_local",
                credit="recorded_broadcast", featurizer="recorded_hashed", discount_factor=0.9, early_stop=False,
                output_dir=tmp_path_factory.mktemp("runs"),
            )
            result = Trainer(config).run()
        finally:
            plugins.reset()
    yield recorder, result


# --- registration hooks ------------------------------------------------------------------------
def test_hook_register_scenarios(register_plugin: Any, run: tuple[Recorder, dict[str, Any]]) -> None:
    class Plugin:
        @hookimpl
        def register_scenarios(self, register: Any) -> None:
            register(HookedOrders)

    manager = register_plugin(Plugin(), "scenario-plugin")

    entry = manager.registry.get("scenarios", "hooked_orders")
    assert (entry.plugin, entry.target, entry.description) == ("scenario-plugin", HookedOrders, HookedOrders.description)
    assert isinstance(hooks.make_scenario("hooked_orders"), HookedOrders)
    assert run[1]["scenario"] == "hooked_orders", "the trainer ran the plugin's scenario"


def test_hook_register_scenarios_rejects_what_is_not_a_scenario(register_plugin: Any) -> None:
    class Plugin:
        @hookimpl
        def register_scenarios(self, register: Any) -> None:
            register(dict)

    manager = register_plugin(Plugin(), "not-a-scenario")

    assert manager.registry.names("scenarios") == []
    error = manager.records["not-a-scenario"].error
    assert error is not None and "Scenario subclass" in error


def test_hook_register_adapters(register_plugin: Any) -> None:
    class EchoAdapter(FrameworkAdapter):
        name = "echo_framework"
        framework = "echo"
        description = "No framework at all."

        def extract_tools(self, agent_or_tools: Any) -> list[Any]:
            return []

        def wrap_agent(self, policy: Any, tools: Any, *, max_steps: int, **options: Any) -> Any:
            return (policy, tools)

        def create_environment(self, scenario: Any, episode: Any) -> list[Any]:
            return []

        def run_agent(self, agent: Any, ticket: str) -> str:
            return ticket

    class Plugin:
        @hookimpl
        def register_adapters(self, register: Any) -> None:
            register(EchoAdapter)

    manager = register_plugin(Plugin(), "adapter-plugin")

    assert manager.registry.get("adapters", "echo_framework").plugin == "adapter-plugin"
    adapter = hooks.adapter("echo_framework")
    assert isinstance(adapter, EchoAdapter)
    with pytest.raises(UnknownEntry, match=r"unknown adapter 'nope'; installed: echo_framework"):
        hooks.adapter("nope")


def test_hook_register_algorithms(register_plugin: Any, run: tuple[Recorder, dict[str, Any]]) -> None:
    class Plugin:
        @hookimpl
        def register_algorithms(self, register: Any) -> None:
            register("constant", lambda **params: "an algorithm", description="does nothing")

    manager = register_plugin(Plugin(), "algorithm-plugin")

    entry = manager.registry.get("algorithms", "constant")
    assert (entry.plugin, entry.description) == ("algorithm-plugin", "does nothing")
    assert hooks.factory("algorithms", "constant")() == "an algorithm"
    assert {"reinforce", "ppo"} <= set(manager.registry.names("algorithms")), "built-ins stay"
    recorder, result = run
    assert recorder.calls["algorithms"], "the trainer built its algorithm through the plugin's factory"
    assert "learning_rate" in recorder.calls["algorithms"][0]
    assert result["updates"] == 2


def test_hook_register_policies(register_plugin: Any, run: tuple[Recorder, dict[str, Any]]) -> None:
    class Plugin:
        @hookimpl
        def register_policies(self, register: Any) -> None:
            register("Bad Name", lambda **params: None)

    manager = register_plugin(Plugin(), "policy-plugin")

    assert "Bad Name" not in manager.registry.names("policies")
    error = manager.records["policy-plugin"].error
    assert error is not None and "'Bad Name'" in error, "an invalid entry marks its plugin broken"
    recorder, _ = run
    assert recorder.calls["policies"], "the trainer built its policy through the plugin's factory"
    assert {"n_features", "n_actions", "seed"} <= set(recorder.calls["policies"][0])


def test_hook_register_executors(register_plugin: Any, run: tuple[Recorder, dict[str, Any]]) -> None:
    class First:
        @hookimpl
        def register_executors(self, register: Any) -> None:
            register("shared", lambda **options: None)

    class Second:
        @hookimpl
        def register_executors(self, register: Any) -> None:
            register("shared", lambda **options: None)

    register_plugin(First(), "first-executors")
    manager = register_plugin(Second(), "second-executors")

    with pytest.raises(RefusedEntry, match="'first-executors'.*'second-executors'"):
        manager.registry.get("executors", "shared")  # refused for both, whichever loaded first
    for name in ("first-executors", "second-executors"):
        error = manager.records[name].error
        assert error is not None and "'first-executors'" in error and "'second-executors'" in error
    recorder, _ = run
    assert recorder.calls["executors"] and "workers" in recorder.calls["executors"][0]


def test_hook_register_featurizers(register_plugin: Any, run: tuple[Recorder, dict[str, Any]]) -> None:
    from agentgym import featurizers
    from agentgym.features import Featurizer

    class Plugin:
        @hookimpl
        def register_featurizers(self, register: Any) -> None:
            register("tiny_hashed", lambda scenario, **settings: Featurizer.for_scenario(scenario),
                     "the hashed defaults, whatever the settings")

    manager = register_plugin(Plugin(), "featurizer-plugin")

    entry = manager.registry.get("featurizers", "tiny_hashed")
    assert (entry.plugin, entry.description) == ("featurizer-plugin", "the hashed defaults, whatever the settings")
    assert "hashed" in manager.registry.names("featurizers"), "the built-in stays"
    built = featurizers.build(HookedOrders(), featurizers.FeaturizerSpec("tiny_hashed", {"hash_dim": 64}))
    assert isinstance(built, Featurizer) and built.settings.hash_dim == 4096
    with pytest.raises(UnknownEntry, match="unknown featurizer 'nope'; installed: hashed, tiny_hashed"):
        featurizers.build(HookedOrders(), featurizers.FeaturizerSpec("nope"))
    recorder, result = run
    assert recorder.calls["featurizers"], "the trainer built its featurizer through the plugin's factory"
    assert recorder.calls["featurizers"][0] == ["hash_dim", "subwords", "word_dropout"]
    recorded = json.loads((Path(result["run_dir"]) / "model" / "manifest.json").read_text())["featurizer"]
    assert (recorded["name"], recorded["plugin"]) == ("recorded_hashed", "recorder"), "the manifest names it"


# --- credit and metrics ----------------------------------------------------------------------
def test_hook_broadcast_rewards(register_plugin: Any, run: tuple[Recorder, dict[str, Any]]) -> None:
    scenario, trajectories = episodes(2)
    trajectory = trajectories[0]
    builtin = hooks.broadcast_rewards(scenario, trajectory, "broadcast", 0.9)

    class Plugin:
        @hookimpl
        def broadcast_rewards(
            self, scenario: Scenario, trajectory: Trajectory, strategy: str | None, discount: float
        ) -> list[float] | None:
            if strategy == "all_ones":
                return [1.0] * decision_count(trajectory)
            if strategy is None:  # override the scenario's default
                return [discount] * decision_count(trajectory)
            return None

    register_plugin(Plugin(), "credit-plugin")

    n = decision_count(trajectory)
    assert hooks.broadcast_rewards(scenario, trajectory, "all_ones", 0.9) == [1.0] * n
    assert hooks.broadcast_rewards(scenario, trajectory, None, 0.5) == [0.5] * n, "plugins go before built-ins"
    assert hooks.broadcast_rewards(scenario, trajectory, "broadcast", 0.9) == builtin, "None lets others decide"
    with pytest.raises(ValueError, match="no plugin provides the credit strategy 'unheard_of'"):
        hooks.broadcast_rewards(scenario, trajectory, "unheard_of", 0.9)
    recorder, _ = run
    assert recorder.calls["broadcast_rewards"][0] == ("hooked_orders", 0.9), "the trainer credited through it"
    # one call per training episode (128), plus the trainer's start-up check that some plugin
    # knows the configured strategy
    assert len(recorder.calls["broadcast_rewards"]) == 128 + 1


def test_hook_compute_metrics(register_plugin: Any, run: tuple[Recorder, dict[str, Any]]) -> None:
    scenario, trajectories = episodes()

    class Extra:
        @hookimpl
        def compute_metrics(self, scenario: Scenario, trajectories: Sequence[Trajectory]) -> dict[str, float]:
            return {"mean_tool_calls_plus_one": 1 + sum(t.tool_calls for t in trajectories) / len(trajectories)}

    register_plugin(Extra(), "extra-metrics")
    merged = hooks.compute_metrics(scenario, trajectories)

    assert merged["mean_tool_calls_plus_one"] == pytest.approx(
        1 + sum(t.tool_calls for t in trajectories) / len(trajectories)
    )
    assert "tool_reliability" in merged, "the built-in metrics are merged in"

    class Clash:
        @hookimpl
        def compute_metrics(self, scenario: Scenario, trajectories: Sequence[Trajectory]) -> dict[str, float]:
            return {"tool_reliability": 1.0}

    manager = register_plugin(Clash(), "clashing-metrics")
    clashed = hooks.compute_metrics(scenario, trajectories)
    assert merged["tool_reliability"] < 1.0, "random episodes make mistakes: the clash's 1.0 would show"
    assert clashed["tool_reliability"] == merged["tool_reliability"], "a plugin cannot replace a built-in metric"
    assert manager.runtime_errors["clashing-metrics"] == (
        "compute_metrics: MetricConflict: metric 'tool_reliability' is reported by two plugins")

    recorder, result = run
    assert result["test_metrics"]["recorded_episodes"] == len(HookedOrders().tasks("test")), (
        "the final evaluation reports the plugin's metric"
    )
    validation, test = len(HookedOrders().tasks("validation")), len(HookedOrders().tasks("test"))
    assert recorder.calls["compute_metrics"] == [validation, validation, test, test], (
        "the trainer measured through the hook at each validation (eval_interval=1) and at the end "
        "(the test split with abstention at the calibrated threshold, and without)"
    )


# --- lifecycle -------------------------------------------------------------------------------
def test_hook_on_train_start(run: tuple[Recorder, dict[str, Any]]) -> None:
    recorder, result = run

    [(run_dir, config)] = recorder.calls["on_train_start"]
    assert run_dir == result["run_dir"] and Path(run_dir).is_dir()
    assert config["scenario"] == "hooked_orders" and config["episodes"] == 128
    assert config["algorithm"] == "recorded_reinforce"


def test_hook_on_update(run: tuple[Recorder, dict[str, Any]]) -> None:
    recorder, result = run

    updates = recorder.calls["on_update"]
    assert len(updates) == result["updates"] == 2
    assert all(run_dir == result["run_dir"] for run_dir, _ in updates)
    lines = [metrics for _, metrics in updates]
    assert [line["episodes"] for line in lines] == [64, 128]
    assert all({"mean_reward", "loss"} <= set(line) for line in lines)
    written = (Path(result["run_dir"]) / "metrics.jsonl").read_text().splitlines()
    assert len(written) == 2, "on_update sees each line written to metrics.jsonl"


def test_hook_on_train_end(run: tuple[Recorder, dict[str, Any]]) -> None:
    recorder, result = run

    [(run_dir, ended)] = recorder.calls["on_train_end"]
    assert run_dir == result["run_dir"]
    assert ended["status"] == "finished"
    assert ended == result, "on_train_end receives the result written to result.json"


# --- commands ----------------------------------------------------------------------------------
COMMAND_TARGETS = "agentgym_plugin_echo.commands"  # the installed test plugin's command targets


def run_cli(manager: Any, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """``agentgym ARGS`` as ``main`` runs it, with the plugin commands of ``manager``."""
    from agentgym.cli import build_app
    from agentgym.cli.errors import run_guarded

    capsys.readouterr()
    code = run_guarded(lambda: build_app(args[0] if args else None, manager), list(args))
    out, err = capsys.readouterr()
    return code, out, err


class CommandPlugin:
    """Adds a typer command, a click command and commands whose targets cannot run."""

    @hookimpl
    def register_commands(self, register: Any) -> None:
        register("hello", f"{COMMAND_TARGETS}:app", help="Say the words back.")
        register("hello-click", f"{COMMAND_TARGETS}:click_echo", help="Say them back with click.")
        register("hello-missing", "agentgym_plugin_echo.no_such_module:app", help="Its module is missing.")
        register("hello-number", f"{COMMAND_TARGETS}:not_a_command", help="Its target is 42.")


def test_hook_register_commands(
    register_plugin: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    manager = register_plugin(CommandPlugin(), "command-plugin")
    monkeypatch.delitem(sys.modules, COMMAND_TARGETS, raising=False)

    specs = manager.commands
    assert list(specs) == ["hello", "hello-click", "hello-missing", "hello-number"]
    assert (specs["hello"].target, specs["hello"].help, specs["hello"].plugin) == (
        f"{COMMAND_TARGETS}:app", "Say the words back.", "command-plugin"
    )
    code, out, err = run_cli(manager, capsys, "--help")
    assert code == 0, err
    assert "Plugin commands" in out
    assert re.search(r"hello\s+Say the words back\.", out) and "hello-click" in out
    assert re.search(r"\btrain\b", out), "the built-in commands are still listed"
    assert COMMAND_TARGETS not in sys.modules, "listing a command must not import it"

    code, out, err = run_cli(manager, capsys, "hello", "good", "day", "--times", "2", "--shout")
    assert (code, out, err) == (0, "GOOD DAY\nGOOD DAY\n", "")
    assert COMMAND_TARGETS in sys.modules, "running it imports it"
    code, out, _ = run_cli(manager, capsys, "hello", "--help")
    assert code == 0 and "Usage: agentgym hello" in out and "--times" in out, "--help goes to the command"
    code, out, err = run_cli(manager, capsys, "hello-click", "a", "b", "--times", "2")
    assert (code, out, err) == (0, "a b\na b\n", "")
    code, out, err = run_cli(manager, capsys, "hello", "x", "--exit-code", "3")
    assert (code, out) == (3, "x\n"), "typer.Exit(3) ends the CLI with 3"


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("hello", "forbidden"), 2, "error: the word 'forbidden' is not allowed"),
        (("hello", "crash"), 1, "error: RuntimeError: echo crashed on purpose"),
        (("hello-missing",), 1, "error: command 'hello-missing' of plugin 'command-plugin' cannot be loaded "
                                "from agentgym_plugin_echo.no_such_module:app: ModuleNotFoundError: No module "
                                "named 'agentgym_plugin_echo.no_such_module'"),
        (("hello-number", "x"), 1, "error: command 'hello-number' of plugin 'command-plugin': "
                                   f"{COMMAND_TARGETS}:not_a_command is a int, not a typer.Typer or a click.Command"),
    ],
    ids=["usage-error", "crash", "missing-module", "not-a-command"],
)
def test_hook_register_commands_errors_are_one_line_with_the_cli_exit_codes(
    register_plugin: Any, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], code: int, message: str
) -> None:
    manager = register_plugin(CommandPlugin(), "command-plugin")

    got, out, err = run_cli(manager, capsys, *args)

    assert (got, out) == (code, "")
    assert err.splitlines() == [message]


class ExitingCommandPlugin:
    """A command whose module ends the process, or raises Ctrl-C itself, as it is imported."""

    @hookimpl
    def register_commands(self, register: Any) -> None:
        register("quits", "exits_at_import:app", help="Its module calls sys.exit(0).")
        register("interrupts", "interrupts_at_import:app", help="Its module raises KeyboardInterrupt.")


@pytest.mark.parametrize(
    ("command", "body", "kind"),
    [("quits", "import sys\nsys.exit(0)\n", "SystemExit: 0"),
     ("interrupts", "raise KeyboardInterrupt\n", "KeyboardInterrupt")],
    ids=["sys-exit-0", "own-keyboard-interrupt"],
)
def test_a_plugin_command_whose_import_exits_fails_with_one_line(
    register_plugin: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
    command: str, body: str, kind: str,
) -> None:
    """Not exit 0 with nothing said (the command never ran), nor 130 (the user pressed nothing)."""
    module = "exits_at_import" if command == "quits" else "interrupts_at_import"
    (tmp_path / f"{module}.py").write_text(body, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    manager = register_plugin(ExitingCommandPlugin(), "exiting-plugin")

    got, out, err = run_cli(manager, capsys, command)

    assert (got, out) == (1, "")
    assert err.splitlines() == [f"error: command '{command}' of plugin 'exiting-plugin' cannot be loaded "
                                f"from {module}:app: {kind}"]


@pytest.mark.parametrize(
    ("args", "code", "in_stderr"),
    [
        (("hello", "x", "--times", "0"), 2, "Invalid value for '--times'"),
        (("hello",), 2, "Missing argument"),
        (("hello-click", "a", "--times", "many"), 2, "'many' is not a valid integer"),
        (("hello-click",), 2, "Missing argument"),
    ],
    ids=["typer-bad-value", "typer-missing", "click-bad-value", "click-missing"],
)
def test_hook_register_commands_bad_arguments_exit_2(
    register_plugin: Any, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], code: int, in_stderr: str
) -> None:
    manager = register_plugin(CommandPlugin(), "command-plugin")

    got, out, err = run_cli(manager, capsys, *args)

    assert got == code and in_stderr in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("name", "target", "error"),
    [
        ("train", "pkg.mod:app", "command 'train' is a built-in agentgym command"),
        ("Serve", "pkg.mod:app", "command name must be lowercase letters and digits"),
        ("serve_it", "pkg.mod:app", "command name must be lowercase letters and digits"),
        ("serve", "pkg.mod.app", "command 'serve': target must be 'package.module:attribute'"),
        ("serve", lambda: None, "command 'serve': target must be 'package.module:attribute'"),
    ],
)
def test_hook_register_commands_rejects_invalid_entries(
    register_plugin: Any, name: str, target: Any, error: str
) -> None:
    class Plugin:
        @hookimpl
        def register_commands(self, register: Any) -> None:
            register("fine", "pkg.mod:app")
            register(name, target)

    manager = register_plugin(Plugin(), "bad-commands")

    assert manager.commands == {}, "an invalid entry drops every command of its plugin"
    recorded = manager.records["bad-commands"].error
    assert recorded is not None and error in recorded


def test_hook_register_commands_same_name_from_two_plugins_names_both(register_plugin: Any) -> None:
    class First:
        @hookimpl
        def register_commands(self, register: Any) -> None:
            register("serve", "first.cli:app")

    class Second:
        @hookimpl
        def register_commands(self, register: Any) -> None:
            register("serve", "second.cli:app")

    register_plugin(First(), "first-commands")
    manager = register_plugin(Second(), "second-commands")

    # decided after every plugin registered, never by load order: neither takes the name
    assert "serve" not in manager.commands
    for plugin in ("first-commands", "second-commands"):
        error = manager.records[plugin].error
        assert error is not None and "'first-commands'" in error and "'second-commands'" in error
