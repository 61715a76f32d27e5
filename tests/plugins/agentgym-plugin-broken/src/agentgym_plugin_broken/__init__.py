"""A real (installed) AgentGym plugin that cannot be imported: the discovery tests check
that AgentGym records its error and keeps working."""

raise RuntimeError("agentgym-plugin-broken fails on import (on purpose)")
