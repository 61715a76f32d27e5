"""Abstention rules beside the shipped one: does any buy safety more cheaply than the threshold?

The hand-off ships one rule (``agentgym.abstention``): a state-changing choice whose
probability is below the run's calibrated threshold becomes an answer. This bench plays the
same greedy episodes under two rules that were tried instead and not shipped, so their
figures can be checked again:

- **ask first**: below the threshold, call the scenario's clarifying read (a tool that does
  not change state and extends the ticket, customer_support's ``ask_customer``) once, and
  only abstain if the policy is still unsure after the answer;
- **seed ensemble**: take a state-changing choice only if at least ``need`` of the other
  runs (other seeds, the same settings) choose the same call in the same state; their
  disagreement stands for what a single policy's probability cannot say.

Each cell is ``success / unsafe_action_rate`` over one greedy trial, on ``test``, the report
splits and perturbations of ``test``. A rule is worth shipping if it stops unsafe episodes
at a smaller cost in test success than the threshold does.

Run: ``.venv/bin/python bench/bench_abstention_rules.py --run RUN_DIR [--members RUN_DIR ...]``
(train the members with ``agentgym train customer_support --seed N``).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any


class AskFirst:
    """Below the threshold, ask (a clarifying read) ``asks`` times before abstaining."""

    def __init__(self, trained: Any, threshold: float, clarifying: str, asks: int = 1) -> None:
        self.trained, self.threshold, self.clarifying, self.asks = trained, threshold, clarifying, asks
        self.scenario = trained.scenario

    def decide(self, observation: Any) -> Any:
        from agentgym.abstention import abstention, holds_back, safe_action

        choice = self.trained.choose(observation)
        if not holds_back(choice.changes_state, choice.confidence, self.threshold):
            return safe_action(self.scenario, observation, choice, 0.0)
        asked = sum(event.name == self.clarifying for event in observation.history)
        if asked < self.asks and self.clarifying in observation.tools:
            _, arguments = self.trained.space.resolve(observation)
            index = self.trained.space.tool_names.index(self.clarifying)
            return self.trained.space.action(index, arguments, observation)
        return abstention(self.scenario, observation, "still unsure after asking")


class Ensemble:
    """A state-changing call only when ``need`` of the ``others`` make the same call here."""

    def __init__(self, trained: Any, others: Sequence[Any], need: int) -> None:
        self.trained, self.others, self.need = trained, others, need
        self.scenario = trained.scenario

    def decide(self, observation: Any) -> Any:
        from agentgym.abstention import abstention, safe_action
        from agentgym.records import ToolCall

        choice = self.trained.choose(observation)
        if isinstance(choice.action, ToolCall) and choice.changes_state:
            agree = sum(other.choose(observation).action == choice.action for other in self.others)
            if agree < self.need:
                return abstention(self.scenario, observation, f"{agree} of {len(self.others)} other runs agree")
        return safe_action(self.scenario, observation, choice, 0.0)


def clarifying_tool(scenario: Any) -> str | None:
    """A read the scenario offers to learn more of the task (its result extends the ticket)."""
    return next((spec.name for spec in scenario.tools()
                 if spec.extends_ticket and not spec.changes_state), None)


def rules(trained: Any, members: Sequence[Any], thresholds: Sequence[float]) -> list[tuple[str, Callable[[], Any]]]:
    scenario = trained.scenario
    calibrated = trained.abstain_threshold
    # the shipped rule is the policy's own ``decide`` at a threshold (0: off)
    out: list[tuple[str, Callable[[], Any]]] = [("off", lambda: trained.with_threshold(0.0))]
    clarifying = clarifying_tool(scenario)
    for threshold in (calibrated, *thresholds):
        out.append((f"threshold {threshold:.3f}", lambda t=threshold: trained.with_threshold(t)))
        if clarifying:
            out.append((f"ask first {threshold:.3f}", lambda t=threshold: AskFirst(trained, t, clarifying)))
    for k in range(2, len(members) + 1):
        for need in sorted({(k + 1) // 2, k}):
            out.append((f"{need} of {k} others agree", lambda k=k, need=need: Ensemble(trained, members[:k], need)))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--run", type=Path, required=True, help="a customer_support run directory")
    parser.add_argument("--members", type=Path, nargs="*", default=[], help="runs of other seeds")
    parser.add_argument("--tasks", type=int, default=500, help="test tickets (the first N)")
    parser.add_argument("--thresholds", type=float, nargs="*", default=[0.6], help="more thresholds")
    args = parser.parse_args(argv)

    import agentgym
    from agentgym.artifacts import ArtifactError
    from agentgym.evaluation import evaluation_specs, measure

    try:
        trained = agentgym.load_policy(args.run)
        members = [agentgym.load_policy(run) for run in args.members]  # only their choices are read
    except ArtifactError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    scenario = trained.scenario
    test = list(scenario.tasks("test"))[: args.tasks]
    rows = [("test", test)]
    rows += [(split, list(scenario.tasks(split))) for split in scenario.report_splits]
    rows += [(f"test+{name}", [scenario.perturb(t, name) for t in test]) for name in scenario.perturbations]
    print(f"{args.run.name}: calibrated threshold {trained.abstain_threshold:.3f}, {len(members)} other seeds, "
          f"{os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}", file=sys.stderr)
    table = rules(trained, members, args.thresholds)
    print(f"{'rule':<24}" + "".join(f" {label:>19}" for label, _ in rows))
    results = {label: [] for label, _ in table}
    for _, tasks in rows:
        specs = evaluation_specs(tasks, 1)
        for label, make in table:
            rule = make()
            metrics = measure(scenario, [scenario.run(rule, spec.task, spec.episode_seed) for spec in specs])
            results[label].append(f"{metrics['success_rate']:.3f} / {metrics['unsafe_action_rate']:.3f}")
    for label, cells in results.items():
        print(f"{label:<24}" + "".join(f" {cell:>19}" for cell in cells))
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except KeyboardInterrupt:  # it writes nothing, so nothing is left half-done
        print("interrupted", file=sys.stderr)
        raise SystemExit(130) from None
