"""Built-in on-policy algorithms: ``reinforce`` and ``ppo`` (numpy, Adam)."""

from __future__ import annotations

from typing import Any

from agentgym.builtin import lazy
from agentgym.hookspecs import hookimpl


@hookimpl
def register_algorithms(register: Any) -> None:
    register("reinforce", lazy("agentgym.algorithms.reinforce:Reinforce"),
             "REINFORCE with a baseline and an entropy bonus")
    register("ppo", lazy("agentgym.algorithms.ppo:PPO"),
             "PPO: clipped objective, value baseline, epochs over minibatches")
