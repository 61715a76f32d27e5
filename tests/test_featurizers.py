"""Featurizers as plugins: a run names one, its manifest records it, and everything that loads
the run rebuilds exactly it.

The third-party featurizer is ``letters`` from the installed test distribution
``agentgym-plugin-echo`` (entry point ``echo-featurizer``): the hashed features plus a dense
block of the ticket's letter frequencies, with a setting of its own (``letter_weight``).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from agentgym import featurizers
from agentgym.artifacts import ArtifactError
from agentgym.config import ConfigError, build_config
from agentgym.features import Featurizer
from agentgym.toy import ToyOrderScenario

Run = Callable[..., subprocess.CompletedProcess[str]]
QUIET = {"AGENTGYM_DISABLED_PLUGINS": "broken-import"}


def manifest_path(run_dir: Path) -> Path:
    return run_dir / "model" / "manifest.json"


def read_manifest(run_dir: Path) -> dict[str, Any]:
    return json.loads(manifest_path(run_dir).read_text())


def edit_manifest(run_dir: Path, change: Callable[[dict[str, Any]], None]) -> None:
    """Change a manifest and seal it again (as a manifest written so would be): what is
    refused is then refused for what the change means, not for a broken sha256."""
    from agentgym import artifacts

    manifest = read_manifest(run_dir)
    change(manifest)
    manifest_path(run_dir).write_text(json.dumps(artifacts.seal_manifest(manifest)))


@pytest.fixture(scope="module")
def letters_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """``agentgym train echo_orders`` with the plugin's featurizer and a setting of its own,
    on the default executor (a worker process rebuilds the featurizer from the run's spec)."""
    folder = tmp_path_factory.mktemp("letters")
    config = folder / "letters.toml"
    config.write_text(
        '[training]\nscenario = "echo_orders"\nfeaturizer = "letters"\nepisodes = 384\nbatch_size = 64\n'
        'eval_interval = 2\ntrials = 2\nearly_stop = false\nlearning_rate = 0.05\n'
        f'output_dir = "{folder / "runs"}"\n\n[training.featurizer_options]\nletter_weight = 0.5\n'
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("AGENTGYM_")}
    done = subprocess.run(
        [sys.executable, "-c", "from agentgym.cli import main; main()", "train", "--config", str(config), "--json"],
        capture_output=True, text=True, env={**env, **QUIET}, timeout=600,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def copy_run(run: dict[str, Any], tmp_path: Path) -> Path:
    copied = tmp_path / "run"
    shutil.copytree(run["run_dir"], copied)
    return copied


def test_third_party_featurizer_trains_and_evaluates_end_to_end(letters_run: dict[str, Any], run_agentgym: Run) -> None:
    run_dir = Path(letters_run["run_dir"])
    recorded = read_manifest(run_dir)["featurizer"]
    assert (recorded["name"], recorded["plugin"], recorded["distribution"]) == (
        "letters", "echo-featurizer", "agentgym-plugin-echo")
    assert recorded["settings"]["letter_weight"] == 0.5
    assert recorded["settings"]["subwords"] == [4], "the shared settings come from the training config"
    import agentgym

    trained = agentgym.load_policy(run_dir)  # what the adapters and serve load
    assert type(trained.featurizer).__name__ == "LettersFeaturizer"
    assert trained.featurizer.settings.letter_weight == 0.5
    hashed_size = featurizers.build(ToyOrderScenario(), featurizers.FeaturizerSpec()).n_features
    assert trained.policy.params["W"].shape[0] == hashed_size + 26 * (1 + len(trained.scenario.tool_names)), (
        "the policy was trained on the letters block too")

    done = run_agentgym("eval", str(run_dir), "--trials", "2", "--json", env=QUIET, timeout=300)

    assert done.returncode == 0, done.stderr
    again = json.loads(done.stdout)
    for metric in ("success_rate", "tool_reliability", "avg_tokens", "pass_hat_k"):
        assert again[metric] == letters_run["test_metrics"][metric], f"eval reproduces training's test {metric}"


def test_a_run_whose_featurizer_plugin_is_missing_names_the_distribution(letters_run: dict[str, Any],
                                                                         run_agentgym: Run) -> None:
    done = run_agentgym("eval", letters_run["run_dir"], "--trials", "1",
                        env={"AGENTGYM_DISABLED_PLUGINS": "broken-import,echo-featurizer"})

    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "featurizer 'letters'" in done.stderr
    assert "pip install agentgym-plugin-echo" in done.stderr


@pytest.mark.parametrize(("change", "message"), [
    (lambda f: f["settings"].update(letter_weight=0.7), "does not give the features the model was trained on"),
    (lambda f: f["settings"].update(bigrams=False), "does not give the features the model was trained on"),
    (lambda f: f["settings"].update(colour="red"), "unknown setting 'colour'"),
    (lambda f: f["settings"].update(letter_weight=-1), "setting 'letter_weight' must be a positive number"),
    (lambda f: f["settings"].update(subwords="4"), "setting 'subwords' must be a list of positive integers"),
    (lambda f: f.update(name="hashed"), "featurizer 'hashed': unknown setting 'letter_weight'"),
])
def test_a_tampered_featurizer_setting_is_refused(letters_run: dict[str, Any], tmp_path: Path, run_agentgym: Run,
                                                  change: Callable[[dict[str, Any]], None], message: str) -> None:
    run_dir = copy_run(letters_run, tmp_path)
    edit_manifest(run_dir, lambda manifest: change(manifest["featurizer"]))

    with pytest.raises(ArtifactError, match=message):
        featurizers.rebuild(ToyOrderScenario(), read_manifest(run_dir)["featurizer"], str(run_dir))
    done = run_agentgym("eval", str(run_dir), "--trials", "1", env=QUIET)
    assert done.returncode == 2 and done.stderr.startswith("error: ") and done.stderr.count("\n") == 1


@pytest.fixture(scope="module")
def hashed_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from agentgym.trainer import Trainer

    config = build_config(scenario="echo_orders", episodes=256, batch_size=64, trials=2, early_stop=False,
                          executor="local", learning_rate=0.05, output_dir=tmp_path_factory.mktemp("hashed"))
    return Trainer(config).run()


def test_a_manifest_from_before_featurizer_plugins_loads_as_hashed_unchanged(hashed_run: dict[str, Any],
                                                                            tmp_path: Path) -> None:
    import agentgym

    run_dir = copy_run(hashed_run, tmp_path)
    recorded = read_manifest(run_dir)["featurizer"]
    assert recorded["name"] == "hashed" and recorded["distribution"] == "agentgym-core"
    edit_manifest(run_dir, lambda manifest: manifest.update(featurizer=recorded["settings"]))  # the old form

    old = agentgym.load_policy(run_dir)
    new = agentgym.load_policy(hashed_run["run_dir"])
    assert type(old.featurizer) is Featurizer and old.featurizer.settings == new.featurizer.settings
    scenario = old.scenario
    for task in scenario.tasks("test")[:20]:
        first = old.featurizer.encode(scenario.new_episode(task, 0).observe())
        assert np.array_equal(first[0], new.featurizer.encode(scenario.new_episode(task, 0).observe())[0])
    from agentgym.report.evaluate import evaluate_trained

    _, _, evaluation = evaluate_trained(run_dir, "test", 2)
    assert evaluation.metrics["success_rate"] == hashed_run["test_metrics"]["success_rate"]


def test_an_unknown_featurizer_is_bad_input_before_any_run_directory(tmp_path: Path, run_agentgym: Run) -> None:
    done = run_agentgym("train", "echo_orders", "--featurizer", "nope", "-o", str(tmp_path), env=QUIET)

    assert done.returncode == 2
    assert done.stderr.strip().startswith("error: unknown featurizer 'nope'; installed: hashed")
    assert "letters" in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_featurizer_setting_it_refuses_is_bad_input(tmp_path: Path, run_agentgym: Run) -> None:
    config = tmp_path / "bad.toml"
    config.write_text('[training]\nscenario = "echo_orders"\nfeaturizer = "letters"\n'
                      f'output_dir = "{tmp_path / "runs"}"\n[training.featurizer_options]\nletter_wieght = 2\n')

    done = run_agentgym("train", "--config", str(config), env=QUIET)

    assert done.returncode == 2
    assert done.stderr == "error: featurizer 'letters': unknown setting 'letter_wieght'\n"
    assert not (tmp_path / "runs").exists()


def test_the_shared_settings_are_set_once() -> None:
    with pytest.raises(ConfigError, match="set 'hash_dim' as a training setting of its own"):
        build_config(scenario="echo_orders", featurizer_options={"hash_dim": 128})
    config = build_config(scenario="echo_orders", featurizer="letters", featurizer_options={"letter_weight": 2},
                          hash_dim=128)
    assert config.featurizer_settings() == {"hash_dim": 128, "word_dropout": 0.1, "subwords": (4,), "letter_weight": 2}


def test_the_env_rebuilds_a_runs_featurizer(letters_run: dict[str, Any]) -> None:
    import agentgym

    recorded = read_manifest(Path(letters_run["run_dir"]))["featurizer"]
    trained = agentgym.load_policy(letters_run["run_dir"])

    env = agentgym.make_env("echo_orders", split="test", featurizer=recorded)
    observation, _ = env.reset(seed=3)
    assert observation.shape == (trained.featurizer.n_features,)
    indices, values, _ = trained.featurizer.encode(env.unwrapped.episode.observe())
    expected = np.zeros(trained.featurizer.n_features, dtype=np.float32)
    np.add.at(expected, indices, values.astype(np.float32))
    assert np.array_equal(observation, expected), "the env's observation is the run's features"
    by_name = agentgym.make_env("echo_orders", featurizer="letters", featurizer_options={"letter_weight": 0.5},
                                hash_dim=4096)
    assert by_name.unwrapped.featurizer.settings.letter_weight == 0.5
    with pytest.raises(ValueError, match="cannot change a recorded featurizer"):
        agentgym.make_env("echo_orders", featurizer=recorded, hash_dim=128)
    with pytest.raises(ArtifactError, match="does not give the features"):
        agentgym.make_env("echo_orders", featurizer={**recorded, "settings": {**recorded["settings"], "hash_dim": 128}})
