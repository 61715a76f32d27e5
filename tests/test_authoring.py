"""The scenario authoring kit: ``agentgym new scenario``, the contract checks, ``agentgym check``
and ``ScenarioContractTests``.

- The whole path in a temporary folder (slow): scaffold, install, discover, test, check,
  train, evaluate, uninstall.
- ``agentgym check customer_support`` passes; an unknown scenario is a usage error.
- Deliberately broken scenarios (one defect each) fail exactly the check for that defect,
  with a message that says what to fix, through the functions and the pytest class.
- A bad name or an existing folder is refused and nothing is written.
"""

from __future__ import annotations

import importlib.util
import json
import random
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from agentgym import contract
from agentgym.scaffold import ScaffoldError, ScenarioNames, scaffold_scenario, validate_name
from agentgym.scenario import Action, FinalAnswer, Observation, Task, ToolResult, ToolSpec
from agentgym.toy import ToyOrderScenario
from agentgym.toy_episode import OrderEpisode

pytest_plugins = ["pytester"]

Run = Callable[..., subprocess.CompletedProcess[str]]


def unique_name(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:8]}"


def ok(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, f"exit {result.returncode}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    return result


# --- the whole path ---------------------------------------------------------------------------


def _pip_install_command(folder: Path) -> list[str]:
    """Install editable without build isolation when this environment can build a wheel
    itself (``wheel`` present, or setuptools >= 70.1 which ships bdist_wheel); otherwise
    let pip build in isolation (from the configured package index)."""
    import setuptools

    major, minor = (int(part) for part in setuptools.__version__.split(".")[:2])
    can_build = importlib.util.find_spec("wheel") is not None or (major, minor) >= (70, 1)
    isolation = ["--no-build-isolation"] if can_build else []
    return [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", *isolation, "-e", str(folder)]


@pytest.fixture
def installed_scenario(tmp_path: Path, run_agentgym: Run) -> Iterator[tuple[ScenarioNames, Path]]:
    """Scaffold a scenario with the CLI, pip install it into this environment, uninstall after."""
    names = ScenarioNames.from_name(unique_name("authoring_e2e"))
    ok(run_agentgym("new", "scenario", names.name, "--output", str(tmp_path)))
    folder = tmp_path / names.dist
    try:
        install = subprocess.run(_pip_install_command(folder), capture_output=True, text=True, timeout=180)
        assert install.returncode == 0, f"pip install failed:\n{install.stdout}\n{install.stderr}"
        yield names, folder
    finally:
        subprocess.run([sys.executable, "-m", "pip", "uninstall", "--yes", "--quiet", names.dist],
                       capture_output=True, text=True, timeout=120)


@pytest.mark.slow
def test_scaffold_install_check_train_eval(installed_scenario: tuple[ScenarioNames, Path],
                                           tmp_path: Path, run_agentgym: Run) -> None:
    names, folder = installed_scenario

    plugins = json.loads(ok(run_agentgym("plugins", "list", "--json")).stdout)
    mine = [p for p in plugins if p["name"] == names.entry_point]
    assert mine and mine[0]["distribution"] == names.dist and mine[0]["error"] is None, plugins
    assert "register_scenarios" in mine[0]["hooks"]
    scenarios = json.loads(ok(run_agentgym("list", "--json")).stdout)
    assert names.name in [s["name"] for s in scenarios]

    own_tests = subprocess.run(
        [sys.executable, "-m", "pytest", "tests", "-q", "-p", "no:cacheprovider"],
        cwd=folder, capture_output=True, text=True, timeout=180,
    )
    assert own_tests.returncode == 0, own_tests.stdout + own_tests.stderr
    assert "10 passed" in own_tests.stdout, own_tests.stdout  # gymnasium check ran: installed

    report = json.loads(ok(run_agentgym("check", names.name, "--json")).stdout)
    assert report["passed"], report
    # the scaffold declares no perturbations (an optional part of the contract): that check skips
    expected = {name: "skip" if name == "perturbations_keep_gold" else "pass" for name in contract.CHECK_NAMES}
    assert {c["name"]: c["status"] for c in report["checks"]} == expected, report

    runs = tmp_path / "runs"
    trained = json.loads(ok(run_agentgym("train", names.name, "--episodes", "200", "--json",
                                         "-o", str(runs), timeout=180)).stdout)
    assert trained["episodes_completed"] == 200
    evaluated = json.loads(ok(run_agentgym("eval", trained["run_dir"], "--json", timeout=120)).stdout)
    baseline = json.loads(ok(run_agentgym("eval", "--scenario", names.name, "--policy", "random",
                                          "--json")).stdout)
    assert evaluated["tool_reliability"] > baseline["tool_reliability"], (evaluated, baseline)
    assert "backorder_rate" in evaluated  # the scaffold's compute_metrics hook ran


def test_scaffolded_scenario_passes_the_contract_without_installing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = ScenarioNames.from_name(unique_name("fresh"))
    folder = scaffold_scenario(names.name, tmp_path)
    monkeypatch.syspath_prepend(str(folder / "src"))
    module = importlib.import_module(f"{names.package}.scenario")
    try:
        scenario = getattr(module, names.class_name)()
        results = {r.name: r for r in contract.run_checks(scenario, sample=20)}
    finally:
        for key in [k for k in sys.modules if k.startswith(names.package)]:
            del sys.modules[key]
    assert all(r.passed for r in results.values()), [r for r in results.values() if not r.passed]
    assert results["gymnasium_env"].skipped and "not installed" in results["gymnasium_env"].message
    assert [len(scenario.tasks(s)) for s in ("train", "validation", "test")] == [200, 40, 40]


# --- agentgym check ---------------------------------------------------------------------------


@pytest.mark.slow
def test_check_customer_support_passes(run_agentgym: Run) -> None:
    report = json.loads(ok(run_agentgym("check", "customer_support", "--json")).stdout)
    assert report["passed"] and report["scenario"] == "customer_support"
    assert {c["name"]: c["status"] for c in report["checks"]} == dict.fromkeys(contract.CHECK_NAMES, "pass")
    table = ok(run_agentgym("check", "customer_support", "--sample", "10"))
    assert "customer_support passes the scenario contract" in table.stdout


def test_check_unknown_scenario_is_a_usage_error(run_agentgym: Run) -> None:
    result = run_agentgym("check", "no_such_scenario")
    assert result.returncode == 2
    assert "unknown scenario 'no_such_scenario'; installed: " in result.stderr
    assert "customer_support" in result.stderr and "Traceback" not in result.stderr


# --- deliberately broken scenarios ------------------------------------------------------------


class RandomEtaEpisode(OrderEpisode):
    """Defect: the backend reads an unseeded random generator (a fresh one per episode)."""

    def execute(self, name: str, arguments: Mapping[str, Any]) -> ToolResult:
        result = super().execute(name, arguments)
        if name == "lookup_order" and result.status == "ok":
            eta = random.Random().randint(1, 10**9)
            return ToolResult(f"{result.text} Arrives in {eta} minutes.", "ok", result.seconds)
        return result


class NondeterministicReset(ToyOrderScenario):
    def new_episode(self, task: Task, seed: int) -> OrderEpisode:
        return RandomEtaEpisode(self, task, seed)


class GoldGivesUp(ToyOrderScenario):
    """Defect: the expert answers after looking the order up, without closing the ticket."""

    def gold_action(self, task: Task, observation: Observation) -> Action:
        if observation.history:
            return FinalAnswer("Looked it up.")
        return super().gold_action(task, observation)


class SharedClosures(ToyOrderScenario):
    """Defect: closed orders live on the scenario object, shared by every episode."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.closed_orders: set[str] = set()

    def new_episode(self, task: Task, seed: int) -> OrderEpisode:
        scenario = self

        class Leaky(OrderEpisode):
            def execute(self, name: str, arguments: Mapping[str, Any]) -> ToolResult:
                order = arguments.get("order_id")
                if name == "close_ticket" and isinstance(order, str) and order in scenario.closed_orders:
                    return ToolResult(f"ERROR: ticket for {order} is already closed.", "error", 0.1)
                result = super().execute(name, arguments)
                if name == "close_ticket" and result.status == "ok":
                    scenario.closed_orders.add(str(order))
                return result

        return Leaky(self, task, seed)


class OverlappingSplits(ToyOrderScenario):
    """Defect: the test split reuses training tickets."""

    def tasks(self, split: str) -> Sequence[Task]:
        if split != "test":
            return super().tasks(split)
        return [Task(f"test-{t.id}", "test", t.ticket, t.kind, t.outcome, t.params)
                for t in super().tasks("train")[:5]]


class RequiredNotInProperties(ToyOrderScenario):
    """Defect: a schema requires an argument it does not define."""

    def tools(self) -> list[ToolSpec]:
        specs = super().tools()
        bad = {"type": "object", "properties": {"order_id": {"type": "string"}},
               "required": ["order_id", "reason"]}
        return [specs[0], ToolSpec("close_ticket", specs[1].description, bad)]


class RaisesOnBadArguments(ToyOrderScenario):
    """Defect: a tool trusts its arguments and raises on malformed ones."""

    def new_episode(self, task: Task, seed: int) -> OrderEpisode:
        class Trusting(OrderEpisode):
            def execute(self, name: str, arguments: Mapping[str, Any]) -> ToolResult:
                arguments["order_id"].upper()  # KeyError, AttributeError on bad input
                return super().execute(name, arguments)

        return Trusting(self, task, seed)


BROKEN = {
    # scenario class: (the checks it must fail, words the first failure's message must hold)
    NondeterministicReset: ({"reset_deterministic", "episodes_isolated"},
                            ["saw different observations", "result of lookup_order", "random.Random(seed)"]),
    GoldGivesUp: ({"gold_succeeds"}, ["the expert failed 30 of 30", "grade() returned False",
                                      "Make gold_action's plan reach the final state"]),
    SharedClosures: ({"episodes_isolated"}, ["already closed", "Keep backend state on the Episode"]),
    OverlappingSplits: ({"splits_disjoint"}, ["'train' and 'test' share 5 ticket text(s)",
                                              "held-out tasks must be unseen"]),
    RequiredNotInProperties: ({"tool_schemas", "gold_succeeds"},
                              ["tool 'close_ticket': required names ['reason'] are not in properties"]),
    RaisesOnBadArguments: ({"random_actions_safe", "metrics_compute"},
                           ["raised KeyError: 'order_id' at test_authoring.py", "in execute()",
                            "return ToolResult('ERROR: ...', 'error') instead of raising"]),
}


@pytest.mark.parametrize("scenario_class", list(BROKEN), ids=lambda c: c.__name__)
def test_each_defect_fails_its_check_with_a_message_that_says_what_to_fix(
    scenario_class: type[ToyOrderScenario],
) -> None:
    expected, words = BROKEN[scenario_class]
    results = contract.run_checks(scenario_class(), sample=20)
    failed = {r.name: r.message for r in results if not r.passed}
    assert set(failed) == expected, failed
    first = next(r.message for r in results if not r.passed)
    for word in words:
        assert word in first, f"{word!r} missing from: {first}"
    skipped = [r for r in results if r.skipped]
    # perturbations are optional; unregistered classes skip check_env
    assert [r.name for r in skipped] == ["perturbations_keep_gold", "gymnasium_env"]


def test_a_check_never_raises_even_when_the_scenario_does() -> None:
    class NoTasks(ToyOrderScenario):
        def tasks(self, split: str) -> Sequence[Task]:
            raise RuntimeError("task file missing")

    results = contract.run_checks(NoTasks())
    assert all(isinstance(r, contract.CheckResult) for r in results)
    message = {r.name: r.message for r in results}["splits_disjoint"]
    assert "tasks('train') raised RuntimeError: task file missing" in message
    assert "test_authoring.py" in message  # points at the scenario's own line


def test_schema_check_works_without_jsonschema(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "jsonschema", None)  # import now raises ImportError
    good = contract.check_tool_schemas(ToyOrderScenario())
    assert good.passed and "structural check" in good.message
    bad = contract.check_tool_schemas(RequiredNotInProperties())
    assert not bad.passed and "not in properties" in bad.message


def test_scenario_contract_tests_report_each_defect_through_pytest(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_broken=textwrap.dedent("""
        from agentgym.scenario import FinalAnswer
        from agentgym.testing import ScenarioContractTests
        from agentgym.toy import ToyOrderScenario


        class GoldGivesUp(ToyOrderScenario):
            def gold_action(self, task, observation):
                if observation.history:
                    return FinalAnswer("Looked it up.")
                return super().gold_action(task, observation)


        class TestToy(ScenarioContractTests):
            scenario_class = ToyOrderScenario


        class TestGoldGivesUp(ScenarioContractTests):
            scenario_class = GoldGivesUp
            contract_sample = 5
    """))
    result = pytester.runpytest_inprocess("-q", "-rs", "-p", "no:cacheprovider", "-p", "no:asyncio")
    result.assert_outcomes(passed=13, failed=1, skipped=4)  # per class: no perturbations, not installed
    result.stdout.fnmatch_lines([
        "*TestGoldGivesUp.test_gold_actions_reach_success*",
        "*scenario contract, gold_succeeds: the expert failed 15 of 15 sampled tasks*",
        "*SKIPPED*scenario 'toy_orders' is not installed*",
    ])


# --- agentgym new: refusals -------------------------------------------------------------------


@pytest.mark.parametrize("bad", ["", "Stock", "stock-desk", "1stock", "_stock", "stock_", "stock__desk",
                                 "stock desk", "stöck", "s" * 41])
def test_bad_names_are_refused(bad: str, tmp_path: Path) -> None:
    with pytest.raises(ScaffoldError, match="invalid scenario name"):
        scaffold_scenario(bad, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_good_name_gives_consistent_names() -> None:
    validate_name("stock_desk2")
    names = ScenarioNames.from_name("stock_desk")
    assert (names.dist, names.package, names.entry_point, names.class_name) == (
        "agentgym-scenario-stock-desk", "agentgym_scenario_stock_desk", "scenario-stock-desk",
        "StockDeskScenario")


def test_cli_refuses_a_bad_name_and_writes_nothing(tmp_path: Path, run_agentgym: Run) -> None:
    result = run_agentgym("new", "scenario", "Stock-Desk", "--output", str(tmp_path / "out"))
    assert result.returncode == 2
    assert result.stderr.startswith("error: invalid scenario name 'Stock-Desk': use lowercase")
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert list(tmp_path.iterdir()) == []


def test_cli_refuses_an_existing_folder_and_writes_nothing(tmp_path: Path, run_agentgym: Run) -> None:
    target = tmp_path / "agentgym-scenario-stock-desk"
    target.mkdir()
    (target / "keep.txt").write_text("mine", encoding="utf-8")
    result = run_agentgym("new", "scenario", "stock_desk", "--output", str(tmp_path))
    assert result.returncode == 2
    assert "already exists" in result.stderr and "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["agentgym-scenario-stock-desk"]
    assert [p.name for p in target.iterdir()] == ["keep.txt"]


def test_cli_refuses_an_installed_scenario_name(tmp_path: Path, run_agentgym: Run) -> None:
    result = run_agentgym("new", "scenario", "customer_support", "--output", str(tmp_path))
    assert result.returncode == 2 and "already installed" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_cli_writes_the_package(tmp_path: Path, run_agentgym: Run) -> None:
    result = ok(run_agentgym("new", "scenario", "stock_desk", "--output", str(tmp_path)))
    folder = tmp_path / "agentgym-scenario-stock-desk"
    assert f"created {folder}" in result.stdout
    files = sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())
    assert files == [".gitignore", "README.md", "pyproject.toml", "src/agentgym_scenario_stock_desk/__init__.py",
                     "src/agentgym_scenario_stock_desk/plugin.py",
                     "src/agentgym_scenario_stock_desk/scenario.py", "tests/test_contract.py"]
    pyproject = (folder / "pyproject.toml").read_text(encoding="utf-8")
    assert 'scenario-stock-desk = "agentgym_scenario_stock_desk.plugin"' in pyproject
    assert sorted(p.name for p in tmp_path.iterdir()) == ["agentgym-scenario-stock-desk"]  # no staging left
