"""Greedy episodes remembered as decision trees, so a validation replays what it already saw.

A greedy episode is a deterministic function of its spec and of the actions taken: the
backend and its faults are seeded by the spec, and observing, featurizing and resolving
arguments have no side effects. Validation runs the same specs every few updates, and a
policy that has started to settle mostly repeats its last decisions. For those steps the
feature row, mask and arguments are read from the tree, and an episode that ends where it
ended before reuses its graded trajectory. Only where the policy now decides differently
is the episode rebuilt (its earlier actions replayed on a fresh backend) and played live
from there, so the records are exactly those of playing every step live.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from agentgym.episode import Episode
    from agentgym.features import Row
    from agentgym.records import Task, Trajectory
    from agentgym.rollout import ActionSpace, EpisodeSpec
    from agentgym.scenario import Scenario

NODE_LIMIT = 50_000  # ~2 KB each; past this the memo starts again from nothing


class Node:
    """One observation of an episode: its features, mask and arguments, and what followed
    each action taken there (the next observation, or the trajectory the episode ended with)."""

    __slots__ = ("row", "resolved", "children")

    def __init__(self, row: Row, resolved: tuple[Any, list[dict | None]]) -> None:
        self.row = row
        self.resolved = resolved
        self.children: dict[int, Node | Trajectory] = {}


Path = list[tuple[Node, int]]  # the nodes an episode went through and the action taken at each


class GreedyMemo:
    """The decision trees of the greedy episodes one rollout worker has played."""

    def __init__(self, node_limit: int = NODE_LIMIT) -> None:
        self.node_limit = node_limit
        self.roots: dict[tuple[str, int], tuple[Task, Node]] = {}  # (task id, seed) -> task, first node
        self.nodes = 0

    def first_nodes(self, specs: Sequence[EpisodeSpec]) -> list[Node | None]:
        """Each spec's first observation if it was played before (same task, same seed)."""
        if self.nodes > self.node_limit:
            self.roots.clear()
            self.nodes = 0
        found: list[Node | None] = []
        for spec in specs:
            entry = self.roots.get((spec.task.id, spec.episode_seed))
            found.append(entry[1] if entry is not None and entry[0] == spec.task else None)
        return found

    def record(self, spec: EpisodeSpec, path: Path, row: Row, resolved: tuple[Any, list[dict | None]]) -> Node:
        """A new observation, reached from the end of ``path`` (or the episode's first)."""
        node = Node(row, resolved)
        if path:
            parent, action = path[-1]
            parent.children[action] = node
        else:
            self.roots[(spec.task.id, spec.episode_seed)] = (spec.task, node)
        self.nodes += 1
        return node

    @staticmethod
    def replay(scenario: Scenario, space: ActionSpace, spec: EpisodeSpec, path: Path) -> Episode:
        """A live episode in the state at the end of ``path``: a fresh backend, the same actions."""
        episode = scenario.new_episode(spec.task, spec.episode_seed)
        for node, action in path:
            episode.act(space.action(action, node.resolved[1], episode.observe()))
        return episode
