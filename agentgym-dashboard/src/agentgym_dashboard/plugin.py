"""The ``dashboard`` plugin: adds ``agentgym dashboard`` without importing the web stack."""

from agentgym.hookspecs import hookimpl


@hookimpl
def register_commands(register):  # type: ignore[no-untyped-def]
    register(
        "dashboard",
        "agentgym_dashboard.cli:app",
        help="Watch runs train, compare them, browse scenarios and plugins in a browser.",
    )
