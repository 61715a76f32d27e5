"""``agentgym eval``: measure a trained run, or a reference policy, on a task split.

``agentgym eval RUN_DIR [--framework NAME]`` runs the trained policy natively or inside a
framework's own agent loop; ``agentgym eval --scenario NAME --policy gold|random`` runs a
reference policy. Every form faces the same trial seeds and prints the same metric keys.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import typer

REFERENCE_POLICIES = ("gold", "random")


Runner = Callable[[Sequence[Any], int], list[Any]]  # (tasks, trials) -> trajectories


def run_runner(run_dir: Path, framework: str | None) -> tuple[Any, Runner]:
    """The trained run's scenario and a function that evaluates it on a task list."""
    from agentgym import hooks
    from agentgym.evaluation import evaluation_specs
    from agentgym.executors.local import LocalExecutor
    from agentgym.trained import TrainedPolicy

    trained = TrainedPolicy.load(run_dir)
    scenario = trained.scenario

    def run(tasks: Sequence[Any], trials: int) -> list[Any]:
        specs = evaluation_specs(tasks, trials)
        if framework is not None:
            adapter = hooks.adapter(framework)
            return [adapter.run_episode(trained, scenario, s.task, s.episode_seed) for s in specs]
        executor = LocalExecutor()
        executor.built = (scenario, trained.featurizer, trained.policy)
        return [r.trajectory for r in executor.collect(trained.params, specs, greedy=True)]

    return scenario, run  # type: ignore[return-value]


def reference_runner(name: str, policy: str) -> tuple[Any, Runner]:
    """A scenario and a function that evaluates its gold or random policy on a task list."""
    from agentgym import hooks
    from agentgym.report.evaluate import evaluate_reference

    scenario = hooks.make_scenario(name)
    return scenario, lambda tasks, trials: evaluate_reference(scenario, tasks, trials, policy).trajectories


def perturbation_names(scenario: Any, asked: list[str]) -> list[str]:
    """The perturbations ``--perturb`` named (``all``: every one the scenario declares)."""
    from agentgym.cli.errors import fail

    known = list(getattr(scenario, "perturbations", {}) or {})
    if "all" in asked:
        if not known:
            fail(f"scenario '{scenario.name}' declares no perturbations")
        return known
    for name in asked:
        if name not in known:
            fail(f"unknown perturbation '{name}' for scenario '{scenario.name}'; "
                 f"use {', '.join(known) or 'none (it declares none)'} or all")
    return list(dict.fromkeys(asked))


def type_breakdown(scenario: Any, split: str, tasks_file: Path | None, trajectories: list[Any]) -> list[Any]:
    """Per (kind, outcome) rows for ``--by-type``; the task list lets it recompute the expert's calls."""
    from agentgym.evaluation import select_tasks
    from agentgym.report.breakdown import breakdown

    return breakdown(scenario, select_tasks(scenario, split, tasks_file), trajectories)


def register(app: typer.Typer) -> None:
    @app.command("eval")
    def evaluate(
        run_dir: Path | None = typer.Argument(None, help="A run directory written by `agentgym train`."),
        scenario: str | None = typer.Option(None, "--scenario", help="Evaluate a reference policy on this scenario."),
        policy: str | None = typer.Option(None, "--policy", help="Reference policy: gold or random."),
        framework: str | None = typer.Option(None, "--framework", help="Run inside this framework's agent loop."),
        split: str = typer.Option("test", "--split", help="train, validation, test or a report split (natural)."),
        trials: int = typer.Option(4, "--trials", min=1, help="Trials per task (pass^k uses them)."),
        tasks: Path | None = typer.Option(None, "--tasks", help="JSONL file of your own tasks."),
        perturb: list[str] = typer.Option([], "--perturb", help="Also measure the tasks under this perturbation "
                                          "(repeatable; `all` for every one the scenario declares)."),
        as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
        by_type: bool = typer.Option(False, "--by-type", help="Also break results down by task kind and outcome."),
    ) -> None:
        """Measure a policy on held-out tasks: reliability, success, pass^k, cost, time."""
        from agentgym.cli.errors import fail
        from agentgym.cli.output import perturbations_table, print_json, print_metrics
        from agentgym.evaluation import measure, select_tasks

        if run_dir is not None:
            if policy is not None or scenario is not None:
                fail("give either RUN_DIR or --scenario with --policy, not both")
            if not run_dir.is_dir():
                fail(f"run directory not found: {run_dir}")
            found, run = run_runner(run_dir, framework)
            label = f"trained policy from {run_dir}" + (f" inside {framework}" if framework else "")
        else:
            if scenario is None or policy is None:
                fail("give a RUN_DIR, or --scenario NAME with --policy gold|random")
            if policy not in REFERENCE_POLICIES:
                fail(f"unknown reference policy '{policy}'; use gold or random")
            if framework is not None:
                fail("--framework needs a RUN_DIR (a trained policy)")
            found, run = reference_runner(scenario, policy)
            label = f"{policy} policy"
        if tasks is None and split not in found.splits:
            fail(f"unknown split '{split}'; use {', '.join(found.splits)}")
        names = perturbation_names(found, perturb)
        task_list = select_tasks(found, split, tasks)
        trajectories = run(task_list, trials)
        metrics = measure(found, trajectories)
        perturbed = {name: measure(found, run([found.perturb(t, name) for t in task_list], trials))
                     for name in names}
        rows = type_breakdown(found, split, tasks, trajectories) if by_type else None
        where = split if tasks is None else str(tasks)
        if as_json:
            if rows is not None:
                from agentgym.report.breakdown import breakdown_json

                metrics = {**metrics, "by_type": breakdown_json(rows)}
            if perturbed:
                metrics = {**metrics, "perturbations": perturbed}
            print_json(metrics)
            return
        print_metrics(metrics, f"{found.name}: {label} on {where}", dict(found.success_criteria))
        if perturbed:
            from rich.console import Console

            Console().print(perturbations_table(metrics, perturbed, f"{found.name}: {label}, {where} perturbed"))
        if rows is not None:
            from rich.console import Console

            from agentgym.report.console import breakdown_table

            Console().print(breakdown_table(rows))
