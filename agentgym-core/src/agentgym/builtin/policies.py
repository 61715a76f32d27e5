"""Built-in numpy policies: ``linear`` (softmax) and ``mlp`` (one hidden layer)."""

from __future__ import annotations

from typing import Any

from agentgym.hookspecs import hookimpl


def _linear(**kwargs: Any) -> Any:
    from agentgym.policies.linear import LinearPolicy

    return LinearPolicy(**kwargs)


def _mlp(**kwargs: Any) -> Any:
    from agentgym.policies.mlp import MLPPolicy

    return MLPPolicy(**kwargs)


@hookimpl
def register_policies(register: Any) -> None:
    register("linear", _linear, "softmax over the tools plus finish, linear in hashed features")
    register("mlp", _mlp, "one hidden tanh layer, then a softmax over the tools plus finish")
