"""The CLI surface of customer_support: listing, reference-policy evaluation, task files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from support_testlib import PAIRS, agentgym_command, run_cli

from agentgym.scenario import ScenarioError
from agentgym_scenario_support.task_file import load_task_file


def test_list_json_shows_customer_support_from_its_plugin() -> None:
    done = run_cli("list", "--json")
    assert done.returncode == 0, done.stderr
    rows = {row["name"]: row for row in json.loads(done.stdout)}
    assert "customer_support" in rows
    row = rows["customer_support"]
    assert row["plugin"] == "scenario-support"
    assert row["difficulty"] == "intermediate"
    assert row["success_criteria"] == {"success_rate": 0.90, "tool_reliability": 0.95, "cost_reduction": 0.30,
                                       "time_savings": 0.85}


METRIC_KEYS = {
    "tool_reliability", "success_rate", "pass_hat_k", "avg_tokens", "cost_reduction",
    "avg_response_time", "time_savings", "episodes",
}


def _eval(*args: str) -> dict:
    done = run_cli("eval", "--scenario", "customer_support", *args, "--json")
    return _metrics(done.returncode, done.stdout, done.stderr)


def _metrics(code: int, out: str, err: str) -> dict:
    assert code == 0, err
    metrics = json.loads(out)
    assert METRIC_KEYS <= set(metrics)
    return metrics


@pytest.fixture(scope="module")
def reference_metrics() -> dict[str, dict]:
    """gold and random on the test split, 3 trials, run side by side in two processes."""
    import os

    env = {k: v for k, v in os.environ.items() if k != "AGENTGYM_DISABLE_PLUGIN_AUTOLOAD"}
    running = {
        policy: subprocess.Popen(
            [*agentgym_command(), "eval", "--scenario", "customer_support", "--policy", policy,
             "--split", "test", "--trials", "3", "--json"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )
        for policy in ("gold", "random")
    }
    results = {}
    for policy, process in running.items():
        out, err = process.communicate(timeout=300)
        results[policy] = _metrics(process.returncode, out, err)
        print(f"{policy}: {json.dumps(results[policy], sort_keys=True)}", file=sys.stderr)
    return results


def test_gold_is_perfect_on_the_test_split_over_three_trials(reference_metrics: dict[str, dict]) -> None:
    metrics = reference_metrics["gold"]
    assert metrics["episodes"] >= 3 * 500
    assert metrics["success_rate"] == 1.0
    assert metrics["tool_reliability"] == 1.0
    assert set(metrics["pass_hat_k"]) == {"1", "2", "3"}
    assert metrics["pass_hat_k"]["3"] == 1.0
    # the success criteria the scenario promises are met by its own expert
    assert metrics["cost_reduction"] >= 0.30
    assert metrics["time_savings"] >= 0.85


def test_random_policy_rarely_succeeds(reference_metrics: dict[str, dict]) -> None:
    metrics = reference_metrics["random"]
    assert metrics["episodes"] >= 1500
    assert metrics["success_rate"] < 0.2
    assert metrics["tool_reliability"] < 0.5
    # pass^k can only fall as k grows
    ks = metrics["pass_hat_k"]
    assert ks["1"] >= ks["2"] >= ks["3"]
    # giving up early saves nothing: a random policy meets none of the criteria
    from agentgym_scenario_support.scenario import CustomerSupportScenario

    for name, minimum in CustomerSupportScenario.success_criteria.items():
        assert metrics[name] < minimum, name


def test_gold_is_perfect_on_the_natural_split_and_under_every_perturbation() -> None:
    done = run_cli("eval", "--scenario", "customer_support", "--policy", "gold", "--split", "natural",
                   "--trials", "3", "--perturb", "all", "--json", timeout=600)
    metrics = _metrics(done.returncode, done.stdout, done.stderr)
    assert metrics["episodes"] >= 3 * 200
    assert metrics["success_rate"] == 1.0 and metrics["pass_hat_k"]["3"] == 1.0
    from agentgym_scenario_support.scenario import PERTURBATIONS

    assert set(metrics["perturbations"]) == set(PERTURBATIONS)
    for name, perturbed in metrics["perturbations"].items():
        assert perturbed["success_rate"] == 1.0, name
        assert perturbed["episodes"] == metrics["episodes"]


def test_an_unknown_split_or_perturbation_is_one_line_and_exit_2() -> None:
    for args, word in ((("--split", "holdout"), "split"), (("--perturb", "sideways"), "perturbation")):
        done = run_cli("eval", "--scenario", "customer_support", "--policy", "gold", *args)
        assert done.returncode == 2
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and word in lines[0] and "Traceback" not in done.stderr


def _line(kind: str, outcome: str, index: int) -> dict:
    return {
        "kind": kind,
        "outcome": outcome,
        "name": f"Testy McTest{index}",
        "email": f"testy{index}@files.example.org",
        "subject": f"{kind.replace('_', ' ')} help",
        "body": "Hello, something is wrong with my account. Please help!",
        "id": f"mine-{index}",
    }


def test_a_valid_task_file_runs_every_outcome(tmp_path: Path) -> None:
    """Lines in the first schema (every key required then) load unchanged."""
    path = tmp_path / "tickets.jsonl"
    lines = [json.dumps(_line(kind, outcome, i)) for i, (kind, outcome) in enumerate(PAIRS)]
    lines.insert(3, "")  # blank lines are allowed
    lines.append(json.dumps({**_line("refund_request", "within_window", 99), "amount": 12.5,
                             "days_ago": 3, "ticket_id": "TCK-4242"}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    metrics = _eval("--policy", "gold", "--tasks", str(path), "--trials", "2")
    assert metrics["episodes"] == 2 * (len(PAIRS) + 1)
    assert metrics["success_rate"] == 1.0
    assert metrics["tool_reliability"] == 1.0


def test_version_2_lines_run_with_their_presentation(tmp_path: Path) -> None:
    """No header (an address in the message, or none: the expert asks), another address than the
    account's, an unclear request with the customer's own answer, another language."""
    lines = [
        {**_line("refund_request", "within_window", 1), "header": False, "subject": "",
         "body": "hi, my account is testy1@files.example.org, please refund the last charge"},
        {**_line("password_reset", "active", 2), "header": False, "body": "cant log in, pls help"},
        {**_line("billing_inquiry", "found", 3), "account_email": "t.work@files.example.org",
         "answers": {"email": "use t.work@files.example.org, that's the account"}},
        {**_line("api_integration", "invalid_key", 4), "ambiguous": True,
         "answers": {"request": "our API calls all fail with 401 since this morning"}},
        {**_line("data_migration", "clean", 5), "language": "de",
         "body": "Wir haben gestern unsere Daten aus dem alten System importiert. Ist alles angekommen?"},
    ]
    path = tmp_path / "v2.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    tasks = load_task_file(path)
    assert tasks[0].ticket.startswith("Ticket TCK-90001\nhi,") and tasks[0].params["email_shown"]
    assert not tasks[1].params["email_shown"] and tasks[2].params["account_email"] == "t.work@files.example.org"
    metrics = _eval("--policy", "gold", "--tasks", str(path), "--trials", "2")
    assert metrics["success_rate"] == 1.0 and metrics["tool_reliability"] == 1.0
    assert metrics["avg_tool_calls"] > 4  # the expert had to ask on three of the five


MALFORMED = [
    ("{not json", "not valid JSON"),
    (json.dumps({**_line("refund_request", "within_window", 1), "kind": "teleport"}), "kind"),
    (json.dumps({**_line("refund_request", "locked", 1)}), "outcome"),
    (json.dumps({**_line("password_reset", "active", 1), "email": "not-an-email"}), "email"),
    (json.dumps({**_line("password_reset", "active", 1), "colour": "blue"}), "colour"),
    (json.dumps({k: v for k, v in _line("password_reset", "active", 1).items() if k != "body"}), "body"),
    (json.dumps({**_line("refund_request", "within_window", 1), "amount": -3}), "amount"),
    (json.dumps({**_line("refund_request", "within_window", 1), "ticket_id": "42"}), "ticket_id"),
    ("[1, 2, 3]", ""),
    ('"just a string"', ""),
]
MALFORMED_IDS = ["bad-json", "unknown-kind", "outcome-of-other-kind", "bad-email", "unknown-key",
                 "missing-body", "negative-amount", "bad-ticket-id", "a-list", "a-string"]


def _error_lines(stderr: str) -> list[str]:
    """stderr without warnings about other installed plugins that fail to load."""
    return [line for line in stderr.strip().splitlines() if not line.startswith("agentgym: warning: plugin")]


def _file_with_bad_line(tmp_path: Path, bad: str) -> Path:
    path = tmp_path / "tickets.jsonl"
    good = [json.dumps(_line("password_reset", "active", index)) for index in range(3)]
    path.write_text("\n".join([good[0], good[1], bad, good[2]]) + "\n", encoding="utf-8")
    return path


def test_a_malformed_line_exits_2_with_one_line_and_runs_nothing(tmp_path: Path) -> None:
    """The real process: exit code 2, one line on stderr naming the line, no traceback."""
    path = _file_with_bad_line(tmp_path, "{not json")
    done = run_cli("eval", "--scenario", "customer_support", "--policy", "gold", "--tasks", str(path), "--json")
    assert done.returncode == 2
    assert done.stdout == ""
    err = _error_lines(done.stderr)
    assert len(err) == 1, done.stderr
    assert err[0].startswith("error: ") and "line 3" in err[0]
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(("bad", "needle"), MALFORMED, ids=MALFORMED_IDS)
def test_every_kind_of_malformed_line_is_reported_by_number(
    tmp_path: Path, bad: str, needle: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _file_with_bad_line(tmp_path, bad)
    with pytest.raises(ScenarioError) as raised:
        load_task_file(path)
    assert "line 3" in str(raised.value)
    assert needle in str(raised.value)
    assert "\n" not in str(raised.value)
    # the same through the CLI's own error handling, in this process
    from agentgym.cli import app
    from agentgym.cli.errors import run_guarded

    monkeypatch.setattr(sys, "argv", ["agentgym", "eval", "--scenario", "customer_support", "--policy", "gold",
                                      "--tasks", str(path), "--json"])
    assert run_guarded(app) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert len(_error_lines(err)) == 1 and "line 3" in err and "Traceback" not in err


def test_a_missing_or_empty_task_file_is_bad_input(tmp_path: Path) -> None:
    with pytest.raises(ScenarioError):
        load_task_file(tmp_path / "nope.jsonl")
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n", encoding="utf-8")
    with pytest.raises(ScenarioError, match="no tasks"):
        load_task_file(empty)
