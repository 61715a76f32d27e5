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
    """An instance of the named scenario; an option it does not declare (or of the wrong
    type), or one its constructor refuses, is a ScenarioError with a one-line message."""
    import inspect

    from agentgym.options import check_options
    from agentgym.scenario import ScenarioError

    cls = scenario_class(name, manager)
    try:
        check_options(f"scenario '{name}'", cls.option_types, options)
    except ValueError as error:
        raise ScenarioError(str(error)) from None
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


def observe(hook: str, manager: PluginManager | None = None, **arguments: Any) -> list[tuple[str, Any]]:
    """Call every implementation of an observer hook (``on_*``, ``compute_metrics``) on its own.

    A third-party plugin that raises (``SystemExit`` and its own ``KeyboardInterrupt``
    included) is reported once, marked broken (``plugins list`` shows ``error``) and skipped
    from then on, and the run goes on; strict mode makes it fatal. A built-in that raises is
    AgentGym's bug and propagates. Returns (plugin name, result) of every call that returned.
    """
    from agentgym.plugins import PluginFailed

    manager = _manager(manager)
    results = []
    for impl in reversed(getattr(manager.pm.hook, hook).get_hookimpls()):  # pluggy's order
        kwargs = {name: arguments[name] for name in impl.argnames}
        record = manager.records.get(impl.plugin_name)
        if record is not None and record.builtin:
            results.append((impl.plugin_name, impl.function(**kwargs)))
            continue
        try:
            results.append((impl.plugin_name, manager.call(impl.plugin_name, hook, impl.function, hook=hook,
                                                           **kwargs)))
        except PluginFailed:
            continue
    return results


def runtime_errors(manager: PluginManager | None = None) -> dict[str, str]:
    """Plugins that failed in an observer hook in this process: name -> ``hook: error``."""
    return dict(_manager(manager).runtime_errors)


def compute_metrics(
    scenario: Scenario, trajectories: Sequence[Trajectory], manager: PluginManager | None = None
) -> dict[str, Any]:
    """Every plugin's metrics merged, the built-ins' first. A third-party plugin that raises,
    returns something other than a mapping, or reports a name already given is skipped (see
    ``observe``); two built-ins reporting one name is a MetricConflict."""
    manager = _manager(manager)
    results = observe("compute_metrics", manager, scenario=scenario, trajectories=trajectories)
    builtin_first = sorted(results, key=lambda pair: not manager.records[pair[0]].builtin)  # stable
    merged: dict[str, Any] = {}
    for name, result in builtin_first:
        problem = None
        if result is not None and not isinstance(result, Mapping):
            problem = TypeError(f"compute_metrics returned {type(result).__name__}, not a mapping")
        elif result is not None and set(result) & set(merged):
            problem = MetricConflict(f"metric '{sorted(set(result) & set(merged))[0]}' is reported by two plugins")
        if problem is not None:
            if manager.records[name].builtin:
                raise problem
            manager.fail(name, problem, hook="compute_metrics")
            continue
        merged.update(result or {})
    return merged


def on_train_start(run_dir: str, config: Mapping[str, Any], manager: PluginManager | None = None) -> None:
    observe("on_train_start", manager, run_dir=run_dir, config=config)


def on_update(run_dir: str, metrics: Mapping[str, Any], manager: PluginManager | None = None) -> None:
    observe("on_update", manager, run_dir=run_dir, metrics=metrics)


def on_train_end(run_dir: str, result: Mapping[str, Any], manager: PluginManager | None = None) -> None:
    observe("on_train_end", manager, run_dir=run_dir, result=result)
