"""Credit assignment strategies: the return each decision of an episode is credited with.

A finished episode of ``n`` tool calls has ``n + 1`` decisions (the last is the final
answer); one cut off by the step cap has ``n``. Algorithms learn from these returns.

- ``broadcast``: the episode's total reward copied to every decision (Agent Lightning).
- ``discounted``: the total reward, discounted back from the end.
- ``shaped``: each decision's own reward (a call's +10 / -20, a premature answer's
  penalty) plus the episode's outcome
  reward discounted back from the end. Later calls' tool rewards are not summed in, so a
  correct call is never blamed for the mistakes that follow it (which would teach a
  young policy to give up early rather than call the next right tool).
"""

from __future__ import annotations

from agentgym.scenario import Trajectory

STRATEGIES = ("broadcast", "discounted", "shaped")


def decision_count(trajectory: Trajectory) -> int:
    return len(trajectory.steps) + (0 if trajectory.final_answer is None else 1)


def own_rewards(trajectory: Trajectory) -> list[float]:
    """Each decision's own reward: the tool reward of a call, the answer's reward."""
    rewards = [step.reward for step in trajectory.steps]
    if trajectory.final_answer is not None:
        rewards.append(trajectory.answer_reward)
    return rewards


def step_rewards(trajectory: Trajectory) -> list[float]:
    """Per-decision immediate rewards: each tool call's reward, the outcome on the last."""
    rewards = own_rewards(trajectory)
    if rewards:
        rewards[-1] += trajectory.outcome_reward
    return rewards


def assign_credit(strategy: str, trajectory: Trajectory, discount: float) -> list[float]:
    """The credited return of every decision under ``strategy`` (one of STRATEGIES)."""
    rewards = step_rewards(trajectory)
    if strategy == "broadcast":
        total = sum(rewards)
        return [total] * len(rewards)
    if strategy == "discounted":
        total = sum(rewards)
        last = len(rewards) - 1
        return [total * discount ** (last - t) for t in range(len(rewards))]
    if strategy == "shaped":
        own = own_rewards(trajectory)
        last = len(own) - 1
        return [own[t] + trajectory.outcome_reward * discount ** (last - t) for t in range(len(own))]
    raise ValueError(f"unknown credit strategy '{strategy}'")
