"""AgentGym: train tool-use policies with reinforcement learning on simulated scenarios.

Importing ``agentgym`` is cheap on purpose: plugins load when the CLI needs them, and
numpy, gymnasium and every framework are imported only by the code that uses them.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
TAGLINE = "Train tool-using agents to call the right tools, fewer of them, reliably."


def make_env(name: str, **options: Any) -> Any:
    """A ``gymnasium.Env`` for any installed scenario (see ``agentgym.env``)."""
    from agentgym.env import make_env as _make_env

    return _make_env(name, **options)


def load_policy(run_dir: Any, *, abstain_threshold: float | None = None) -> Any:
    """The trained policy of a run directory, ready to ``decide`` (see ``agentgym.trained``).

    ``abstain_threshold`` overrides the threshold the run calibrated (``agentgym.abstention``).
    """
    from agentgym.artifacts import load_trained_policy

    return load_trained_policy(run_dir, abstain_threshold=abstain_threshold)
