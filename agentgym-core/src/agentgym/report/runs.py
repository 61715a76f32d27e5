"""Reading a run directory, with an error that names the missing or corrupt file."""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agentgym.artifacts import MANIFEST_FILE, MODEL_DIR, WEIGHTS_FILE, ArtifactError
from agentgym.trainer import CONFIG_FILE, METRICS_FILE, RESULT_FILE

CURVE_KEYS = ("step", "episodes")
RESULT_KEYS = ("test_metrics", "success_criteria", "seed")


class RunDirError(ArtifactError):
    """A run directory a report cannot use; the message names the file and what is wrong."""


@dataclass(frozen=True)
class RunData:
    """What a finished run wrote, parsed: its config, its metric lines and its result."""

    path: Path
    config: dict[str, Any]
    metrics: list[dict[str, Any]]
    result: dict[str, Any]

    @property
    def label(self) -> str:
        """How plots and tables name the run: its directory and seed."""
        return f"{self.path.name} (seed {self.result.get('seed')})"

    @property
    def scenario(self) -> str:
        return str(self.result.get("scenario") or self.config.get("scenario", "?"))


def _require(path: Path) -> Path:
    if not path.is_file():
        raise RunDirError(f"missing file: {path}")
    return path


def read_config(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(_require(path).read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, RecursionError) as error:
        raise RunDirError(f"corrupt file: {path} is not valid TOML ({type(error).__name__})") from None
    return dict(data.get("training", data))


def read_metrics(path: Path) -> list[dict[str, Any]]:
    """Every line of ``metrics.jsonl``; a bad line is reported with its number."""
    lines: list[dict[str, Any]] = []
    try:
        text = _require(path).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise RunDirError(f"corrupt file: {path} is not UTF-8 text") from None
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            line = json.loads(raw)
        except (ValueError, RecursionError):  # also nested too deeply, or an integer too long
            raise RunDirError(f"corrupt file: {path} line {number} is not valid JSON") from None
        if not isinstance(line, dict) or any(key not in line for key in CURVE_KEYS):
            raise RunDirError(f"corrupt file: {path} line {number} lacks 'step' or 'episodes'")
        lines.append(line)
    if not lines:
        raise RunDirError(f"corrupt file: {path} holds no updates")
    return lines


def read_result(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(_require(path).read_text(encoding="utf-8"))
    except (ValueError, RecursionError):  # also not UTF-8, nested too deeply, or an integer too long
        raise RunDirError(f"corrupt file: {path} is not valid JSON") from None
    if isinstance(data, dict) and data.get("status") == "diverged":
        raise RunDirError(f"{path}: the run diverged and saved no model to report on")
    missing = [key for key in RESULT_KEYS if not isinstance(data, dict) or key not in data]
    if missing:
        raise RunDirError(f"corrupt file: {path} lacks {', '.join(missing)}")
    return dict(data)


def load_run(path: Path) -> RunData:
    """Parse a run directory; the model files are only checked to exist here (the
    evaluation verifies their checksums)."""
    path = Path(path)
    if not path.is_dir():
        raise RunDirError(f"run directory not found: {path}")
    config = read_config(path / CONFIG_FILE)
    metrics = read_metrics(path / METRICS_FILE)
    if not (path / RESULT_FILE).is_file():
        raise RunDirError(f"missing file: {path / RESULT_FILE} (the run has not finished; "
                          f"resume it with `agentgym train --resume {path}`)")
    result = read_result(path / RESULT_FILE)
    for name in (MANIFEST_FILE, WEIGHTS_FILE):
        _require(path / MODEL_DIR / name)
    return RunData(path, config, metrics, result)
