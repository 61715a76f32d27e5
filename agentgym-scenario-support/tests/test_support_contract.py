"""The core's scenario contract (agentgym.testing), run on customer_support as every
third-party scenario package would run it on its own scenario."""

from __future__ import annotations

from agentgym.testing import ScenarioContractTests
from agentgym_scenario_support.scenario import CustomerSupportScenario


class TestCustomerSupportContract(ScenarioContractTests):
    scenario_class = CustomerSupportScenario
