"""Registers customer_support with AgentGym through the ``agentgym.plugins`` entry point."""

from agentgym.hookspecs import hookimpl


@hookimpl
def register_scenarios(register):  # type: ignore[no-untyped-def]
    from agentgym_scenario_support.scenario import CustomerSupportScenario

    register(CustomerSupportScenario)
