"""Collecting episodes: a batch stepped in lockstep, one featurize and one forward per step.

Every episode carries its own seeds (backend and faults, action sampling), derived from
the run seed and the episode's index, so the trajectories of a batch do not depend on how
it is split between workers or machines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from agentgym.abstention import Choice, safe_action
from agentgym.features import EpisodeEncoder, Featurizer, Row, SparseBatch
from agentgym.heap import cyclic_gc_paused
from agentgym.memo import GreedyMemo, Node, Path
from agentgym.policies.base import Policy, masked_softmax
from agentgym.scenario import FinalAnswer, Observation, Scenario, Task, ToolCall, Trajectory
from agentgym.seeds import derive_seed

if TYPE_CHECKING:
    from agentgym.episode import Episode

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
    logits: np.ndarray | None = None  # per decision, when the policy's are exact per row
    experts: np.ndarray | None = None  # per decision, the expert's action index (-1: not one the policy may take)


class ActionSpace:
    """The scenario's tools plus finish, with the resolver deciding which can be called."""

    def __init__(self, scenario: Scenario) -> None:
        self.scenario = scenario
        self.tool_names = scenario.tool_names
        self.names = (*self.tool_names, FINISH)
        self.finish_index = len(scenario.tool_names)
        # per action: whether it can change the backend (finish cannot)
        self.changes_state = np.array([bool(getattr(spec, "changes_state", True)) for spec in scenario.tools()]
                                      + [False])

    def resolve(self, observation: Observation, resolved: list[dict | None] | None = None,
                ) -> tuple[list[bool], list[dict | None]]:
        """The action mask (a list: a batch's masks become one array) and the arguments each
        tool would be called with (``resolved``: the scenario's ``resolve_all`` of
        ``observation`` when the caller already has it)."""
        arguments: list[dict | None] = self.scenario.resolve_all(observation) if resolved is None else resolved
        offered = observation.tools
        if offered and offered is not self.tool_names and tuple(offered) != self.tool_names:
            allowed = set(offered)
            arguments = [a if n in allowed else None for n, a in zip(self.tool_names, arguments, strict=True)]
        return [a is not None for a in arguments] + [True], arguments

    def expert_indices(self, actions: Sequence[ToolCall | FinalAnswer], masks: np.ndarray) -> np.ndarray:
        """The index of each expert action, or -1 where the policy could not take it (masked)."""
        index = {name: i for i, name in enumerate(self.names)}
        found = np.array([self.finish_index if isinstance(a, FinalAnswer) else index.get(a.name, -1) for a in actions],
                         dtype=np.int64)
        if len(found):
            allowed = masks[np.arange(len(found)), np.maximum(found, 0)]
            found[(found < 0) | ~allowed] = -1
        return found

    def action(self, index: int, arguments: list[dict | None], observation: Observation) -> ToolCall | FinalAnswer:
        """Action ``index`` with its resolved arguments; finishing answers in the scenario's words."""
        if index == self.finish_index:
            return FinalAnswer(self.scenario.final_answer(observation))
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


@dataclass
class BatchStart:
    """Sampled episodes up to their first decision: made, observed, featurized and resolved.

    None of it depends on the weights, so a rollout worker can make its next chunk's start
    while the learner is still updating, and then only the decisions are left to play.
    A start is used once: its episodes are played from it.
    """

    keys: list[tuple[str, int, int]]  # each spec's (task id, backend seed, sampling seed)
    episodes: list[Episode]
    encoders: list[EpisodeEncoder]
    uniforms: list[np.ndarray]  # each episode's action-sampling draws, one per decision
    rows: list[Row]  # the first observation's features
    resolved: list[tuple[list[bool], list[dict | None]]]  # its action mask and arguments

    @staticmethod
    def key(specs: Sequence[EpisodeSpec]) -> list[tuple[str, int, int]]:
        return [(spec.task.id, spec.episode_seed, spec.sample_seed) for spec in specs]

    def matches(self, specs: Sequence[EpisodeSpec]) -> bool:
        return self.keys == self.key(specs)


