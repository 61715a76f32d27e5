"""The training loop: collect a batch, assign credit, update, evaluate, checkpoint.

Everything that varies is a plugin looked up by name (scenario, policy, algorithm,
executor, credit strategy). Episode ``i`` of a run is seeded by ``(seed, i)``, so a run
resumed from a checkpoint ends with exactly the weights of an uninterrupted one.
"""

from __future__ import annotations

import json
import math
import random
import time
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import tomli_w

from agentgym import __version__, artifacts, featurizers, hooks, run_state
from agentgym.abstention import Calibration, calibrate
from agentgym.config import TrainingConfig, build_config, read_toml
from agentgym.evaluation import calibration_episodes, evaluation_specs, measure, with_abstention
from agentgym.executors.base import Executor, RolloutContext
from agentgym.heap import cyclic_gc_paused, long_lived_objects_settled, settle
from agentgym.metrics import meets_criteria
from agentgym.plugins import describe_error
from agentgym.rollout import EpisodeSpec
from agentgym.seeds import derive_seeds
from agentgym.training_batch import CreditRule

METRICS_FILE = "metrics.jsonl"
RESULT_FILE = "result.json"
CONFIG_FILE = "config.toml"
ABSTENTION_KEYS = ("success_rate", "unsafe_action_rate", "tool_reliability")  # kept of the metrics without it


class TrainingInterrupted(Exception):
    """Ctrl-C: a checkpoint was saved; ``run_dir`` can be resumed."""

    def __init__(self, run_dir: Path) -> None:
        super().__init__(str(run_dir))
        self.run_dir = run_dir


class TrainingDiverged(RuntimeError):
    """The loss or the weights stopped being finite; the last finite state was checkpointed."""

    def __init__(self, run_dir: Path, update: int, reason: str) -> None:
        checkpoint = run_dir / artifacts.CHECKPOINT_DIR / artifacts.CHECKPOINT_FILE
        super().__init__(f"training diverged at update {update} ({reason}); the last finite checkpoint is "
                         f"{checkpoint}; try a lower learning rate")
        self.run_dir = run_dir
        self.update = update
        self.reason = reason


def non_finite(loss: float, params: dict[str, np.ndarray]) -> str | None:
    """Why an update left the run unusable (a loss or weights that are NaN or infinite), or None."""
    if not math.isfinite(loss):
        return f"the loss is {loss}"
    for name, value in params.items():
        if not np.isfinite(value).all():
            return f"weights '{name}' hold NaN or infinity"
    return None


class Reporter(Protocol):
    def start(self, total_updates: int, done_updates: int) -> None: ...
    def update(self, line: dict[str, Any]) -> None: ...
    def finish(self) -> None: ...


class SilentReporter:
    def start(self, total_updates: int, done_updates: int) -> None: ...
    def update(self, line: dict[str, Any]) -> None: ...
    def finish(self) -> None: ...


def new_run_dir(config: TrainingConfig) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    base = Path(config.output_dir) / f"{config.scenario}-{stamp}"
    path, n = base, 1
    while path.exists():
        n += 1
        path = base.with_name(f"{base.name}-{n}")
    path.mkdir(parents=True)
    return path


SEED_WINDOW = 4096  # episodes whose seeds are derived together


@lru_cache(maxsize=2)  # a batch spans at most two windows
def window_seeds(seed: int, window: int) -> list[tuple[int, int]]:
    """(backend seed, sampling seed) of each episode of a window of ``SEED_WINDOW``: derived
    together, as deriving a batch's alone cost a few hundred microseconds of the learner's time."""
    indices = np.arange(window * SEED_WINDOW, (window + 1) * SEED_WINDOW)
    return list(zip(derive_seeds(seed, indices).tolist(), derive_seeds(seed, indices, 1).tolist(), strict=True))


