"""Built-in logger plugin: TensorBoard event files when ``tensorboard_dir`` is configured.

The writer is tensorboardX: pure Python on numpy and protobuf, no TensorFlow or PyTorch,
so ``tensorboard --logdir DIR`` can show a run without either being installed. It is
imported inside the hooks, and only by a run that asks for it.

Each run writes to ``DIR/<run directory name>``, so one logdir holds and compares several
runs. Tags are the ``metrics.jsonl`` keys, the step is the update number (``step``), and
the final test metrics are added as ``test/<metric>`` at the last update.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from agentgym.hookspecs import hookimpl

INSTALL_HINT = "pip install 'agentgym[report]'"
STEP_KEY = "step"
METRICS_FILE = "metrics.jsonl"  # the trainer's; not imported, to keep plugin loading cheap

_writers: dict[str, Any] = {}


class TensorBoardUnavailable(RuntimeError):
    """``tensorboard_dir`` is set but tensorboardX is not installed."""


def summary_writer_class() -> Any:
    try:
        from tensorboardX import SummaryWriter
    except ImportError:
        raise TensorBoardUnavailable(
            f"tensorboard_dir is set but tensorboardX is not installed; {INSTALL_HINT}"
        ) from None
    return SummaryWriter


def last_step(run_dir: Path) -> int:
    """The last update already logged (a resumed run); 0 for a new run."""
    path = run_dir / METRICS_FILE
    if not path.is_file():
        return 0
    import json  # here, not at the top: plugin loading stays cheap

    steps = [json.loads(line).get(STEP_KEY, 0) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return int(max(steps, default=0))


def scalars(metrics: Mapping[str, Any], prefix: str = "") -> dict[str, float]:
    """Numeric entries as tags; nested mappings (``pass_hat_k``) become ``name/key``."""
    found: dict[str, float] = {}
    for name, value in metrics.items():
        if isinstance(value, Mapping):
            found.update(scalars(value, f"{prefix}{name}/"))
        elif isinstance(value, int | float) and not isinstance(value, bool) and name != STEP_KEY:
            found[f"{prefix}{name}"] = float(value)
    return found


@hookimpl
def on_train_start(run_dir: str, config: Mapping[str, Any]) -> None:
    directory = config.get("tensorboard_dir")
    if not directory:
        return
    import json

    writer_class = summary_writer_class()
    resumed_at = last_step(Path(run_dir))
    logdir = Path(directory) / Path(run_dir).resolve().name
    # purge_step hides events an interrupted run logged after its last checkpoint
    writer = writer_class(logdir=str(logdir), purge_step=resumed_at + 1 if resumed_at else None)
    writer.add_text("config", "```\n" + json.dumps(dict(config), indent=2, sort_keys=True, default=str) + "\n```",
                    global_step=resumed_at)
    _writers[run_dir] = writer


@hookimpl
def on_update(run_dir: str, metrics: Mapping[str, float]) -> None:
    writer = _writers.get(run_dir)
    if writer is None:
        return
    step = int(metrics[STEP_KEY])
    for tag, value in scalars(metrics).items():
        writer.add_scalar(tag, value, global_step=step)
    writer.flush()  # a crashed run keeps every update it logged


@hookimpl
def on_train_end(run_dir: str, result: Mapping[str, Any]) -> None:
    writer = _writers.pop(run_dir, None)
    if writer is None:
        return
    test_metrics = result.get("test_metrics")
    if isinstance(test_metrics, Mapping):
        step = int(result.get("updates") or 0)
        for tag, value in scalars(test_metrics, "test/").items():
            writer.add_scalar(tag, value, global_step=step)
    writer.close()
