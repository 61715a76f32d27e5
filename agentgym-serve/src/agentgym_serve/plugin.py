"""The ``serve`` plugin: adds ``agentgym serve`` without importing the web stack."""

from agentgym.hookspecs import hookimpl


@hookimpl
def register_commands(register):  # type: ignore[no-untyped-def]
    register(
        "serve",
        "agentgym_serve.cli:app",
        help="Serve trained runs behind an OpenAI-compatible chat-completions endpoint.",
    )
