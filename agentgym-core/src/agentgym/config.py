"""Training configuration: defaults, then a TOML file, then command-line flags.

Validation is pydantic's; ``ConfigError`` carries one line naming the field and the rule,
which the CLI prints before exiting with status 2. Every number has a bound a laptop (or a
cluster) can honour, and every float must be finite: ``inf`` and ``nan`` are refused here,
not discovered as NaN weights at the end of a run.
"""

from __future__ import annotations

import math
import os
import tomllib
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator


class ConfigError(ValueError):
    """Bad configuration; the message is one user-facing line."""


MAX_EPISODES = 10**9
MAX_BATCH = 65_536
MAX_INTERVAL = 10**6  # updates between checkpoints or validations
MAX_WORKERS = 1024
MAX_TRIALS = 1000
MAX_HASH_DIM = 1 << 20
MAX_HIDDEN = 4096
MAX_SEED = 2**32 - 1  # episode seeds mix 32-bit words
MAX_MLP_WEIGHTS = 1 << 26  # hash_dim x hidden_size: 512 MB of float64 in the first layer
MAX_SUBWORD = 16  # longest character n-gram read beside each word
MAX_SUBWORD_SIZES = 8


def default_workers() -> int:
    """Rollout processes by default: two where there are two CPUs. Results never depend on
    it (episodes are seeded by index); more than two is untested for speed, so opt in."""
    return max(1, min(os.cpu_count() or 1, 2))


SHARED_FEATURIZER_SETTINGS = ("hash_dim", "word_dropout", "subwords")  # every featurizer takes these


def _finite(value: Any) -> bool:
    """No inf or nan anywhere in a TOML value (the featurizer's own options are untyped here)."""
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, list | tuple):
        return all(_finite(item) for item in value)
    if isinstance(value, dict):
        return all(_finite(item) for item in value.values())
    return True


