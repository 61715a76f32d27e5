"""customer_support as a gymnasium.Env through agentgym.make_env."""

from __future__ import annotations

import math
import subprocess
import sys

import gymnasium
import numpy as np
import pytest

import agentgym
from agentgym.env import env_id
from agentgym.features import SparseBatch


def test_check_env_passes() -> None:
    from gymnasium.utils.env_checker import check_env

    env = agentgym.make_env("customer_support")
    try:
        check_env(env, skip_render_check=True)
    finally:
        env.close()


def test_options_reach_the_scenario() -> None:
    env = agentgym.make_env("customer_support", failure_rate=0.0, tool_latency_ms=0)
    try:
        env.reset(seed=0)
    finally:
        env.close()


def test_random_actions_run_episodes_to_the_end() -> None:
    env = agentgym.make_env("customer_support")
    try:
        env.action_space.seed(0)
        for episode in range(20):
            observation, info = env.reset(seed=episode)
            assert env.observation_space.contains(observation)
            for _ in range(50):  # at most max_steps tool calls plus the finish
                observation, reward, terminated, truncated, info = env.step(env.action_space.sample())
                assert env.observation_space.contains(observation)
                assert math.isfinite(float(reward))
                if terminated or truncated:
                    break
            else:
                pytest.fail("an episode did not end within 50 steps")
    finally:
        env.close()


def test_reset_is_deterministic_per_seed() -> None:
    first, second = agentgym.make_env("customer_support"), agentgym.make_env("customer_support")
    try:
        for seed in (0, 1, 42):
            a, _ = first.reset(seed=seed)
            b, _ = second.reset(seed=seed)
            np.testing.assert_array_equal(a, b)
            for action in (0, 1, 2):
                step_a, step_b = first.step(action), second.step(action)
                np.testing.assert_array_equal(step_a[0], step_b[0])
                assert step_a[1:4] == step_b[1:4]
                if step_a[2] or step_a[3]:
                    break
    finally:
        first.close()
        second.close()


def test_the_expert_succeeds_through_the_env() -> None:
    """Every expert action is allowed by the mask and, with resolver arguments, solves the task."""
    env = agentgym.make_env("customer_support", split="test")
    try:
        inner = env.unwrapped
        names = [*inner.scenario.tool_names, "finish"]
        for index in range(0, len(inner.tasks), 25):
            _, info = env.reset(seed=index, options={"task_index": index})
            for _ in range(inner.scenario.max_steps + 1):
                episode = inner.episode
                expected = inner.scenario.gold_action(episode.task, episode.observe())
                action = names.index(getattr(expected, "name", "finish"))
                assert info["action_mask"][action]
                _, reward, terminated, truncated, info = env.step(action)
                if terminated or truncated:
                    break
            assert terminated and info["success"], inner.tasks[index].id
    finally:
        env.close()


def reference_observation(env: gymnasium.Env) -> np.ndarray:
    """The current observation built the slow, obvious way: the featurizer's row for this
    observation alone, made dense by SparseBatch (entries sharing an index summed), clipped."""
    inner = env.unwrapped
    row = inner.featurizer.encode(inner.episode.observe())
    dense = SparseBatch.stack([row]).dense(inner.featurizer.n_features)[0]
    return np.clip(dense, 0.0, 10.0)


def test_observations_are_the_featurizer_rows_step_after_step() -> None:
    """The reused buffer holds exactly this step's features: nothing left from the last step or
    the last episode, and entries two hashed blocks share are summed, not overwritten."""
    env = agentgym.make_env("customer_support")
    env.action_space.seed(3)
    collided = 0
    bound = env.unwrapped.featurizer.entry_bound()
    assert bound < 10.0  # so the env skips the clip pass for hashed rows
    try:
        observation, _ = env.reset(seed=3)
        for _ in range(600):
            np.testing.assert_allclose(observation, reference_observation(env), rtol=1e-6, atol=0)
            assert observation.max() <= bound  # the bound the env relies on holds
            indices = env.unwrapped.featurizer.encode(env.unwrapped.episode.observe())[0]
            collided += len(indices) != len(np.unique(indices))
            observation, _, terminated, truncated, _ = env.step(env.action_space.sample())
            if terminated or truncated:
                observation, _ = env.reset()
    finally:
        env.close()
    assert collided > 0, "no row had two entries on one index, so summing was not exercised"


