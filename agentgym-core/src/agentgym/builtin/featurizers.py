"""The built-in featurizer, ``hashed``: hashed words, bigrams, subwords and history."""

from __future__ import annotations

from typing import Any

from agentgym.hookspecs import hookimpl


def hashed(scenario: Any, **settings: Any) -> Any:
    """The hashed featurizer of ``scenario`` (settings: ``agentgym.features.FeaturizerSettings``)."""
    from agentgym.features import Featurizer, FeaturizerSettings

    return Featurizer.for_scenario(scenario, FeaturizerSettings(**settings))


@hookimpl
def register_featurizers(register: Any) -> None:
    register("hashed", hashed, "ticket words, bigrams and subwords hashed to buckets, crossed with the last "
             "tool; the tool history")
