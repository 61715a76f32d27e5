"""``agentgym eval``: measure a trained run, or a reference policy, on a task split.

``agentgym eval RUN_DIR [--framework NAME]`` runs the trained policy natively or inside a
framework's own agent loop; ``agentgym eval --scenario NAME --policy gold|random`` runs a
reference policy. Every form faces the same trial seeds and prints the same metric keys.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import typer

REFERENCE_POLICIES = ("gold", "random")
MAX_TRIALS = 1000  # as the training config's ``trials``
MAX_WORKERS = 1024  # as the training config's ``workers``
DEFAULT_MAX_TASKS = 100_000  # agentgym.streaming.DEFAULT_MAX_TASKS (not imported: start-up stays light)

# (tasks, trials, label) -> trajectories: a list, or episodes replayed each time they are read
Runner = Callable[[Iterable[Any], int, str], Sequence[Any]]


def episodes_with_progress(tasks: Iterable[Any], trials: int, label: str, quiet: bool,
                           run_block: Callable[[Sequence[Any], Callable[[int], None]], list[Any]]) -> Sequence[Any]:
    """Every task ``trials`` times, block by block through ``run_block(specs, progress)``, with
    one progress bar on stderr over all of them. A task file is counted (and its cap checked)
    whole before any episode; a large evaluation that replays its episodes as they are read
    shows no bar for the replays."""
    from agentgym.cli.progress import episode_progress
    from agentgym.streaming import evaluation_episodes, task_count

    count = task_count(tasks)
    done = 0
    with episode_progress(label, count * trials, quiet) as bar:
        def progress(n: int) -> None:
            if shown:
                bar(done + n)

        def run(specs: Sequence[Any]) -> list[Any]:
            nonlocal done
            out = run_block(specs, progress)
            done += len(out)
            return out

        shown = True
        episodes = evaluation_episodes(tasks, trials, run, count)
        shown = False
    return episodes


class TrainedRunner:
    """Evaluates a trained run on task lists or streamed task files, block by block: natively
    (a fresh featurizer a block, so its caches never outgrow one), or inside a framework's
    agent loop on the executor's workers (each builds the framework's agent once); progress
    on stderr."""

    def __init__(self, run_dir: Path, framework: str | None, threshold: float | None, workers: int,
                 quiet: bool) -> None:
        from agentgym import hooks
        from agentgym.trained import TrainedPolicy

        self.trained = TrainedPolicy.load(run_dir, abstain_threshold=threshold)
        self.run_dir, self.framework, self.threshold = run_dir, framework, threshold
        self.workers, self.quiet = workers, quiet
        self.executor: Any = None
        if framework is not None:
            hooks.adapter(framework)  # an unknown framework fails before any episode runs

    @property
    def scenario(self) -> Any:
        return self.trained.scenario

    def __call__(self, tasks: Iterable[Any], trials: int, label: str) -> Sequence[Any]:
        return episodes_with_progress(tasks, trials, label, self.quiet, self.block)

    def block(self, specs: Sequence[Any], progress: Callable[[int], None]) -> list[Any]:
        from agentgym.evaluation import run_trained

        if self.framework is None:
            self.trained.fresh_featurizer()
            return run_trained(self.trained, specs, progress=progress)
        from agentgym import hooks
        from agentgym.framework_eval import FrameworkJob

        if self.executor is None:
            self.executor = hooks.factory("executors", "process")(workers=self.workers)
        job = FrameworkJob(self.framework, str(self.run_dir), self.threshold)
        return self.executor.map_episodes(job, specs, progress)

    def close(self) -> None:
        if self.executor is not None:
            self.executor.close()


def reference_runner(name: str, policy: str, quiet: bool = False) -> tuple[Any, Runner]:
    """A scenario and a function that evaluates its gold or random policy on tasks
    (progress on stderr unless ``quiet``)."""
    from agentgym import hooks
    from agentgym.evaluation import run_reference
    from agentgym.reference import GoldPolicy, RandomPolicy

    scenario = hooks.make_scenario(name)

    def make(task: Any, spec: Any) -> Any:
        return GoldPolicy(scenario, task) if policy == "gold" else RandomPolicy(scenario, spec.sample_seed)

    def run(tasks: Iterable[Any], trials: int, label: str) -> Sequence[Any]:
        return episodes_with_progress(tasks, trials, label, quiet,
                                      lambda specs, progress: run_reference(scenario, make, specs, progress))

    return scenario, run


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


def type_breakdown(scenario: Any, tasks: Iterable[Any], trajectories: Sequence[Any]) -> list[Any]:
    """Per (kind, outcome) rows for ``--by-type``; the task list lets it recompute the expert's calls."""
    from agentgym.report.breakdown import breakdown

    return breakdown(scenario, tasks, trajectories)