def start_batch(scenario: Scenario, featurizer: Featurizer, specs: Sequence[EpisodeSpec]) -> BatchStart:
    """The start of a batch of sampled episodes (word dropout on, seeded by each spec)."""
    space = ActionSpace(scenario)
    episodes = [scenario.new_episode(spec.task, spec.episode_seed) for spec in specs]
    observations = [episode.observe() for episode in episodes]
    encoders = featurizer.episodes([o.ticket for o in observations], [spec.sample_seed for spec in specs])
    arguments_of = [scenario.resolve_all(o) for o in observations]  # resolved once: mask and features
    horizon = scenario.max_steps + 1
    return BatchStart(
        keys=BatchStart.key(specs),
        episodes=episodes,
        encoders=encoders,
        uniforms=[np.random.default_rng(spec.sample_seed).random(horizon) for spec in specs],
        rows=[encoder.encode(o, arguments)
              for encoder, o, arguments in zip(encoders, observations, arguments_of, strict=True)],
        resolved=[space.resolve(o, arguments) for o, arguments in zip(observations, arguments_of, strict=True)],
    )


class HeadStart:
    """The start of a process's next training chunk, made ahead and kept until it is asked for."""

    def __init__(self) -> None:
        self.start: BatchStart | None = None

    def make(self, scenario: Scenario, featurizer: Featurizer, specs: Sequence[EpisodeSpec]) -> None:
        try:
            self.start = start_batch(scenario, featurizer, specs) if specs else None
        except Exception:  # noqa: BLE001 - the chunk itself will meet it again, and report it
            self.start = None

    def take(self, specs: Sequence[EpisodeSpec]) -> BatchStart | None:
        """The start made for ``specs`` (used once), or None; any other is dropped."""
        start, self.start = self.start, None
        return start if start is not None and start.matches(specs) else None


