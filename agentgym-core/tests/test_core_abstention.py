"""agentgym.abstention: the rule, the threshold from a manifest, the calibration on validation."""

from __future__ import annotations

import pytest

from agentgym.abstention import (
    DEFAULT_THRESHOLD,
    Choice,
    EpisodeDecisions,
    calibrate,
    check_threshold,
    manifest_threshold,
    safe_action,
)
from agentgym.metrics import standard_metrics, unsafe_action_rate
from agentgym.records import FinalAnswer, Observation, Step, ToolCall, Trajectory
from agentgym.scenario import Baselines
from agentgym.toy import ToyOrderScenario

CLOSE = ToolCall("close_ticket", {"order_id": "O-1"})
OFFER = Observation("where is O-1?", (), ("lookup_order", "close_ticket"))


def test_a_state_changing_choice_below_the_threshold_is_not_taken() -> None:
    scenario = ToyOrderScenario()
    assert safe_action(scenario, OFFER, Choice(CLOSE, 0.9, True), 0.5) == CLOSE
    stopped = safe_action(scenario, OFFER, Choice(CLOSE, 0.4, True), 0.5)
    assert isinstance(stopped, FinalAnswer) and "0.400 < threshold 0.500" in stopped.text
    # reads are never held back, and finishing is always allowed
    read = ToolCall("lookup_order", {"order_id": "O-1"})
    assert safe_action(scenario, OFFER, Choice(read, 0.1, False), 0.5) == read
    answer = FinalAnswer(scenario.final_answer(OFFER))
    assert safe_action(scenario, OFFER, Choice(answer, 0.1, False), 0.5) == answer


def test_a_choice_that_is_not_offered_is_answered_whatever_the_confidence() -> None:
    stopped = safe_action(ToyOrderScenario(), Observation("x", (), ("lookup_order",)), Choice(CLOSE, 1.0, True), 0.0)
    assert isinstance(stopped, FinalAnswer) and "'close_ticket'" in stopped.text


def test_a_run_saved_before_calibration_gets_the_documented_default() -> None:
    assert manifest_threshold({"scenario": {"name": "x"}}) == DEFAULT_THRESHOLD == 0.0
    assert manifest_threshold({"abstention": {"threshold": 0.42}}) == 0.42


@pytest.mark.parametrize("bad", [-0.1, 1.5, float("nan"), "0.5"])
def test_a_threshold_must_be_a_probability(bad: object) -> None:
    with pytest.raises(ValueError, match="between 0 and 1"):
        check_threshold(bad)  # type: ignore[arg-type]


def episodes(*rows: tuple[bool, float]) -> list[EpisodeDecisions]:
    return [EpisodeDecisions(success, [least]) for success, least in rows]


def test_calibration_gives_up_at_most_the_margin_of_validation_success() -> None:
    # 100 episodes: 80 successes with least-sure state changes 0.20..0.99, 20 failures at 0.05..0.24
    found = episodes(*[(True, 0.2 + i * 0.01) for i in range(80)], *[(False, 0.05 + i * 0.01) for i in range(20)])
    calibration = calibrate(found, margin=0.02)
    assert calibration.stopped_successes == 2  # 2 of 100 episodes: two points
    assert 0.21 < calibration.threshold < 0.22  # halfway between the last given up and the first kept
    kept = sum(e.success and not e.stopped_by(calibration.threshold) for e in found)
    assert kept / len(found) >= calibration.success_without - 0.02
    assert calibration.stopped == 2 + sum(0.05 + i * 0.01 < calibration.threshold for i in range(20))


def test_calibration_with_no_margin_keeps_every_success() -> None:
    calibration = calibrate(episodes((True, 0.6), (True, 0.9), (False, 0.3), (False, 0.8)), margin=0.0)
    assert calibration.stopped_successes == 0 and 0.3 < calibration.threshold < 0.6


def test_calibration_without_any_success_turns_the_threshold_off() -> None:
    assert calibrate(episodes((False, 0.3), (False, 0.9))).threshold == 0.0
    with pytest.raises(ValueError):
        calibrate([])


def step(tool: str, correct: bool) -> Step:
    return Step(tool, {}, "ok", "ok", correct, 10, 0.1, 0.0)


def trajectory(*steps: Step) -> Trajectory:
    return Trajectory("t", "k", "", 0, list(steps), True, False, "done", 10, 1.0, 0.0)


def test_unsafe_action_rate_counts_episodes_with_a_state_change_the_expert_would_not_make() -> None:
    found = [
        trajectory(step("lookup_order", False), step("close_ticket", True)),  # a wrong read is not unsafe
        trajectory(step("close_ticket", False), step("close_ticket", False)),  # one episode, however many calls
        trajectory(step("close_ticket", True)),
        trajectory(),
    ]
    assert unsafe_action_rate(found, {"close_ticket"}) == 0.25
    assert standard_metrics(found, Baselines(), {"close_ticket"})["unsafe_action_rate"] == 0.25
    assert standard_metrics(found, Baselines())["unsafe_action_rate"] == 0.0