class Trainer:
    """One training run from a config (or a run directory to resume)."""

    def __init__(self, config: TrainingConfig, reporter: Reporter | None = None) -> None:
        self.config = config
        self.reporter = reporter or SilentReporter()
        self.seed = config.seed if config.seed is not None else random.SystemRandom().randrange(2**31)
        self.scenario = hooks.make_scenario(config.scenario, **config.scenario_options)
        self.context = RolloutContext(
            scenario=config.scenario,
            scenario_options=dict(config.scenario_options),
            featurizer=featurizers.FeaturizerSpec(config.featurizer, config.featurizer_settings()),
            policy=config.policy,
            policy_settings={"hidden_size": config.hidden_size} if config.policy == "mlp" else {},
        )
        _, self.featurizer, self.policy = self.context.build()
        self.policy.params = self.policy.init_params(np.random.default_rng(self.seed))
        self.algorithm = hooks.factory("algorithms", config.algorithm)(
            learning_rate=config.learning_rate, entropy_coef=config.entropy_coef, seed=self.seed,
            weight_decay=config.weight_decay, expert_coef=config.expert_coef,
        )
        # built now (cheap: nothing starts until ``start``) so a bad executor or option fails
        # before a run directory exists
        try:
            self.executor: Executor = hooks.factory("executors", config.executor)(
                workers=config.workers, **config.executor_options
            )
        except (TypeError, ValueError) as error:
            from agentgym.config import ConfigError

            raise ConfigError(" ".join(str(error).split())) from None
        self.credit = CreditRule(config.credit, config.discount_factor)
        self._check_credit_strategy()
        self.train_tasks = self.scenario.tasks("train")
        self.validation_tasks = self.scenario.tasks("validation")
        self.total_updates = math.ceil(config.episodes / config.batch_size)
        self.update_index = 0
        self.best: dict[str, Any] | None = None
        self.best_params = {k: v.copy() for k, v in self.policy.params.items()}
        self.converged_at: int | None = None
        self.stopped_early = False
        self._budget_grew = False  # resumed with a larger --episodes
        self.elapsed = 0.0
        self.env_steps = 0

    def _check_credit_strategy(self) -> None:
        """Fail before any run directory exists when no plugin knows the credit strategy."""
        from agentgym.config import ConfigError
        from agentgym.scenario import Trajectory

        probe = Trajectory("probe", "probe", "", 0, [], False, False, "done", 0, 0.0, 0.0)
        try:
            self.credit(self.scenario, probe)
        except ValueError as error:
            raise ConfigError(f"invalid credit: {error}") from None

    # --- episodes ---------------------------------------------------------------------
    def batch_specs(self, update: int) -> list[EpisodeSpec]:
        first = update * self.config.batch_size
        last = min(first + self.config.batch_size, self.config.episodes)
        tasks = self.train_tasks
        seeds = [window_seeds(self.seed, index // SEED_WINDOW)[index % SEED_WINDOW] for index in range(first, last)]
        return [EpisodeSpec(tasks[e % len(tasks)], e, s) for e, s in seeds]

    def evaluate(self, executor: Executor, params: dict[str, np.ndarray], tasks: Any, trials: int) -> dict[str, Any]:
        records = executor.collect(params, evaluation_specs(tasks, trials), greedy=True)
        return measure(self.scenario, [r.trajectory for r in records])

    # --- state ------------------------------------------------------------------------
    def state(self) -> dict[str, Any]:
        return {
            "update": self.update_index,
            "seed": self.seed,
            "best": self.best,
            "converged_at": self.converged_at,
            "stopped_early": self.stopped_early,
            "elapsed": self.elapsed,
            "env_steps": self.env_steps,
        }

    def snapshot(self) -> dict[str, Any]:
        """A copy of everything an update changes, taken between updates: Ctrl-C can land in
        the middle of one, and the checkpoint must hold the last whole update."""
        return {
            "params": {k: v.copy() for k, v in self.policy.params.items()},
            "algorithm": {k: np.array(v, copy=True) for k, v in self.algorithm.state().items()},
            "best_params": self.best_params,
            "state": json.loads(json.dumps(self.state())),
        }

    def rollback(self, snapshot: dict[str, Any]) -> None:
        self.policy.params = snapshot["params"]
        self.algorithm.load_state(snapshot["algorithm"])
        self.best_params = snapshot["best_params"]
        state = snapshot["state"]
        self.update_index, self.best = state["update"], state["best"]
        self.converged_at, self.stopped_early = state["converged_at"], state["stopped_early"]
        self.elapsed, self.env_steps = state["elapsed"], state["env_steps"]

    def checkpoint(self, run_dir: Path) -> None:
        arrays = {f"params.{k}": v for k, v in self.policy.params.items()}
        arrays.update({f"best.{k}": v for k, v in self.best_params.items()})
        arrays.update({f"algorithm.{k}": v for k, v in self.algorithm.state().items()})
        artifacts.save_checkpoint(run_dir, arrays, self.state())

    def restore(self, run_dir: Path) -> None:
        arrays, state = artifacts.load_checkpoint(run_dir)

        def part(prefix: str) -> dict[str, np.ndarray]:
            return {k[len(prefix):]: v for k, v in arrays.items() if k.startswith(prefix)}

        self.policy.params = part("params.")
        self.best_params = part("best.")
        self.algorithm.load_state(part("algorithm."))
        self.update_index = state["update"]
        self.seed = state["seed"]
        self.best = state["best"]
        self.converged_at = state["converged_at"]
        # a run that stopped early and was given a larger budget goes on (early stop checks
        # again at its next validation)
        self.stopped_early = state["stopped_early"] and not self._budget_grew
        self.elapsed = state["elapsed"]
        self.env_steps = state["env_steps"]
        metrics_path = run_dir / METRICS_FILE
        artifacts.check_writable(metrics_path)
        if metrics_path.exists():
            kept = [line for line in metrics_path.read_text(encoding="utf-8", errors="replace").splitlines()
                    if line.strip() and _metrics_step(metrics_path, line) <= self.update_index]
            artifacts.atomic_write_text(metrics_path, "".join(f"{line}\n" for line in kept))

    def _check_budget(self, run_dir: Path) -> None:
        """A resumed run's budget may grow (``--episodes N``) but not fall below what it did
        (checked before anything in ``run_dir`` changes)."""
        from agentgym.config import ConfigError

        _, state = artifacts.load_checkpoint(run_dir)
        done = state["update"] * self.config.batch_size
        if state["update"] > self.total_updates:
            raise ConfigError(f"--episodes {self.config.episodes} is fewer than the {done} episodes "
                              f"this run has done")
        self._budget_grew = self.config.episodes > read_toml(run_dir / CONFIG_FILE).get("episodes", 0)

    # --- the loop ---------------------------------------------------------------------
    @cyclic_gc_paused()
    def one_update(self, executor: Executor) -> dict[str, Any]:
        started = time.perf_counter()
        following = self.update_index + 1
        upcoming = self.batch_specs(following) if following < self.total_updates else []
        batch = executor.collect_training(self.policy.params, self.batch_specs(self.update_index), self.credit,
                                          self.scenario, upcoming)
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):  # a diverging update is
            stats = self.algorithm.update(self.policy, batch.decisions)  # reported by ``run``, once
        self.update_index += 1
        self.env_steps += int(batch.outcomes.decisions.sum())
        line: dict[str, Any] = {
            "step": self.update_index,
            "episodes": min(self.update_index * self.config.batch_size, self.config.episodes),
            **batch.outcomes.summary(),
            "entropy": stats["entropy"],
            "loss": stats["loss"],
        }
        reason = non_finite(stats["loss"], self.policy.params)
        if reason is not None:  # no validation of NaN weights: ``run`` stops here
            line["non_finite"] = reason
        elif self.update_index % self.config.eval_interval == 0 or self.update_index == self.total_updates:
            self.validate(executor, line)
        self.elapsed += time.perf_counter() - started
        line["wall_seconds"] = round(self.elapsed, 4)
        line["env_steps"] = self.env_steps
        return line

    def validate(self, executor: Executor, line: dict[str, Any]) -> None:
        metrics = self.evaluate(executor, self.policy.params, self.validation_tasks, trials=1)
        line["val_success"] = metrics["success_rate"]
        line["val_tool_reliability"] = metrics["tool_reliability"]
        line["val_cost_reduction"] = metrics["cost_reduction"]
        score = (metrics["success_rate"], metrics["tool_reliability"])
        if self.best is None or score > (self.best["success_rate"], self.best["tool_reliability"]):
            self.best = {"update": self.update_index, "episodes": line["episodes"],
                         "success_rate": score[0], "tool_reliability": score[1]}
            self.best_params = {k: v.copy() for k, v in self.policy.params.items()}
        met = meets_criteria(metrics, dict(self.scenario.success_criteria))
        if met and self.converged_at is None:
            self.converged_at = line["episodes"]
        if met and self.config.early_stop and metrics["success_rate"] >= self.config.early_stop_success:
            self.stopped_early = True

    def run(self, run_dir: Path | None = None, resume: bool = False) -> dict[str, Any]:
        """Train into a new run directory (or resume ``run_dir``), holding its training lock,
        test the best policy and save it. Ctrl-C anywhere once the run directory exists
        checkpoints the last whole update and raises ``TrainingInterrupted``; a loss or weights
        that stop being finite checkpoint the last finite update, write a ``diverged`` result
        and raise ``TrainingDiverged``. A run that stops without a result says why in
        ``stopped.json`` (``agentgym.run_state``)."""
        if resume and run_dir is not None:
            self._check_budget(run_dir)
        else:
            run_dir = new_run_dir(self.config)
        with run_state.training(run_dir):
            if resume:
                self.restore(run_dir)
            try:
                return self._train(run_dir)
            except (TrainingInterrupted, KeyboardInterrupt):
                run_state.record_stop(run_dir, run_state.INTERRUPTED,
                                      f"stopped by Ctrl-C; resume with `agentgym train --resume {run_dir}`")
                raise
            except BaseException as error:
                run_state.record_stop(run_dir, run_state.FAILED, describe_error(error))
                raise

    def _train(self, run_dir: Path) -> dict[str, Any]:
        config_data = {**self.config.plain(), "seed": self.seed}
        artifacts.check_writable(run_dir / METRICS_FILE)  # appended to: a regular file or new
        artifacts.atomic_write_text(run_dir / CONFIG_FILE, tomli_w.dumps({"training": config_data}))
        executor = self.executor
        consistent = self.snapshot()
        try:
            hooks.on_train_start(str(run_dir), config_data)
            executor.start(self.context)
            self.reporter.start(self.total_updates, self.update_index)
            with open(run_dir / METRICS_FILE, "a", encoding="utf-8") as metrics_out, long_lived_objects_settled():
                while self.update_index < self.total_updates and not self.stopped_early:
                    line = self.one_update(executor)
                    reason = line.pop("non_finite", None)
                    if reason is not None:
                        raise TrainingDiverged(run_dir, self.update_index, reason)
                    if "val_success" in line:
                        settle()  # caches and memo grown since the last validation stay
                    metrics_out.write(json.dumps(line) + "\n")
                    metrics_out.flush()
                    hooks.on_update(str(run_dir), line)
                    self.reporter.update(line)
                    interval = self.config.checkpoint_interval
                    if interval and self.update_index % interval == 0:
                        self.checkpoint(run_dir)
                    consistent = self.snapshot()
            self.reporter.finish()
            self.checkpoint(run_dir)
            result = self.finish(executor, run_dir, config_data, "stopped_early" if self.stopped_early else "finished")
        except KeyboardInterrupt:
            self.rollback(consistent)
            self.checkpoint(run_dir)
            hooks.on_train_end(str(run_dir), {"status": "interrupted", "run_dir": str(run_dir)})
            raise TrainingInterrupted(run_dir) from None
        except TrainingDiverged as diverged:
            self.reporter.finish()
            self.rollback(consistent)
            self.checkpoint(run_dir)
            result = self.stopped_result(run_dir, config_data, "diverged")
            result.update(diverged_at=diverged.update, reason=diverged.reason)
            self.write_result(run_dir, result)
            raise
        finally:
            executor.close()
        return result

    def write_result(self, run_dir: Path, result: dict[str, Any]) -> None:
        """result.json, then the ``on_train_end`` hooks; a plugin failing in them is listed
        in the file too."""
        result["plugin_errors"] = dict(hooks.runtime_errors())
        artifacts.write_json(run_dir / RESULT_FILE, result)
        hooks.on_train_end(str(run_dir), result)
        if hooks.runtime_errors() != result["plugin_errors"]:
            result["plugin_errors"] = dict(hooks.runtime_errors())
            artifacts.write_json(run_dir / RESULT_FILE, result)

    def stopped_result(self, run_dir: Path, config_data: dict[str, Any], status: str,
                       versions: dict[str, str] | None = None) -> dict[str, Any]:
        """What result.json holds about any run: how it ended, its config and progress."""
        return {
            "status": status,
            "run_dir": str(run_dir),
            "scenario": self.scenario.name,
            "seed": self.seed,
            "config": config_data,
            "versions": versions or artifacts.package_versions(),
            "episodes_completed": min(self.update_index * self.config.batch_size, self.config.episodes),
            "updates": self.update_index,
            "env_steps": self.env_steps,
            "training_seconds": round(self.elapsed, 3),
        }

    def calibrate(self, executor: Executor) -> Calibration:
        """The abstention threshold of the best policy, from its greedy validation episodes."""
        records = executor.collect(self.best_params, evaluation_specs(self.validation_tasks, 1), greedy=True)
        return calibrate(calibration_episodes(self.scenario, records), self.config.abstain_margin)

    def evaluate_both(self, executor: Executor, tasks: Any, threshold: float) -> tuple[dict[str, Any], dict[str, Any]]:
        """The best policy's metrics on ``tasks`` with abstention at ``threshold``, and without."""
        specs = evaluation_specs(tasks, self.config.trials)
        plain = executor.collect(self.best_params, specs, greedy=True)
        latest = self.policy.params
        try:
            abstaining = with_abstention((self.scenario, self.featurizer, self.policy), self.best_params, specs,
                                         plain, threshold)
        finally:
            self.policy.params = latest
        return (measure(self.scenario, [r.trajectory for r in abstaining]),
                measure(self.scenario, [r.trajectory for r in plain]))

    def finish(self, executor: Executor, run_dir: Path, config_data: dict[str, Any], status: str) -> dict[str, Any]:
        """Calibrate abstention, test the best policy, save the model, write result.json (then
        ``on_train_end``)."""
        calibration = self.calibrate(executor)
        threshold = calibration.threshold
        test_metrics, test_without = self.evaluate_both(executor, self.scenario.tasks("test"), threshold)
        # held-out splits beside test (hand-written tasks): measured, never used to select
        report_metrics, report_without = {}, {}
        for split in self.scenario.report_splits:
            report_metrics[split], report_without[split] = self.evaluate_both(executor, self.scenario.tasks(split),
                                                                              threshold)
        without = {split: {name: metrics[name] for name in ABSTENTION_KEYS}
                   for split, metrics in {"test": test_without, **report_without}.items()}
        manifest = {
            "agentgym_version": __version__,
            "scenario": {"name": self.scenario.name, "version": self.scenario.version,
                         "options": dict(self.config.scenario_options)},
            "policy": {"kind": self.config.policy, "settings": self.context.policy_settings},
            "featurizer": featurizers.describe(self.featurizer, self.config.featurizer),
            "actions": [*self.scenario.tool_names, "finish"],
            "abstention": calibration.manifest(),
            "config": config_data,
            "seed": self.seed,
            "versions": artifacts.package_versions(),
        }
        written = artifacts.save_model(run_dir, self.best_params, manifest)
        result = {
            **self.stopped_result(run_dir, config_data, status, manifest["versions"]),
            "test_metrics": test_metrics,
            "report_metrics": report_metrics,
            # metrics are with abstention at the calibrated threshold; these are without it
            "abstention": {**calibration.manifest(), "without": without},
            "meets_target": meets_criteria(test_metrics, dict(self.scenario.success_criteria)),
            "success_criteria": dict(self.scenario.success_criteria),
            "convergence_episode": self.converged_at,
            "best_validation": self.best,
            "weights_sha256": written["files"][artifacts.WEIGHTS_FILE]["sha256"],
        }
        self.write_result(run_dir, result)
        return result


def _metrics_step(path: Path, line: str) -> int:
    """The ``step`` of a metrics.jsonl line, or an ArtifactError naming the file."""
    data = artifacts.parse_json(line, path)
    if not isinstance(data, dict) or not isinstance(data.get("step"), int):
        raise artifacts.ArtifactError(f"{path} holds a line that is not an update's metrics")
    return data["step"]


def resume_config(run_dir: Path, episodes: int | None = None) -> TrainingConfig:
    """The config a run was started with, read back from its ``config.toml``; ``episodes``
    extends (or names) the run's budget, the one setting a resumed run may change."""
    path = Path(run_dir) / CONFIG_FILE
    if not path.is_file():
        raise artifacts.ArtifactError(f"{run_dir} is not a run directory (missing {CONFIG_FILE})")
    return build_config(path, episodes=episodes)
