"""One line of the runs table, read cheaply: a run's status and headline numbers.

Only small files are parsed (``config.toml``, ``result.json``, the manifest); of
``metrics.jsonl`` only the last line is read, from the end, so a 100k-line log costs what a
short one does. The files are read with the report's readers (``agentgym.report.runs``),
so a broken file gets the same message as in ``agentgym report``.

Status, in order: a live process holds the training lock -> running; ``result.json`` ->
finished or stopped early; ``stopped.json`` -> interrupted or failed, with its reason;
otherwise, or when any file is missing or corrupt, unreadable with the reason. A summary is
never an exception: whatever is wrong with a folder becomes its reason.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from agentgym.artifacts import MANIFEST_FILE, MODEL_DIR, WEIGHTS_FILE, ArtifactError
from agentgym.plugins import describe_error
from agentgym.report.runs import CURVE_KEYS, RunDirError, read_config, read_result
from agentgym.run_state import FAILED, INTERRUPTED, is_training, read_stop
from agentgym.trainer import CONFIG_FILE, METRICS_FILE, RESULT_FILE

RUNNING, FINISHED, STOPPED_EARLY, UNREADABLE = "running", "finished", "stopped_early", "unreadable"
STATUS_LABELS = {
    RUNNING: "running", FINISHED: "finished", STOPPED_EARLY: "stopped early",
    INTERRUPTED: "interrupted", FAILED: "failed", UNREADABLE: "unreadable",
}
TAIL_BLOCK = 64 * 1024


@dataclass(frozen=True)
class RunSummary:
    """What the runs table shows of one run."""

    status: str
    reason: str = ""
    scenario: str = ""
    policy: str = ""
    featurizer: str = ""
    seed: Any = None
    episodes: int | None = None
    planned_episodes: int | None = None
    success: Mapping[str, float | None] = field(default_factory=dict)  # split -> success rate
    criteria_met: bool | None = None
    started: float = 0.0  # when the run directory's config was written (sorting by date)

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)


def last_line(path: Path, partial_ok: bool) -> dict[str, Any] | None:
    """The last update of ``metrics.jsonl``, read from the end of the file.

    A line still being written (no newline yet) is skipped while the run trains
    (``partial_ok``); otherwise it means the file was cut short, and it is an error.
    """
    with open(path, "rb") as handle:
        size = handle.seek(0, os.SEEK_END)
        block = TAIL_BLOCK
        while True:
            start = max(0, size - block)
            handle.seek(start)
            data = handle.read(size - start)
            complete, _, partial = data.rpartition(b"\n")
            if partial.strip() and not partial_ok:
                raise RunDirError(f"corrupt file: {path} ends in a partial line (cut short?)")
            lines = complete.rsplit(b"\n", 1)
            if len(lines) == 2 or start == 0:
                break
            block *= 4  # the last complete line is longer than the block: read further back
    raw = lines[-1]
    if not raw.strip():
        return None
    try:
        line = json.loads(raw)
    except ValueError:
        raise RunDirError(f"corrupt file: {path}: its last line is not valid JSON (cut short?)") from None
    if not isinstance(line, dict) or any(key not in line for key in CURVE_KEYS):
        raise RunDirError(f"corrupt file: {path}: its last line lacks 'step' or 'episodes'")
    return line


def read_manifest(path: Path) -> dict[str, Any]:
    """The saved model's manifest; the weights must be beside it (their sha256 is checked
    where they are loaded, by the evaluation)."""
    if not path.is_file():
        raise RunDirError(f"missing file: {path}")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise RunDirError(f"corrupt file: {path} is not valid JSON") from None
    if not isinstance(data, dict) or not isinstance(data.get("scenario"), dict):
        raise RunDirError(f"corrupt file: {path} is not a model manifest (no scenario)")
    if not (path.parent / WEIGHTS_FILE).is_file():
        raise RunDirError(f"missing file: {path.parent / WEIGHTS_FILE}")
    return data


def featurizer_label(config: Mapping[str, Any], manifest: Mapping[str, Any] | None) -> str:
    """The featurizer plugin's name and its hashed size, e.g. ``hashed (4096)``: from the
    manifest when there is one (older manifests record the hashed settings with no name),
    else from the run's config (a run still training has no manifest yet)."""
    recorded = (manifest or {}).get("featurizer")
    recorded = recorded if isinstance(recorded, Mapping) else {}
    settings = recorded.get("settings") if "name" in recorded else recorded
    settings = settings if isinstance(settings, Mapping) else {}
    name = recorded.get("name") or config.get("featurizer") or "hashed"
    size = settings.get("hash_dim") or config.get("hash_dim")
    return f"{name} ({size})" if size else str(name)


def short(reason: str, run_dir: Path) -> str:
    """A reason with the run directory's own path left out (the table already names it)."""
    return reason.replace(f"{run_dir}{os.sep}", "").replace(str(run_dir), ".")


def summarize(run_dir: Path) -> RunSummary:
    try:
        return _summarize(Path(run_dir))
    except ArtifactError as error:
        return RunSummary(UNREADABLE, short(str(error), Path(run_dir)))
    except Exception as error:  # noqa: BLE001 - any broken folder is a row saying why, never a broken page
        return RunSummary(UNREADABLE, short(describe_error(error), Path(run_dir)))


def _started(run_dir: Path) -> float:
    for name in (CONFIG_FILE, METRICS_FILE):
        try:
            return os.stat(run_dir / name).st_mtime
        except OSError:
            continue
    return 0.0


def _summarize(run_dir: Path) -> RunSummary:
    running = is_training(run_dir)
    config_path, metrics_path = run_dir / CONFIG_FILE, run_dir / METRICS_FILE
    config = read_config(config_path) if (config_path.is_file() or not running) else {}
    last = last_line(metrics_path, partial_ok=running) if (metrics_path.is_file() or not running) else None
    base = {
        "scenario": str(config.get("scenario", "")), "policy": str(config.get("policy", "")),
        "seed": config.get("seed"), "planned_episodes": config.get("episodes"),
        "episodes": last.get("episodes") if last else 0, "started": _started(run_dir),
    }
    if running:
        return RunSummary(RUNNING, featurizer=featurizer_label(config, None), **base)
    result_path = run_dir / RESULT_FILE
    if not result_path.is_file():
        stop = read_stop(run_dir)
        if stop is None:
            raise RunDirError(f"missing file: {result_path}: the run is not training and recorded no "
                              "interruption or failure (was its process killed?)")
        return RunSummary(stop["status"], str(stop.get("reason", "")), featurizer=featurizer_label(config, None),
                          **base)
    result = read_result(result_path)
    if last is None:
        raise RunDirError(f"corrupt file: {metrics_path} holds no updates")
    manifest = read_manifest(run_dir / MODEL_DIR / MANIFEST_FILE)
    splits = {"test": result["test_metrics"], **(result.get("report_metrics") or {})}
    base.update(scenario=str(result.get("scenario") or base["scenario"]), seed=result.get("seed"),
                episodes=result.get("episodes_completed", base["episodes"]))
    return RunSummary(
        STOPPED_EARLY if result.get("status") == STOPPED_EARLY else FINISHED,
        featurizer=featurizer_label(config, manifest),
        success={split: (metrics or {}).get("success_rate") for split, metrics in splits.items()},
        criteria_met=result.get("meets_target"),
        **base,
    )
