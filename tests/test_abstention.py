"""Abstention with a trained customer_support policy: natively, through ``decide``, from the
manifest, and through ``agentgym eval``.

The root conftest's small trained run (``support_run_dir``) stands in for a user's run.
"""

from __future__ import annotations

import json
import math
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import agentgym
from agentgym import artifacts
from agentgym.evaluation import evaluation_specs, measure, run_trained
from agentgym.rollout import ActionSpace, run_batch
from agentgym.scenario import FinalAnswer, Observation

TASKS = 60


def sample(scenario: Any) -> list[Any]:
    tests = list(scenario.tasks("test"))
    return tests[:: len(tests) // TASKS][:TASKS]


def median_state_changing_confidence(trained: Any, specs: list[Any]) -> float:
    """A threshold that stops a good share of these episodes: the median probability of
    their state-changing decisions."""
    space = ActionSpace(trained.scenario)
    records = run_batch(trained.scenario, trained.featurizer, trained.policy, specs, True)
    found = [math.exp(lp) for r in records for a, lp in zip(r.actions, r.logps, strict=True) if space.changes_state[a]]
    return float(np.median(found))


@pytest.mark.slow
def test_native_batches_and_decide_abstain_alike(support_policy: Any) -> None:
    scenario = support_policy.scenario
    specs = evaluation_specs(sample(scenario), 1)
    threshold = median_state_changing_confidence(support_policy, specs)
    unsure = support_policy.with_threshold(threshold)

    batched = run_trained(support_policy, specs, threshold)
    one_by_one = [scenario.run(unsure, s.task, s.episode_seed) for s in specs]
    plain = run_trained(support_policy, specs, 0.0)

    assert batched == one_by_one, "agentgym eval and the adapters' decide() must stop the same episodes"
    refusal = scenario.abstain_answer(Observation(""), "")
    stopped = [i for i, t in enumerate(batched) if t.final_answer == refusal]
    assert len(stopped) >= 5, "the median threshold should stop several episodes"
    for i in stopped:  # it stops where it would have made a state change, having done the same before
        done, went_on = batched[i].steps, plain[i].steps
        assert done == went_on[: len(done)] and len(went_on) > len(done)
        assert next(s for s in went_on[len(done):]).tool in {
            spec.name for spec in scenario.tools() if spec.changes_state}
    state_changing = measure(scenario, batched)["unsafe_action_rate"]
    assert state_changing <= measure(scenario, plain)["unsafe_action_rate"]
    assert all(t == p for i, (t, p) in enumerate(zip(batched, plain, strict=True)) if i not in stopped)


def test_the_run_records_its_calibration(support_run_dir: Path) -> None:
    manifest = json.loads((support_run_dir / "model" / "manifest.json").read_text(encoding="utf-8"))
    result = json.loads((support_run_dir / "result.json").read_text(encoding="utf-8"))
    calibration = manifest["abstention"]
    assert 0.0 <= calibration["threshold"] <= 1.0 and calibration["split"] == "validation"
    assert calibration["episodes"] == 400 and calibration["margin"] == 0.01
    assert calibration["stopped_successes"] <= math.floor(0.01 * 400)
    assert agentgym.load_policy(support_run_dir).abstain_threshold == calibration["threshold"]
    assert set(result["abstention"]["without"]) == {"test", "natural"}
    assert "unsafe_action_rate" in result["test_metrics"]


def test_a_run_saved_before_calibration_still_loads(support_run_dir: Path, tmp_path: Path, agentgym_main: Any) -> None:
    old = tmp_path / "old-run"
    shutil.copytree(support_run_dir, old)
    manifest_path = old / "model" / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    del manifest["abstention"]
    manifest_path.write_text(json.dumps(artifacts.seal_manifest(manifest)), encoding="utf-8")  # sealed as it was

    assert agentgym.load_policy(old).abstain_threshold == 0.0
    assert agentgym.load_policy(old, abstain_threshold=0.4).abstain_threshold == 0.4
    done = agentgym_main("eval", str(old), "--limit", "12", "--trials", "1", "--json")
    assert done.code == 0, done.stderr
    same = agentgym_main("eval", str(support_run_dir), "--limit", "12", "--trials", "1", "--abstain-threshold", "0",
                         "--json")
    assert json.loads(done.stdout) == json.loads(same.stdout)


def test_eval_limit_and_threshold_options(support_run_dir: Path, agentgym_main: Any) -> None:
    done = agentgym_main("eval", str(support_run_dir), "--limit", "7", "--trials", "2", "--json")
    assert done.code == 0, done.stderr
    assert json.loads(done.stdout)["episodes"] == 14
    assert done.stderr.strip() == "", "no progress bar when the output is --json"

    table = agentgym_main("eval", str(support_run_dir), "--limit", "3", "--trials", "1", "--abstain-threshold", "0.25")
    assert table.code == 0 and "abstain threshold 0.250" in table.stdout and "unsafe_action_rate" in table.stdout

    for args, message in (
        (("--abstain-threshold", "1.5"), "1.5"),
        (("--limit", "0"), "--limit"),
    ):
        bad = agentgym_main("eval", str(support_run_dir), *args)
        assert bad.code == 2 and message in bad.stderr and "Traceback" not in bad.stderr
    reference = agentgym_main("eval", "--scenario", "customer_support", "--policy", "gold", "--abstain-threshold", "0.5")
    assert reference.code == 2 and "needs a RUN_DIR" in reference.stderr


def test_a_policy_with_no_tools_offered_never_calls_one(support_policy: Any) -> None:
    ticket = support_policy.scenario.tasks("test")[0].ticket
    assert isinstance(support_policy.decide(Observation(ticket, (), ())), FinalAnswer)


@pytest.mark.parametrize("threshold", [-0.5, 1.01])
def test_a_bad_threshold_is_refused_when_loading(support_run_dir: Path, threshold: float) -> None:
    with pytest.raises(ValueError, match="between 0 and 1"):
        agentgym.load_policy(support_run_dir, abstain_threshold=threshold)
