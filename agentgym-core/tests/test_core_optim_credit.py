"""Adam against a hand-computed step; credit strategies on a hand-made trajectory."""

from __future__ import annotations

import math

import numpy as np
import pytest

from agentgym import hooks
from agentgym.credit import STRATEGIES, assign_credit, decision_count
from agentgym.optim import Adam
from agentgym.scenario import Step, Trajectory

# --- Adam ------------------------------------------------------------------------------------


def test_adam_first_step_moves_each_weight_by_the_learning_rate() -> None:
    params = {"w": np.array([1.0, -2.0, 0.5]), "b": np.array([0.0])}
    grads = {"w": np.array([0.5, -0.1, 0.0]), "b": np.array([3.0])}
    Adam(learning_rate=0.1).step(params, grads)
    # t = 1: m_hat = g, v_hat = g^2, so the step is lr * g / (|g| + eps)
    np.testing.assert_allclose(params["w"], [1.0 - 0.1, -2.0 + 0.1, 0.5], rtol=1e-7)
    np.testing.assert_allclose(params["b"], [-0.1], rtol=1e-7)


def test_adam_second_step_matches_hand_computation() -> None:
    lr, b1, b2, eps = 0.05, 0.9, 0.999, 1e-8
    params = {"w": np.array([1.0, -1.0])}
    adam = Adam(learning_rate=lr, beta1=b1, beta2=b2, eps=eps)
    g1, g2 = np.array([0.2, -0.4]), np.array([-0.1, -0.3])
    adam.step(params, {"w": g1.copy()})
    adam.step(params, {"w": g2.copy()})
    expected = np.array([1.0, -1.0])
    m = v = np.zeros(2)
    for t, g in enumerate((g1, g2), start=1):
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        m_hat, v_hat = m / (1 - b1**t), v / (1 - b2**t)
        expected = expected - lr * m_hat / (np.sqrt(v_hat) + eps)
    # and by hand for the first weight: m = 0.9*0.02 + 0.1*(-0.1) = 0.008, v = 0.999*4e-5 + 1e-5
    m0 = 0.9 * 0.1 * 0.2 + 0.1 * -0.1
    v0 = 0.999 * 0.001 * 0.04 + 0.001 * 0.01
    first = 1.0 - lr * 0.2 / (0.2 + eps)
    first -= lr * (m0 / (1 - 0.81)) / (math.sqrt(v0 / (1 - 0.999**2)) + eps)
    np.testing.assert_allclose(params["w"], expected, rtol=1e-12)
    assert params["w"][0] == pytest.approx(first, rel=1e-12)
    assert adam.t == 2


def test_adam_state_round_trip_continues_identically() -> None:
    rng = np.random.default_rng(0)
    grads = [{"w": rng.normal(size=(3, 2)), "b": rng.normal(size=2)} for _ in range(4)]
    a_params = {"w": np.ones((3, 2)), "b": np.zeros(2)}
    a = Adam(0.01)
    for g in grads[:2]:
        a.step(a_params, {k: v.copy() for k, v in g.items()})
    b = Adam(0.01)
    b.load_state({k: v.copy() for k, v in a.state().items()})
    b_params = {k: v.copy() for k, v in a_params.items()}
    for g in grads[2:]:
        a.step(a_params, {k: v.copy() for k, v in g.items()})
        b.step(b_params, {k: v.copy() for k, v in g.items()})
    for name in a_params:
        np.testing.assert_array_equal(a_params[name], b_params[name])


# --- credit assignment --------------------------------------------------------------------------


def step(reward: float) -> Step:
    return Step(tool="lookup_user", arguments={}, result="ok", status="ok", correct=reward > 0,
                tokens=10, seconds=1.0, reward=reward)


def finished(answer_reward: float = 0.0) -> Trajectory:
    """Three calls (+10, -20, +10), a final answer, outcome +12: four decisions."""
    return Trajectory(task_id="t", kind="k", outcome="o", seed=0, steps=[step(10.0), step(-20.0), step(10.0)],
                      success=True, truncated=False, final_answer="done", tokens=100, seconds=3.0,
                      outcome_reward=12.0, answer_reward=answer_reward)


def cut_off() -> Trajectory:
    """Two calls and no final answer (step cap): two decisions, outcome -5."""
    return Trajectory(task_id="t", kind="k", outcome="o", seed=0, steps=[step(10.0), step(10.0)],
                      success=False, truncated=True, final_answer=None, tokens=50, seconds=2.0,
                      outcome_reward=-5.0)


def test_broadcast_copies_the_episode_total_to_every_decision() -> None:
    assert assign_credit("broadcast", finished(), 0.5) == [12.0] * 4
    assert assign_credit("broadcast", finished(answer_reward=-20.0), 0.5) == [-8.0] * 4
    assert assign_credit("broadcast", cut_off(), 0.5) == [15.0, 15.0]


def test_discounted_discounts_the_total_back_from_the_end() -> None:
    assert assign_credit("discounted", finished(), 0.5) == [1.5, 3.0, 6.0, 12.0]
    assert assign_credit("discounted", cut_off(), 0.5) == [7.5, 15.0]


def test_shaped_is_own_reward_plus_discounted_outcome() -> None:
    assert assign_credit("shaped", finished(), 0.5) == [10.0 + 1.5, -20.0 + 3.0, 10.0 + 6.0, 0.0 + 12.0]
    assert assign_credit("shaped", finished(answer_reward=-20.0), 0.5)[-1] == -8.0
    assert assign_credit("shaped", cut_off(), 0.5) == [10.0 - 2.5, 10.0 - 5.0]


@pytest.mark.parametrize("strategy", STRATEGIES)
def test_every_strategy_credits_every_decision(strategy: str) -> None:
    for trajectory in (finished(), cut_off()):
        assert len(assign_credit(strategy, trajectory, 0.9)) == decision_count(trajectory)


def test_strategies_are_reached_through_the_hook() -> None:
    scenario = hooks.make_scenario("customer_support")
    for strategy in STRATEGIES:
        assert hooks.broadcast_rewards(scenario, finished(), strategy, 0.5) == assign_credit(strategy, finished(), 0.5)
    # no strategy named: the scenario's default
    expected = assign_credit(scenario.default_credit, finished(), 0.99)
    assert hooks.broadcast_rewards(scenario, finished(), None, 0.99) == expected


def test_unknown_credit_strategy_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown credit strategy 'nope'"):
        assign_credit("nope", finished(), 0.9)
    scenario = hooks.make_scenario("customer_support")
    with pytest.raises(ValueError, match="credit strategy 'nope'"):
        hooks.broadcast_rewards(scenario, finished(), "nope", 0.9)


def test_the_scenario_default_credit_uses_the_configured_discount() -> None:
    """No strategy named (the default config): the scenario's default strategy, but with the
    run's discount_factor, so `agentgym train -g 0.5` means something."""
    scenario = hooks.make_scenario("customer_support")
    expected = assign_credit(scenario.default_credit, finished(), 0.5)
    assert expected != assign_credit(scenario.default_credit, finished(), 0.99)
    assert hooks.broadcast_rewards(scenario, finished(), None, 0.5) == expected
