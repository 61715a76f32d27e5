"""pass^k and the standard metrics on hand-made trajectories."""

from __future__ import annotations

from math import comb

import pytest

from agentgym.metrics import pass_hat_k, standard_metrics
from agentgym.scenario import Baselines, Step, Trajectory


def _trajectory(task_id: str, success: bool, calls: int = 2, correct: int = 2, tokens: int = 100,
                seconds: float = 2.0) -> Trajectory:
    steps = [Step("lookup_user", {}, "ok", "ok", i < correct, 10, seconds / max(calls, 1), 0.0)
             for i in range(calls)]
    return Trajectory(task_id, "refund_request", "within_window", 0, steps, success, False, "Done.",
                      tokens, seconds, 10.0 if success else -5.0)


def _batch(results: dict[str, list[bool]]) -> list[Trajectory]:
    return [_trajectory(task, ok) for task, outcomes in results.items() for ok in outcomes]


def test_pass_hat_k_by_hand() -> None:
    results = {"a": [True, True, False], "b": [True, True, True], "c": [False, False, False],
               "d": [True, False, False]}
    got = pass_hat_k(_batch(results))
    assert set(got) == {"1", "2", "3"}
    assert got["1"] == pytest.approx((2 / 3 + 1 + 0 + 1 / 3) / 4)
    assert got["2"] == pytest.approx((1 / 3 + 1 + 0 + 0) / 4)  # C(2,2)/C(3,2) = 1/3
    assert got["3"] == pytest.approx((0 + 1 + 0 + 0) / 4)


@pytest.mark.parametrize("n", [1, 2, 4, 5])
def test_pass_hat_k_matches_the_formula(n: int) -> None:
    results = {f"t{c}": [True] * c + [False] * (n - c) for c in range(n + 1)}
    got = pass_hat_k(_batch(results))
    assert set(got) == {str(k) for k in range(1, n + 1)}
    for k in range(1, n + 1):
        expected = sum(comb(c, k) / comb(n, k) for c in range(n + 1)) / (n + 1)
        assert got[str(k)] == pytest.approx(expected)
    values = [got[str(k)] for k in range(1, n + 1)]
    assert values == sorted(values, reverse=True)  # never rises with k


def test_pass_hat_1_is_the_success_rate() -> None:
    trajectories = _batch({"a": [True, False], "b": [True, True], "c": [False, False]})
    metrics = standard_metrics(trajectories, Baselines())
    assert metrics["pass_hat_k"]["1"] == pytest.approx(metrics["success_rate"]) == pytest.approx(0.5)


def test_trial_order_does_not_matter() -> None:
    forward = _batch({"a": [True, False, True], "b": [False, True, True]})
    assert pass_hat_k(forward) == pass_hat_k(list(reversed(forward)))


def test_pass_hat_k_of_nothing_is_empty() -> None:
    assert pass_hat_k([]) == {}


def test_standard_metrics_by_hand() -> None:
    trajectories = [
        _trajectory("a", True, calls=4, correct=4, tokens=200, seconds=2.0),
        _trajectory("a", False, calls=2, correct=1, tokens=300, seconds=4.0),
    ]
    metrics = standard_metrics(trajectories, Baselines(tokens_per_task=500.0, seconds_per_task=240.0))
    assert metrics["tool_reliability"] == pytest.approx(5 / 6)
    assert metrics["success_rate"] == 0.5
    assert metrics["avg_tokens"] == 250.0
    # the failed episode is charged the baseline on top of what it spent: saving needs finishing
    assert metrics["cost_reduction"] == pytest.approx(1 - (200 + 300 + 500) / (2 * 500))
    assert metrics["avg_response_time"] == 3.0
    assert metrics["time_savings"] == pytest.approx(1 - (2.0 + 4.0 + 240) / (2 * 240))
    assert metrics["success_by_kind"] == {"refund_request": 0.5} and metrics["lowest_kind_success"] == 0.5
    assert metrics["episodes"] == 2
    assert metrics["pass_hat_k"] == {"1": 0.5, "2": 0.0}
    with pytest.raises(ValueError):
        standard_metrics([], Baselines())
