"""Case 5: a run whose loss or weights stop being finite ends as ``diverged`` (exit 1) with
its last finite checkpoint kept, and a model holding NaN is never evaluated."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest
from hostile_lib import TOY_TRAINING, Site, run_dir_of, snapshot

from agentgym import artifacts


@pytest.mark.parametrize("value", ["inf", "-inf", "nan"])
def test_a_learning_rate_that_is_not_finite_is_bad_input(site: Site, tmp_path: Path, value: str) -> None:
    done = site.run("train", "echo_orders", "-lr", value, "-o", str(tmp_path / "runs"))

    assert done.code == 2, done
    assert done.line.startswith("error: invalid learning_rate:")
    assert not (tmp_path / "runs").exists()


@pytest.mark.parametrize("setting", ["learning_rate", "entropy_coef", "weight_decay", "discount_factor",
                                     "word_dropout", "early_stop_success"])
@pytest.mark.parametrize("value", ["nan", "inf"])
def test_every_float_in_a_config_file_must_be_finite(site: Site, tmp_path: Path, setting: str, value: str) -> None:
    config = tmp_path / "train.toml"
    config.write_text(f'[training]\nscenario = "echo_orders"\n{setting} = {value}\n', encoding="utf-8")

    done = site.run("train", "--config", str(config), "-o", str(tmp_path / "runs"))

    assert done.code == 2, done
    assert done.line.startswith(f"error: invalid {setting}:")


def test_a_run_that_diverges_stops_with_status_diverged_and_keeps_a_finite_checkpoint(
    site: Site, tmp_path: Path
) -> None:
    output = tmp_path / "runs"

    done = site.run("train", "echo_orders", *TOY_TRAINING, "-lr", "1e308", "-o", str(output))

    assert done.code == 1, done
    run_dir = run_dir_of(output)
    assert done.line.startswith("error: training diverged at update 1")
    assert str(run_dir / "checkpoints" / "latest.npz") in done.line
    result = json.loads((run_dir / "result.json").read_text(encoding="utf-8"))
    assert result["status"] == "diverged" and result["updates"] == 0
    arrays, state = artifacts.load_checkpoint(run_dir)
    assert state["update"] == 0
    assert all(np.isfinite(value).all() for value in arrays.values())
    assert not (run_dir / "model").exists(), "no model is saved from a diverged run"
    lines = [json.loads(line) for line in (run_dir / "metrics.jsonl").read_text(encoding="utf-8").splitlines()]
    assert all(math.isfinite(line["loss"]) for line in lines)


def test_a_diverging_algorithm_plugin_is_caught_the_same_way(site: Site, tmp_path: Path) -> None:
    """Any algorithm, not only a large learning rate: weights that turn NaN at update 2."""
    site.add("nan-algorithm", """
        import numpy as np
        from agentgym.algorithms.reinforce import Reinforce
        from agentgym.hookspecs import hookimpl

        class Poisoned(Reinforce):
            calls = 0

            def update(self, policy, batch):
                stats = super().update(policy, batch)
                Poisoned.calls += 1
                if Poisoned.calls == 2:
                    for value in policy.params.values():
                        value[...] = np.nan
                return stats

        @hookimpl
        def register_algorithms(register):
            register("poisoned", Poisoned)
    """)
    output = tmp_path / "runs"

    done = site.run("train", "echo_orders", *TOY_TRAINING[:2], "-b", "16", "--executor", "local",
                    "--algorithm", "poisoned", "--checkpoint-interval", "1", "-o", str(output), "--json")

    assert done.code == 1, done
    assert done.line.startswith("error: training diverged at update 2")
    run_dir = run_dir_of(output)
    arrays, state = artifacts.load_checkpoint(run_dir)
    assert state["update"] == 1, "the checkpoint of the last finite update is kept"
    assert all(np.isfinite(value).all() for value in arrays.values())
    assert json.loads((run_dir / "result.json").read_text(encoding="utf-8"))["status"] == "diverged"


def test_a_model_holding_nan_is_refused(site: Site, copied_toy_run: Path) -> None:
    weights, manifest = artifacts.load_model(copied_toy_run)
    name = sorted(weights)[0]
    weights[name] = weights[name].copy()
    weights[name].flat[0] = np.nan
    manifest.pop("files")
    manifest.pop("sha256", None)
    artifacts.save_model(copied_toy_run, weights, manifest)
    before = snapshot(copied_toy_run)

    done = site.run("eval", str(copied_toy_run), "--trials", "1")

    assert done.code == 2, done
    assert "weights.npz" in done.line and "not finite" in done.line
    assert snapshot(copied_toy_run) == before


def test_a_run_diverging_at_a_validation_update_does_not_validate_nan_weights(site: Site, tmp_path: Path) -> None:
    """One update of 32 episodes: the update that diverges is also the one that validates."""
    done = site.run("train", "echo_orders", "-e", "32", "-b", "32", "--executor", "local", "-lr", "1e308",
                    "-o", str(tmp_path / "runs"))

    assert done.code == 1, done
    assert done.line.startswith("error: training diverged at update 1"), "and no numpy warning lines"
