"""The entry point: registers ``wordllama`` without importing the encoder (CLI start-up stays fast)."""

from __future__ import annotations

from typing import Any

from agentgym.hookspecs import hookimpl

NAME = "wordllama"


def wordllama(scenario: Any, **settings: Any) -> Any:
    """The ``wordllama`` featurizer of ``scenario`` (settings: ``WordLlamaSettings``)."""
    from agentgym_featurizer_wordllama.featurizer import WordLlamaFeaturizer, WordLlamaSettings

    return WordLlamaFeaturizer.for_scenario(scenario, WordLlamaSettings(**settings))


@hookimpl
def register_featurizers(register: Any) -> None:
    register(NAME, wordllama, "hashed features plus the ticket's mean pretrained WordLlama token embedding "
             "(l2_supercat, shipped in the wordllama wheel), crossed with the last tool")
