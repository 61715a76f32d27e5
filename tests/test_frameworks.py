"""``agentgym eval RUN_DIR --framework NAME`` reproduces the native eval, offline.

For each framework adapter (LangChain, AutoGen, CrewAI), the CLI runs a trained
customer_support policy through the framework's own agent loop on held-out tickets and must
report what ``agentgym eval RUN_DIR`` reports natively on the same tasks and trial seeds:
success_rate within 0.02 (the issues' bar) and, since every decision should be the same,
identical metrics. Both commands run in a subprocess under a network guard (connect and DNS
to anything but loopback is refused and recorded) and must make zero network attempts.

The tasks are an even spread of the test split, written to a ``--tasks`` JSONL file (the
scenario's documented schema) so each framework's test stays well under a minute: 60 tickets
for LangChain and AutoGen, 30 for CrewAI (whose loop costs tens of milliseconds an episode).
The trained run is a small budget-limited one (the root conftest's ``support_run_dir``, about
15 s); what matters here is that the framework path makes the native decisions, not how good
they are.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]

FRAMEWORKS = {
    # framework: (distribution that provides the adapter, its import name, tickets to run)
    "langchain": ("agentgym-adapter-langchain", "agentgym_adapter_langchain", 60),
    "autogen": ("agentgym-adapter-autogen", "agentgym_adapter_autogen", 60),
    "crewai": ("agentgym-adapter-crewai", "agentgym_adapter_crewai", 30),
}
TOLERANCE = 0.02
TIMEOUT = 300  # seconds per CLI run; generous for a loaded machine

PLUGIN_SWITCHES = (
    "AGENTGYM_STRICT_PLUGINS",
    "AGENTGYM_DISABLE_PLUGIN_AUTOLOAD",
    "AGENTGYM_PLUGINS",
    "AGENTGYM_DISABLED_PLUGINS",
)

# ``python -c GUARDED_CLI ARGS``: the agentgym CLI under the tests' network guard (every
# non-loopback connect and DNS lookup refused and recorded; ``agentgym.testing``), the
# attempts written (JSON) to $AGENTGYM_NETWORK_LOG at exit. The offline environment
# variables come from the root conftest.py through the inherited environment.
GUARDED_CLI = r"""
import os, sys

from agentgym.testing import guard_this_process

guard_this_process(os.environ["AGENTGYM_NETWORK_LOG"])
sys.argv = ["agentgym", *sys.argv[1:]]
from agentgym.cli import main

main()
"""


# --- the held-out tickets as a --tasks file ------------------------------------------------


def task_line(task: Any) -> dict[str, Any]:
    """A test-split task as a line of the ``--tasks`` file; it composes the very same ticket.

    ``days_ago`` is left to the file's defaults: a split task's raw value may lie on the other
    side of the refund window than its outcome (the backend clamps it), which a file refuses.
    """
    facts = task.params
    line = {
        "id": task.id,
        "kind": task.kind,
        "outcome": task.outcome,
        "name": facts["name"],
        "email": facts["email"],
        "subject": facts["subject"],
        "body": facts["body"],
        "header": facts["header"],
        "language": facts["language"],
        "ambiguous": facts["ambiguous"],
        "vague_request": facts["vague_request"],
        "ticket_id": facts["ticket_id"],
        "amount": facts["amount"],
    }
    if "account_email" in facts:
        line["account_email"] = facts["account_email"]
    return line


def loops(trajectory: Any) -> bool:
    """Whether an episode ran into the step cap or repeated one call (same tool, same
    arguments) more than three times. The frameworks end such loops their own way by design
    (CrewAI stops a fifth identical call, LangGraph its recursion limit), not at the
    scenario's step cap, so those tickets cannot be compared call for call."""
    repeats = Counter((step.tool, json.dumps(dict(step.arguments), sort_keys=True)) for step in trajectory.steps)
    return bool(trajectory.truncated) or max(repeats.values(), default=0) > 3


