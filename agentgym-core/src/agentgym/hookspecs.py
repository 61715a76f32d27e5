"""Every AgentGym hook, typed and documented (pytest style).

Plugins implement these with ``@agentgym.hookspecs.hookimpl``. Registration hooks receive a
``register`` callback: the core validates each entry and records which plugin gave it.
``agentgym/docs/plugin-hooks.md`` (``agentgym docs plugin-hooks``) has one heading per hook with its exact signature.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from agentgym.scenario import Scenario, Trajectory

PROJECT = "agentgym"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def register_scenarios(register: Callable[[type[Scenario]], None]) -> None:
    """Register scenario classes.

    :param register: call ``register(ScenarioSubclass)`` once per scenario. The class's
        attributes (``name``, ``description``, ``difficulty``, ``success_criteria``) are
        validated; a name another plugin already registered is an error naming both.
    """


@hookspec
def register_adapters(register: Callable[[type[Any]], None]) -> None:
    """Register framework adapters.

    :param register: call ``register(FrameworkAdapterSubclass)``; the class's ``name`` is
        what ``agentgym eval --framework NAME`` selects. Import the framework lazily.
    """


@hookspec
def register_algorithms(register: Callable[..., None]) -> None:
    """Register training algorithms.

    :param register: call ``register(name, factory, description="")``; ``factory(**params)``
        returns an object with ``update(policy, batch) -> dict[str, float]`` (see
        ``agentgym.algorithms.base``).
    """


@hookspec
def register_policies(register: Callable[..., None]) -> None:
    """Register learnable policies.

    :param register: call ``register(name, factory, description="")``; ``factory(n_features,
        n_actions, seed, **params)`` returns a ``agentgym.policies.base.Policy``.
    """


@hookspec
def register_executors(register: Callable[..., None]) -> None:
    """Register rollout executors.

    :param register: call ``register(name, factory, description="")``; ``factory(workers,
        **options)`` returns an ``agentgym.executors.base.Executor``.
    """


@hookspec
def register_featurizers(register: Callable[..., None]) -> None:
    """Register featurizers: what turns an observation into the features a policy reads.

    :param register: call ``register(name, factory, description="")``;
        ``factory(scenario, **settings)`` returns an ``agentgym.features.Featurizer`` (a
        subclass of it) for that scenario's tools, built from ``settings`` alone. Its
        ``settings`` attribute (a dataclass) is what a run's manifest records, and
        ``agentgym eval``, the adapters, the env and serve rebuild the featurizer by calling
        ``factory(scenario, **recorded)``. An unknown or invalid setting raises TypeError or
        ValueError. Import heavy packages (an encoder's weights) inside the factory, never
        at module level.
    """


@hookspec
def register_commands(register: Callable[..., None]) -> None:
    """Add commands to the ``agentgym`` CLI without importing them.

    :param register: call ``register(name, target, help="")``: ``name`` is the command
        (lowercase words joined by ``-``, not a built-in command), ``target`` the
        ``"package.module:attribute"`` of a ``typer.Typer`` app or ``click.Command`` that
        runs it, ``help`` the line ``agentgym --help`` shows. The target is imported only
        when the command runs, with the arguments that follow its name.
    """


@hookspec(firstresult=True)
def broadcast_rewards(
    scenario: Scenario, trajectory: Trajectory, strategy: str | None, discount: float
) -> list[float] | None:
    """Credit assignment: turn a finished trajectory into one reward per decision.

    A trajectory of ``n`` tool calls that ended with a final answer has ``n + 1`` decisions
    (the last one is the answer); one that hit the step cap has ``n``.

    :param scenario: the scenario the trajectory ran in.
    :param trajectory: the graded episode.
    :param strategy: the configured strategy name, or None for the scenario's default.
    :param discount: the run's discount factor.
    :return: one reward per decision, or None to let another plugin decide.

    Stops at the first non-None result; plugins registered later are asked first, so a
    third-party plugin can override the built-in strategies or add its own names. Called
    where the episode ran, which may be a rollout worker process.
    """


@hookspec
def compute_metrics(
    scenario: Scenario, trajectories: Sequence[Trajectory]
) -> Mapping[str, float] | None:
    """Add named metrics computed from a set of episodes.

    :param scenario: the scenario the episodes ran in.
    :param trajectories: every graded episode of the evaluation (all tasks, all trials).
    :return: a mapping of metric name to value; results of all plugins are merged (the
        built-ins' first) and a plugin giving a name already given is marked broken.

    ``trajectories`` may be replayed as it is iterated (a large task file): read it in one
    pass. A plugin that raises here (or in an ``on_*`` hook) is reported once and skipped
    from then on; the run goes on.
    """


@hookspec
def on_train_start(run_dir: str, config: Mapping[str, Any]) -> None:
    """A training run starts (or resumes).

    :param run_dir: the run directory.
    :param config: the effective configuration as plain data.
    """


@hookspec
def on_update(run_dir: str, metrics: Mapping[str, float]) -> None:
    """One policy update finished.

    :param run_dir: the run directory.
    :param metrics: the line written to ``metrics.jsonl`` (step, episodes, mean_reward,
        tool_reliability, success, entropy, loss, wall_seconds, and validation metrics
        when an evaluation ran at this update).
    """


@hookspec
def on_train_end(run_dir: str, result: Mapping[str, Any]) -> None:
    """A training run ended (finished, stopped early, or interrupted).

    :param run_dir: the run directory.
    :param result: the training result as written to ``result.json`` (``status`` says how
        it ended: ``finished``, ``stopped_early``, ``diverged`` or ``interrupted``).
    """
