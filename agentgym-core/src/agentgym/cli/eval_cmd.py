"""``agentgym eval``: measure a trained run, or a reference policy, on a task split.

``agentgym eval RUN_DIR [--framework NAME]`` runs the trained policy natively or inside a
framework's own agent loop; ``agentgym eval --scenario NAME --policy gold|random`` runs a
reference policy. Every form faces the same trial seeds and prints the same metric keys.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import typer

REFERENCE_POLICIES = ("gold", "random")
MAX_TRIALS = 1000  # as the training config's ``trials``
DEFAULT_MAX_TASKS = 100_000  # agentgym.streaming.DEFAULT_MAX_TASKS (not imported: start-up stays light)


def evaluate_run(run_dir: Path, split: str, trials: int, tasks_file: Path | None,
                 framework: str | None, max_tasks: int | None = None) -> tuple[Any, dict[str, Any], Sequence[Any]]:
    from agentgym import hooks
    from agentgym.evaluation import measure, select_tasks
    from agentgym.executors.local import LocalExecutor
    from agentgym.streaming import evaluation_episodes
    from agentgym.trained import TrainedPolicy

    trained = TrainedPolicy.load(run_dir)
    scenario = trained.scenario
    tasks = select_tasks(scenario, split, tasks_file, max_tasks)
    executor = LocalExecutor()
    adapter = hooks.adapter(framework) if framework is not None else None

    def run(specs: Sequence[Any]) -> list[Any]:
        trained.fresh_featurizer()  # a block of episodes at a time: its caches never outgrow one
        if adapter is not None:
            return [adapter.run_episode(trained, scenario, s.task, s.episode_seed) for s in specs]
        executor.built = (scenario, trained.featurizer, trained.policy)
        return [r.trajectory for r in executor.collect(trained.params, specs, greedy=True)]
    trajectories = evaluation_episodes(tasks, trials, run)
    return scenario, measure(scenario, trajectories), trajectories


def evaluate_reference(name: str, policy: str, split: str, trials: int, tasks_file: Path | None,
                       max_tasks: int | None = None) -> tuple[Any, dict[str, Any], Sequence[Any]]:
    from agentgym import hooks
    from agentgym.evaluation import measure, run_reference, select_tasks
    from agentgym.reference import GoldPolicy, RandomPolicy
    from agentgym.streaming import evaluation_episodes

    scenario = hooks.make_scenario(name)
    tasks = select_tasks(scenario, split, tasks_file, max_tasks)
    if policy == "gold":
        def run(specs: Sequence[Any]) -> list[Any]:
            return run_reference(scenario, lambda task, spec: GoldPolicy(scenario, task), specs)
    else:
        def run(specs: Sequence[Any]) -> list[Any]:
            return run_reference(scenario, lambda task, spec: RandomPolicy(scenario, spec.sample_seed), specs)
    trajectories = evaluation_episodes(tasks, trials, run)
    return scenario, measure(scenario, trajectories), trajectories


def type_breakdown(scenario: Any, split: str, tasks_file: Path | None, trajectories: Sequence[Any],
                   max_tasks: int | None = None) -> list[Any]:
    """Per (kind, outcome) rows for ``--by-type``; the task list lets it recompute the expert's calls."""
    from agentgym.evaluation import select_tasks
    from agentgym.report.breakdown import breakdown

    return breakdown(scenario, select_tasks(scenario, split, tasks_file, max_tasks), trajectories)


def register(app: typer.Typer) -> None:
    @app.command("eval")
    def evaluate(
        run_dir: Path | None = typer.Argument(None, help="A run directory written by `agentgym train`."),
        scenario: str | None = typer.Option(None, "--scenario", help="Evaluate a reference policy on this scenario."),
        policy: str | None = typer.Option(None, "--policy", help="Reference policy: gold or random."),
        framework: str | None = typer.Option(None, "--framework", help="Run inside this framework's agent loop."),
        split: str = typer.Option("test", "--split", help="train, validation or test."),
        trials: int = typer.Option(4, "--trials", min=1, max=MAX_TRIALS, help="Trials per task (pass^k uses them)."),
        tasks: Path | None = typer.Option(None, "--tasks", help="JSONL file of your own tasks."),
        max_tasks: int | None = typer.Option(
            None, "--max-tasks", min=1,
            help=f"Refuse a task file of more tasks (default: AGENTGYM_MAX_TASKS, else {DEFAULT_MAX_TASKS:,})."),
        as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
        by_type: bool = typer.Option(False, "--by-type", help="Also break results down by task kind and outcome."),
    ) -> None:
        """Measure a policy on held-out tasks: reliability, success, pass^k, cost, time."""
        from agentgym.cli.errors import fail
        from agentgym.cli.output import print_json, print_metrics

        if split not in ("train", "validation", "test"):
            fail(f"unknown split '{split}'; use train, validation or test")
        if run_dir is not None:
            if policy is not None or scenario is not None:
                fail("give either RUN_DIR or --scenario with --policy, not both")
            if not run_dir.is_dir():
                fail(f"run directory not found: {run_dir}")
            found, metrics, trajectories = evaluate_run(run_dir, split, trials, tasks, framework, max_tasks)
            label = f"trained policy from {run_dir}" + (f" inside {framework}" if framework else "")
        else:
            if scenario is None or policy is None:
                fail("give a RUN_DIR, or --scenario NAME with --policy gold|random")
            if policy not in REFERENCE_POLICIES:
                fail(f"unknown reference policy '{policy}'; use gold or random")
            if framework is not None:
                fail("--framework needs a RUN_DIR (a trained policy)")
            found, metrics, trajectories = evaluate_reference(scenario, policy, split, trials, tasks, max_tasks)
            label = f"{policy} policy"
        rows = type_breakdown(found, split, tasks, trajectories, max_tasks) if by_type else None
        if as_json:
            if rows is not None:
                from agentgym.report.breakdown import breakdown_json

                metrics = {**metrics, "by_type": breakdown_json(rows)}
            print_json(metrics)
            return
        print_metrics(metrics, f"{found.name}: {label} on {split if tasks is None else tasks}",
                      dict(found.success_criteria))
        if rows is not None:
            from rich.console import Console

            from agentgym.report.console import breakdown_table

            Console().print(breakdown_table(rows))
