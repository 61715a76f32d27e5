"""Turning known failures into one line on stderr and an exit code (1 failed, 2 bad input,
130 interrupted).

The app runs through click's ``make_context`` / ``invoke`` rather than ``app(standalone_mode=
False)``: in that mode typer *returns* the code of ``typer.Exit(n)``, and turns Ctrl-C into a
returned 130, so both were easy to drop. Here every way out is an exception, caught below.
"""

from __future__ import annotations

import errno
import sys
from typing import Any, NoReturn

import typer

BAD_INPUT = 2
FAILED = 1
INTERRUPTED = 130
PATH_ERRNOS = {errno.ENOENT, errno.ENOTDIR, errno.EISDIR, errno.ENAMETOOLONG, errno.ELOOP, errno.EEXIST,
               errno.EACCES, errno.EPERM, errno.EROFS, errno.EINVAL}


def _known_errors() -> tuple[tuple[type[BaseException], ...], tuple[type[BaseException], ...]]:
    """(bad input, run failed) exception types; imported lazily to keep start-up cheap."""
    from agentgym.plugins import PluginLoadError
    from agentgym.registry import UnknownEntry
    from agentgym.scenario import ScenarioError

    bad: list[type[BaseException]] = [UnknownEntry, ScenarioError]
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


def fail(message: str, code: int = BAD_INPUT, prefix: str = "error: ") -> NoReturn:
    """Print one line on stderr (``error: message``) and exit with ``code``."""
    say(f"{prefix}{message}")
    raise SystemExit(code)


def say(line: str) -> None:
    """One line on stderr, whatever it quotes (see ``agentgym.lines``)."""
    from agentgym.lines import one_line

    print(one_line(line), file=sys.stderr)


def _exit_code(code: object) -> int:
    """``SystemExit.code`` as a process exit code; a message (``sys.exit("text")``) is printed."""
    if code is None:
        return 0
    if isinstance(code, int) and not isinstance(code, bool):
        return code
    say(f"error: {code}")
    return FAILED


def _invoke(app: Any, args: list[str]) -> None:
    """What ``app()`` does, minus its translation of exits and Ctrl-C into return values.
    ``app`` is a ``typer.Typer``, or a function that builds one (guarded too: building the
    app may load plugins)."""
    if not isinstance(app, typer.Typer):
        app = app()
    command = typer.main.get_command(app)
    with command.make_context("agentgym", args) as context:
        command.invoke(context)


def run_guarded(app: Any, args: list[str] | None = None) -> int:
    """Run ``app`` (a ``typer.Typer`` or a function building one) on ``args`` (default
    ``sys.argv[1:]``); return the exit code, having printed at most one line for any failure."""
    try:
        _invoke(app, sys.argv[1:] if args is None else list(args))
    except typer.Exit as done:
        return done.exit_code
    except typer.Abort:
        print("aborted", file=sys.stderr)
        return INTERRUPTED
    except ClickException as error:
        if type(error).__name__ == "NoArgsIsHelpError":  # bare `agentgym`: the help (already on stdout)
            return 0                                      # is the answer; show() would add a stray line
        message = " ".join(error.format_message().split())
        context = getattr(error, "ctx", None)
        hint = f" (see '{context.command_path} --help')" if context is not None else ""
        say(f"error: {message}{hint}")
        return BAD_INPUT if isinstance(error, ClickUsageError) else FAILED
    except SystemExit as done:
        return _exit_code(done.code)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return INTERRUPTED
    except EOFError:
        say("error: input ended unexpectedly")
        return BAD_INPUT
    except RecursionError:
        say("error: input nested too deeply")
        return BAD_INPUT
    except OSError as error:  # a path the user gave that cannot be used is bad input; the rest failed
        reason = error.strerror or " ".join(str(error).split()) or type(error).__name__
        where = f": {error.filename}" if error.filename else ""
        say(f"error: {reason}{where}")
        return BAD_INPUT if error.errno in PATH_ERRNOS else FAILED
    except Exception as error:  # noqa: BLE001 - the last line of defence: one line, no traceback
        bad, failed = _known_errors()
        message = " ".join(str(error).split()) or type(error).__name__
        if isinstance(error, ValueError) and "null" in message and ("byte" in message or "character" in message):
            say("error: a path holds a NUL character")  # what os refuses
            return BAD_INPUT
        if isinstance(error, (UsageError, *bad)):
            say(f"error: {message}")
            return BAD_INPUT
        if isinstance(error, failed):
            say(f"error: {message}")
            return FAILED
        say(f"error: {type(error).__name__}: {message}")
        return FAILED
    return 0
