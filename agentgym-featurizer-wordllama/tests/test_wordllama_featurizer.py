"""The ``wordllama`` featurizer, installed as users install it (its entry point), on the real
l2_supercat weights shipped in the wordllama wheel: nothing here stands in for the encoder.

One small ``agentgym train customer_support --featurizer wordllama`` run (about 15 s) is shared
by the end-to-end tests. The CLI processes run with the repository's network guard installed
(``agentgym.testing.block_non_loopback_sockets``; forked rollout workers inherit it), so a
download attempt anywhere fails the command; in-process tests have the autouse guard.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from agentgym import featurizers
from agentgym.artifacts import ArtifactError
from agentgym.hooks import make_scenario

DISTRIBUTION = "agentgym-featurizer-wordllama"
# the CLI as a user runs it, with the network guard: a refused connection or lookup is an
# error in the command (and listed on stderr at exit)
GUARDED_CLI = (
    "import atexit, sys, pytest\n"
    "from agentgym.testing import block_non_loopback_sockets\n"
    "attempts = block_non_loopback_sockets(pytest.MonkeyPatch())\n"
    "atexit.register(lambda: attempts and sys.stderr.write('network attempts: ' + ', '.join(attempts) + '\\n'))\n"
    "from agentgym.cli import main\n"
    "main()\n"
)
SETTINGS = {"dims": 128, "weight": 0.5}
ENCODER_MODULES = ("wordllama", "safetensors", "tokenizers", "agentgym_featurizer_wordllama.featurizer",
                   "agentgym_featurizer_wordllama.embeddings")


def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AGENTGYM_")}
    return subprocess.run([sys.executable, "-c", GUARDED_CLI, *args], capture_output=True, text=True,
                          env={**env, "NO_COLOR": "1"}, timeout=timeout)


def manifest_path(run_dir: Path) -> Path:
    return run_dir / "model" / "manifest.json"


@pytest.fixture(scope="module")
def scenario() -> Any:
    return make_scenario("customer_support")


@pytest.fixture(scope="module")
def wordllama_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The command the README gives, small: 640 episodes, the default (process) executor, so
    the rollout workers build the encoder from the run's spec too."""
    folder = tmp_path_factory.mktemp("wordllama")
    config = folder / "small.toml"
    config.write_text("[training]\neval_interval = 10\ntrials = 1\ncheckpoint_interval = 0\nearly_stop = false\n"
                      "\n[training.featurizer_options]\n" + "".join(f"{k} = {v}\n" for k, v in SETTINGS.items()))
    done = run_cli("train", "customer_support", "--featurizer", "wordllama", "--episodes", "640",
                    "--batch-size", "32", "--learning-rate", "0.1", "--config", str(config),
                    "-o", str(folder / "runs"), "--json", timeout=300)
    assert done.returncode == 0, done.stderr
    assert "network attempts" not in done.stderr
    return json.loads(done.stdout)


@pytest.mark.slow
def test_trains_and_evaluates_end_to_end(wordllama_run: dict[str, Any], scenario: Any) -> None:
    run_dir = Path(wordllama_run["run_dir"])
    recorded = json.loads(manifest_path(run_dir).read_text())["featurizer"]
    assert (recorded["name"], recorded["plugin"], recorded["distribution"]) == ("wordllama", "wordllama", DISTRIBUTION)
    assert {k: recorded["settings"][k] for k in SETTINGS} == SETTINGS
    assert recorded["settings"]["subwords"] == [4], "the shared settings come from the training config"

    import agentgym

    trained = agentgym.load_policy(run_dir)  # what the adapters and serve load
    assert type(trained.featurizer).__name__ == "WordLlamaFeaturizer"
    hashed_size = featurizers.build(scenario, featurizers.FeaturizerSpec()).n_features
    assert trained.policy.params["W"].shape[0] == hashed_size + 128 * (1 + len(scenario.tool_names)), (
        "the policy was trained on the text block and its crosses with each tool")
    assert wordllama_run["test_metrics"]["success_rate"] > 0, "the small run solves some tickets"

    done = run_cli("eval", str(run_dir), "--trials", "1", "--json")

    assert done.returncode == 0, done.stderr
    assert "network attempts" not in done.stderr
    again = json.loads(done.stdout)
    for metric in ("success_rate", "tool_reliability", "avg_tokens", "pass_hat_k", "success_by_kind"):
        assert again[metric] == wordllama_run["test_metrics"][metric], f"eval reproduces training's test {metric}"


