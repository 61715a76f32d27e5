"""Built-in numpy policies: ``linear`` (softmax) and ``mlp`` (one hidden layer)."""

from __future__ import annotations

from typing import Any

from agentgym.builtin import lazy
from agentgym.hookspecs import hookimpl


@hookimpl
def register_policies(register: Any) -> None:
    register("linear", lazy("agentgym.policies.linear:LinearPolicy"),
             "softmax over the tools plus finish, linear in hashed features")
    register("mlp", lazy("agentgym.policies.mlp:MLPPolicy"),
             "one hidden tanh layer, then a softmax over the tools plus finish")
