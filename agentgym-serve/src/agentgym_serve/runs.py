"""The trained runs a server answers for, each under a model name.

A run is loaded once, as users load it (``agentgym.load_policy``: weights verified against
the manifest's sha256, no pickle). The model name a client sends selects the run: it is the
run directory's name (``customer_support-20250101-120000``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agentgym.artifacts import MANIFEST_FILE, MODEL_DIR, ArtifactError
from agentgym.handoff import HandOff
from agentgym_serve.toolset import trained_tools


@dataclass(frozen=True)
class ServedRun:
    """One loaded run: its policy, scenario and what ``GET /v1/models`` says about it."""

    model: str
    run_dir: Path
    policy: Any  # agentgym.trained.TrainedPolicy: decide(observation) -> action
    manifest_sha256: str
    created: int
    tools: dict[str, frozenset[str]]  # the trained tools and their argument names
    handoff: Any = None  # agentgym.handoff.HandOff: abstention and tool_choice, as in every adapter

    @property
    def scenario(self) -> Any:
        return self.policy.scenario

    @property
    def manifest(self) -> dict[str, Any]:
        return self.policy.manifest

    def card(self) -> dict[str, Any]:
        """The ``/v1/models`` entry: OpenAI's fields, then the run's provenance."""
        manifest = self.manifest
        return {
            "id": self.model,
            "created": self.created,
            "scenario": manifest["scenario"]["name"],
            "policy": manifest["policy"]["kind"],
            "featurizer": dict(manifest.get("featurizer", {})),
            "manifest_sha256": self.manifest_sha256,
            "weights_sha256": {name: entry["sha256"] for name, entry in manifest.get("files", {}).items()},
        }


def load_run(run_dir: Path) -> ServedRun:
    """Load one run directory; an unusable one raises ``ArtifactError`` saying why."""
    import agentgym

    run_dir = Path(run_dir)
    if run_dir.name == MODEL_DIR and (run_dir / MANIFEST_FILE).is_file():
        run_dir = run_dir.parent  # the run's model folder was given: serve the run
    if not run_dir.is_dir():
        raise ArtifactError(f"run directory not found: {run_dir}")
    policy = agentgym.load_policy(run_dir)
    manifest_path = run_dir / MODEL_DIR / MANIFEST_FILE
    data = manifest_path.read_bytes()
    return ServedRun(
        model=run_dir.resolve().name,
        run_dir=run_dir,
        policy=policy,
        manifest_sha256=hashlib.sha256(data).hexdigest(),
        created=int(manifest_path.stat().st_mtime),
        tools=trained_tools(policy.scenario),
        handoff=HandOff(policy),
    )


def load_runs(run_dirs: Iterable[Path]) -> dict[str, ServedRun]:
    """Every run by model name; two runs with one folder name cannot both be served."""
    runs: dict[str, ServedRun] = {}
    for run_dir in run_dirs:
        run = load_run(run_dir)
        if run.model in runs:
            raise ArtifactError(
                f"two runs are named '{run.model}' ({runs[run.model].run_dir} and {run_dir}); "
                "the folder name is the model name, so rename one"
            )
        runs[run.model] = run
    return runs
