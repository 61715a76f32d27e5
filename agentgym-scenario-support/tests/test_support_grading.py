"""Grading on the final backend state, correctness of calls, costs, rewards."""

from __future__ import annotations

import json
import math
import random

import pytest
from support_testlib import EXPECTED_SEQUENCES, PAIRS, call, finish_with_gold, run_script, task_for

from agentgym.evaluation import evaluation_specs
from agentgym.reference import GoldPolicy, RandomPolicy
from agentgym.scenario import RewardScheme
from agentgym_scenario_support import tools
from agentgym_scenario_support.backend import REFUND_WINDOW_DAYS, build_backend
from agentgym_scenario_support.episode import expert_snapshot
from agentgym_scenario_support.scenario import CustomerSupportScenario

IDS = ["/".join(p) for p in PAIRS]


@pytest.mark.parametrize("pair", PAIRS, ids=IDS)
def test_the_expert_sequence_succeeds_with_every_call_correct(calm, pair_tasks, pair) -> None:  # type: ignore[no-untyped-def]
    trajectory = run_script(calm, pair_tasks[pair], 5, EXPECTED_SEQUENCES[pair])
    assert trajectory.success
    assert trajectory.correct_calls == trajectory.tool_calls
    assert trajectory.answer_reward == 0.0


# (pair, the tool sequence a careless agent uses instead of the expert's)
WRONG_STATE_CHANGES = [
    (("refund_request", "outside_window"), ("lookup_user", "check_payment", "send_email", "close_ticket")),
    (("refund_request", "within_window"), ("lookup_user", "check_payment", "escalate")),
    (("refund_request", "within_window"), ("lookup_user", "check_payment", "send_email", "close_ticket")),
    (("refund_request", "already_refunded"), ("lookup_user", "check_payment", "escalate")),
    (("password_reset", "locked"), ("lookup_user", "send_email", "close_ticket")),
    (("password_reset", "active"), ("lookup_user", "escalate")),
    (("password_reset", "active"), ("lookup_user", "send_reset_link", "send_reset_link", "close_ticket")),
    (("password_reset", "unknown_email"), ("lookup_user", "close_ticket")),
    (("billing_inquiry", "found"), ("lookup_user", "check_payment", "send_email", "escalate")),
    (("api_integration", "invalid_key"), ("lookup_user", "check_logs", "search_kb", "send_email", "close_ticket")),
    (("api_integration", "rate_limited"),
     ("lookup_user", "check_logs", "create_api_key", "send_email", "close_ticket")),
    (("api_integration", "server_error"), ("lookup_user", "check_logs", "send_email", "close_ticket")),
    (("data_migration", "clean"), ("lookup_user", "search_kb", "check_logs", "send_email", "close_ticket")),
    (("data_migration", "failed"),
     ("lookup_user", "search_kb", "check_logs", "update_ticket", "send_email", "close_ticket")),
    (("data_migration", "failed"), ("lookup_user", "search_kb", "check_logs", "update_ticket", "escalate")),
]


@pytest.mark.parametrize(("pair", "sequence"), WRONG_STATE_CHANGES,
                         ids=[f"{'/'.join(p)}:{'-'.join(s[1:])}" for p, s in WRONG_STATE_CHANGES])
def test_a_wrong_state_changing_call_fails_the_task(calm, pair_tasks, pair, sequence) -> None:  # type: ignore[no-untyped-def]
    trajectory = run_script(calm, pair_tasks[pair], 5, sequence)
    assert not trajectory.success
    assert trajectory.correct_calls < trajectory.tool_calls
    assert trajectory.outcome_reward < RewardScheme().success  # failure, bonuses at most +8


def test_refund_outside_the_window_is_refused_and_counted_wrong(calm, pair_tasks) -> None:  # type: ignore[no-untyped-def]
    """The refund tool enforces the window: it changes nothing and the call is incorrect."""
    task = pair_tasks[("refund_request", "outside_window")]
    episode = calm.new_episode(task, 5)
    call(episode, "lookup_user")
    call(episode, "check_payment")
    before = episode.backend.snapshot()
    result = call(episode, "refund")
    assert result.startswith("ERROR") and "outside the refund window" in result
    assert episode.backend.snapshot() == before
    assert not episode.steps[-1].correct
    assert episode.steps[-1].reward == RewardScheme().incorrect_call


def test_refunding_a_refundable_payment_on_a_billing_question_fails(calm) -> None:  # type: ignore[no-untyped-def]
    """A refund that does go through, where the expert would not refund, fails the task."""
    task = next(t for t in calm.tasks("test") if t.kind == "billing_inquiry" and t.outcome == "found"
                and t.params["days_ago"] <= REFUND_WINDOW_DAYS)
    sequence = ("lookup_user", "check_payment", "refund", "send_email", "close_ticket")
    trajectory = run_script(calm, task, 5, sequence)
    assert trajectory.steps[2].result.startswith("Refunded")
    assert not trajectory.success


