"""A batch start made ahead (a worker makes its next chunk's while the learner updates) must
give exactly the episodes of a batch started fresh, whatever the weights became meanwhile."""

from __future__ import annotations

import numpy as np
import pytest

from agentgym.executors.base import RolloutContext
from agentgym.features import FeaturizerSettings
from agentgym.rollout import EpisodeSpec, run_batch, start_batch
from agentgym.seeds import derive_seed

SCENARIO = "customer_support"


@pytest.fixture(scope="module")
def built():  # type: ignore[no-untyped-def]
    return RolloutContext(scenario=SCENARIO, featurizer=FeaturizerSettings(word_dropout=0.3)).build()


def training_specs(scenario, first: int, count: int) -> list[EpisodeSpec]:  # type: ignore[no-untyped-def]
    tasks = scenario.tasks("train")
    return [EpisodeSpec(tasks[(7 * i) % len(tasks)], derive_seed(5, i), derive_seed(5, i, 1))
            for i in range(first, first + count)]


def random_params(policy, seed: int) -> dict[str, np.ndarray]:  # type: ignore[no-untyped-def]
    rng = np.random.default_rng(seed)
    return {k: rng.normal(0.0, 1.0, v.shape) for k, v in policy.params.items()}


def test_a_batch_played_from_a_start_made_ahead_is_the_batch_started_fresh(built, assert_same_records) -> None:  # type: ignore[no-untyped-def]
    scenario, featurizer, policy = built
    upcoming = training_specs(scenario, 100, 24)
    policy.params = random_params(policy, 1)
    start = start_batch(scenario, featurizer, upcoming)  # made with the old weights in place
    run_batch(scenario, featurizer, policy, training_specs(scenario, 0, 24), greedy=False)  # the current batch
    policy.params = random_params(policy, 2)  # the update
    ahead = run_batch(scenario, featurizer, policy, upcoming, greedy=False, start=start)
    fresh = run_batch(scenario, featurizer, policy, upcoming, greedy=False)
    assert_same_records(ahead, fresh)
    assert sum(len(r.actions) for r in fresh) > 2 * len(fresh), "the episodes went past their first decision"


def test_a_start_made_for_other_episodes_is_refused(built) -> None:  # type: ignore[no-untyped-def]
    scenario, featurizer, policy = built
    start = start_batch(scenario, featurizer, training_specs(scenario, 0, 4))
    with pytest.raises(ValueError, match="a batch start made for other episodes"):
        run_batch(scenario, featurizer, policy, training_specs(scenario, 1, 4), greedy=False, start=start)
