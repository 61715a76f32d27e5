"""Which first-party distribution provides a name, so an unknown-name error can say what
to install. Only names: the core still imports none of these packages."""

from __future__ import annotations

PROVIDERS: dict[str, dict[str, str]] = {
    "scenarios": {"customer_support": "agentgym-scenario-support"},
    "adapters": {
        "langchain": "agentgym-adapter-langchain",
        "autogen": "agentgym-adapter-autogen",
        "crewai": "agentgym-adapter-crewai",
    },
    "executors": {},  # local, process and ray are built in
    "featurizers": {"wordllama": "agentgym-featurizer-wordllama"},  # hashed is built in
    "commands": {"serve": "agentgym-serve", "dashboard": "agentgym-dashboard"},
}


def provider(kind: str, name: str) -> str | None:
    """The first-party distribution that registers ``name`` as a ``kind``, if one does."""
    return PROVIDERS.get(kind, {}).get(name)
