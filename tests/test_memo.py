"""The greedy memo: validation episodes read from earlier runs must be exactly the episodes
a live run plays, whatever the weights do between validations."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from agentgym.evaluation import evaluation_specs
from agentgym.executors.base import RolloutContext
from agentgym.memo import GreedyMemo
from agentgym.rollout import run_batch

SCENARIO = "customer_support"


@pytest.fixture(scope="module")
def built():  # type: ignore[no-untyped-def]
    return RolloutContext(scenario=SCENARIO).build()


def weight_path(policy, steps: int, seed: int = 0) -> list[dict[str, np.ndarray]]:  # type: ignore[no-untyped-def]
    """Weights that drift: each step keeps most greedy decisions and changes some."""
    rng = np.random.default_rng(seed)
    params = {k: rng.normal(0.0, 1.0, v.shape) for k, v in policy.params.items()}
    path = []
    for _ in range(steps):
        params = {k: v + rng.normal(0.0, 0.3, v.shape) for k, v in params.items()}
        path.append(params)
    return path


def test_memo_gives_the_records_of_a_live_run_as_the_weights_drift(built, assert_same_records) -> None:  # type: ignore[no-untyped-def]
    scenario, featurizer, policy = built
    specs = evaluation_specs(scenario.tasks("validation")[:60], 1)
    memo = GreedyMemo()
    replayed = 0
    for params in weight_path(policy, 6):
        policy.params = params
        live = run_batch(scenario, featurizer, policy, specs, greedy=True)
        nodes_before = memo.nodes
        remembered = run_batch(scenario, featurizer, policy, specs, greedy=True, memo=memo)
        assert_same_records(live, remembered)
        replayed += memo.nodes - nodes_before < sum(len(r.actions) for r in live)
    assert replayed >= 4  # the memo did serve steps (fewer new nodes than steps played)


def test_sampled_batches_bypass_the_memo(built) -> None:  # type: ignore[no-untyped-def]
    scenario, featurizer, policy = built
    specs = evaluation_specs(scenario.tasks("validation")[:10], 1)
    memo = GreedyMemo()
    run_batch(scenario, featurizer, policy, specs, greedy=False, memo=memo)
    assert memo.nodes == 0 and not memo.roots


def test_memo_starts_again_past_its_node_limit(built, assert_same_records) -> None:  # type: ignore[no-untyped-def]
    scenario, featurizer, policy = built
    specs = evaluation_specs(scenario.tasks("validation")[:30], 1)
    memo = GreedyMemo(node_limit=20)
    for params in weight_path(policy, 3, seed=1):
        policy.params = params
        live = run_batch(scenario, featurizer, policy, specs, greedy=True)
        assert_same_records(live, run_batch(scenario, featurizer, policy, specs, greedy=True, memo=memo))
    assert memo.nodes <= 20 + sum(len(r.actions) for r in live)


def test_a_changed_task_under_the_same_id_and_seed_is_played_live(built, assert_same_records) -> None:  # type: ignore[no-untyped-def]
    scenario, featurizer, policy = built
    specs = evaluation_specs(scenario.tasks("validation")[:5], 1)
    memo = GreedyMemo()
    run_batch(scenario, featurizer, policy, specs, greedy=True, memo=memo)
    other = scenario.tasks("validation")[5]
    changed = [replace(spec, task=replace(other, id=spec.task.id)) for spec in specs]
    live = run_batch(scenario, featurizer, policy, changed, greedy=True)
    assert_same_records(live, run_batch(scenario, featurizer, policy, changed, greedy=True, memo=memo))
