"""sb3-contrib's MaskablePPO trains on customer_support through gymnasium, reading the mask.

torch and sb3-contrib are dev requirements (``make install`` installs them); the test skips,
saying why, only where they are not installed.
"""

from __future__ import annotations

import gymnasium
import numpy as np
import pytest

import agentgym.env  # noqa: F401 - registers agentgym/<scenario>-v0

pytest.importorskip("torch", reason="torch is not installed (make install installs it)")
pytest.importorskip("sb3_contrib", reason="sb3-contrib is not installed (make install installs it)")


class MaskAudit(gymnasium.Wrapper):
    """Records, for every action taken, whether the scenario's resolver allowed it (asked
    directly, not through the env's mask)."""

    def __init__(self, env: gymnasium.Env) -> None:
        super().__init__(env)
        self.allowed: list[bool] = []
        self.masked_out_offered = 0  # steps where the mask ruled at least one tool out

    def step(self, action: int):  # type: ignore[no-untyped-def]
        inner = self.env.unwrapped
        mask = np.array(inner.actions.resolve(inner.episode.observe())[0])
        self.allowed.append(bool(mask[int(action)]))
        self.masked_out_offered += int(not mask.all())
        return self.env.step(action)


@pytest.mark.slow
def test_maskable_ppo_trains_a_few_hundred_steps_within_the_mask() -> None:
    import torch
    from sb3_contrib import MaskablePPO
    from stable_baselines3.common.vec_env import DummyVecEnv

    torch.set_num_threads(1)
    audits: list[MaskAudit] = []

    def make() -> gymnasium.Env:
        audits.append(MaskAudit(gymnasium.make("agentgym/customer_support-v0")))
        return audits[-1]

    envs = DummyVecEnv([make, make])
    model = MaskablePPO("MlpPolicy", envs, n_steps=128, batch_size=64, n_epochs=2, seed=0, device="cpu",
                        policy_kwargs={"net_arch": [32]})
    before = [p.detach().clone() for p in model.policy.parameters()]
    model.learn(total_timesteps=512)

    assert model.num_timesteps >= 512
    taken = [ok for audit in audits for ok in audit.allowed]
    assert len(taken) >= 512
    assert sum(audit.masked_out_offered for audit in audits) > 0, "the mask never ruled a tool out"
    assert all(taken), f"{taken.count(False)} of {len(taken)} actions were outside the action mask"
    assert any(not torch.equal(a, b) for a, b in zip(before, model.policy.parameters(), strict=True))

    # the trained model plays a whole episode greedily with the mask
    env = gymnasium.make("agentgym/customer_support-v0", split="test")
    observation, info = env.reset(seed=0)
    for _ in range(env.unwrapped.scenario.max_steps + 1):
        action, _ = model.predict(observation, action_masks=info["action_mask"], deterministic=True)
        assert info["action_mask"][int(action)]
        observation, reward, terminated, truncated, info = env.step(int(action))
        assert np.isfinite(reward)
        if terminated or truncated:
            break
    assert terminated or truncated
    env.close()
    envs.close()
