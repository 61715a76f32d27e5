"""``agentgym train SCENARIO``: train a policy; ``--resume RUN_DIR`` continues a run."""

from __future__ import annotations

from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def train(
        scenario: str | None = typer.Argument(None, help="Scenario to train on (see `agentgym list`)."),
        episodes: int | None = typer.Option(
            None, "-e", "--episodes", show_default="20000",
            help="Total training episodes (with --resume: extend the run to this many)."),
        learning_rate: float | None = typer.Option(None, "-lr", "--learning-rate", show_default="0.02",
                                                   help="Step size of each policy update."),
        batch_size: int | None = typer.Option(None, "-b", "--batch-size", show_default="64",
                                              help="Episodes per update."),
        discount_factor: float | None = typer.Option(None, "-g", "--discount-factor", show_default="0.99",
                                                     help="How much a later reward counts (0 < g < 1)."),
        checkpoint_interval: int | None = typer.Option(None, "-c", "--checkpoint-interval", show_default="10",
                                                       help="Updates between checkpoints (0 = off)."),
        output_dir: Path | None = typer.Option(None, "-o", "--output-dir", show_default="runs",
                                               help="Where run directories go."),
        seed: int | None = typer.Option(None, "-s", "--seed", show_default="0",
                                        help="Seeds the weights and every episode."),
        algorithm: str | None = typer.Option(None, "--algorithm", show_default="reinforce",
                                             help="reinforce, ppo, or a plugin's."),
        policy: str | None = typer.Option(None, "--policy", show_default="linear", help="linear, mlp, or a plugin's."),
        credit: str | None = typer.Option(None, "--credit", show_default="the scenario's",
                                          help="broadcast, discounted, shaped, or a plugin's."),
        executor: str | None = typer.Option(None, "--executor", show_default="process",
                                            help="local, process, ray, or a plugin's."),
        featurizer: str | None = typer.Option(None, "--featurizer", show_default="hashed",
                                              help="hashed, or a plugin's (its own settings: "
                                                   "featurizer_options in --config)."),
        workers: int | None = typer.Option(None, "--workers", show_default="2 on 2+ CPUs, else 1",
                                           help="Rollout processes (the weights do not depend on it)."),
        ray_address: str | None = typer.Option(None, "--ray-address", show_default="RAY_ADDRESS or a local Ray",
                                               help="Connect the ray executor to this cluster."),
        tensorboard: Path | None = typer.Option(None, "--tensorboard", show_default="off",
                                                help="Write TensorBoard event files to DIR."),
        config: Path | None = typer.Option(None, "--config", show_default="none",
                                           help="TOML file with training settings (a [training] table)."),
        resume: Path | None = typer.Option(None, "--resume", help="Continue the run in this directory."),
        verbose: bool = typer.Option(False, "-v", "--verbose", help="Log every update."),
        as_json: bool = typer.Option(False, "--json", help="Print the result as one JSON object."),
    ) -> None:
        """Train a tool-use policy, evaluate it on held-out tasks and save it."""
        from agentgym.cli.errors import FAILED, INTERRUPTED, fail
        from agentgym.cli.output import print_json, splits_table
        from agentgym.cli.progress import ConsoleReporter
        from agentgym.config import build_config
        from agentgym.trainer import Trainer, TrainingDiverged, TrainingInterrupted, resume_config

        overrides = dict(
            scenario=scenario, episodes=episodes, learning_rate=learning_rate, batch_size=batch_size,
            discount_factor=discount_factor, checkpoint_interval=checkpoint_interval, output_dir=output_dir,
            seed=seed, algorithm=algorithm, policy=policy, credit=credit, executor=executor, workers=workers,
            featurizer=featurizer,
            tensorboard_dir=tensorboard,
        )
        if resume is not None:
            given = [flag for flag, value in (
                ("SCENARIO", scenario), ("--learning-rate", learning_rate), ("--batch-size", batch_size),
                ("--discount-factor", discount_factor), ("--checkpoint-interval", checkpoint_interval),
                ("--output-dir", output_dir), ("--seed", seed), ("--algorithm", algorithm), ("--policy", policy),
                ("--credit", credit), ("--executor", executor), ("--featurizer", featurizer),
                ("--workers", workers), ("--ray-address", ray_address), ("--tensorboard", tensorboard),
                ("--config", config)) if value is not None]
            if given:
                fail(f"--resume keeps the run's settings; only --episodes may change (got {', '.join(given)})")
            cfg = resume_config(resume, episodes)
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
            fail(f"interrupted; checkpoint saved. Resume with: agentgym train --resume {stop.run_dir}",
                 INTERRUPTED, prefix="")
        except TrainingDiverged as diverged:
            fail(str(diverged), FAILED)
        if as_json:
            print_json(result)
            return
        from agentgym.cli.tables import print_table

        columns = {"test": result["test_metrics"], **result.get("report_metrics", {})}
        print_table(splits_table(columns, f"Held-out metrics ({result['scenario']}, seed {result['seed']})",
                                     result["success_criteria"]))
        verdict = "meets" if result["meets_target"] else "does not meet"
        typer.echo(f"{verdict} the scenario's success criteria; {result['episodes_completed']} episodes "
                   f"in {result['training_seconds']:.1f}s")
        typer.echo(f"run directory: {result['run_dir']}")