@pytest.mark.parametrize(("setting", "value", "message"), [
    ("weight", 0.7, "does not give the features the model was trained on"),
    ("dims", 256, "does not give the features the model was trained on"),
    ("dims", 100, "setting 'dims' must be one of 64, 128, 256"),
])
@pytest.mark.slow
def test_a_manifest_with_an_edited_setting_is_refused(wordllama_run: dict[str, Any], tmp_path: Path, scenario: Any,
                                                      setting: str, value: Any, message: str) -> None:
    from agentgym import artifacts

    run_dir = tmp_path / "run"
    shutil.copytree(wordllama_run["run_dir"], run_dir)
    manifest = json.loads(manifest_path(run_dir).read_text())
    manifest["featurizer"]["settings"][setting] = value
    manifest_path(run_dir).write_text(json.dumps(artifacts.seal_manifest(manifest)))  # sealed: only the meaning is wrong

    with pytest.raises(ArtifactError, match=message):
        featurizers.rebuild(scenario, manifest["featurizer"], str(run_dir))
    done = run_cli("eval", str(run_dir), "--trials", "1")
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("error: ") and done.stderr.count("\n") == 1 and message in done.stderr


@pytest.mark.parametrize("command", [("--version",), ("plugins", "list")])
def test_cli_start_up_does_not_load_the_encoder(command: tuple[str, ...]) -> None:
    probe = ("import sys\nfrom agentgym.cli import main\n"
             f"sys.argv = ['agentgym', *{list(command)!r}]\n"
             "try:\n    main()\nexcept SystemExit:\n    pass\n"
             "print('LOADED', sorted(m for m in sys.modules if m.split('.')[0] in ('wordllama', 'safetensors', "
             "'tokenizers', 'agentgym_featurizer_wordllama')))\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("AGENTGYM_")}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=60)

    assert done.returncode == 0, done.stderr
    loaded = json.loads(done.stdout.rsplit("LOADED ", 1)[1].replace("'", '"'))
    assert "agentgym_featurizer_wordllama.plugin" in loaded, "the plugin itself is discovered at start-up"
    assert not [m for m in loaded if m.startswith(ENCODER_MODULES)], loaded


def build(scenario: Any, **settings: Any) -> Any:
    return featurizers.build(scenario, featurizers.FeaturizerSpec("wordllama", settings))


def test_the_text_vector_carries_pretrained_word_knowledge(scenario: Any) -> None:
    """Texts with no word in common, which hashing sees as unrelated, are near when they
    mean the same thing: the reason to use this featurizer."""
    featurizer = build(scenario)
    vector = featurizer.text_vector

    def similarity(a: str, b: str) -> float:
        return float(vector(a) @ vector(b))

    assert similarity("I want my money back", "refund request") > similarity("I want my money back",
                                                                             "my api key fails") + 0.3
    assert similarity("password reset", "I forgot my login credentials") > similarity("password reset",
                                                                                      "refund my order") + 0.3


def test_dims_keeps_the_leading_components_and_weight_sets_the_length(scenario: Any) -> None:
    text = "Rückerstattung bitte: the invoice was charged twice"
    full = build(scenario).text_vector(text)
    small = build(scenario, dims=64, weight=2.5)

    short = small.text_vector(text)
    assert full.shape == (256,) and short.shape == (64,)
    assert np.linalg.norm(full) == pytest.approx(1.0) and np.linalg.norm(short) == pytest.approx(2.5)
    assert np.allclose(short / 2.5, full[:64] / np.linalg.norm(full[:64]))
    assert small.text_dim == 64 and small.n_features == build(scenario, dims=256).n_features - 192 * (
        1 + len(scenario.tool_names))
    assert not np.any(build(scenario).text_vector("")), "a text with no tokens has no direction"


def test_the_table_is_loaded_once_per_process(scenario: Any) -> None:
    assert build(scenario).encoder is build(scenario, dims=64).encoder


@pytest.mark.parametrize(("settings", "message"), [
    ({"dims": 512}, "featurizer 'wordllama': setting 'dims' must be one of 64, 128, 256, not 512"),
    ({"dims": True}, "setting 'dims' must be one of"),
    ({"weight": 0}, "featurizer 'wordllama': setting 'weight' must be a positive number, not 0"),
    ({"weight": "1"}, "setting 'weight' must be a positive number"),
    ({"pooling": "max"}, "featurizer 'wordllama': unknown setting 'pooling'"),
])
def test_settings_it_refuses_are_one_clear_error(scenario: Any, settings: dict[str, Any], message: str) -> None:
    with pytest.raises(featurizers.FeaturizerError) as error:
        build(scenario, **settings)
    assert message in str(error.value) and "\n" not in str(error.value)


def test_a_bad_setting_on_the_command_line_is_bad_input(tmp_path: Path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text(f'[training]\noutput_dir = "{tmp_path / "runs"}"\n[training.featurizer_options]\ndims = 300\n')

    done = run_cli("train", "customer_support", "--featurizer", "wordllama", "--config", str(config))

    assert done.returncode == 2
    assert done.stderr == "error: featurizer 'wordllama': setting 'dims' must be one of 64, 128, 256, not 300\n"
    assert not (tmp_path / "runs").exists()


