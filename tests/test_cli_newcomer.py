"""What a newcomer meets first: errors that say which package to install, help that shows
every default, a README that documents every setting, ``--resume`` that honours
``--episodes``, and tables that fit 80 columns without cutting a value."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest


def one_error_line(done: Any) -> str:
    assert "Traceback" not in done.stderr, done.stderr
    lines = [line for line in done.stderr.splitlines()
             if line.strip() and not line.startswith("agentgym: warning:")]
    assert len(lines) == 1, f"expected one error line, got: {lines}"
    return lines[0]


# --- unknown names say which first-party distribution provides them -----------------------
def test_unknown_first_party_scenario_names_its_distribution(agentgym_main, tmp_path: Path) -> None:
    done = agentgym_main("train", "customer_support", "-o", str(tmp_path),
                         env={"AGENTGYM_DISABLED_PLUGINS": "scenario-support"})

    assert done.code == 2
    line = one_error_line(done)
    assert line.startswith("error: unknown scenario 'customer_support'; install agentgym-scenario-support; "
                           "installed: "), line
    assert list(tmp_path.iterdir()) == []


def test_unknown_first_party_adapter_names_its_distribution() -> None:
    from agentgym.registry import Registry, UnknownEntry

    with pytest.raises(UnknownEntry, match=r"^unknown adapter 'crewai'; install agentgym-adapter-crewai; installed: "):
        Registry().get("adapters", "crewai")


def test_unknown_third_party_name_has_no_install_hint() -> None:
    from agentgym.registry import Registry, UnknownEntry

    with pytest.raises(UnknownEntry) as raised:
        Registry().get("scenarios", "nobody_ships_this")
    assert str(raised.value) == "unknown scenario 'nobody_ships_this'; installed: none"


@pytest.mark.parametrize(("flag", "kind"), [("--policy", "policy"), ("--algorithm", "algorithm"),
                                            ("--executor", "executor"), ("--featurizer", "featurizer")])
def test_unknown_plugin_names_are_singular(agentgym_main, tmp_path: Path, flag: str, kind: str) -> None:
    done = agentgym_main("train", "customer_support", flag, "nope", "-o", str(tmp_path), "-e", "64")

    assert done.code == 2, done.stderr
    assert one_error_line(done).startswith(f"error: unknown {kind} 'nope'; installed: ")
