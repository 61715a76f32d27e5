"""Built-in rollout executors: ``local``, ``process`` (a process pool) and ``ray``."""

from __future__ import annotations

from typing import Any

from agentgym.hookspecs import hookimpl


def _local(**kwargs: Any) -> Any:
    from agentgym.executors.local import LocalExecutor

    return LocalExecutor(**kwargs)


def _process(**kwargs: Any) -> Any:
    from agentgym.executors.process import ProcessExecutor

    return ProcessExecutor(**kwargs)


def _ray(**kwargs: Any) -> Any:
    from agentgym.executors.ray import RayExecutor

    return RayExecutor(**kwargs)


@hookimpl
def register_executors(register: Any) -> None:
    register("local", _local, "collect episodes in this process, a batch in lockstep")
    register("process", _process, "collect episodes on a multiprocessing pool on this machine")
    register("ray", _ray, "collect episodes on Ray actors (local or a cluster); agentgym[ray]")