def test_a_refund_on_another_customers_payment_fails(calm, pair_tasks) -> None:  # type: ignore[no-untyped-def]
    task = pair_tasks[("refund_request", "within_window")]
    episode = calm.new_episode(task, 5)
    other = next(p for p in episode.backend.payments
                 if p.email != task.params["email"] and p.days_ago <= REFUND_WINDOW_DAYS)
    call(episode, "lookup_user")
    call(episode, "check_payment")
    assert call(episode, "refund", payment_id=other.id).startswith("Refunded")
    assert not finish_with_gold(calm, episode).success


@pytest.mark.parametrize("pair", PAIRS, ids=IDS)
def test_an_extra_read_only_call_keeps_success_but_costs_reliability(calm, pair_tasks, pair) -> None:  # type: ignore[no-untyped-def]
    task = pair_tasks[pair]
    episode = calm.new_episode(task, 5)
    call(episode, "lookup_user")
    call(episode, "lookup_user")  # asked again: nothing new
    trajectory = finish_with_gold(calm, episode)
    assert trajectory.success
    assert trajectory.tool_calls == len(EXPECTED_SEQUENCES[pair]) + 1
    assert trajectory.correct_calls == trajectory.tool_calls - 1
    assert not trajectory.steps[1].correct


@pytest.mark.parametrize("tool", ["search_kb", "check_logs", "check_payment"])
def test_any_extra_read_keeps_success(calm, pair_tasks, tool) -> None:  # type: ignore[no-untyped-def]
    for pair in PAIRS:
        episode = calm.new_episode(pair_tasks[pair], 5)
        call(episode, "lookup_user")
        before = episode.backend.snapshot()
        expected = calm.gold_action(episode.task, episode.observe())
        call(episode, tool)
        assert episode.backend.snapshot() == before
        assert episode.steps[-1].correct == (expected.name == tool)  # type: ignore[union-attr]
        assert finish_with_gold(calm, episode).success, (pair, tool)


@pytest.mark.parametrize("pair", PAIRS, ids=IDS)
def test_a_premature_final_answer_fails(calm, pair_tasks, pair) -> None:  # type: ignore[no-untyped-def]
    sequence = EXPECTED_SEQUENCES[pair]
    for cut in range(len(sequence)):
        trajectory = run_script(calm, pair_tasks[pair], 5, sequence[:cut])
        assert not trajectory.success
        assert trajectory.answer_reward == RewardScheme().early_finish
        assert trajectory.correct_calls == trajectory.tool_calls == cut


def test_never_answering_fails_even_with_the_right_calls(calm, pair_tasks) -> None:  # type: ignore[no-untyped-def]
    pair = ("password_reset", "active")
    trajectory = run_script(calm, pair_tasks[pair], 5, EXPECTED_SEQUENCES[pair], answer=False)
    assert not trajectory.success and trajectory.final_answer is None


def test_the_step_cap_truncates(calm, pair_tasks) -> None:  # type: ignore[no-untyped-def]
    episode = calm.new_episode(pair_tasks[("password_reset", "active")], 5)
    for _ in range(calm.max_steps):
        call(episode, "search_kb")
    assert episode.done and episode.truncated
    assert episode.call_tool("lookup_user", {"email": "x@y.z"}).startswith("ERROR")
    trajectory = episode.trajectory()
    assert trajectory.truncated and not trajectory.success and trajectory.tool_calls == calm.max_steps


def test_transient_failures_retried_by_the_expert_still_succeed(scenario) -> None:  # type: ignore[no-untyped-def]
    """At the documented 5% rate, over the test split and 3 trials (the eval seeds)."""
    specs = evaluation_specs(scenario.tasks("test"), 3)
    calls = transient = retried_episodes = 0
    for spec in specs:
        trajectory = scenario.run(GoldPolicy(scenario, spec.task), spec.task, spec.episode_seed)
        assert trajectory.success, spec.task.id
        assert trajectory.correct_calls == trajectory.tool_calls
        failures = [i for i, step in enumerate(trajectory.steps) if step.status == "retry"]
        for i in failures:
            step, retry = trajectory.steps[i], trajectory.steps[i + 1]
            assert step.result.startswith("ERROR (transient)")
            assert step.seconds == tools.TIMEOUT_SECONDS
            assert (retry.tool, dict(retry.arguments)) == (step.tool, dict(step.arguments))
        calls += trajectory.tool_calls
        transient += len(failures)
        retried_episodes += bool(failures)
    assert retried_episodes >= 50
    assert 0.03 < transient / calls < 0.07  # the documented 5%


def test_an_agent_that_does_not_retry_fails(pair_tasks) -> None:  # type: ignore[no-untyped-def]
    flaky = CustomerSupportScenario(failure_rate=0.5)
    pair = ("refund_request", "within_window")
    task = pair_tasks[pair]
    failed_on_refund = 0
    for seed in range(60):
        trajectory = run_script(flaky, task, seed, EXPECTED_SEQUENCES[pair])
        if trajectory.steps[2].status == "retry":
            failed_on_refund += 1
            assert not trajectory.success
    assert failed_on_refund > 0


