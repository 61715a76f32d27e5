"""A trained policy loaded from its run directory, deciding like any DecisionPolicy.

This is what adapters hand to a framework: ``choose(observation)`` featurizes what the agent
has seen, masks the tools whose arguments cannot be filled, and picks the most probable
action over the policy's FULL action set; ``decide(observation)`` then applies the hand-off
rule (``agentgym.abstention``): a choice that is not among ``observation.tools`` (the tools
on offer; none when empty), or a state-changing one below the run's threshold, becomes the
scenario's abstention answer. Another tool is never taken in its place.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from agentgym import featurizers, hooks
from agentgym.abstention import Choice, check_threshold, manifest_threshold, safe_action
from agentgym.artifacts import ArtifactError, load_model
from agentgym.features import Featurizer, SparseBatch
from agentgym.policies.base import Policy
from agentgym.rollout import ActionSpace, choose
from agentgym.scenario import Action, Observation, Scenario


class TrainedPolicy:
    def __init__(self, scenario: Scenario, featurizer: Featurizer, policy: Policy, manifest: dict[str, Any],
                 abstain_threshold: float | None = None) -> None:
        self.scenario = scenario
        self.featurizer = featurizer
        self.policy = policy
        self.manifest = manifest
        self.space = ActionSpace(scenario)
        self.abstain_threshold = (manifest_threshold(manifest) if abstain_threshold is None
                                  else check_threshold(abstain_threshold))

    @classmethod
    def load(cls, run_dir: Path, scenario: Scenario | None = None,
             abstain_threshold: float | None = None) -> TrainedPolicy:
        params, manifest = load_model(run_dir, scenario.name if scenario else None)
        try:
            return cls._build(run_dir, params, manifest, scenario, abstain_threshold)
        except (KeyError, TypeError, AttributeError) as error:  # a manifest sealed with missing fields
            raise ArtifactError(f"the manifest in {run_dir} lacks or misstates {error}") from None

    @classmethod
    def _build(cls, run_dir: Path, params: dict[str, np.ndarray], manifest: dict[str, Any],
               scenario: Scenario | None, abstain_threshold: float | None = None) -> TrainedPolicy:
        if scenario is None:
            name = manifest["scenario"]["name"]
            scenario = hooks.make_scenario(name, **manifest["scenario"].get("options", {}))
        actions = list(scenario.tool_names) + ["finish"]
        if manifest.get("actions") != actions:
            raise ArtifactError(
                f"the model in {run_dir} was trained on different tools than scenario "
                f"'{scenario.name}' offers now"
            )
        featurizer = featurizers.rebuild(scenario, manifest.get("featurizer"), str(run_dir))
        spec = manifest["policy"]
        policy = hooks.factory("policies", spec["kind"])(
            n_features=featurizer.n_features, n_actions=len(actions), seed=0, **spec.get("settings", {})
        )
        for name, value in policy.params.items():
            if name not in params or params[name].shape != value.shape:
                raise ArtifactError(f"the model in {run_dir} does not fit a '{spec['kind']}' policy ({name})")
        policy.params = {name: params[name] for name in policy.params}
        try:
            check_threshold(manifest_threshold(manifest))
        except ValueError as error:
            raise ArtifactError(f"the manifest in {run_dir}: {error}") from None
        return cls(scenario, featurizer, policy, manifest, abstain_threshold)

    def fresh_featurizer(self) -> None:
        """Start a new featurizer from the manifest's spec (the same features, empty caches).

        Its word caches suit training, where the same tickets come back again and again; over
        a large task file, whose tickets come once each, they would only grow (to hundreds of
        MB), so an evaluation starts a fresh one for every block of episodes."""
        spec = featurizers.spec_of(self.manifest.get("featurizer") or {})
        self.featurizer = featurizers.build(self.scenario, spec)

    def with_threshold(self, abstain_threshold: float | None) -> TrainedPolicy:
        """This policy with another abstention threshold (None: keep this one); weights shared."""
        if abstain_threshold is None:
            return self
        other = copy.copy(self)
        other.abstain_threshold = check_threshold(abstain_threshold)
        return other

    def choose(self, observation: Observation) -> Choice:
        """The most probable action over every tool the policy was trained on (plus finish),
        whatever ``observation.tools`` offers, with its probability."""
        full = observation if observation.tools == self.space.tool_names else replace(
            observation, tools=self.space.tool_names)
        row = self.featurizer.encode(full)
        mask, arguments = self.space.resolve(full)
        masks = np.array([mask])
        probs = self.policy.probabilities(SparseBatch.stack([row]), masks)
        index = int(choose(probs, masks, None)[0])
        return Choice(self.space.action(index, arguments, observation), float(probs[0, index]),
                      bool(self.space.changes_state[index]))

    def decide(self, observation: Observation) -> Action:
        """The policy's choice if it may be taken with the tools offered, else its abstention."""
        return safe_action(self.scenario, observation, self.choose(observation), self.abstain_threshold)

    @property
    def params(self) -> dict[str, np.ndarray]:
        return self.policy.params
