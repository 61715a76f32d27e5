"""Any installed scenario as a ``gymnasium.Env``, so any RL library can train on it.

Actions are discrete: one per tool (arguments filled by the scenario's resolver) plus
"finish". ``info["action_mask"]`` and ``action_masks()`` say which tools can be called now
(sb3-contrib's ``MaskablePPO`` reads the method). Each step's reward is the decision's own
reward (+10 / -20 per call, a premature answer's penalty); the outcome reward (success or
failure, token and speed bonuses) comes on the last step. With a discount near 1 a
library's learner finds answering at once better than exploring (a wrong call costs twice
what a right one earns): sb3-contrib's MaskablePPO learns with ``gamma=0`` (README).

Observations are the sparse features the trainer computes (one encoder per episode, so
the ticket is hashed once and the history summary advances by the new events), written
into a fresh zeroed float32 vector: a step costs the featurizer's sparse row plus zeroing
``n_features`` floats, not a dense featurizer. A library that can use sparse
input directly can ask for ``observation="sparse"``: the observation is then a ``Dict`` of
``indices`` and ``values`` padded to a fixed length (padding: index 0, value 0).

Importing this module registers every installed scenario with gymnasium as
``agentgym/<name>-v0``, so after ``import agentgym.env``::

    gymnasium.make("agentgym/customer_support-v0", split="test")
    gymnasium.make_vec("agentgym/customer_support-v0", num_envs=8, vectorization_mode="async")

and, with no import first, ``gymnasium.make("agentgym.env:agentgym/customer_support-v0")``.
Keyword arguments go to ``make_env`` (``split``, ``hash_dim``, the scenario's options).

``featurizer`` picks the features: a registered featurizer's name (``"hashed"`` by
default; its own settings in ``featurizer_options``), or the ``featurizer`` entry of a run's
manifest, which rebuilds exactly the featurizer that run was trained with (and refuses one
that no longer gives the same features)::

    manifest = json.loads(Path(run_dir, "model", "manifest.json").read_text())
    env = agentgym.make_env("customer_support", featurizer=manifest["featurizer"])
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import gymnasium as gym
import numpy as np

from agentgym import featurizers, hooks
from agentgym.features import Featurizer
from agentgym.rollout import ActionSpace
from agentgym.scenario import Episode, Scenario

NAMESPACE = "agentgym"
OBSERVATIONS = ("dense", "sparse")
HIGH = 10.0  # observation bound (hashed blocks are unit norm, history features 1.0): clipped to it
SPARSE_LENGTH = 512  # entries in a sparse observation; a longer row is an error, not cut


class ScenarioEnv(gym.Env):
    metadata = {"render_modes": ["ansi"]}

    def __init__(self, scenario: Scenario, split: str = "train", hash_dim: int | None = None,
                 render_mode: str | None = None, observation: str = "dense",
                 sparse_length: int = SPARSE_LENGTH, featurizer: str | Mapping[str, Any] = featurizers.HASHED,
                 featurizer_options: Mapping[str, Any] | None = None) -> None:
        if observation not in OBSERVATIONS:
            raise ValueError(f"observation must be one of {OBSERVATIONS}, not {observation!r}")
        if render_mode is not None and render_mode not in self.metadata["render_modes"]:
            raise ValueError(f"render_mode must be one of {self.metadata['render_modes']} or None")
        self.scenario = scenario
        self.split = split
        self.tasks = scenario.tasks(split)
        self.featurizer = env_featurizer(scenario, featurizer, featurizer_options, hash_dim)
        self.actions = ActionSpace(scenario)
        self.action_space = gym.spaces.Discrete(len(self.actions.names))
        n = self.featurizer.n_features
        # whether a summed entry can pass the bound: hashed rows never can, and checking
        # every row for it was ~7 % of an env step (median of 30 rounds, old and new
        # stepped in one process)
        self._clip = self.featurizer.entry_bound() > HIGH
        self.observation = observation
        self.sparse_length = sparse_length
        if observation == "dense":
            self.observation_space = gym.spaces.Box(0.0, HIGH, (n,), np.float32)
        else:
            self.observation_space = gym.spaces.Dict({
                "indices": gym.spaces.Box(0, n - 1, (sparse_length,), np.int64),
                "values": gym.spaces.Box(0.0, HIGH, (sparse_length,), np.float32),
            })
        self.render_mode = render_mode
        self.episode: Episode | None = None
        self._encoder: Any = None
        self._mask = np.ones(len(self.actions.names), dtype=bool)
        self._arguments: list[dict | None] = []
        self._observation: Any = None  # the episode's last observation (what the next action answers)

    def action_masks(self) -> np.ndarray:
        """Which actions can be taken now (the tools the resolver can fill, and finish)."""
        return self._mask

    def _features(self, indices: np.ndarray, values: np.ndarray) -> Any:
        if self.observation == "dense":
            # the sparse row summed into a fresh vector (gymnasium asks for new data every
            # step: users keep observations). Entries that share an index are summed (hashed
            # blocks can collide); bincount sums in float64, then one cast: in the env's loop
            # 7 us a step against 14 for np.add.at into zeros (bench/bench_env.py)
            dense = np.empty(self.featurizer.n_features, dtype=np.float32)
            np.copyto(dense, np.bincount(indices, values, self.featurizer.n_features), casting="same_kind")
            if self._clip and dense.max() > HIGH:  # no pass for the hashed rows, which stay under HIGH
                np.minimum(dense, HIGH, out=dense)
            return dense
        if len(indices) > self.sparse_length:
            raise ValueError(f"an observation has {len(indices)} features, more than sparse_length="
                             f"{self.sparse_length}; make the env with a larger sparse_length")
        padded_indices = np.zeros(self.sparse_length, dtype=np.int64)
        padded_values = np.zeros(self.sparse_length, dtype=np.float32)
        padded_indices[: len(indices)] = indices
        padded_values[: len(values)] = np.minimum(values, HIGH)
        return {"indices": padded_indices, "values": padded_values}

    def _observe(self) -> tuple[Any, dict[str, Any]]:
        assert self.episode is not None
        observation = self._observation = self.episode.observe()
        indices, values = self._encoder.sparse(observation)  # the per-action features are the policy's own
        mask, self._arguments = self.actions.resolve(observation)
        self._mask = np.array(mask)
        info = {"action_mask": self._mask, "task_id": self.episode.task.id, "kind": self.episode.task.kind}
        return self._features(indices, values), info

    def reset(self, *, seed: int | None = None, options: dict[str, Any] | None = None) -> tuple[Any, dict[str, Any]]:
        super().reset(seed=seed)
        options = options or {}
        index = options.get("task_index")
        if index is None:
            index = int(self.np_random.integers(len(self.tasks)))
        episode_seed = int(self.np_random.integers(2**31))
        self.episode = self.scenario.new_episode(self.tasks[int(index)], episode_seed)
        # one encoder an episode: the ticket is hashed once, the history read incrementally
        self._encoder = self.featurizer.episodes([self.episode.observe().ticket], [None])[0]
        return self._observe()

    def step(self, action: int) -> tuple[Any, float, bool, bool, dict[str, Any]]:
        if self.episode is None or self.episode.done:
            raise RuntimeError("call reset() before step()")
        index = int(action)
        if not 0 <= index < len(self._mask):
            raise ValueError(f"action {action} is outside the action space (0 to {len(self._mask) - 1})")
        episode = self.episode
        before = len(episode.steps)
        episode.act(self.actions.action(index, self._arguments, self._observation))
        reward = episode.steps[-1].reward if len(episode.steps) > before else 0.0
        terminated = episode.final_answer is not None
        truncated = episode.truncated and not terminated
        observation, info = self._observe()
        if terminated or truncated:
            trajectory = episode.trajectory()
            reward += trajectory.answer_reward + trajectory.outcome_reward
            info.update(success=trajectory.success, tokens=trajectory.tokens, seconds=trajectory.seconds)
        return observation, float(reward), terminated, truncated, info

    def render(self) -> str | None:
        if self.episode is None:
            return None
        lines = [self.episode.task.ticket] + [f"{s.tool}({dict(s.arguments)}) -> {s.result}" for s in self.episode.steps]
        return "\n".join(lines)


def env_featurizer(scenario: Scenario, featurizer: str | Mapping[str, Any],
                   options: Mapping[str, Any] | None, hash_dim: int | None) -> Featurizer:
    """The env's featurizer: by name (``hash_dim`` and ``options`` its settings), or rebuilt
    from a manifest's record (then neither may be given: the record holds every setting)."""
    if isinstance(featurizer, Mapping):
        if options or hash_dim is not None:
            raise ValueError("featurizer_options and hash_dim cannot change a recorded featurizer; "
                             "pass the manifest's featurizer entry alone")
        return featurizers.rebuild(scenario, featurizer, "the featurizer entry given")
    if not isinstance(featurizer, str):
        raise ValueError(f"featurizer must be a name or a manifest's featurizer entry, not {featurizer!r}")
    settings = dict(options or {})
    if hash_dim is not None:
        settings["hash_dim"] = hash_dim
    return featurizers.build(scenario, featurizers.FeaturizerSpec(featurizer, settings))


