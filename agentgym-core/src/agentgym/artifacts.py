"""Everything a run writes: atomic files, checkpoints, the saved model and its manifest.

Weights are ``.npz`` archives of plain arrays, read back with ``allow_pickle=False``; the
manifest records the sha256 of every weight file, so a tampered or truncated model is
refused with a clear message instead of being loaded.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import tempfile
from collections.abc import Mapping
from importlib.metadata import PackageNotFoundError, distributions, version
from pathlib import Path
from typing import Any

import numpy as np

MODEL_DIR = "model"
WEIGHTS_FILE = "weights.npz"
MANIFEST_FILE = "manifest.json"
CHECKPOINT_DIR = "checkpoints"
CHECKPOINT_FILE = "latest.npz"


class ArtifactError(ValueError):
    """A run directory or model that cannot be used; the message says which file and why."""


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, fsync, then rename over ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes 0600; give normal file modes
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def write_json(path: Path, data: Any) -> None:
    atomic_write_text(path, json.dumps(data, indent=2, sort_keys=True) + "\n")


def npz_bytes(arrays: Mapping[str, np.ndarray]) -> bytes:
    buffer = io.BytesIO()
    # row-major whatever the layout in memory, so equal weights always give equal bytes
    np.savez(buffer, **{name: np.asarray(value, order="C") for name, value in arrays.items()})
    return buffer.getvalue()


def read_npz(path: Path) -> dict[str, np.ndarray]:
    """Arrays from an ``.npz`` without ever unpickling."""
    try:
        with np.load(path, allow_pickle=False) as archive:
            return {name: archive[name] for name in archive.files}
    except FileNotFoundError:
        raise ArtifactError(f"missing file: {path}") from None
    except Exception as error:  # noqa: BLE001 - any decode failure means a damaged file
        raise ArtifactError(f"cannot read {path}: damaged or truncated ({type(error).__name__})") from None


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def package_versions() -> dict[str, str]:
    """Versions of every installed agentgym distribution, plus numpy and Python."""
    import platform

    found = {
        dist.metadata["Name"]: dist.version
        for dist in distributions()
        if (dist.metadata["Name"] or "").lower().startswith("agentgym")
    }
    for name in ("numpy", "pluggy", "gymnasium"):
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            pass
    found["python"] = platform.python_version()
    return dict(sorted(found.items()))


def save_model(run_dir: Path, params: Mapping[str, np.ndarray], manifest: dict[str, Any]) -> dict[str, Any]:
    """Write weights and manifest (with the weights' sha256) into ``run_dir/model``; returns
    the manifest as written."""
    model_dir = run_dir / MODEL_DIR
    data = npz_bytes(params)
    manifest = {**manifest, "files": {WEIGHTS_FILE: {"sha256": sha256(data), "bytes": len(data)}}}
    atomic_write_bytes(model_dir / WEIGHTS_FILE, data)
    write_json(model_dir / MANIFEST_FILE, manifest)
    return manifest


def load_model(path: Path, scenario: str | None = None) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
    """Verified weights and manifest from a run directory or its ``model`` folder."""
    path = Path(path)
    model_dir = path / MODEL_DIR if (path / MODEL_DIR).is_dir() else path
    manifest_path = model_dir / MANIFEST_FILE
    if not manifest_path.is_file():
        raise ArtifactError(f"no trained model in {path} (missing {manifest_path})")
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise ArtifactError(f"{manifest_path} is not valid JSON") from None
    expected = manifest.get("files", {}).get(WEIGHTS_FILE, {}).get("sha256")
    weights_path = model_dir / WEIGHTS_FILE
    if not weights_path.is_file():
        raise ArtifactError(f"missing file: {weights_path}")
    actual = sha256(weights_path.read_bytes())
    if expected != actual:
        raise ArtifactError(
            f"{weights_path} does not match its manifest (sha256 {actual[:12]}..., expected "
            f"{str(expected)[:12]}...): the model was modified or truncated"
        )
    if scenario is not None and manifest.get("scenario", {}).get("name") != scenario:
        raise ArtifactError(
            f"the model in {path} was trained on scenario "
            f"'{manifest.get('scenario', {}).get('name')}', not '{scenario}'"
        )
    return read_npz(weights_path), manifest


def save_checkpoint(run_dir: Path, arrays: Mapping[str, np.ndarray], state: dict[str, Any]) -> None:
    """One atomic file holding weights, optimiser state and the trainer's counters."""
    payload = dict(arrays)
    payload["__state__"] = np.frombuffer(json.dumps(state, sort_keys=True).encode("utf-8"), dtype=np.uint8)
    atomic_write_bytes(run_dir / CHECKPOINT_DIR / CHECKPOINT_FILE, npz_bytes(payload))


def load_checkpoint(run_dir: Path) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
    path = Path(run_dir) / CHECKPOINT_DIR / CHECKPOINT_FILE
    if not path.is_file():
        raise ArtifactError(f"no checkpoint to resume from: {path} is missing")
    arrays = read_npz(path)
    state = json.loads(bytes(arrays.pop("__state__")).decode("utf-8"))
    return arrays, state


def load_trained_policy(run_dir: Any, abstain_threshold: float | None = None) -> Any:
    from agentgym.trained import TrainedPolicy

    return TrainedPolicy.load(Path(run_dir), abstain_threshold=abstain_threshold)