def test_failure_rate_zero_means_no_transient_failures(calm) -> None:  # type: ignore[no-untyped-def]
    for task in calm.tasks("validation")[:100]:
        trajectory = calm.run(GoldPolicy(calm, task), task, 9)
        assert all(step.status == "ok" for step in trajectory.steps)


# --- costs and rewards ----------------------------------------------------------------


def test_token_cost_rule(calm, pair_tasks) -> None:  # type: ignore[no-untyped-def]
    """10 per call + ceil(len(json args)/4) + ceil(len(result)/4); ticket and answer at ceil(len/4)."""
    task = pair_tasks[("refund_request", "within_window")]
    trajectory = calm.run(GoldPolicy(calm, task), task, 5)
    total = math.ceil(len(task.ticket) / 4) + math.ceil(len(trajectory.final_answer) / 4)
    for step in trajectory.steps:
        expected = 10 + math.ceil(len(json.dumps(dict(step.arguments), sort_keys=True)) / 4) + math.ceil(
            len(step.result) / 4
        )
        assert step.tokens == expected
        total += expected
    assert trajectory.tokens == total


def test_simulated_latency_per_tool(calm, pair_tasks) -> None:  # type: ignore[no-untyped-def]
    assert set(tools.LATENCY) == {spec.name for spec in tools.SPECS} and len(tools.SPECS) == 12
    for pair in PAIRS:
        trajectory = calm.run(GoldPolicy(calm, pair_tasks[pair]), pair_tasks[pair], 5)
        for step in trajectory.steps:
            assert step.seconds == tools.LATENCY[step.tool]
        assert trajectory.seconds == pytest.approx(sum(tools.LATENCY[s.tool] for s in trajectory.steps))
    episode = calm.new_episode(pair_tasks[PAIRS[0]], 5)
    episode.call_tool("lookup_user", {})  # bad arguments
    episode.call_tool("teleport", {})  # unknown tool
    assert [step.seconds for step in episode.steps] == [0.1, 0.0]
    assert [step.status for step in episode.steps] == ["error", "error"]


def test_rewards_follow_the_scheme(calm, pair_tasks) -> None:  # type: ignore[no-untyped-def]
    scheme = RewardScheme()
    base = calm.baselines
    task = pair_tasks[("refund_request", "within_window")]
    good = calm.run(GoldPolicy(calm, task), task, 5)
    assert [s.reward for s in good.steps] == [scheme.correct_call] * good.tool_calls
    bonus = scheme.token_bonus * max(0.0, 1 - good.tokens / base.tokens_per_task) + scheme.speed_bonus * max(
        0.0, 1 - good.seconds / base.seconds_per_task
    )
    assert good.outcome_reward == pytest.approx(scheme.success + bonus)
    assert good.total_reward == pytest.approx(10 * good.tool_calls + scheme.success + bonus)
    bad = run_script(calm, task, 5, ("lookup_user", "escalate"))
    assert [s.reward for s in bad.steps] == [scheme.correct_call, scheme.incorrect_call]
    assert bad.outcome_reward < scheme.success
    assert bad.outcome_reward >= scheme.failure
    assert len(calm.broadcast_rewards(good)) == good.tool_calls + 1


def test_bad_arguments_are_errors_not_exceptions(calm) -> None:  # type: ignore[no-untyped-def]
    task = task_for(calm, "password_reset", "active")
    backend = build_backend(dict(task.params), 1)
    for spec in tools.SPECS:
        for arguments in ({}, {"nope": "x"}, {key: 3 for key in spec.parameters["properties"]},
                          {key: "  " for key in spec.parameters["properties"]}):
            result = tools.run_tool(backend, spec.name, arguments)
            assert result.status == "error" and result.text.startswith(f"ERROR: {spec.name}:")


def test_grading_an_all_correct_episode_without_replay_agrees_with_the_replay() -> None:
    """``grade`` skips the expert's replay when every call was the expert's own and the
    episode ended where the expert ends; on thousands of mixed episodes (the expert with
    random slips, transient timeouts at 20%) it must judge exactly as the replay does."""
    scenario = CustomerSupportScenario(failure_rate=0.2)
    tasks = scenario.tasks("train")
    shortcut_taken = judged = 0
    for index in range(3000):
        task = tasks[index % len(tasks)]
        episode = scenario.new_episode(task, index)
        slips = random.Random(index)
        slip_rate = (0.0, 0.05, 0.3)[index % 3]
        noise = RandomPolicy(scenario, index)
        while not episode.done:
            observation = episode.observe()
            expert = scenario.gold_action(task, observation)
            episode.act(noise.decide(observation) if slips.random() < slip_rate else expert)
        if episode.final_answer is None:
            continue
        ticket = episode.backend.tickets.get(task.params["ticket_id"])
        replayed = ticket is not None and ticket.status != "open" and (
            episode.backend.snapshot() == expert_snapshot(task, episode.seed)
        )
        shortcut = not episode.finished_early and all(step.correct for step in episode.steps)
        shortcut_taken += shortcut
        judged += 1
        assert episode.grade() == replayed, (task.id, [s.tool for s in episode.steps])
    assert judged > 1500 and 500 < shortcut_taken < judged  # both paths were exercised
