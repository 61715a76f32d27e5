"""Training configuration: defaults, then a TOML file, then command-line flags.

Validation is pydantic's; ``ConfigError`` carries one line naming the field and the rule,
which the CLI prints before exiting with status 2.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator


class ConfigError(ValueError):
    """Bad configuration; the message is one user-facing line."""



def default_workers() -> int:
    """Rollout processes by default: two where there are two CPUs. Results never depend on
    it (episodes are seeded by index); more than two is untested for speed, so opt in."""
    return max(1, min(os.cpu_count() or 1, 2))


SHARED_FEATURIZER_SETTINGS = ("hash_dim", "word_dropout", "subwords")  # every featurizer takes these


class TrainingConfig(BaseModel):
    """Everything a training run depends on; saved as the run's ``config.toml``."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    scenario: str = Field(pattern=r"^[a-z][a-z0-9_]*$", description="lowercase letters, digits, underscores")
    episodes: int = Field(default=20_000, gt=0, description="total training episode budget")
    learning_rate: float = Field(default=0.02, gt=0)
    discount_factor: float = Field(default=0.99, gt=0, lt=1)
    batch_size: int = Field(default=64, gt=0, description="episodes per update")
    checkpoint_interval: int = Field(default=10, ge=0, description="updates between checkpoints; 0 = off")
    seed: int | None = Field(default=0, ge=0)
    output_dir: Path = Path("runs")
    algorithm: str = "reinforce"
    policy: str = "linear"
    credit: str | None = Field(default=None, description="credit strategy; None = the scenario's default")
    executor: str = Field(default="process", description="process: this process plus workers-1 worker processes")
    workers: int = Field(default_factory=default_workers, gt=0, description="default: 2 if the machine has 2 CPUs")
    entropy_coef: float = Field(default=0.05, ge=0)
    expert_coef: float = Field(default=1.0, ge=0,
                               description="weight of the expert's action in each visited state (0: policy gradient only)")
    weight_decay: float = Field(default=0.1, ge=0, description="decoupled L2 on weight matrices")
    hidden_size: int = Field(default=64, gt=0, description="mlp policy only")
    featurizer: str = Field(default="hashed", description="the featurizer plugin (see `agentgym plugins list`)")
    featurizer_options: dict[str, Any] = Field(default_factory=dict,
                                               description="the featurizer's own settings, beside the three below")
    hash_dim: int = Field(default=4096, ge=64)
    word_dropout: float = Field(default=0.1, ge=0, lt=1, description="hide ticket words in training episodes")
    subwords: list[int] = Field(default_factory=lambda: [4],
                                description="character n-gram sizes read beside each word; [] = words only")
    eval_interval: int = Field(default=20, gt=0, description="updates between validation runs")
    trials: int = Field(default=4, gt=0, description="trials per test task in the final evaluation")
    abstain_margin: float = Field(
        default=0.01, ge=0, le=1,
        description="validation success the abstention threshold may give up (agentgym.abstention.calibrate)",
    )
    early_stop: bool = True
    early_stop_success: float = Field(
        default=0.97, ge=0, le=1,
        description="early stop also needs this validation success rate, besides the scenario's criteria",
    )
    tensorboard_dir: Path | None = Field(default=None, description="write TensorBoard event files here")
    scenario_options: dict[str, Any] = Field(default_factory=dict)
    executor_options: dict[str, Any] = Field(default_factory=dict)

    @field_validator("algorithm", "policy", "executor", "credit", "featurizer")
    @classmethod
    def _plugin_name(cls, value: str | None) -> str | None:
        if value is not None and not value.replace("_", "").isalnum():
            raise ValueError("must be a plugin entry name (letters, digits, underscores)")
        return value

    @model_validator(mode="after")
    def _featurizer_options_apart(self) -> TrainingConfig:
        shared = sorted(set(self.featurizer_options) & set(SHARED_FEATURIZER_SETTINGS))
        if shared:
            raise ValueError(f"featurizer_options: set '{shared[0]}' as a training setting of its own")
        return self

    def featurizer_settings(self) -> dict[str, Any]:
        """What the featurizer is built with: the shared settings, then its own options."""
        shared = {name: getattr(self, name) for name in SHARED_FEATURIZER_SETTINGS}
        return {**shared, "subwords": tuple(self.subwords), **self.featurizer_options}

    def plain(self) -> dict[str, Any]:
        """The config as TOML-safe data (no None values, paths as strings)."""
        data = self.model_dump(mode="json")
        return {key: value for key, value in data.items() if value is not None}


def _one_line(error: ValidationError) -> str:
    first = error.errors()[0]
    field = ".".join(str(part) for part in first["loc"]) or "config"
    message = first["msg"]
    if first["type"] == "extra_forbidden":
        message = "unknown setting"
    return f"invalid {field}: {message}"


def read_toml(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"config file {path} is not valid TOML: {error}") from None
    return data.get("training", data)


def build_config(file: Path | None = None, **overrides: Any) -> TrainingConfig:
    """Defaults, then ``file`` (a ``[training]`` table or top-level keys), then overrides."""
    values: dict[str, Any] = read_toml(file) if file is not None else {}
    values.update({key: value for key, value in overrides.items() if value is not None})
    try:
        return TrainingConfig.model_validate(values)
    except ValidationError as error:
        raise ConfigError(_one_line(error)) from None
