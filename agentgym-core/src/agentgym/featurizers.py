"""Featurizers are plugins: the one a run names, its settings, and rebuilding exactly it.

A run names a featurizer (``featurizer = "hashed"``, the built-in, by default) and its
settings. The trainer, every rollout worker, ``agentgym eval``, the adapters, serve and the
Gymnasium env all build it through ``build``. A manifest records ``describe(...)``: the
name, the distribution that registered it, its full settings (defaults included), and a
*fingerprint*, the features it gives a fixed probe observation. ``rebuild`` reads that back:

- a manifest written before featurizers were plugins (no name) is ``hashed`` with the
  settings it lists, as it always was;
- a featurizer no installed plugin registers is one line naming the distribution to install;
- a setting the featurizer refuses, or a rebuilt featurizer whose fingerprint differs from
  the recorded one (an edited setting, another version of an encoder's weights), is refused:
  the policy's weights only mean something on the features they were trained on.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from agentgym.features import Featurizer
    from agentgym.plugins import PluginManager
    from agentgym.scenario import Scenario

HASHED = "hashed"
# what the fingerprint reads: one ticket in the four languages the built-in scenario knows,
# before any call and after a failed one (a failure calls no resolver: any scenario works)
PROBE_TICKET = ("Probe: I want a refund, not a billing change; the API key fails after the migration. "
                "Rückerstattung bitte. Remboursement, s'il vous plaît. Reembolso, por favor.")
PROBE_RESULT = "ERROR: probe result (no such record)"
TOLERANCE = 1e-5  # relative, on the fingerprint's projections: float sums may differ in the last bits


class FeaturizerError(ValueError):
    """A featurizer that cannot be built from the settings given; one user-facing line."""


@dataclass(frozen=True)
class FeaturizerSpec:
    """A featurizer by name and settings: plain data, sent to rollout workers as it is."""

    name: str = HASHED
    settings: Mapping[str, Any] = field(default_factory=dict)


def _manager(manager: PluginManager | None) -> PluginManager:
    from agentgym.plugins import load_plugins

    return manager or load_plugins()


def build(scenario: Scenario, spec: FeaturizerSpec, manager: PluginManager | None = None) -> Featurizer:
    """The featurizer ``spec`` names, for ``scenario``'s tools (UnknownEntry if nobody
    registered it, FeaturizerError for settings it refuses)."""
    from agentgym.features import Featurizer

    entry = _manager(manager).registry.get("featurizers", spec.name)
    try:
        featurizer = entry.target(scenario, **dict(spec.settings))
    except (TypeError, ValueError) as error:
        message = " ".join(str(error).split())
        if "unexpected keyword argument" in message:
            unknown = message.rsplit("argument", 1)[-1].strip(" '\"")
            message = f"unknown setting '{unknown}'"
        raise FeaturizerError(f"featurizer '{spec.name}': {message}") from None
    if not isinstance(featurizer, Featurizer):
        raise FeaturizerError(f"featurizer '{spec.name}': its factory returned {type(featurizer).__name__}, "
                              "not an agentgym.features.Featurizer")
    return featurizer


def settings_of(featurizer: Featurizer) -> dict[str, Any]:
    """Every setting of a built featurizer, defaults included, as JSON data."""
    return featurizer.settings.plain()


def fingerprint(featurizer: Featurizer) -> dict[str, Any]:
    """The features of the probe observations, summed up: the sha256 of their indices and a
    few fixed projections of their values (a few numbers instead of hundreds)."""
    import numpy as np

    from agentgym.records import Observation, ToolEvent

    observations = [Observation(PROBE_TICKET)]
    if featurizer.tool_names:
        observations.append(Observation(PROBE_TICKET, (ToolEvent(featurizer.tool_names[0], {}, PROBE_RESULT),)))
    rows = [featurizer.episode(PROBE_TICKET).encode(observation) for observation in observations]
    indices = np.concatenate([row[0] for row in rows]).astype("<i8")
    values = np.concatenate([row[1] for row in rows]).astype(np.float64)
    projections = [float(np.dot(((indices * (2654435761 + 40503 * k)) % 65536) / 65536.0 - 0.5, values))
                   for k in range(3)]
    return {"indices_sha256": hashlib.sha256(indices.tobytes()).hexdigest(),
            "projections": [round(p, 9) for p in projections]}


def same_features(recorded: Mapping[str, Any], found: Mapping[str, Any]) -> bool:
    import numpy as np

    try:
        old = np.asarray(recorded["projections"], dtype=np.float64)
        return bool(recorded["indices_sha256"] == found["indices_sha256"] and old.shape == (3,)
                    and np.allclose(old, found["projections"], rtol=TOLERANCE, atol=1e-7))
    except (KeyError, TypeError, ValueError):
        return False


def describe(featurizer: Featurizer, name: str, manager: PluginManager | None = None) -> dict[str, Any]:
    """What a manifest records about the featurizer a run was trained with."""
    manager = _manager(manager)
    entry = manager.registry.get("featurizers", name)
    record = manager.records.get(entry.plugin)
    return {
        "name": name,
        "plugin": entry.plugin,
        "distribution": record.distribution if record else "",
        "version": record.version if record else "",
        "settings": settings_of(featurizer),
        "fingerprint": fingerprint(featurizer),
    }


def spec_of(recorded: Mapping[str, Any]) -> FeaturizerSpec:
    """The spec a manifest's ``featurizer`` entry names (an entry with no name: ``hashed``)."""
    if "name" not in recorded:
        return FeaturizerSpec(HASHED, dict(recorded))
    settings = recorded.get("settings", {})
    if not isinstance(recorded["name"], str) or not isinstance(settings, Mapping):
        raise FeaturizerError("the featurizer entry needs a name (text) and settings (a table)")
    return FeaturizerSpec(recorded["name"], dict(settings))


def rebuild(scenario: Scenario, recorded: Mapping[str, Any], where: str = "the run",
            manager: PluginManager | None = None) -> Featurizer:
    """Exactly the featurizer a manifest records, or an ArtifactError saying why not."""
    from agentgym.artifacts import ArtifactError

    if not isinstance(recorded, Mapping):
        raise ArtifactError(f"the manifest of {where} has no usable featurizer entry")
    manager = _manager(manager)
    try:
        spec = spec_of(recorded)
    except FeaturizerError as error:
        raise ArtifactError(f"the manifest of {where}: {error}") from None
    if spec.name not in manager.registry.names("featurizers"):
        raise ArtifactError(missing_message(spec.name, recorded, where, manager))
    try:
        featurizer = build(scenario, spec, manager)
    except FeaturizerError as error:
        raise ArtifactError(f"the manifest of {where} has settings its featurizer refuses: {error}") from None
    expected = recorded.get("fingerprint")
    if expected is not None and not same_features(expected, fingerprint(featurizer)):
        raise ArtifactError(
            f"featurizer '{spec.name}' rebuilt from the manifest of {where} does not give the features "
            "the model was trained on (its settings were edited, or its package's version differs: "
            f"trained with {recorded.get('distribution') or spec.name} {recorded.get('version') or '?'})")
    return featurizer


def missing_message(name: str, recorded: Mapping[str, Any], where: str, manager: PluginManager) -> str:
    distribution = recorded.get("distribution") or ""
    broken = [r for r in manager.records.values() if r.error and distribution and r.distribution == distribution]
    if broken:
        return f"{where} was trained with featurizer '{name}', but {broken[0].failure()}"
    install = f"install {distribution} (pip install {distribution})" if distribution else \
        "install the plugin that provides it"
    return f"{where} was trained with featurizer '{name}', which no installed plugin provides; {install}"
