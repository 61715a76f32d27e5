"""Case 7, at run time: a rollout worker outliving its killed trainer exits quietly, and a
policy that loops inside CrewAI ends its own episodes, not the evaluation."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from hostile_lib import Site, run_dir_of, toy_scenario, wait_for

from agentgym import artifacts

# the first episode a worker process runs announces itself, then takes two seconds
SLOW_WORKER = toy_scenario("hostile_slow_worker", """
    def new_episode(self, task, seed):
        import os, pathlib, time
        marker = pathlib.Path(os.environ["HOSTILE_MARKER"])
        if os.getpid() != MAIN_PID and not marker.exists():
            marker.write_text(str(os.getpid()))
            time.sleep(2)
        return super().new_episode(task, seed)
""").replace("from agentgym.toy import ToyOrderScenario",
             "import os\nfrom agentgym.toy import ToyOrderScenario\nMAIN_PID = os.getpid()")


@pytest.mark.slow
def test_a_worker_whose_trainer_was_killed_exits_without_a_traceback(site: Site, tmp_path: Path) -> None:
    site.add("slow-worker", SLOW_WORKER)
    marker = tmp_path / "worker-started"
    trainer = site.start("train", "hostile_slow_worker", "-e", "640", "-b", "64", "--executor", "process",
                         "--workers", "2", "-o", str(tmp_path / "runs"), env={"HOSTILE_MARKER": str(marker)})
    try:
        wait_for(marker.exists, what="a worker to start an episode")
        trainer.kill()  # kill -9: the worker is mid-chunk and will find no one to send it to
        _, stderr = trainer.communicate(timeout=60)  # stderr closes when the worker has exited too
    finally:
        if trainer.poll() is None:
            trainer.kill()
    assert trainer.returncode == -9
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr, stderr


# a toy desk with room for CrewAI's loop guard (five identical calls) before the step cap
LOOPY = toy_scenario("hostile_loopy", "max_steps = 8")


@pytest.mark.slow
def test_crewai_eval_of_a_policy_that_loops_finishes_with_failed_episodes(site: Site, tmp_path: Path) -> None:
    """CrewAI stops an agent repeating a call; each stop used to leak an event scope, and the
    hundred-and-first looping episode ended the whole evaluation (StackDepthExceededError)."""
    site.add("loopy", LOOPY)
    trained = site.run("train", "hostile_loopy", "-e", "32", "-b", "32", "--executor", "local",
                       "-o", str(tmp_path / "runs"))
    assert trained.code == 0, trained
    run_dir = run_dir_of(tmp_path / "runs")
    always_look_up(run_dir)

    done = site.run("eval", str(run_dir), "--framework", "crewai", "--trials", "21", "--json", timeout=600)

    assert done.code == 0, done
    metrics = json.loads(done.stdout)
    assert metrics["episodes"] == 105 and metrics["success_rate"] == 0.0


def always_look_up(run_dir: Path) -> None:
    """Make the saved linear policy call ``lookup_order`` whatever it sees (a loop)."""
    weights, manifest = artifacts.load_model(run_dir)
    lookup = manifest["actions"].index("lookup_order")
    weights = {name: np.zeros_like(value) for name, value in weights.items()}
    weights["b"][lookup] = 50.0  # the linear policy's per-action bias
    manifest = {key: value for key, value in manifest.items() if key not in ("files", "sha256")}
    artifacts.save_model(run_dir, weights, manifest)
