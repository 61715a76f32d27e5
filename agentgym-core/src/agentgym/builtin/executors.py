"""Built-in rollout executors: ``local``, ``process`` (a process pool) and ``ray``."""

from __future__ import annotations

from typing import Any

from agentgym.builtin import lazy
from agentgym.hookspecs import hookimpl


@hookimpl
def register_executors(register: Any) -> None:
    register("local", lazy("agentgym.executors.local:LocalExecutor"),
             "collect episodes in this process, a batch in lockstep")
    register("process", lazy("agentgym.executors.process:ProcessExecutor"),
             "collect episodes on a multiprocessing pool on this machine")
    register("ray", lazy("agentgym.executors.ray:RayExecutor"),
             "collect episodes on Ray actors (local or a cluster); agentgym[ray]")
