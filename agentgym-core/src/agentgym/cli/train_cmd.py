"""``agentgym train SCENARIO``: train a policy; ``--resume RUN_DIR`` continues a run."""

from __future__ import annotations

import sys
from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def train(
        scenario: str | None = typer.Argument(None, help="Scenario to train on (see `agentgym list`)."),
        episodes: int | None = typer.Option(None, "-e", "--episodes", help="Total training episodes."),
        learning_rate: float | None = typer.Option(None, "-lr", "--learning-rate"),
        batch_size: int | None = typer.Option(None, "-b", "--batch-size", help="Episodes per update."),
        discount_factor: float | None = typer.Option(None, "-g", "--discount-factor"),
        checkpoint_interval: int | None = typer.Option(None, "-c", "--checkpoint-interval", help="Updates between checkpoints (0 = off)."),
        output_dir: Path | None = typer.Option(None, "-o", "--output-dir", help="Where run directories go."),
        seed: int | None = typer.Option(None, "-s", "--seed"),
        algorithm: str | None = typer.Option(None, "--algorithm", help="reinforce, ppo, or a plugin's."),
        policy: str | None = typer.Option(None, "--policy", help="linear, mlp, or a plugin's."),
        credit: str | None = typer.Option(None, "--credit", help="broadcast, discounted, shaped, or a plugin's."),
        executor: str | None = typer.Option(None, "--executor", help="local, process, ray, or a plugin's."),
        featurizer: str | None = typer.Option(None, "--featurizer", help="hashed, or a plugin's (its own settings: "
                                              "featurizer_options in --config)."),
        workers: int | None = typer.Option(None, "--workers"),
        ray_address: str | None = typer.Option(None, "--ray-address", help="Connect the ray executor to this cluster."),
        tensorboard: Path | None = typer.Option(None, "--tensorboard", help="Write TensorBoard event files to DIR."),
        config: Path | None = typer.Option(None, "--config", help="TOML file with training settings."),
        resume: Path | None = typer.Option(None, "--resume", help="Continue the run in this directory."),
        verbose: bool = typer.Option(False, "-v", "--verbose", help="Log every update."),
        as_json: bool = typer.Option(False, "--json", help="Print the result as one JSON object."),
    ) -> None:
        """Train a tool-use policy, evaluate it on held-out tasks and save it."""
        from agentgym.cli.errors import fail
        from agentgym.cli.output import print_json, splits_table
        from agentgym.cli.progress import ConsoleReporter
        from agentgym.config import build_config
        from agentgym.trainer import Trainer, TrainingInterrupted, resume_config

        overrides = dict(
            scenario=scenario, episodes=episodes, learning_rate=learning_rate, batch_size=batch_size,
            discount_factor=discount_factor, checkpoint_interval=checkpoint_interval, output_dir=output_dir,
            seed=seed, algorithm=algorithm, policy=policy, credit=credit, executor=executor, workers=workers,
            featurizer=featurizer,
            tensorboard_dir=tensorboard,
        )
        if resume is not None:
            cfg = resume_config(resume)
        else:
            if scenario is None and config is None:
                fail("missing SCENARIO (see `agentgym list`)")
            cfg = build_config(config, **overrides)
            if ray_address:
                cfg.executor_options = {**cfg.executor_options, "address": ray_address}
        trainer = Trainer(cfg, ConsoleReporter(verbose=verbose))
        try:
            result = trainer.run(resume, resume=resume is not None)
        except TrainingInterrupted as stop:
            print(f"\ninterrupted; checkpoint saved. Resume with:\n  agentgym train --resume {stop.run_dir}",
                  file=sys.stderr)
            raise SystemExit(130) from None
        if as_json:
            print_json(result)
            return
        from rich.console import Console

        columns = {"test": result["test_metrics"], **result.get("report_metrics", {})}
        Console().print(splits_table(columns, f"Held-out metrics ({result['scenario']}, seed {result['seed']})",
                                     result["success_criteria"]))
        verdict = "meets" if result["meets_target"] else "does not meet"
        typer.echo(f"{verdict} the scenario's success criteria; {result['episodes_completed']} episodes "
                   f"in {result['training_seconds']:.1f}s")
        typer.echo(f"run directory: {result['run_dir']}")