def register(app: typer.Typer) -> None:
    @app.command("eval")
    def evaluate(
        run_dir: Path | None = typer.Argument(None, help="A run directory written by `agentgym train`."),
        scenario: str | None = typer.Option(None, "--scenario", help="Evaluate a reference policy on this scenario."),
        policy: str | None = typer.Option(None, "--policy", help="Reference policy: gold or random."),
        framework: str | None = typer.Option(None, "--framework", help="Run inside this framework's agent loop."),
        split: str = typer.Option("test", "--split", help="train, validation, test or a report split (natural)."),
        trials: int = typer.Option(4, "--trials", min=1, max=MAX_TRIALS, help="Trials per task (pass^k uses them)."),
        tasks: Path | None = typer.Option(None, "--tasks", help="JSONL file of your own tasks."),
        max_tasks: int | None = typer.Option(
            None, "--max-tasks", min=1,
            help=f"Refuse a task file of more tasks (default: AGENTGYM_MAX_TASKS, else {DEFAULT_MAX_TASKS:,})."),
        limit: int | None = typer.Option(None, "--limit", min=1, help="Only the first N tasks of the split or file."),
        abstain_threshold: float | None = typer.Option(
            None, "--abstain-threshold", min=0.0, max=1.0,
            help="Answer instead of making a state-changing call less probable than this "
                 "(default: the run's calibrated threshold; 0 turns it off)."),
        workers: int | None = typer.Option(None, "--workers", min=1, max=MAX_WORKERS,
                                           help="Processes for --framework (default: 2 on 2+ CPUs)."),
        perturb: list[str] = typer.Option([], "--perturb", help="Also measure the tasks under this perturbation "
                                          "(repeatable; `all` for every one the scenario declares)."),
        as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
        by_type: bool = typer.Option(False, "--by-type", help="Also break results down by task kind and outcome."),
    ) -> None:
        """Measure a policy on held-out tasks: reliability, success, pass^k, cost, time."""
        from agentgym.cli.errors import fail
        from agentgym.cli.output import perturbations_table, print_json, print_metrics
        from agentgym.evaluation import measure, select_tasks
        from agentgym.streaming import changed_tasks, first_tasks

        trained: TrainedRunner | None = None
        if run_dir is not None:
            if policy is not None or scenario is not None:
                fail("give either RUN_DIR or --scenario with --policy, not both")
            if not run_dir.is_dir():
                fail(f"run directory not found: {run_dir}")
            from agentgym.config import default_workers

            trained = TrainedRunner(run_dir, framework, abstain_threshold, workers or default_workers(), as_json)
            found, run = trained.scenario, trained
            label = (f"trained policy from {run_dir}" + (f" inside {framework}" if framework else "")
                     + f" (abstain threshold {trained.trained.abstain_threshold:.3f})")
        else:
            if abstain_threshold is not None:
                fail("--abstain-threshold needs a RUN_DIR (a trained policy)")
            if scenario is None or policy is None:
                fail("give a RUN_DIR, or --scenario NAME with --policy gold|random")
            if policy not in REFERENCE_POLICIES:
                fail(f"unknown reference policy '{policy}'; use gold or random")
            if framework is not None:
                fail("--framework needs a RUN_DIR (a trained policy)")
            found, run = reference_runner(scenario, policy, as_json)
            label = f"{policy} policy"
        if tasks is None and split not in found.splits:
            fail(f"unknown split '{split}'; use {', '.join(found.splits)}")
        names = perturbation_names(found, perturb)
        task_list = first_tasks(select_tasks(found, split, tasks, max_tasks), limit)
        try:
            trajectories = run(task_list, trials, split if tasks is None else tasks.name)
            metrics = measure(found, trajectories)
            perturbed = {name: measure(found, run(changed_tasks(task_list, lambda t, n=name: found.perturb(t, n)),
                                                  trials, name))
                         for name in names}
        finally:
            if trained is not None:
                trained.close()
        rows = type_breakdown(found, task_list, trajectories) if by_type else None
        where = (split if tasks is None else str(tasks)) + (
            f" (first {len(trajectories) // trials} tasks)" if limit else "")
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
            from agentgym.cli.tables import print_table

            print_table(perturbations_table(metrics, perturbed, f"{found.name}: {label}, {where} perturbed"))
        if rows is not None:
            from agentgym.cli.tables import print_table
            from agentgym.report.console import breakdown_table

            print_table(breakdown_table(rows))
