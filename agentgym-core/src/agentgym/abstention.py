"""When a trained policy answers instead of acting: the rule, its threshold, its calibration.

A policy handed to someone else's tools must never take a state-changing action it did not
choose (the next-best *offered* tool when its own choice is missing), nor one it is unsure
of. The rule, the same natively, in every adapter and in the server:

- the policy chooses over its FULL action set (every tool it was trained on, plus finish);
- if that choice is a tool that is not offered, it answers instead (``Scenario.abstain_answer``);
- if that choice changes state (``ToolSpec.changes_state``) and the policy's probability for
  it is below the run's threshold, it answers instead;
- reads are never held back (they change nothing), and finishing is always allowed.

The threshold is calibrated at the end of training on the validation split (``calibrate``)
and stored in the run's manifest (``abstention.threshold``). A run saved before calibration
existed has none and gets ``DEFAULT_THRESHOLD`` (0: only the not-offered rule applies, so
its results stay what they were). ``agentgym eval --abstain-threshold`` and the adapters'
``abstain_threshold=`` override it.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Collection, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from agentgym.records import Action, FinalAnswer, Observation, ToolCall

if TYPE_CHECKING:
    from agentgym.scenario import Scenario

logger = logging.getLogger("agentgym.abstention")

DEFAULT_THRESHOLD = 0.0  # a run without a calibrated threshold: only the not-offered rule
DEFAULT_MARGIN = 0.01  # validation success the calibration may give up: one point


@dataclass(frozen=True)
class Choice:
    """The policy's choice over its full action set, before the hand-off rule is applied."""

    action: Action
    confidence: float  # the policy's probability for ``action``
    changes_state: bool  # whether ``action`` is a tool that can change the backend


def holds_back(changes_state: bool, confidence: float, threshold: float) -> bool:
    """Whether a chosen action is too unsure to take: it changes state and its
    probability is below the threshold."""
    return changes_state and confidence < threshold


def abstention(scenario: Scenario | None, observation: Observation, reason: str) -> FinalAnswer:
    """The answer a policy gives instead of acting, logged with its reason."""
    logger.info("abstained: %s", reason)
    if scenario is None:
        return FinalAnswer(f"I stopped without acting, so a person should take this task over: {reason}.")
    return FinalAnswer(scenario.abstain_answer(observation, reason))


def not_offered(scenario: Scenario | None, observation: Observation, name: str) -> FinalAnswer:
    """The answer when the policy's next step is a tool that is not offered."""
    offered = "no tools are offered" if not observation.tools else "it is not among the tools offered"
    return abstention(scenario, observation, f"the policy's next step is '{name}', but {offered}")


def safe_action(scenario: Scenario | None, observation: Observation, choice: Choice, threshold: float) -> Action:
    """``choice`` if it may be taken with the tools ``observation`` offers, else the
    abstention answer. Never another tool: a missing choice is not replaced."""
    action = choice.action
    if not isinstance(action, ToolCall):
        return action
    if action.name not in observation.tools:
        return not_offered(scenario, observation, action.name)
    if holds_back(choice.changes_state, choice.confidence, threshold):
        return abstention(
            scenario, observation,
            f"the policy is not confident enough to call '{action.name}', which changes state "
            f"(probability {choice.confidence:.3f} < threshold {threshold:.3f})",
        )
    return action


def manifest_threshold(manifest: Mapping[str, Any]) -> float:
    """The threshold a run's manifest records, or ``DEFAULT_THRESHOLD`` for a run saved
    before calibration."""
    entry = manifest.get("abstention")
    if isinstance(entry, Mapping) and isinstance(entry.get("threshold"), int | float):
        return float(entry["threshold"])
    return DEFAULT_THRESHOLD


def check_threshold(value: float) -> float:
    """A threshold is a probability; anything else is refused with a clear message."""
    if not (isinstance(value, int | float) and math.isfinite(value) and 0.0 <= value <= 1.0):
        raise ValueError(f"abstain threshold must be a probability between 0 and 1; got {value!r}")
    return float(value)


# --- calibration -------------------------------------------------------------------------


@dataclass(frozen=True)
class EpisodeDecisions:
    """What calibration needs of one greedy episode: its success and, for each decision that
    changed state, the policy's probability for it."""

    success: bool
    state_changing: Sequence[float]

    @property
    def least_sure(self) -> float:
        """The lowest probability of a state-changing decision (1.0 when there was none)."""
        return min(self.state_changing, default=1.0)

    def stopped_by(self, threshold: float) -> bool:
        return self.least_sure < threshold


@dataclass(frozen=True)
class Calibration:
    """The threshold chosen on validation, and what it cost and saved there."""

    threshold: float
    margin: float
    split: str
    episodes: int
    success_without: float  # validation success with abstention off
    stopped: int  # validation episodes the threshold stops (answers instead of acting)
    stopped_successes: int  # of which succeeded with abstention off

    def manifest(self) -> dict[str, Any]:
        return asdict(self)


def calibrate(episodes: Sequence[EpisodeDecisions], margin: float = DEFAULT_MARGIN,
              split: str = "validation") -> Calibration:
    """The largest threshold that keeps validation success within ``margin`` of abstention off.

    An episode the threshold stops is counted as failed (it ends without the work done), so
    the success it keeps is a lower bound and the margin holds. Raising the threshold stops
    the episodes whose least sure state-changing decision is below it, in that order. The
    cut is the least sure decision of the first success that must be kept; the threshold
    lies halfway between it and the next lower one seen, so a probability recomputed a
    rounding error away (inside a framework) decides the same.
    """
    if not episodes:
        raise ValueError("no validation episodes to calibrate on")
    sure = sorted(e.least_sure for e in episodes if e.success)
    allowed = math.floor(margin * len(episodes) + 1e-9)  # successes that may be given up
    if not sure:
        threshold = DEFAULT_THRESHOLD
    elif allowed >= len(sure):
        threshold = 1.0
    else:
        cut = sure[allowed]
        below = [e.least_sure for e in episodes if e.least_sure < cut]
        threshold = (max(below) + cut) / 2 if below else cut * (1 - 1e-6)
    stopped = [e for e in episodes if e.stopped_by(threshold)]
    return Calibration(
        threshold=threshold,
        margin=margin,
        split=split,
        episodes=len(episodes),
        success_without=sum(e.success for e in episodes) / len(episodes),
        stopped=len(stopped),
        stopped_successes=sum(e.success for e in stopped),
    )


def state_changing_confidences(actions: Sequence[int], logps: Sequence[float],
                               changes_state: Collection[int]) -> list[float]:
    """The probabilities of a greedy episode's state-changing decisions, from its record."""
    return [math.exp(lp) for a, lp in zip(actions, logps, strict=True) if int(a) in changes_state]
