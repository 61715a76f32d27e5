"""A real (installed) AgentGym plugin for the discovery tests: registers ``echo_orders``.

The scenario module is imported inside the hook, as every plugin should, so loading the
plugin (``agentgym --version``) stays cheap.
"""

from agentgym.hookspecs import hookimpl


@hookimpl
def register_scenarios(register):  # type: ignore[no-untyped-def]
    from agentgym_plugin_echo.scenario import EchoOrderScenario

    register(EchoOrderScenario)