@cyclic_gc_paused()
def run_batch(
    scenario: Scenario,
    featurizer: Featurizer,
    policy: Policy,
    specs: Sequence[EpisodeSpec],
    greedy: bool,
    memo: GreedyMemo | None = None,
    start: BatchStart | None = None,
    abstain_below: float = 0.0,
) -> list[EpisodeRecord]:
    """Run every episode of ``specs`` to the end, stepping them together.

    With a ``memo`` (greedy batches only), steps the memo already holds are read from it
    instead of played: the records are the same, at a fraction of the cost. A sampled
    batch is played from ``start`` when one was made for these specs (else from a fresh one).
    ``abstain_below`` (greedy batches only; the memo is then not used) applies the hand-off
    rule of ``agentgym.abstention``: a state-changing choice less probable than it is not
    taken, and the episode ends with the scenario's abstention answer (recorded as finish).
    """
    space = ActionSpace(scenario)
    n = len(specs)
    if abstain_below > 0.0:
        if not greedy:
            raise ValueError("abstention applies to greedy (evaluation) episodes only")
        memo = None  # the memo's paths hold the policy's own choices
    episodes: list[Episode | None]
    encoders: list[EpisodeEncoder | None]
    if not greedy:
        memo = None
        if start is None:
            start = start_batch(scenario, featurizer, specs)
        elif not start.matches(specs):
            raise ValueError("a batch start made for other episodes")
        at: list[Node | None] = [None] * n
        episodes, encoders, uniforms = list(start.episodes), list(start.encoders), start.uniforms
    else:
        at = memo.first_nodes(specs) if memo is not None else [None] * n
        # None while an episode follows the memo; a live episode otherwise
        episodes = [
            scenario.new_episode(spec.task, spec.episode_seed) if node is None else None
            for spec, node in zip(specs, at, strict=True)
        ]
        uniforms = []
        # every live episode's encoder made together (a replayed one's once it is played live)
        encoders = [None] * n
        live = [i for i in range(n) if episodes[i] is not None]
        made = featurizer.episodes([episodes[i].observe().ticket for i in live], [None] * len(live))  # type: ignore[union-attr]
        for i, encoder in zip(live, made, strict=True):
            encoders[i] = encoder
    features: list[list[Row]] = [[] for _ in specs]
    masks: list[list[np.ndarray]] = [[] for _ in specs]
    actions: list[list[int]] = [[] for _ in specs]
    logps: list[list[float]] = [[] for _ in specs]
    keep_logits = policy.exact_row_logits  # the update can then skip its own forward pass
    decision_logits: list[list[np.ndarray]] = [[] for _ in specs]
    paths: list[Path] = [[] for _ in specs]
    ends: list[Trajectory | None] = [None] * n  # trajectories of episodes the memo saw end
    active = list(range(n))
    first = None if start is None else (start.rows, start.resolved)
    while active:
        rows: list[Row]
        if first is not None:  # the start's first observations, already featurized and resolved
            (rows, resolved), first = first, None
        else:
            rows, resolved = [], []
            for i in active:
                episode = episodes[i]
                if episode is None:
                    node = at[i]
                    rows.append(node.row)  # type: ignore[union-attr]
                    resolved.append(node.resolved)  # type: ignore[union-attr]
                    continue
                observation = episode.observe()
                encoder = encoders[i]
                if encoder is None:  # a greedy episode the memo replayed up to here
                    encoder = encoders[i] = featurizer.episode(observation.ticket)
                arguments = scenario.resolve_all(observation)  # once, for the features and the mask
                rows.append(encoder.encode(observation, arguments))
                resolved.append(space.resolve(observation, arguments))
                if memo is not None:
                    at[i] = memo.record(specs[i], paths[i], rows[-1], resolved[-1])
        mask = np.array([m for m, _ in resolved])
        if keep_logits:
            logits, _ = policy.forward(SparseBatch.stack(rows))
            probs = masked_softmax(logits, mask)
        else:
            probs = policy.probabilities(SparseBatch.stack(rows), mask)
        draws = None if greedy else np.array([uniforms[i][len(actions[i])] for i in active])
        chosen = choose(probs, mask, draws)
        confidence = probs[np.arange(len(active)), chosen]
        taken = np.log(np.maximum(confidence, 1e-300)).tolist()
        # the hand-off rule (memo off): a state-changing choice too unsure to take ends the episode
        stops = (space.changes_state[chosen] & (confidence < abstain_below)).tolist() if abstain_below > 0.0 else None
        for row, (i, a) in enumerate(zip(active, chosen.tolist(), strict=True)):
            stopped = stops is not None and stops[row]
            features[i].append(rows[row])
            masks[i].append(mask[row])
            if keep_logits:
                decision_logits[i].append(logits[row])
            actions[i].append(space.finish_index if stopped else a)
            logps[i].append(taken[row])
            if memo is not None:
                paths[i].append((at[i], a))  # type: ignore[arg-type]
                if episodes[i] is None:
                    seen = at[i].children.get(a)  # type: ignore[union-attr]
                    if isinstance(seen, Node):
                        at[i] = seen
                        continue
                    if seen is not None:
                        ends[i] = seen
                        continue
                    episodes[i] = memo.replay(scenario, space, specs[i], paths[i][:-1])
            episode = episodes[i]
            observation = episode.observe()  # type: ignore[union-attr]
            if stopped:
                choice = Choice(space.action(a, resolved[row][1], observation), float(confidence[row]), True)
                episode.act(safe_action(scenario, observation, choice, abstain_below))  # type: ignore[union-attr]
            else:
                episode.act(space.action(a, resolved[row][1], observation))  # type: ignore[union-attr]
        active = [i for i in active if ends[i] is None and not (episodes[i] is not None and episodes[i].done)]
    records = []
    for i in range(n):
        trajectory = ends[i]
        if trajectory is None:
            trajectory = episodes[i].trajectory()  # type: ignore[union-attr]
            if memo is not None:
                node, action = paths[i][-1]
                node.children[action] = trajectory
        stacked = np.array(masks[i])  # equal shapes: np.array stacks 2x faster than np.stack
        records.append(
            EpisodeRecord(
                trajectory=trajectory,
                features=features[i],
                masks=stacked,
                actions=np.asarray(actions[i], dtype=np.int64),
                logps=np.asarray(logps[i]),
                logits=np.array(decision_logits[i]) if keep_logits else None,
                # sampled (training) episodes: the expert's action in every state they visited
                experts=None if greedy else space.expert_indices(episodes[i].expert_actions, stacked),  # type: ignore[union-attr]
            )
        )
    return records
