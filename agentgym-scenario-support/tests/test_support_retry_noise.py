"""A transient failure and its retry are noise to a trained policy.

The trained test run (``support_policy``) plays each test ticket twice on the calm scenario
(no random failures): as written, and with the ``retry_noise`` perturbation, which forces one
of the first three calls to time out. Once the timed-out call is retried, every later decision
must be the one made without the timeout: the settled calls (the failed attempts left out)
match the clean episode's call for call on at least 99% of the decisions after the retry.
"""

from __future__ import annotations

from typing import Any

from agentgym.scenario import Trajectory
from agentgym_scenario_support.scenario import CustomerSupportScenario


def settled_calls(trajectory: Trajectory) -> list[tuple[str, str]]:
    """The calls that were not a transient failure, as (tool, arguments)."""
    return [(s.tool, repr(sorted(dict(s.arguments).items()))) for s in trajectory.steps if s.status != "retry"]


def test_a_forced_timeout_and_its_retry_leave_later_decisions_unchanged(support_policy: Any) -> None:
    calm = CustomerSupportScenario(failure_rate=0.0)
    policy = support_policy  # it reads observations only; the calm scenario decides the failures
    later = unchanged = retried = failed_episodes = 0
    for seed, task in enumerate(calm.tasks("test")):
        clean = calm.run(policy, task, seed)
        noisy = calm.run(policy, calm.perturb(task, "retry_noise"), seed)
        failures = [i for i, step in enumerate(noisy.steps) if step.status == "retry"]
        if not failures:
            continue  # the episode ended before the forced failure's call
        failed_episodes += 1
        first = failures[0]
        if not (first + 1 < len(noisy.steps) and noisy.steps[first + 1].tool == noisy.steps[first].tool):
            continue  # not retried: what follows is another episode, judged by success, not here
        retried += 1
        before = len([s for s in noisy.steps[:first] if s.status != "retry"])
        clean_after, noisy_after = settled_calls(clean)[before:], settled_calls(noisy)[before:]
        later += max(len(clean_after), len(noisy_after))
        unchanged += sum(a == b for a, b in zip(clean_after, noisy_after, strict=False))
    assert failed_episodes >= 400, failed_episodes
    # the small run retries about 95% of timeouts (a default run, trained 20x longer, more)
    assert retried / failed_episodes >= 0.9, f"{retried} of {failed_episodes} timed-out calls retried"
    assert unchanged / later >= 0.99, f"{unchanged} of {later} later calls unchanged"