class TrainingConfig(BaseModel):
    """Everything a training run depends on; saved as the run's ``config.toml``."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, allow_inf_nan=False)

    scenario: str = Field(pattern=r"^[a-z][a-z0-9_]*$", description="lowercase letters, digits, underscores")
    episodes: int = Field(default=20_000, gt=0, le=MAX_EPISODES, description="total training episode budget")
    learning_rate: float = Field(default=0.02, gt=0, description="step size of each policy update")
    discount_factor: float = Field(default=0.99, gt=0, lt=1, description="how much a later reward counts")
    batch_size: int = Field(default=64, gt=0, le=MAX_BATCH, description="episodes per update")
    checkpoint_interval: int = Field(default=10, ge=0, le=MAX_INTERVAL, description="updates between checkpoints; 0 = off")
    seed: int | None = Field(default=0, ge=0, le=MAX_SEED, description="seeds the weights and every episode")
    output_dir: Path = Field(default=Path("runs"), description="where run directories go")
    algorithm: str = Field(default="reinforce", description="reinforce, ppo, or a plugin's")
    policy: str = Field(default="linear", description="linear, mlp, or a plugin's")
    credit: str | None = Field(default=None, description="credit strategy: broadcast, discounted, shaped, or a plugin's")
    executor: str = Field(default="process", description="process: this process plus workers-1 worker processes")
    workers: int = Field(default_factory=default_workers, gt=0, le=MAX_WORKERS,
                         description="rollout processes; the weights do not depend on it")
    entropy_coef: float = Field(default=0.05, ge=0, description="weight of the entropy bonus that keeps exploring")
    expert_coef: float = Field(default=1.0, ge=0,
                               description="weight of the expert's action in each visited state (0: policy gradient only)")
    weight_decay: float = Field(default=0.1, ge=0, description="decoupled L2 on weight matrices")
    hidden_size: int = Field(default=64, gt=0, le=MAX_HIDDEN, description="mlp policy only")
    featurizer: str = Field(default="hashed", description="the featurizer plugin (see `agentgym plugins list`)")
    featurizer_options: dict[str, Any] = Field(default_factory=dict,
                                               description="the featurizer's own settings, beside hash_dim, word_dropout and subwords")
    hash_dim: int = Field(default=4096, ge=64, le=MAX_HASH_DIM, description="feature buckets words and n-grams are hashed into")
    word_dropout: float = Field(default=0.1, ge=0, lt=1, description="hide ticket words in training episodes")
    subwords: list[Annotated[int, Field(gt=0, le=MAX_SUBWORD)]] = Field(
        default_factory=lambda: [4], max_length=MAX_SUBWORD_SIZES,
        description="character n-gram sizes read beside each word; [] = words only")
    eval_interval: int = Field(default=20, gt=0, le=MAX_INTERVAL, description="updates between validation runs")
    trials: int = Field(default=4, gt=0, le=MAX_TRIALS, description="trials per test task in the final evaluation")
    abstain_margin: float = Field(
        default=0.01, ge=0, le=1,
        description="validation success the abstention threshold may give up (agentgym.abstention.calibrate)",
    )
    early_stop: bool = Field(default=True, description="stop once validation meets the scenario's criteria")
    early_stop_success: float = Field(
        default=0.97, ge=0, le=1,
        description="early stop also needs this validation success rate, besides the scenario's criteria",
    )
    tensorboard_dir: Path | None = Field(default=None, description="write TensorBoard event files here")
    scenario_options: dict[str, Any] = Field(default_factory=dict, description="keyword arguments for the scenario")
    executor_options: dict[str, Any] = Field(default_factory=dict, description="keyword arguments for the executor (ray: address)")

    @field_validator("algorithm", "policy", "executor", "credit", "featurizer")
    @classmethod
    def _plugin_name(cls, value: str | None) -> str | None:
        if value is not None and not value.replace("_", "").isalnum():
            raise ValueError("must be a plugin entry name (letters, digits, underscores)")
        return value

    @field_validator("output_dir", "tensorboard_dir")
    @classmethod
    def _folder_or_new(cls, value: Path | None) -> Path | None:
        try:
            unusable = value is not None and value.exists() and not value.is_dir()
        except OSError as error:  # a name too long, a part that is a file, ...
            raise ValueError(f"{value} cannot be used: {error.strerror}") from None
        if unusable:
            raise ValueError(f"{value} exists and is not a folder")
        return value

    @model_validator(mode="after")
    def _mlp_fits(self) -> TrainingConfig:
        if self.policy == "mlp" and self.hash_dim * self.hidden_size > MAX_MLP_WEIGHTS:
            raise ValueError(f"hash_dim x hidden_size is {self.hash_dim * self.hidden_size:,}; the mlp policy "
                             f"allows at most {MAX_MLP_WEIGHTS:,} first-layer weights")
        return self

    @model_validator(mode="after")
    def _featurizer_options_apart(self) -> TrainingConfig:
        shared = sorted(set(self.featurizer_options) & set(SHARED_FEATURIZER_SETTINGS))
        if shared:
            raise ValueError(f"featurizer_options: set '{shared[0]}' as a training setting of its own")
        for name, value in self.featurizer_options.items():
            if not _finite(value):
                raise ValueError(f"featurizer_options: '{name}' must hold finite numbers only")
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
    message = first["msg"].removeprefix("Value error, ")
    if first["type"] == "extra_forbidden":
        message = "unknown setting"
    if first["type"] == "finite_number":
        message = "must be a finite number"
    return f"invalid {field}: {' '.join(message.split())}"


MAX_CONFIG_BYTES = 1 << 20


def read_toml(path: Path) -> dict[str, Any]:
    """The ``[training]`` table of a TOML file (or its top-level keys when it has none)."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_CONFIG_BYTES + 1)
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path}") from None
    except IsADirectoryError:
        raise ConfigError(f"cannot read config file {path}: it is a folder") from None
    except OSError as error:
        raise ConfigError(f"cannot read config file {path}: {error.strerror or error}") from None
    if len(raw) > MAX_CONFIG_BYTES:
        raise ConfigError(f"config file {path} is larger than {MAX_CONFIG_BYTES} bytes")
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"config file {path} is not valid TOML: it is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"config file {path} is not valid TOML: {error}") from None
    except RecursionError:
        raise ConfigError(f"config file {path} is not valid TOML: nested too deeply") from None
    training = data.get("training", data)
    if not isinstance(training, dict):
        raise ConfigError(f"config file {path}: [training] must be a table of settings")
    return training


def build_config(file: Path | None = None, **overrides: Any) -> TrainingConfig:
    """Defaults, then ``file`` (a ``[training]`` table or top-level keys), then overrides."""
    values: dict[str, Any] = read_toml(file) if file is not None else {}
    values.update({key: value for key, value in overrides.items() if value is not None})
    try:
        return TrainingConfig.model_validate(values)
    except ValidationError as error:
        raise ConfigError(_one_line(error)) from None
