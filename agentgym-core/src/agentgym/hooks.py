"""Small typed functions through which core code calls the hooks (never raw ``pm.hook``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from agentgym.plugins import PluginManager, load_plugins
from agentgym.scenario import Scenario, Trajectory


class MetricConflict(ValueError):
    """Two plugins reported a metric of the same name."""


def _manager(manager: PluginManager | None) -> PluginManager:
    return manager or load_plugins()


def scenario_class(name: str, manager: PluginManager | None = None) -> type[Scenario]:
    return _manager(manager).registry.get("scenarios", name).target


def make_scenario(name: str, manager: PluginManager | None = None, **options: Any) -> Scenario:
    """An instance of the named scenario; a bad option is a ValueError with a clear message."""
    import inspect

    from agentgym.scenario import ScenarioError

    cls = scenario_class(name, manager)
    try:
        inspect.signature(cls).bind(**options)
    except TypeError as error:
        raise ScenarioError(f"scenario '{name}' does not accept those options: {error}") from None
    try:
        return cls(**options)
    except ValueError as error:
        raise ScenarioError(f"scenario '{name}': {error}") from None


def adapter(name: str, manager: PluginManager | None = None) -> Any:
    return _manager(manager).registry.get("adapters", name).target()


def factory(kind: str, name: str, manager: PluginManager | None = None) -> Any:
    """The registered factory of an algorithm, policy or executor."""
    return _manager(manager).registry.get(kind, name).target


def broadcast_rewards(
    scenario: Scenario,
    trajectory: Trajectory,
    strategy: str | None,
    discount: float,
    manager: PluginManager | None = None,
) -> list[float]:
    """Per-decision credited returns; the first plugin with an answer decides."""
    result = _manager(manager).pm.hook.broadcast_rewards(
        scenario=scenario, trajectory=trajectory, strategy=strategy, discount=discount
    )
    if result is None:
        raise ValueError(f"no plugin provides the credit strategy '{strategy}'")
    return list(result)


def compute_metrics(
    scenario: Scenario, trajectories: Sequence[Trajectory], manager: PluginManager | None = None
) -> dict[str, Any]:
    """Every plugin's metrics merged; a name given twice is an error naming it."""
    merged: dict[str, Any] = {}
    results = _manager(manager).pm.hook.compute_metrics(scenario=scenario, trajectories=trajectories)
    for result in results:
        for name, value in (result or {}).items():
            if name in merged:
                raise MetricConflict(f"metric '{name}' is reported by two plugins")
            merged[name] = value
    return merged


def on_train_start(run_dir: str, config: Mapping[str, Any], manager: PluginManager | None = None) -> None:
    _manager(manager).pm.hook.on_train_start(run_dir=run_dir, config=config)


def on_update(run_dir: str, metrics: Mapping[str, Any], manager: PluginManager | None = None) -> None:
    _manager(manager).pm.hook.on_update(run_dir=run_dir, metrics=metrics)


def on_train_end(run_dir: str, result: Mapping[str, Any], manager: PluginManager | None = None) -> None:
    _manager(manager).pm.hook.on_train_end(run_dir=run_dir, result=result)
