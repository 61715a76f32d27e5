"""What the templates show, shaped from a run's files and the report's computations.

Metric tables go through the report's ``flatten`` (same rows, same order, ``pass^k``
spelled the same); the comparison with the reference policies and the per-type breakdown
are the report's own tables (``agentgym.report.html``), embedded as they are.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jinja2 import Environment
from markupsafe import Markup

from agentgym.artifacts import MANIFEST_FILE, MODEL_DIR, ArtifactError
from agentgym.plugins import describe_error
from agentgym.report.html import breakdown_table, flatten, metrics_table
from agentgym.report.runs import read_config, read_result
from agentgym.trainer import CONFIG_FILE, RESULT_FILE
from agentgym_dashboard.folders import RunRef
from agentgym_dashboard.summary import RunSummary, short

PROVENANCE = ("status", "seed", "training_seconds", "episodes_completed", "updates", "env_steps",
              "convergence_episode", "meets_target", "weights_sha256")


def number(value: Any) -> str:
    """Numbers as the report prints them: floats to three places."""
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return "-" if math.isnan(value) else f"{value:.3f}"
    return str(value)


def delta(value: Any, base: Any) -> str:
    if not isinstance(value, int | float) or not isinstance(base, int | float) or isinstance(value, bool):
        return ""
    difference = float(value) - float(base)
    return f"{difference:+.3f}" if difference else "±0"


def passes(value: Any, target: float | None) -> bool | None:
    """Whether a metric meets its target, as the report marks it (``value >= target``)."""
    if target is None or not isinstance(value, int | float):
        return None
    return float(value) >= target


def run_url(ref: RunRef) -> str:
    return f"/runs/{ref.root}/{quote(ref.name, safe='')}"


def when(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp).strftime("%Y-%m-%d %H:%M:%S") if timestamp else "-"


def plain(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, sort_keys=True, default=str)


def environment(env: Environment) -> Environment:
    env.filters.update(number=number, run_url=run_url, when=when, plain=plain)
    env.globals.update(passes=passes, delta=delta)
    return env


def one_line(error: BaseException, run_dir: Path) -> str:
    text = str(error) if isinstance(error, ArtifactError) else describe_error(error)
    return short(" ".join(text.split()), run_dir)


def ascii_name(name: str) -> str:
    return "".join(c if c.isascii() and (c.isalnum() or c in "-_.") else "_" for c in name)


def _read(reader: Any, path: Path) -> tuple[Any, str]:
    try:
        return reader(path), ""
    except Exception as error:  # noqa: BLE001 - shown beside the page, never instead of it
        return None, one_line(error, path.parent)


def _manifest(path: Path) -> tuple[dict[str, Any] | None, str, str]:
    """(the manifest, the sha256 of its bytes, what is wrong with it)."""
    if not path.parent.exists():
        return None, "", ""  # not saved yet: the model is written when training ends
    try:
        data = path.read_bytes()
    except OSError as error:
        return None, "", one_line(error, path.parent.parent)
    digest = hashlib.sha256(data).hexdigest()
    try:
        manifest = json.loads(data)
    except ValueError:
        return None, digest, f"corrupt file: {MODEL_DIR}/{MANIFEST_FILE} is not valid JSON"
    if not isinstance(manifest, dict):
        return None, digest, f"corrupt file: {MODEL_DIR}/{MANIFEST_FILE} is not a JSON object"
    return manifest, digest, ""


def split_rows(result: Mapping[str, Any]) -> tuple[list[str], list[dict[str, Any]]]:
    """The held-out metrics of ``result.json``: test, then each report split, row per metric
    (the report's ``flatten``), with the scenario's target where it has one."""
    columns = {"test": flatten(result.get("test_metrics") or {}),
               **{split: flatten(m or {}) for split, m in (result.get("report_metrics") or {}).items()}}
    criteria = {k: float(v) for k, v in (result.get("success_criteria") or {}).items()}
    names = list(dict.fromkeys(name for flat in columns.values() for name in flat))
    rows = [{"name": name, "target": criteria.get(name), "values": [flat.get(name) for flat in columns.values()]}
            for name in names]
    return list(columns), rows


def run_details(entry: Any) -> dict[str, Any]:
    """A run's config, result, manifest and held-out metrics; what is missing or broken is
    said beside what could be read."""
    path = entry.ref.path
    config, config_error = _read(read_config, path / CONFIG_FILE)
    result, result_error = (None, "") if not (path / RESULT_FILE).exists() else _read(read_result, path / RESULT_FILE)
    manifest, manifest_sha, manifest_error = _manifest(path / MODEL_DIR / MANIFEST_FILE)
    columns, rows = split_rows(result) if result else ([], [])
    facts = {key: result[key] for key in PROVENANCE if result and key in result}
    return {
        "config": config or {}, "config_error": config_error,
        "result": result, "result_error": result_error,
        "manifest": manifest, "manifest_sha256": manifest_sha, "manifest_error": manifest_error,
        "manifest_text": json.dumps(manifest, indent=2, sort_keys=True) if manifest else "",
        "versions": (manifest or {}).get("versions") or (result or {}).get("versions") or {},
        "weights": {name: entry_["sha256"] for name, entry_ in ((manifest or {}).get("files") or {}).items()
                    if isinstance(entry_, Mapping) and "sha256" in entry_},
        "split_columns": columns, "split_rows": rows, "facts": facts,
        "best_validation": (result or {}).get("best_validation"),
    }


def report_tables(part: Any) -> dict[str, Markup]:
    """The report's own tables for one run (already escaped by the report)."""
    return {
        "metrics": Markup(metrics_table(part)),
        "breakdown": Markup(breakdown_table(part.by_type)),
        "reproduced": part.reproduced,
    }


def comparison(entries: Sequence[Any]) -> dict[str, Any]:
    """Runs side by side: each split's metrics (``flatten``) with each run's difference from
    the first run."""
    results: list[dict[str, Any]] = []
    for entry in entries:
        result = None
        if (entry.ref.path / RESULT_FILE).exists():
            result, _ = _read(read_result, entry.ref.path / RESULT_FILE)
        results.append(result or {})
    splits: list[str] = ["test"]
    for result in results:
        splits += [s for s in (result.get("report_metrics") or {}) if s not in splits]
    tables = []
    for split in splits:
        flats = [flatten((r.get("test_metrics") if split == "test" else (r.get("report_metrics") or {}).get(split))
                         or {}) for r in results]
        names = list(dict.fromkeys(name for flat in flats for name in flat))
        if not names:
            continue
        criteria = {}
        for result in results:
            criteria.update({k: float(v) for k, v in (result.get("success_criteria") or {}).items()})
        rows = [{"name": name, "target": criteria.get(name), "values": [flat.get(name) for flat in flats]}
                for name in names]
        tables.append({"split": split, "rows": rows})
    summaries: list[RunSummary] = [entry.summary for entry in entries]
    return {"tables": tables, "summaries": summaries}
