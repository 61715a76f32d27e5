"""Everything a run writes: atomic files, checkpoints, the saved model and its manifest.

Weights are ``.npz`` archives of plain arrays, read back with ``allow_pickle=False``. The
manifest lists every array of the weights file (shape and dtype) with the file's sha256, and
carries the sha256 of its own content (config, scenario options, featurizer settings, all
of it), as a checkpoint carries one of its arrays: a model or checkpoint changed after it was
written, truncated, or holding arrays it should not, is refused with a clear message instead
of being loaded. Archives are checked before anything is decompressed: only the named arrays,
none larger than declared or than ``MAX_ARRAY_BYTES``. (A hash is not a signature: it catches
edits and damage, not someone who recomputes it.)

Files are written atomically, and only over a regular file or a new path: never over a
device, a pipe, a folder or a symbolic link.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import os
import stat
import tempfile
import zipfile
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
MAX_ARRAY_BYTES = 1 << 30  # the largest array a weights file or checkpoint may declare
MAX_MANIFEST_BYTES = 1 << 20
NPY_HEADER_BYTES = 1 << 16  # room an .npy member may take beyond its data (format 2.0's limit)
STATE_MEMBER = "__state__"
HASH_MEMBER = "__sha256__"


class ArtifactError(ValueError):
    """A run directory or model that cannot be used; the message says which file and why."""


def check_writable(path: Path) -> None:
    """Refuse a path that exists and is not a regular file (a device, pipe, folder or link)."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as error:
        raise ArtifactError(f"refusing to write {path}: {error.strerror or error}") from None
    if not stat.S_ISREG(mode):
        raise ArtifactError(f"refusing to write {path}: it exists and is not a regular file")


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, fsync, then rename over ``path`` (which
    must be a regular file or new)."""
    path = Path(path)
    check_writable(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise ArtifactError(f"cannot write {path}: {path.parent} is not a folder") from None
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


def _declared_sizes(path: Path) -> dict[str, int]:
    """Array name -> the uncompressed size its archive member declares (nothing decompressed)."""
    with zipfile.ZipFile(path) as archive:
        members = archive.infolist()
    sizes = {}
    for member in members:
        if not member.filename.endswith(".npy"):
            raise ArtifactError(f"cannot read {path}: member {member.filename!r} is not an array")
        sizes[member.filename.removesuffix(".npy")] = member.file_size
    return sizes


def read_npz(path: Path, expected: Mapping[str, Mapping[str, Any]] | None = None) -> dict[str, np.ndarray]:
    """Arrays from an ``.npz``, never unpickling and never decompressing more than allowed.

    :param expected: name -> ``{"shape": [...], "dtype": "<f8"}`` of exactly the arrays the
        file must hold (a manifest's list); None allows any names of up to ``MAX_ARRAY_BYTES``.
    """
    try:
        sizes = _declared_sizes(path)
    except FileNotFoundError:
        raise ArtifactError(f"missing file: {path}") from None
    except ArtifactError:
        raise
    except Exception as error:  # noqa: BLE001 - any failure to read the index means a damaged file
        raise ArtifactError(f"cannot read {path}: damaged or truncated ({type(error).__name__})") from None
    limits = {name: MAX_ARRAY_BYTES + NPY_HEADER_BYTES for name in sizes}
    if expected is not None:
        unnamed = sorted(set(sizes) - set(expected))
        if unnamed:
            raise ArtifactError(f"{path} holds array {unnamed[0]!r}, which the manifest does not name")
        missing = sorted(set(expected) - set(sizes))
        if missing:
            raise ArtifactError(f"{path} lacks array {missing[0]!r}, which the manifest names")
        limits = {name: _array_bytes(path, name, expected[name]) + NPY_HEADER_BYTES for name in sizes}
    for name, size in sizes.items():
        if size > limits[name]:
            raise ArtifactError(f"{path}: array {name!r} declares {size:,} bytes, larger than the "
                                f"{limits[name]:,} allowed; refusing to decompress it")
    try:
        with np.load(path, allow_pickle=False) as archive:
            arrays = {name: archive[name] for name in archive.files}
    except Exception as error:  # noqa: BLE001 - any decode failure means a damaged file
        raise ArtifactError(f"cannot read {path}: damaged or truncated ({type(error).__name__})") from None
    for name, spec in (expected or {}).items():
        value = arrays[name]
        if list(value.shape) != list(spec["shape"]) or value.dtype.str != spec["dtype"]:
            raise ArtifactError(f"{path}: array {name!r} is {value.dtype.str}{list(value.shape)}, not the "
                                f"{spec['dtype']}{list(spec['shape'])} the manifest names")
    return arrays


def _array_bytes(path: Path, name: str, spec: Mapping[str, Any]) -> int:
    """Bytes of data an array of the manifest's shape and dtype holds (refusing absurd ones)."""
    try:
        dtype = np.dtype(str(spec["dtype"]))
        shape = [int(n) for n in spec["shape"]]
    except (KeyError, TypeError, ValueError):
        raise ArtifactError(f"the manifest of {path} gives array {name!r} no usable shape and dtype") from None
    if dtype.hasobject or any(n < 0 for n in shape):
        raise ArtifactError(f"the manifest of {path} gives array {name!r} an unusable shape or dtype")
    size = math.prod(shape) * dtype.itemsize
    if size > MAX_ARRAY_BYTES:
        raise ArtifactError(f"the manifest of {path} declares array {name!r} of {size:,} bytes, more than "
                            f"the {MAX_ARRAY_BYTES:,} allowed")
    return size


def array_list(arrays: Mapping[str, np.ndarray]) -> dict[str, dict[str, Any]]:
    """What a manifest records of each array: its shape and dtype."""
    return {name: {"shape": list(np.shape(value)), "dtype": np.asarray(value).dtype.str}
            for name, value in sorted(arrays.items())}


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def manifest_hash(manifest: Mapping[str, Any]) -> str:
    """The sha256 of a manifest's content (everything but its own ``sha256``), as JSON with
    sorted keys: the same before writing and after reading back."""
    content = {key: value for key, value in manifest.items() if key != "sha256"}
    text = json.dumps(content, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return sha256(text.encode("utf-8"))


def seal_manifest(manifest: Mapping[str, Any]) -> dict[str, Any]:
    """The manifest with the hash of its content (``manifest_hash``) added as ``sha256``."""
    plain = json.loads(json.dumps({key: value for key, value in manifest.items() if key != "sha256"}))
    return {**plain, "sha256": manifest_hash(plain)}


def arrays_hash(arrays: Mapping[str, np.ndarray]) -> str:
    """The sha256 of named arrays: names, dtypes, shapes and bytes, in name order."""
    digest = hashlib.sha256()
    for name in sorted(arrays):
        value = np.ascontiguousarray(arrays[name])
        digest.update(f"{name}|{value.dtype.str}|{list(value.shape)}|".encode())
        digest.update(value.tobytes())
    return digest.hexdigest()


def parse_json(data: bytes | str, path: Path) -> Any:
    """JSON from a file's content, or an ArtifactError naming the file (also for input that
    is not UTF-8, nested too deeply, or holding an integer too long to convert)."""
    try:
        return json.loads(data)
    except RecursionError:
        raise ArtifactError(f"{path} is not valid JSON: nested too deeply") from None
    except ValueError as error:  # JSONDecodeError, UnicodeDecodeError, integer too long
        reason = error.msg if isinstance(error, json.JSONDecodeError) else type(error).__name__
        raise ArtifactError(f"{path} is not valid JSON ({reason})") from None


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
    """Write weights and manifest (the weights' sha256 and array list, then the manifest's own
    sha256) into ``run_dir/model``; returns the manifest as written."""
    model_dir = run_dir / MODEL_DIR
    data = npz_bytes(params)
    files = {WEIGHTS_FILE: {"sha256": sha256(data), "bytes": len(data), "arrays": array_list(params)}}
    manifest = seal_manifest({**manifest, "files": files})
    atomic_write_bytes(model_dir / WEIGHTS_FILE, data)
    write_json(model_dir / MANIFEST_FILE, manifest)
    return manifest


def read_manifest(manifest_path: Path) -> dict[str, Any]:
    """A manifest that is a JSON object, whose content still has the hash it was written with."""
    with open(manifest_path, "rb") as handle:
        raw = handle.read(MAX_MANIFEST_BYTES + 1)
    if len(raw) > MAX_MANIFEST_BYTES:
        raise ArtifactError(f"{manifest_path} is larger than {MAX_MANIFEST_BYTES:,} bytes")
    manifest = parse_json(raw, manifest_path)
    if not isinstance(manifest, dict):
        raise ArtifactError(f"{manifest_path} is not a JSON object")
    if not isinstance(manifest.get("sha256"), str):
        raise ArtifactError(f"{manifest_path} carries no sha256 of its own (written by an older agentgym, "
                            "or edited): retrain to get a model that can be checked")
    try:
        actual = manifest_hash(manifest)
    except ValueError:  # NaN or infinity somewhere: never written by save_model
        actual = ""
    if actual != manifest["sha256"]:
        raise ArtifactError(f"{manifest_path} was modified after it was written (its sha256 does not match "
                            "its content): refusing a model whose settings may not be the ones it was trained with")
    files = manifest.get("files")
    weights = files.get(WEIGHTS_FILE) if isinstance(files, dict) else None
    if not (isinstance(weights, dict) and isinstance(weights.get("sha256"), str)
            and isinstance(weights.get("arrays"), dict)):
        raise ArtifactError(f"{manifest_path} does not describe {WEIGHTS_FILE} (files.{WEIGHTS_FILE})")
    return manifest


def load_model(path: Path, scenario: str | None = None) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
    """Verified weights and manifest from a run directory or its ``model`` folder."""
    path = Path(path)
    model_dir = path / MODEL_DIR if (path / MODEL_DIR).is_dir() else path
    manifest_path = model_dir / MANIFEST_FILE
    if not manifest_path.is_file():
        raise ArtifactError(f"no trained model in {path} (missing {manifest_path})")
    manifest = read_manifest(manifest_path)
    described = manifest["files"][WEIGHTS_FILE]
    weights_path = model_dir / WEIGHTS_FILE
    if not weights_path.is_file():
        raise ArtifactError(f"missing file: {weights_path}")
    actual = file_sha256(weights_path)
    if described["sha256"] != actual:
        raise ArtifactError(
            f"{weights_path} does not match its manifest (sha256 {actual[:12]}..., expected "
            f"{described['sha256'][:12]}...): the model was modified or truncated"
        )
    trained_on = manifest.get("scenario", {}).get("name") if isinstance(manifest.get("scenario"), dict) else None
    if scenario is not None and trained_on != scenario:
        raise ArtifactError(f"the model in {path} was trained on scenario '{trained_on}', not '{scenario}'")
    weights = read_npz(weights_path, described["arrays"])
    for name, value in weights.items():
        if value.dtype.kind in "fc" and not np.isfinite(value).all():
            raise ArtifactError(f"{weights_path}: array {name!r} holds NaN or infinity (not finite); "
                                "the run it came from diverged")
    return weights, manifest


def save_checkpoint(run_dir: Path, arrays: Mapping[str, np.ndarray], state: dict[str, Any]) -> None:
    """One atomic file holding weights, optimiser state and the trainer's counters, with the
    sha256 of all of it."""
    payload = dict(arrays)
    payload[STATE_MEMBER] = np.frombuffer(json.dumps(state, sort_keys=True).encode("utf-8"), dtype=np.uint8)
    payload[HASH_MEMBER] = np.frombuffer(arrays_hash(payload).encode("ascii"), dtype=np.uint8)
    atomic_write_bytes(run_dir / CHECKPOINT_DIR / CHECKPOINT_FILE, npz_bytes(payload))


def load_checkpoint(run_dir: Path) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
    """The arrays and trainer state of a run's checkpoint, refused if changed since written."""
    path = Path(run_dir) / CHECKPOINT_DIR / CHECKPOINT_FILE
    if not path.is_file():
        raise ArtifactError(f"no checkpoint to resume from: {path} is missing")
    arrays = read_npz(path)
    recorded = arrays.pop(HASH_MEMBER, None)
    if recorded is None:
        raise ArtifactError(f"{path} carries no sha256 (written by an older agentgym): start a new run")
    if bytes(recorded).decode("ascii", "replace") != arrays_hash(arrays):
        raise ArtifactError(f"{path} was modified after it was written (its sha256 does not match its arrays)")
    if STATE_MEMBER not in arrays:
        raise ArtifactError(f"{path} holds no trainer state")
    state = parse_json(bytes(arrays.pop(STATE_MEMBER)), path)
    if not isinstance(state, dict):
        raise ArtifactError(f"{path} holds no trainer state")
    return arrays, state


def load_trained_policy(run_dir: Any, abstain_threshold: float | None = None) -> Any:
    from agentgym.trained import TrainedPolicy

    return TrainedPolicy.load(Path(run_dir), abstain_threshold=abstain_threshold)
