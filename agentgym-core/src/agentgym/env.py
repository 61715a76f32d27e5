"""Any installed scenario as a ``gymnasium.Env``, so any RL library can train on it.

Actions are discrete: one per tool (arguments filled by the scenario's resolver) plus
"finish". Observations are the featurizer's vector made dense (float32). Each step's
reward is the decision's own reward (+10 / -20 per call, a premature answer's penalty);
the outcome reward (success or failure, token and speed bonuses) comes on the last step.
"""

from __future__ import annotations

from typing import Any

import gymnasium as gym
import numpy as np

from agentgym import hooks
from agentgym.features import Featurizer, FeaturizerSettings, SparseBatch
from agentgym.rollout import ActionSpace
from agentgym.scenario import Episode, Scenario


class ScenarioEnv(gym.Env):
    metadata = {"render_modes": ["ansi"]}

    def __init__(self, scenario: Scenario, split: str = "train", hash_dim: int = 4096,
                 render_mode: str | None = None) -> None:
        self.scenario = scenario
        self.split = split
        self.tasks = scenario.tasks(split)
        self.featurizer = Featurizer.for_scenario(scenario, FeaturizerSettings(hash_dim=hash_dim))
        self.actions = ActionSpace(scenario)
        self.action_space = gym.spaces.Discrete(len(self.actions.names))
        self.observation_space = gym.spaces.Box(0.0, 10.0, (self.featurizer.n_features,), np.float32)
        self.render_mode = render_mode
        self.episode: Episode | None = None

    def _observe(self) -> tuple[np.ndarray, dict[str, Any]]:
        assert self.episode is not None
        observation = self.episode.observe()
        row = self.featurizer.encode(observation)
        vector = SparseBatch.stack([row]).dense(self.featurizer.n_features)[0]
        mask, self._arguments = self.actions.resolve(observation)
        info = {"action_mask": np.array(mask), "task_id": self.episode.task.id, "kind": self.episode.task.kind}
        return np.clip(vector, 0.0, 10.0), info

    def reset(self, *, seed: int | None = None, options: dict[str, Any] | None = None) -> tuple[np.ndarray, dict[str, Any]]:
        super().reset(seed=seed)
        options = options or {}
        index = options.get("task_index")
        if index is None:
            index = int(self.np_random.integers(len(self.tasks)))
        episode_seed = int(self.np_random.integers(2**31))
        self.episode = self.scenario.new_episode(self.tasks[int(index)], episode_seed)
        return self._observe()

    def step(self, action: int) -> tuple[np.ndarray, float, bool, bool, dict[str, Any]]:
        if self.episode is None or self.episode.done:
            raise RuntimeError("call reset() before step()")
        episode = self.episode
        before = len(episode.steps)
        episode.act(self.actions.action(int(action), self._arguments, episode.observe()))
        if len(episode.steps) > before:
            reward = episode.steps[-1].reward
        else:
            reward = 0.0
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


def make_env(name: str, split: str = "train", hash_dim: int = 4096, **options: Any) -> ScenarioEnv:
    """A gymnasium Env for the installed scenario ``name`` (options go to the scenario)."""
    return ScenarioEnv(hooks.make_scenario(name, **options), split=split, hash_dim=hash_dim)
