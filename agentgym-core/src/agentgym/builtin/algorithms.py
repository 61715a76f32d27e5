"""Built-in on-policy algorithms: ``reinforce`` and ``ppo`` (numpy, Adam)."""

from __future__ import annotations

from typing import Any

from agentgym.hookspecs import hookimpl


def _reinforce(**kwargs: Any) -> Any:
    from agentgym.algorithms.reinforce import Reinforce

    return Reinforce(**kwargs)


def _ppo(**kwargs: Any) -> Any:
    from agentgym.algorithms.ppo import PPO

    return PPO(**kwargs)


@hookimpl
def register_algorithms(register: Any) -> None:
    register("reinforce", _reinforce, "REINFORCE with a baseline and an entropy bonus")
    register("ppo", _ppo, "PPO: clipped objective, value baseline, epochs over minibatches")
