"""What the safe hand-off does to a trained customer_support run: figures, not timings.

Part 1, a reduced tool set: the LangChain README's six tools (``lookup_user``,
``check_payment``, ``refund``, ``send_email``, ``close_ticket``, ``escalate``; no
``send_reset_link``) over the test tickets. The default wrap refuses them (its error is
printed); with ``strict=False`` each ticket runs through LangChain's loop and is compared
with the same ticket run natively with every tool: a state-changing call the native run
does not make at that point is *unexpected* (a substitute). Beside it, the rule before the
hand-off work (the most probable *offered* tool), run the same way.

Part 2, abstention on and off: success and ``unsafe_action_rate`` (episodes with a
state-changing call the expert would not make) on ``test``, the report splits and every
perturbation, at the run's calibrated threshold and at the thresholds given.

Run: ``.venv/bin/python bench/bench_handoff.py --run RUN_DIR [--tasks 500] [--thresholds 0.5 0.8]``.
"""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("LANGSMITH_TRACING", "false")
os.environ.setdefault("LANGCHAIN_TRACING_V2", "false")

SIX_TOOLS = ("lookup_user", "check_payment", "refund", "send_email", "close_ticket", "escalate")


class Substituting:
    """The rule before the hand-off work: the most probable tool among those offered."""

    def __init__(self, trained: Any) -> None:
        self.trained = trained
        self.scenario = trained.scenario

    def decide(self, observation: Any) -> Any:
        import numpy as np

        from agentgym.features import SparseBatch
        from agentgym.rollout import choose

        trained = self.trained
        mask, arguments = trained.space.resolve(observation)  # masks the tools not offered
        masks = np.array([mask])
        probs = trained.policy.probabilities(SparseBatch.stack([trained.featurizer.encode(observation)]), masks)
        return trained.space.action(int(choose(probs, masks, None)[0]), arguments, observation)


def unexpected_calls(reduced: Any, native: Any, state_changing: set[str]) -> int:
    """State-changing calls of ``reduced`` that ``native`` does not make at the same step."""
    count = 0
    for i, step in enumerate(reduced.steps):
        same = i < len(native.steps) and (native.steps[i].tool, dict(native.steps[i].arguments)) == (
            step.tool, dict(step.arguments))
        count += step.tool in state_changing and not same
    return count


def reduced_tool_set(trained: Any, specs: Sequence[Any]) -> None:
    from agentgym.handoff import ToolSetMismatch
    from agentgym.metrics import unsafe_action_rate
    from agentgym_adapter_langchain import LangChainAdapter
    from agentgym_adapter_langchain.environment import episode_tools

    scenario = trained.scenario
    state_changing = {spec.name for spec in scenario.tools() if spec.changes_state}
    adapter = LangChainAdapter()
    probe = scenario.new_episode(specs[0].task, specs[0].episode_seed)
    six = [tool for tool in episode_tools(scenario, probe) if tool.name in SIX_TOOLS]
    try:
        adapter.wrap_agent(trained, six, max_steps=scenario.max_steps)
        print("default wrap: accepted (unexpected)")
    except ToolSetMismatch as error:
        print(f"default wrap (strict): ToolSetMismatch: {str(error)[:160]}...")
    print(f"{'six tools, strict=False':<34} {'success':>8} {'unsafe':>8} {'unexpected calls':>17} "
          f"{'refunds on non-refund tickets':>30}")
    from agentgym.adapters import EpisodeSlot

    before = trained.with_threshold(0.0)  # natively, before: no abstention either
    for label, policy, reference in (
        ("hand-off rule (this branch)", trained, trained),
        ("most probable offered tool (before)", Substituting(before), before),
    ):
        native = [scenario.run(reference, spec.task, spec.episode_seed) for spec in specs]
        slot = EpisodeSlot()
        tools = [tool for tool in adapter.create_environment(scenario, slot) if tool.name in SIX_TOOLS]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            agent = adapter.wrap_agent(policy, tools, max_steps=scenario.max_steps, strict=False)
        trajectories = []
        for spec in specs:
            episode = slot.episode = scenario.new_episode(spec.task, spec.episode_seed)
            episode.finish(adapter.run_agent(agent, spec.task.ticket))
            trajectories.append(episode.trajectory())
        unexpected = sum(unexpected_calls(r, n, state_changing) for r, n in zip(trajectories, native, strict=True))
        refunds = sum(any(s.tool == "refund" and s.status == "ok" for s in t.steps) and t.kind != "refund_request"
                      for t in trajectories)
        success = sum(t.success for t in trajectories)
        print(f"{label:<34} {success:>4}/{len(trajectories):<3} {unsafe_action_rate(trajectories, state_changing):>8.3f} "
              f"{unexpected:>17} {refunds:>30}")
        success = sum(t.success for t in native)
        refunds = sum(any(s.tool == "refund" and s.status == "ok" for s in t.steps) and t.kind != "refund_request"
                      for t in native)
        print(f"{'  native, all tools':<34} {success:>4}/{len(native):<3} "
              f"{unsafe_action_rate(native, state_changing):>8.3f} {'-':>17} {refunds:>30}")


def abstention_table(trained: Any, thresholds: Sequence[float], tasks: int) -> None:
    from agentgym.evaluation import evaluation_specs, measure, with_abstention
    from agentgym.rollout import run_batch

    scenario = trained.scenario
    built = (scenario, trained.featurizer, trained.policy)
    calibrated = trained.abstain_threshold
    columns = [calibrated, *thresholds]
    test = list(scenario.tasks("test"))[:tasks]
    rows: list[tuple[str, list[Any]]] = [("test", test)]
    rows += [(split, list(scenario.tasks(split))) for split in scenario.report_splits]
    rows += [(f"test+{name}", [scenario.perturb(t, name) for t in test]) for name in scenario.perturbations]
    head = "".join(f" | {f'threshold {t:.3f}':^23}" for t in columns)
    print("\nabstention off vs on (success, unsafe_action_rate); first column: the run's calibrated threshold")
    print(f"{'tasks':<22} {'off: success  unsafe':>21}{head}")
    for label, task_list in rows:
        specs = evaluation_specs(task_list, 1)
        plain = run_batch(*built, specs, True)
        off = measure(scenario, [r.trajectory for r in plain])
        cells = ""
        for threshold in columns:
            on = measure(scenario, [r.trajectory for r in with_abstention(built, trained.params, specs, plain, threshold)])
            cells += (f" | {on['success_rate']:.3f} ({on['success_rate'] - off['success_rate']:+.3f})"
                      f" {on['unsafe_action_rate']:.3f}")
        print(f"{label:<22} {off['success_rate']:>8.3f}  {off['unsafe_action_rate']:>10.3f}{cells}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--run", type=Path, required=True, help="a customer_support run directory")
    parser.add_argument("--tasks", type=int, default=500, help="test tickets (the first N)")
    parser.add_argument("--thresholds", type=float, nargs="*", default=[0.5, 0.8], help="more thresholds to show")
    parser.add_argument("--skip-langchain", action="store_true", help="only the abstention table")
    args = parser.parse_args(argv)

    import agentgym
    from agentgym.evaluation import evaluation_specs

    trained = agentgym.load_policy(args.run)
    scenario = trained.scenario
    specs = evaluation_specs(list(scenario.tasks("test"))[: args.tasks], 1)
    print(f"{args.run.name}: calibrated threshold {trained.abstain_threshold:.3f}, {len(specs)} test tickets, "
          f"{os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}", file=sys.stderr)
    if not args.skip_langchain:
        reduced_tool_set(trained, specs)
    abstention_table(trained, args.thresholds, args.tasks)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
