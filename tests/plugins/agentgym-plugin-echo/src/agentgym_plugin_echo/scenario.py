"""``echo_orders``: the core's toy order desk under another name."""

from agentgym.toy import ToyOrderScenario


class EchoOrderScenario(ToyOrderScenario):
    name = "echo_orders"
    description = "The toy order desk, registered by a test plugin distribution."
