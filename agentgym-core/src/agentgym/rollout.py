"""Collecting episodes: a batch stepped in lockstep, one featurize and one forward per step.

Every episode carries its own seeds (backend and faults, action sampling), derived from
the run seed and the episode's index, so the trajectories of a batch do not depend on how
it is split between workers or machines.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np

from agentgym.features import Featurizer, SparseBatch
from agentgym.policies.base import Policy
from agentgym.scenario import FinalAnswer, Observation, Scenario, Task, ToolCall, Trajectory
from agentgym.seeds import derive_seed

__all__ = ["derive_seed"]  # re-exported: plugins and tests import it from here

FINISH = "finish"


@dataclass(frozen=True)
class EpisodeSpec:
    """One episode to run: the task, the backend seed and the action-sampling seed."""

    task: Task
    episode_seed: int
    sample_seed: int


@dataclass
class EpisodeRecord:
    """A graded episode plus what the learner needs: features, masks, actions, log-probs."""

    trajectory: Trajectory
    features: list[np.ndarray]
    masks: np.ndarray
    actions: np.ndarray
    logps: np.ndarray


class ActionSpace:
    """The scenario's tools plus finish, with the resolver deciding which can be called."""

    def __init__(self, scenario: Scenario) -> None:
        self.scenario = scenario
        self.tool_names = scenario.tool_names
        self.names = (*self.tool_names, FINISH)
        self.finish_index = len(scenario.tool_names)

    def resolve(self, observation: Observation) -> tuple[np.ndarray, list[dict | None]]:
        """The action mask and the arguments each tool would be called with."""
        arguments: list[dict | None] = self.scenario.resolve_all(observation)
        offered = observation.tools
        if offered and offered is not self.tool_names and tuple(offered) != self.tool_names:
            allowed = set(offered)
            arguments = [a if n in allowed else None for n, a in zip(self.tool_names, arguments, strict=True)]
        return np.array([a is not None for a in arguments] + [True]), arguments

    def action(self, index: int, arguments: list[dict | None]) -> ToolCall | FinalAnswer:
        if index == self.finish_index:
            return FinalAnswer("Your request has been handled; thank you for contacting support.")
        return ToolCall(self.names[index], arguments[index] or {})


def choose(probs: np.ndarray, mask: np.ndarray, uniforms: np.ndarray | None) -> np.ndarray:
    """Greedy (argmax) when ``uniforms`` is None, else inverse-CDF sampling per row."""
    if uniforms is None:
        return np.where(mask, probs, -1.0).argmax(axis=1)
    cumulative = np.cumsum(probs, axis=1)
    picked = (cumulative < uniforms[:, None]).sum(axis=1)
    picked = np.minimum(picked, probs.shape[1] - 1)
    bad = ~mask[np.arange(len(picked)), picked]
    if bad.any():
        picked[bad] = np.where(mask[bad], probs[bad], -1.0).argmax(axis=1)
    return picked


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Rollouts allocate millions of short-lived objects that reference counting frees;
    the cyclic collector's passes over the long-lived caches (featurizer, resolver) found
    nothing yet took ~10% of a training run. Any cycles left are collected afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@cyclic_gc_paused()
def run_batch(
    scenario: Scenario,
    featurizer: Featurizer,
    policy: Policy,
    specs: Sequence[EpisodeSpec],
    greedy: bool,
) -> list[EpisodeRecord]:
    """Run every episode of ``specs`` to the end, stepping them together."""
    space = ActionSpace(scenario)
    episodes = [scenario.new_episode(spec.task, spec.episode_seed) for spec in specs]
    horizon = scenario.max_steps + 1
    uniforms = [np.random.default_rng(spec.sample_seed).random(horizon) for spec in specs]
    features: list[list[np.ndarray]] = [[] for _ in specs]
    masks: list[list[np.ndarray]] = [[] for _ in specs]
    actions: list[list[int]] = [[] for _ in specs]
    logps: list[list[float]] = [[] for _ in specs]
    active = list(range(len(specs)))
    while active:
        observations = [episodes[i].observe() for i in active]
        rows = [
            featurizer.encode(o, None if greedy else specs[i].sample_seed)
            for i, o in zip(active, observations, strict=True)
        ]
        resolved = [space.resolve(o) for o in observations]
        mask = np.stack([m for m, _ in resolved])
        probs = policy.probabilities(SparseBatch.stack(rows), mask)
        draws = None if greedy else np.array([uniforms[i][len(actions[i])] for i in active])
        chosen = choose(probs, mask, draws)
        taken = np.log(np.maximum(probs[np.arange(len(active)), chosen], 1e-300)).tolist()
        for row, (i, a) in enumerate(zip(active, chosen.tolist(), strict=True)):
            features[i].append(rows[row])
            masks[i].append(mask[row])
            actions[i].append(a)
            logps[i].append(taken[row])
            episodes[i].act(space.action(a, resolved[row][1]))
        active = [i for i in active if not episodes[i].done]
    return [
        EpisodeRecord(
            trajectory=episodes[i].trajectory(),
            features=features[i],
            masks=np.stack(masks[i]),
            actions=np.asarray(actions[i], dtype=np.int64),
            logps=np.asarray(logps[i]),
        )
        for i in range(len(specs))
    ]
