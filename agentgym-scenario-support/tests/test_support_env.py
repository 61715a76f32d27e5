"""customer_support as a gymnasium.Env through agentgym.make_env."""

from __future__ import annotations

import importlib.util
import math

import numpy as np
import pytest

import agentgym

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("agentgym.env") is None, reason="agentgym.env (make_env) is not written yet"
)


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
