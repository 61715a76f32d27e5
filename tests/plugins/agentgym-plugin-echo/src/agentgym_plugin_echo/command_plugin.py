"""A real (installed) plugin that adds ``agentgym echo``, for the CLI tests.

Registering the command names its target as text: ``agentgym --help`` lists it without
importing ``agentgym_plugin_echo.commands`` (the tests check that it stays unimported).
"""

from agentgym.hookspecs import hookimpl


@hookimpl
def register_commands(register):  # type: ignore[no-untyped-def]
    register("echo", "agentgym_plugin_echo.commands:app", help="Print the words back (a test plugin command).")
