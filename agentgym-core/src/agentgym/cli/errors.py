"""Turning known failures into one line on stderr and an exit code (1 failed, 2 bad input)."""

from __future__ import annotations

import sys
from typing import Any

import typer

BAD_INPUT = 2
FAILED = 1


def _known_errors() -> tuple[tuple[type[BaseException], ...], tuple[type[BaseException], ...]]:
    """(bad input, run failed) exception types; imported lazily to keep start-up cheap."""
    from agentgym.plugins import PluginLoadError
    from agentgym.registry import UnknownEntry
    from agentgym.scenario import ScenarioError

    bad = [UnknownEntry, ScenarioError, FileNotFoundError]
    failed: list[type[BaseException]] = [PluginLoadError]
    if "agentgym.config" in sys.modules:
        bad.append(sys.modules["agentgym.config"].ConfigError)
    if "agentgym.featurizers" in sys.modules:
        bad.append(sys.modules["agentgym.featurizers"].FeaturizerError)
    if "agentgym.artifacts" in sys.modules:
        bad.append(sys.modules["agentgym.artifacts"].ArtifactError)
    if "agentgym.executors.ray" in sys.modules:
        failed.append(sys.modules["agentgym.executors.ray"].RayMissingError)
    if "agentgym.handoff" in sys.modules:
        handoff = sys.modules["agentgym.handoff"]
        bad.extend((handoff.ToolSetMismatch, handoff.ToolChoiceError, handoff.StructuredOutputUnsupported))
    if "agentgym.adapters" in sys.modules:
        failed.append(sys.modules["agentgym.adapters"].FrameworkMissing)
    if "agentgym.commands" in sys.modules:
        failed.append(sys.modules["agentgym.commands"].CommandError)
    return tuple(bad), tuple(failed)


def _typer_exception(name: str) -> type[Exception]:
    """typer vendors click; take its exception classes from typer's public ones."""
    return next(c for c in typer.BadParameter.__mro__ if c.__name__ == name)


ClickException = _typer_exception("ClickException")
ClickUsageError = _typer_exception("UsageError")


class UsageError(ValueError):
    """Bad command-line input detected by a command itself."""


def fail(message: str, code: int = BAD_INPUT) -> None:
    print(f"error: {message}", file=sys.stderr)
    raise SystemExit(code)


def run_guarded(app: Any) -> int:
    try:
        app(standalone_mode=False)
    except typer.Exit as done:
        return done.exit_code
    except typer.Abort:
        print("aborted", file=sys.stderr)
        return 130
    except ClickException as error:
        error.show()
        return BAD_INPUT if isinstance(error, ClickUsageError) else FAILED
    except SystemExit as done:
        return done.code if isinstance(done.code, int) else FAILED
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # noqa: BLE001 - the last line of defence: one line, no traceback
        bad, failed = _known_errors()
        message = " ".join(str(error).split()) or type(error).__name__
        if isinstance(error, (UsageError, *bad)):
            print(f"error: {message}", file=sys.stderr)
            return BAD_INPUT
        if isinstance(error, failed):
            print(f"error: {message}", file=sys.stderr)
            return FAILED
        print(f"error: {type(error).__name__}: {message}", file=sys.stderr)
        return FAILED
    return 0