def make_env(name: str, split: str = "train", hash_dim: int | None = None, render_mode: str | None = None,
             observation: str = "dense", sparse_length: int = SPARSE_LENGTH,
             featurizer: str | Mapping[str, Any] = featurizers.HASHED,
             featurizer_options: Mapping[str, Any] | None = None, **options: Any) -> ScenarioEnv:
    """A gymnasium Env for the installed scenario ``name`` (other options go to the scenario)."""
    return ScenarioEnv(hooks.make_scenario(name, **options), split=split, hash_dim=hash_dim,
                       render_mode=render_mode, observation=observation, sparse_length=sparse_length,
                       featurizer=featurizer, featurizer_options=featurizer_options)


def env_id(name: str) -> str:
    """The gymnasium id of a scenario: ``agentgym/<name>-v0``."""
    return f"{NAMESPACE}/{name}-v0"


def register_envs() -> list[str]:
    """Register every installed scenario with gymnasium (again after installing one); its ids.

    The entry point is a string, so a vector env's worker processes import this module
    (and so register) on their own.
    """
    from agentgym.plugins import load_plugins

    ids = []
    for name in load_plugins().registry.names("scenarios"):
        ids.append(env_id(name))
        if ids[-1] not in gym.registry:
            gym.register(id=ids[-1], entry_point="agentgym.env:make_env", kwargs={"name": name})
    return ids


register_envs()
