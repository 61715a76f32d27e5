"""A trained policy loaded from its run directory, deciding like any DecisionPolicy.

This is what adapters hand to a framework: ``decide(observation)`` featurizes what the
agent has seen, masks tools it cannot call, and returns the most probable action with its
arguments filled by the scenario's resolver.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from agentgym import hooks
from agentgym.artifacts import ArtifactError, load_model
from agentgym.features import Featurizer, FeaturizerSettings, SparseBatch
from agentgym.policies.base import Policy
from agentgym.rollout import ActionSpace, choose
from agentgym.scenario import Action, Observation, Scenario


class TrainedPolicy:
    def __init__(self, scenario: Scenario, featurizer: Featurizer, policy: Policy, manifest: dict[str, Any]) -> None:
        self.scenario = scenario
        self.featurizer = featurizer
        self.policy = policy
        self.manifest = manifest
        self.space = ActionSpace(scenario)

    @classmethod
    def load(cls, run_dir: Path, scenario: Scenario | None = None) -> TrainedPolicy:
        params, manifest = load_model(run_dir, scenario.name if scenario else None)
        try:
            return cls._build(run_dir, params, manifest, scenario)
        except (KeyError, TypeError, AttributeError) as error:  # a manifest sealed with missing fields
            raise ArtifactError(f"the manifest in {run_dir} lacks or misstates {error}") from None

    @classmethod
    def _build(cls, run_dir: Path, params: dict[str, np.ndarray], manifest: dict[str, Any],
               scenario: Scenario | None) -> TrainedPolicy:
        if scenario is None:
            name = manifest["scenario"]["name"]
            scenario = hooks.make_scenario(name, **manifest["scenario"].get("options", {}))
        actions = list(scenario.tool_names) + ["finish"]
        if manifest.get("actions") != actions:
            raise ArtifactError(
                f"the model in {run_dir} was trained on different tools than scenario "
                f"'{scenario.name}' offers now"
            )
        featurizer = Featurizer(
            scenario.tool_names, scenario.max_steps, scenario.result_status,
            FeaturizerSettings(**manifest["featurizer"]),
        )
        spec = manifest["policy"]
        policy = hooks.factory("policies", spec["kind"])(
            n_features=featurizer.n_features, n_actions=len(actions), seed=0, **spec.get("settings", {})
        )
        for name, value in policy.params.items():
            if name not in params or params[name].shape != value.shape:
                raise ArtifactError(f"the model in {run_dir} does not fit a '{spec['kind']}' policy ({name})")
        policy.params = {name: params[name] for name in policy.params}
        return cls(scenario, featurizer, policy, manifest)

    def fresh_featurizer(self) -> None:
        """Start a new featurizer with the same settings (the same features, empty caches).

        Its word caches suit training, where the same tickets come back again and again; over
        a large task file, whose tickets come once each, they would only grow (to hundreds of
        MB), so an evaluation starts a fresh one for every block of episodes."""
        old = self.featurizer
        self.featurizer = Featurizer(old.tool_names, old.max_steps, self.scenario.result_status, old.settings)

    def decide(self, observation: Observation) -> Action:
        row = self.featurizer.encode(observation)
        mask, arguments = self.space.resolve(observation)
        masks = np.array([mask])
        probs = self.policy.probabilities(SparseBatch.stack([row]), masks)
        index = int(choose(probs, masks, None)[0])
        return self.space.action(index, arguments)

    @property
    def params(self) -> dict[str, np.ndarray]:
        return self.policy.params
