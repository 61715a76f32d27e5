"""``TrainingConfig``: defaults, then a TOML file, then command-line flags; each rule gives one
line naming the field."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from agentgym.config import ConfigError, TrainingConfig, build_config, read_toml


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "train.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults() -> None:
    config = build_config(scenario="customer_support")

    assert config.scenario == "customer_support"
    assert config.seed == 0, "runs are reproducible by default"
    assert config.output_dir == Path("runs")
    assert (config.algorithm, config.policy, config.executor) == ("reinforce", "linear", "process")
    assert config.workers == min(os.cpu_count() or 1, 2)
    assert config.credit is None, "the scenario's own credit strategy by default"
    # the tuned numbers may change; they must obey the rules and come from the model
    for field in ("episodes", "learning_rate", "discount_factor", "batch_size", "checkpoint_interval"):
        assert getattr(config, field) == TrainingConfig.model_fields[field].default
    assert config.episodes > 0 and config.learning_rate > 0 and config.batch_size > 0
    assert 0 < config.discount_factor < 1 and config.checkpoint_interval >= 0


def test_scenario_is_required() -> None:
    with pytest.raises(ConfigError, match=r"^invalid scenario: Field required$"):
        build_config()


def test_training_table_in_a_file(tmp_path: Path) -> None:
    path = write(tmp_path, """
        [training]
        scenario = "customer_support"
        episodes = 512
        learning_rate = 0.05
        discount_factor = 0.9
        batch_size = 32
        checkpoint_interval = 0
        seed = 7
        output_dir = "elsewhere"
        algorithm = "ppo"
        policy = "mlp"
        executor = "process"
        workers = 2
    """.replace("\n        ", "\n"))

    config = build_config(path)

    assert (config.episodes, config.learning_rate, config.discount_factor) == (512, 0.05, 0.9)
    assert (config.batch_size, config.checkpoint_interval, config.seed) == (32, 0, 7)
    assert config.output_dir == Path("elsewhere")
    assert (config.algorithm, config.policy, config.executor, config.workers) == ("ppo", "mlp", "process", 2)


def test_top_level_keys_in_a_file(tmp_path: Path) -> None:
    path = write(tmp_path, 'scenario = "customer_support"\nepisodes = 256\nseed = 3\n')

    config = build_config(path)

    assert (config.scenario, config.episodes, config.seed) == ("customer_support", 256, 3)
    assert config.batch_size == TrainingConfig.model_fields["batch_size"].default, "keys left out keep defaults"


def test_flags_override_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, '[training]\nscenario = "customer_support"\nepisodes = 256\nseed = 3\nbatch_size = 16\n')

    config = build_config(path, episodes=1024, seed=None, learning_rate=0.2)

    assert config.episodes == 1024, "a flag beats the file"
    assert config.seed == 3, "a flag that was not given (None) leaves the file's value"
    assert config.batch_size == 16
    assert config.learning_rate == 0.2, "a flag beats the default"


def test_a_run_config_reads_back(tmp_path: Path) -> None:
    """What a run saves (``plain()`` under ``[training]``) loads into the same config."""
    import tomli_w

    original = build_config(scenario="customer_support", episodes=128, seed=None, credit="shaped")
    path = write(tmp_path, tomli_w.dumps({"training": original.plain()}))

    assert build_config(path) == original


def test_file_problems_are_config_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="config file not found"):
        read_toml(tmp_path / "missing.toml")
    with pytest.raises(ConfigError, match="is not valid TOML"):
        build_config(write(tmp_path, "scenario = \n"))


def test_unknown_key_is_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"^invalid learning_rte: unknown setting$"):
        build_config(write(tmp_path, 'scenario = "customer_support"\nlearning_rte = 0.1\n'))
    with pytest.raises(ConfigError, match=r"^invalid batchsize: unknown setting$"):
        build_config(scenario="customer_support", batchsize=3)


GOOD = {
    "scenario": ["customer_support", "a", "s3", "x_y_2"],
    "episodes": [1, 60_000],
    "learning_rate": [1e-6, 0.5, 3.0],
    "discount_factor": [0.001, 0.5, 0.999],
    "batch_size": [1, 512],
    "checkpoint_interval": [0, 1, 50],
    "seed": [0, 12345],
}
BAD = {
    "scenario": ["Customer_Support", "customer-support", "1st", "_x", "", "a b"],
    "episodes": [0, -1],
    "learning_rate": [0, -0.01],
    "discount_factor": [0, 1, 1.5, -0.1],
    "batch_size": [0, -64],
    "checkpoint_interval": [-1],
    "seed": [-1],
}


@pytest.mark.parametrize(("field", "value"), [(f, v) for f, values in GOOD.items() for v in values])
def test_rule_accepts(field: str, value: object) -> None:
    values = {"scenario": "customer_support", field: value}

    assert getattr(build_config(**values), field) == value


@pytest.mark.parametrize(("field", "value"), [(f, v) for f, values in BAD.items() for v in values])
def test_rule_rejects_with_one_line_naming_the_field(field: str, value: object) -> None:
    values = {"scenario": "customer_support", field: value}

    with pytest.raises(ConfigError) as caught:
        build_config(**values)

    message = str(caught.value)
    assert message.startswith(f"invalid {field}: ")
    assert "\n" not in message


def test_seed_may_be_none_in_the_model() -> None:
    assert TrainingConfig(scenario="customer_support", seed=None).seed is None


def test_rules_hold_on_assignment() -> None:
    config = build_config(scenario="customer_support")

    with pytest.raises(ValueError):
        config.episodes = 0


@pytest.mark.parametrize("field", ["algorithm", "policy", "executor", "credit"])
def test_plugin_names_must_be_simple(field: str) -> None:
    with pytest.raises(ConfigError, match=rf"^invalid {field}: "):
        build_config(scenario="customer_support", **{field: "../evil"})
