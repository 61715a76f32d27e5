"""Case 1: a non-zero exit code is never thrown away, and Ctrl-C anywhere exits 130 with
one line (in ``train``, the command that resumes the run)."""

from __future__ import annotations

from pathlib import Path

from hostile_lib import SELF_SIGINT, Site, run_dir_of, toy_scenario

# a scenario whose expert never solves anything and whose splits share their tasks
FAILING = toy_scenario("hostile_failing", """
    def gold_action(self, task, observation):
        from agentgym.records import FinalAnswer
        return FinalAnswer("I will not do it.")

    def tasks(self, split):
        return super().tasks("train")[:5]
""")

# a scenario that presses Ctrl-C when the episode named by HOSTILE_CTRL_C starts
CTRL_C = toy_scenario("hostile_ctrl_c", """
    def new_episode(self, task, seed):
        import os
        if os.environ.get("HOSTILE_CTRL_C") in (task.split, "any"):
            _ctrl_c()
        return super().new_episode(task, seed)
""") + SELF_SIGINT


def test_check_of_a_failing_scenario_exits_1(site: Site) -> None:
    site.add("failing", FAILING)

    done = site.run("check", "hostile_failing", "--sample", "5")

    assert done.code == 1, done
    assert "fails the scenario contract" in done.stdout


def test_check_json_of_a_failing_scenario_exits_1(site: Site) -> None:
    site.add("failing", FAILING)

    done = site.run("check", "hostile_failing", "--sample", "5", "--json")

    assert done.code == 1, done
    assert '"passed": false' in done.stdout


def test_ctrl_c_in_the_final_test_evaluation_exits_130_and_the_run_resumes(site: Site, tmp_path: Path) -> None:
    site.add("ctrl-c", CTRL_C)
    output = tmp_path / "runs"

    done = site.run("train", "hostile_ctrl_c", "-e", "64", "-b", "32", "--executor", "local", "-o", str(output),
                    env={"HOSTILE_CTRL_C": "test"})

    assert done.code == 130, done
    run_dir = run_dir_of(output)
    assert done.line == f"interrupted; checkpoint saved. Resume with: agentgym train --resume {run_dir}"
    assert (run_dir / "checkpoints" / "latest.npz").is_file()
    assert not (run_dir / "result.json").exists()

    resumed = site.run("train", "--resume", str(run_dir), "--json")

    assert resumed.code == 0, resumed
    assert (run_dir / "result.json").is_file() and (run_dir / "model" / "weights.npz").is_file()


def test_ctrl_c_before_the_first_update_still_leaves_a_run_to_resume(site: Site, tmp_path: Path) -> None:
    site.add("ctrl-c", CTRL_C)
    output = tmp_path / "runs"

    done = site.run("train", "hostile_ctrl_c", "-e", "64", "-b", "32", "--executor", "local", "-o", str(output),
                    env={"HOSTILE_CTRL_C": "train"})

    assert done.code == 130, done
    run_dir = run_dir_of(output)
    assert done.line.endswith(f"agentgym train --resume {run_dir}")
    assert site.run("train", "--resume", str(run_dir)).code == 0


def test_ctrl_c_during_eval_exits_130_with_one_line(site: Site) -> None:
    site.add("ctrl-c", CTRL_C)

    done = site.run("eval", "--scenario", "hostile_ctrl_c", "--policy", "gold", env={"HOSTILE_CTRL_C": "test"})

    assert done.code == 130, done
    assert done.line == "interrupted"
    assert done.stdout == ""


def test_ctrl_c_during_check_exits_130_with_one_line(site: Site) -> None:
    site.add("ctrl-c", CTRL_C)

    done = site.run("check", "hostile_ctrl_c", "--sample", "3", env={"HOSTILE_CTRL_C": "any"})

    assert done.code == 130, done
    assert done.line == "interrupted"