def test_an_observation_is_not_overwritten_by_the_next_step() -> None:
    env = agentgym.make_env("customer_support")
    try:
        first, _ = env.reset(seed=0)
        kept = first.copy()
        second, *_ = env.step(0)
        np.testing.assert_array_equal(first, kept)
        assert not np.array_equal(first, second)
    finally:
        env.close()


def test_action_masks_is_the_info_mask() -> None:
    env = agentgym.make_env("customer_support")
    try:
        _, info = env.reset(seed=1)
        for action in (0, 1):
            np.testing.assert_array_equal(env.action_masks(), info["action_mask"])
            assert env.action_masks()[-1], "finish is always allowed"
            _, _, terminated, truncated, info = env.step(action)
            if terminated or truncated:
                break
    finally:
        env.close()


def test_every_installed_scenario_is_registered_with_gymnasium() -> None:
    from agentgym.plugins import load_plugins

    for name in load_plugins().registry.names("scenarios"):
        assert env_id(name) in gymnasium.registry
    assert env_id("customer_support") == "agentgym/customer_support-v0"


def test_gymnasium_make_builds_the_env_and_passes_check_env() -> None:
    from gymnasium.utils.env_checker import check_env

    env = gymnasium.make("agentgym/customer_support-v0", split="test", failure_rate=0.0)
    try:
        assert env.unwrapped.split == "test"
        assert env.unwrapped.scenario.options.get("failure_rate") == 0.0
        check_env(env.unwrapped, skip_render_check=True)
        observation, info = env.reset(seed=0)
        assert env.observation_space.contains(observation)
        assert info["action_mask"].dtype == bool
    finally:
        env.close()


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_make_vec_steps_every_copy(mode: str) -> None:
    envs = gymnasium.make_vec("agentgym/customer_support-v0", num_envs=2, vectorization_mode=mode)
    try:
        observations, infos = envs.reset(seed=0)
        assert observations.shape == (2, envs.single_observation_space.shape[0])
        ended = 0
        for _ in range(40):
            actions = np.array([len(mask) - 1 if i % 2 else 0 for i, mask in enumerate(infos["action_mask"])])
            observations, rewards, terminated, truncated, infos = envs.step(actions)
            assert np.isfinite(rewards).all()
            ended += int(np.sum(terminated | truncated))
        assert ended > 0, "finishing every step must end episodes"
    finally:
        envs.close()


def test_gymnasium_make_needs_no_import_with_the_module_prefix() -> None:
    """A fresh interpreter: gymnasium imports agentgym.env itself, which registers the ids."""
    code = ("import gymnasium\n"
            "env = gymnasium.make('agentgym.env:agentgym/customer_support-v0')\n"
            "observation, _ = env.reset(seed=0)\n"
            "print(observation.shape[0] == env.unwrapped.featurizer.n_features)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True"


def test_sparse_observations_hold_the_same_features() -> None:
    from gymnasium.utils.env_checker import check_env

    dense = agentgym.make_env("customer_support")
    sparse = agentgym.make_env("customer_support", observation="sparse")
    try:
        check_env(sparse, skip_render_check=True)
        a, _ = dense.reset(seed=5)
        b, _ = sparse.reset(seed=5)
        for action in (0, 3, dense.action_space.n - 1):
            assert sparse.observation_space.contains(b)
            rebuilt = np.zeros_like(a)
            np.add.at(rebuilt, b["indices"], b["values"])
            np.testing.assert_allclose(rebuilt, a, rtol=1e-6)
            a, _, terminated, _, _ = dense.step(action)
            b, *_ = sparse.step(action)
            if terminated:
                break
    finally:
        dense.close()
        sparse.close()


def test_bad_env_options_are_clear_errors() -> None:
    with pytest.raises(ValueError, match="observation must be one of"):
        agentgym.make_env("customer_support", observation="pixels")
    with pytest.raises(ValueError, match="render_mode"):
        agentgym.make_env("customer_support", render_mode="human")
    env = agentgym.make_env("customer_support", observation="sparse", sparse_length=4)
    with pytest.raises(ValueError, match="sparse_length"):
        env.reset(seed=0)
    env = agentgym.make_env("customer_support")
    env.reset(seed=0)
    with pytest.raises(ValueError, match="outside the action space"):
        env.step(env.action_space.n)