@pytest.fixture(scope="module")
def task_file(tmp_path_factory: pytest.TempPathFactory, support_policy: Any) -> Callable[[int], Path]:
    """``task_file(n)``: a JSONL file of ``n`` test tickets spread over the split, leaving out
    a ticket whose native episode (at the seed its place in the file gives it) ``loops``."""
    from agentgym.evaluation import evaluation_specs

    scenario = support_policy.scenario
    tests = list(scenario.tasks("test"))
    folder = tmp_path_factory.mktemp("tasks")

    def write(count: int) -> Path:
        path = folder / f"test-{count}.jsonl"
        if not path.exists():
            chosen: list[Any] = []
            for task in tests[:: max(1, len(tests) // (2 * count))]:
                spec = evaluation_specs([task], 1, first=len(chosen))[0]
                if len(chosen) < count and not loops(scenario.run(support_policy, task, spec.episode_seed)):
                    chosen.append(task)
            assert len(chosen) == count, f"only {len(chosen)} tickets end without a loop"
            path.write_text("".join(json.dumps(task_line(t)) + "\n" for t in chosen), encoding="utf-8")
            loaded = list(scenario.load_tasks(path))
            assert [t.ticket for t in loaded] == [t.ticket for t in chosen]
            assert [(t.kind, t.outcome) for t in loaded] == [(t.kind, t.outcome) for t in chosen]
        return path

    return write


# --- running the CLI under the guard --------------------------------------------------------


def guarded_eval(run_dir: Path, tasks: Path, workdir: Path, *options: str) -> tuple[dict[str, Any], list[str]]:
    """``agentgym eval RUN_DIR --split test --trials 1 --tasks FILE --json OPTIONS``: metrics
    and the network attempts the guard refused."""
    workdir.mkdir(parents=True, exist_ok=True)
    log = workdir / "network.json"
    env = {k: v for k, v in os.environ.items() if k not in PLUGIN_SWITCHES}
    env.update({
        "AGENTGYM_NETWORK_LOG": str(log),
        "CREWAI_STORAGE_DIR": str(workdir / "crewai-storage"),
        "PYTHONIOENCODING": "utf-8",
        "NO_COLOR": "1",
        "COLUMNS": "200",
    })
    args = [str(run_dir), *options, "--split", "test", "--trials", "1", "--tasks", str(tasks), "--json"]
    done = subprocess.run(
        [sys.executable, "-c", GUARDED_CLI, "eval", *args],
        capture_output=True, text=True, env=env, cwd=workdir, timeout=TIMEOUT,
    )
    assert done.returncode == 0, f"agentgym eval {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"
    try:
        metrics = json.loads(done.stdout)
    except json.JSONDecodeError:
        pytest.fail(f"--json printed more than one JSON object:\n{done.stdout}")
    assert log.exists(), "the guarded CLI did not report its network attempts"
    return metrics, json.loads(log.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def native_eval(
    support_run_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> Callable[[Path], dict[str, Any]]:
    """The native ``agentgym eval RUN_DIR`` on a task file (once per file)."""
    results: dict[Path, dict[str, Any]] = {}

    def evaluate(tasks: Path) -> dict[str, Any]:
        if tasks not in results:
            metrics, attempts = guarded_eval(support_run_dir, tasks, tmp_path_factory.mktemp("native"))
            assert attempts == [], f"the native eval tried to reach the network: {attempts}"
            results[tasks] = metrics
        return results[tasks]

    return evaluate


@pytest.mark.slow
@pytest.mark.parametrize("framework", sorted(FRAMEWORKS))
def test_framework_eval_reproduces_the_native_eval_offline(
    framework: str,
    support_run_dir: Path,
    task_file: Callable[[int], Path],
    native_eval: Callable[[Path], dict[str, Any]],
    tmp_path: Path,
) -> None:
    distribution, module, count = FRAMEWORKS[framework]
    if importlib.util.find_spec(module) is None:
        pytest.skip(f"{distribution} is not installed")
    tasks = task_file(count)
    native = native_eval(tasks)
    framed, attempts = guarded_eval(support_run_dir, tasks, tmp_path, "--framework", framework)

    assert attempts == [], f"agentgym eval --framework {framework} tried to reach the network: {attempts}"
    assert framed["episodes"] == native["episodes"] == count
    assert set(framed) == set(native), "the framework eval must report the native metric keys"
    assert abs(framed["success_rate"] - native["success_rate"]) <= TOLERANCE, (
        f"{framework}: success_rate {framed['success_rate']:.3f} vs native {native['success_rate']:.3f}"
    )
    assert 0 < native["success_rate"], "the trained policy should solve some of the tickets"
    assert framed == native, f"{framework} made other decisions than the native run"
