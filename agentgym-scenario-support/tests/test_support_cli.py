"""The CLI surface of customer_support: listing, reference-policy evaluation, task files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support_testlib import PAIRS, run_cli


def test_list_json_shows_customer_support_from_its_plugin() -> None:
    done = run_cli("list", "--json")
    assert done.returncode == 0, done.stderr
    rows = {row["name"]: row for row in json.loads(done.stdout)}
    assert "customer_support" in rows
    row = rows["customer_support"]
    assert row["plugin"] == "scenario-support"
    assert row["difficulty"] == "intermediate"
    assert row["success_criteria"] == {"tool_reliability": 0.95, "cost_reduction": 0.30, "time_savings": 0.98}


METRIC_KEYS = {
    "tool_reliability", "success_rate", "pass_hat_k", "avg_tokens", "cost_reduction",
    "avg_response_time", "time_savings", "episodes",
}


def _eval(*args: str) -> dict:
    done = run_cli("eval", "--scenario", "customer_support", *args, "--json")
    assert done.returncode == 0, done.stderr
    metrics = json.loads(done.stdout)
    assert METRIC_KEYS <= set(metrics)
    return metrics


def test_gold_is_perfect_on_the_test_split_over_three_trials() -> None:
    metrics = _eval("--policy", "gold", "--split", "test", "--trials", "3")
    assert metrics["episodes"] >= 3 * 500
    assert metrics["success_rate"] == 1.0
    assert metrics["tool_reliability"] == 1.0
    assert set(metrics["pass_hat_k"]) == {"1", "2", "3"}
    assert metrics["pass_hat_k"]["3"] == 1.0
    # the success criteria the scenario promises are met by its own expert
    assert metrics["cost_reduction"] >= 0.30
    assert metrics["time_savings"] >= 0.98


def test_random_policy_rarely_succeeds() -> None:
    metrics = _eval("--policy", "random", "--split", "test", "--trials", "3")
    assert metrics["episodes"] >= 1500
    assert metrics["success_rate"] < 0.2
    assert metrics["tool_reliability"] < 0.5
    # pass^k can only fall as k grows
    ks = metrics["pass_hat_k"]
    assert ks["1"] >= ks["2"] >= ks["3"]


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


@pytest.mark.parametrize(
    ("bad", "needle"),
    [
        ("{not json", "not valid JSON"),
        (json.dumps({**_line("refund_request", "within_window", 1), "kind": "teleport"}), "kind"),
        (json.dumps({**_line("refund_request", "locked", 1)}), "outcome"),
        (json.dumps({**_line("password_reset", "active", 1), "email": "not-an-email"}), "email"),
        (json.dumps({**_line("password_reset", "active", 1), "colour": "blue"}), "colour"),
        (json.dumps({k: v for k, v in _line("password_reset", "active", 1).items() if k != "body"}), "body"),
        ("[1, 2, 3]", ""),
    ],
    ids=["bad-json", "unknown-kind", "outcome-of-other-kind", "bad-email", "unknown-key", "missing-body",
         "not-an-object"],
)
def test_a_malformed_line_is_reported_by_number_and_nothing_runs(tmp_path: Path, bad: str, needle: str) -> None:
    path = tmp_path / "tickets.jsonl"
    good = json.dumps(_line("password_reset", "active", 0))
    path.write_text("\n".join([good, good, bad, good]) + "\n", encoding="utf-8")
    done = run_cli("eval", "--scenario", "customer_support", "--policy", "gold", "--tasks", str(path), "--json")
    assert done.returncode == 2
    assert done.stdout == ""
    err = done.stderr.strip().splitlines()
    assert len(err) == 1, done.stderr
    assert "line 3" in err[0]
    assert needle in err[0]
    assert "Traceback" not in done.stderr


def test_a_missing_task_file_is_one_line_exit_2(tmp_path: Path) -> None:
    done = run_cli("eval", "--scenario", "customer_support", "--policy", "gold",
                   "--tasks", str(tmp_path / "nope.jsonl"), "--json")
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr
