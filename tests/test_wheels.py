"""Users install wheels, not a checkout: build a wheel of every distribution (the
``agentgym`` meta-package from the repository root among them), install ``agentgym`` from
those wheels (not editable; it pulls ``agentgym-core`` and ``agentgym-scenario-support``)
into a fresh virtual environment, and check that the plugin is found there through its entry
point. Every wheel carries the MIT license and states its Python version.

Slow (a minute or two): ``pytest -m "not slow"`` leaves it out. Our wheels come from the
checkout; their dependencies come from the machine's configured package index, pinned by
``constraints.txt`` when it exists.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]
DISTRIBUTIONS = {
    "agentgym": ".",
    "agentgym-core": "agentgym-core",
    "agentgym-scenario-support": "agentgym-scenario-support",
    "agentgym-adapter-langchain": "agentgym-adapter-langchain",
    "agentgym-adapter-autogen": "agentgym-adapter-autogen",
    "agentgym-adapter-crewai": "agentgym-adapter-crewai",
    "agentgym-serve": "agentgym-serve",
    "agentgym-dashboard": "agentgym-dashboard",
    "agentgym-featurizer-wordllama": "agentgym-featurizer-wordllama",
}
PLUGIN_NAMES = {
    "agentgym-scenario-support": "scenario-support",
    "agentgym-adapter-langchain": "adapter-langchain",
    "agentgym-adapter-autogen": "adapter-autogen",
    "agentgym-adapter-crewai": "adapter-crewai",
    "agentgym-serve": "serve",
    "agentgym-dashboard": "dashboard",
    "agentgym-featurizer-wordllama": "wordllama",
}
def version_of(distribution: str) -> str:
    """The version a distribution's pyproject.toml declares."""
    import tomllib

    return tomllib.loads((REPO / DISTRIBUTIONS[distribution] / "pyproject.toml").read_text())["project"]["version"]


VERSION = version_of("agentgym")


def environment() -> dict[str, str]:
    """The caller's environment without anything that would leak the dev venv in."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP")
           and not k.startswith("AGENTGYM_")}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def run(*command: str | Path, cwd: Path | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(part) for part in command], capture_output=True, text=True, cwd=cwd, env=environment(),
        timeout=timeout,
    )
    assert done.returncode == 0, f"{' '.join(map(str, command))} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


def wheel_name(distribution: str) -> str:
    return f"{distribution.replace('-', '_')}-{version_of(distribution)}-py3-none-any.whl"


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A plain fresh virtual environment (no system site-packages, nothing of the dev venv)."""
    home = tmp_path_factory.mktemp("fresh") / "venv"
    run(sys.executable, "-m", "venv", home)
    return home


@pytest.fixture(scope="module")
def wheels(tmp_path_factory: pytest.TempPathFactory, venv: Path) -> Path:
    """One wheel per distribution, built by the fresh venv's pip with one shared build
    environment (setuptools >= 77 for the PEP 639 ``license`` field) instead of an isolated
    one per package, which takes several times longer."""
    folder = tmp_path_factory.mktemp("wheels")
    # each package is built from a clean copy: an in-tree build leaves build/lib behind, and a
    # later build packs whatever stale files it holds (a file package-data no longer names)
    copies = tmp_path_factory.mktemp("sources")
    sources = [shutil.copytree(REPO / path, copies / path, ignore=shutil.ignore_patterns("build", "*.egg-info"))
               for path in DISTRIBUTIONS.values() if path != "." and (REPO / path / "pyproject.toml").exists()]
    # the meta-package is built from a copy: an in-tree build would leave agentgym.egg-info in
    # the repository root, where it poses as an installed distribution
    meta = tmp_path_factory.mktemp("meta")
    for name in ("pyproject.toml", "PACKAGE.md", "LICENSE"):
        shutil.copy(REPO / name, meta / name)
    sources.append(meta)
    python = venv / "bin" / "python"
    run(python, "-m", "pip", "install", "--quiet", "setuptools>=77")
    run(python, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet", "--wheel-dir", folder,
        *sources)
    return folder


@pytest.fixture(scope="module")
def installed(venv: Path, wheels: Path) -> Path:
    constraints = ["-c", REPO / "constraints.txt"] if (REPO / "constraints.txt").exists() else []
    run(
        venv / "bin" / "python", "-m", "pip", "install", "--quiet", *constraints,
        "--find-links", wheels, wheels / wheel_name("agentgym"),
        timeout=600,
    )
    return venv


def test_every_distribution_builds_a_wheel_with_its_entry_point(wheels: Path) -> None:
    for distribution, path in DISTRIBUTIONS.items():
        if not (REPO / path / "pyproject.toml").exists():
            continue
        wheel = wheels / wheel_name(distribution)
        assert wheel.exists(), f"no wheel for {distribution}: {sorted(p.name for p in wheels.iterdir())}"
        with zipfile.ZipFile(wheel) as archive:
            names = archive.namelist()
            info = f"{distribution.replace('-', '_')}-{version_of(distribution)}.dist-info"
            assert f"{info}/METADATA" in names
            assert f"{info}/licenses/LICENSE" in names
            metadata = archive.read(f"{info}/METADATA").decode()
            assert "License-Expression: MIT" in metadata and "Requires-Python: >=3.11" in metadata
            assert "../" not in metadata
            if distribution in PLUGIN_NAMES:
                entry_points = archive.read(f"{info}/entry_points.txt").decode()
                assert "[agentgym.plugins]" in entry_points
                assert f"{PLUGIN_NAMES[distribution]} =" in entry_points
            elif distribution == "agentgym":  # the meta-package: dependencies only
                assert not any(name.endswith(".py") for name in names)
                assert "Requires-Dist: agentgym-core" in metadata
                assert "Requires-Dist: agentgym-scenario-support" in metadata
            else:
                assert "agentgym/hookspecs.py" in names and "agentgym/cli/__init__.py" in names
            assert not any(name.startswith(("tests/", "src/")) for name in names)


def test_the_dashboard_wheel_ships_its_pages_and_scripts(wheels: Path) -> None:
    """Templates, the stylesheet and the script are package data: a wheel without them serves
    nothing (plotly.js comes from the plotly wheel, a dependency)."""
    source = REPO / "agentgym-dashboard" / "src" / "agentgym_dashboard"
    wanted = {str(path.relative_to(source.parent)) for folder in ("templates", "static")
              for path in (source / folder).iterdir()}
    assert {"agentgym_dashboard/templates/runs.html", "agentgym_dashboard/static/dashboard.js"} <= wanted
    with zipfile.ZipFile(wheels / wheel_name("agentgym-dashboard")) as archive:
        names = set(archive.namelist())
    assert wanted <= names, sorted(wanted - names)
    assert "agentgym_dashboard/py.typed" in names


def test_the_core_wheel_ships_the_docs(wheels: Path) -> None:
    """A wheel user has no checkout: the guides are package data of the core."""
    source = REPO / "agentgym-core" / "src" / "agentgym" / "docs"
    wanted = {f"agentgym/docs/{path.name}" for path in source.glob("*.md")}
    assert {"agentgym/docs/writing-a-scenario.md", "agentgym/docs/scenario-reference.md",
            "agentgym/docs/plugin-hooks.md"} <= wanted
    with zipfile.ZipFile(wheels / wheel_name("agentgym-core")) as archive:
        names = set(archive.namelist())
        assert wanted <= names, sorted(wanted - names)
        for name in wanted:
            assert archive.read(name) == (source / Path(name).name).read_bytes()


def test_docs_prints_the_guide_in_the_fresh_venv(installed: Path) -> None:
    listed = run(installed / "bin" / "agentgym", "docs")
    assert [line.split()[0] for line in listed.stdout.splitlines()] == [
        "plugin-hooks", "scenario-reference", "writing-a-scenario"]
    page = run(installed / "bin" / "agentgym", "docs", "writing-a-scenario")
    guide = REPO / "agentgym-core" / "src" / "agentgym" / "docs" / "writing-a-scenario.md"
    assert page.stdout == guide.read_text()


def test_installed_from_wheels_not_editable(installed: Path) -> None:
    venv = installed
    done = run(
        venv / "bin" / "python", "-c",
        "import agentgym, agentgym_scenario_support, json;"
        "print(json.dumps([agentgym.__file__, agentgym_scenario_support.__file__]))",
    )
    for location in json.loads(done.stdout):
        assert Path(location).is_relative_to(venv), f"{location} is not inside the fresh venv"
        assert not Path(location).is_relative_to(REPO)


def test_plugins_list_in_the_fresh_venv_shows_the_plugin(installed: Path) -> None:
    venv = installed
    done = run(venv / "bin" / "agentgym", "plugins", "list", "--json")

    rows = {row["name"]: row for row in json.loads(done.stdout)}
    assert rows == {
        "scenario-support": {
            "name": "scenario-support",
            "distribution": "agentgym-scenario-support",
            "version": version_of("agentgym-scenario-support"),
            "hooks": ["register_scenarios"],
            "builtin": False,
            "error": None,
        }
    }
    assert done.stderr == ""


def test_version_and_list_in_the_fresh_venv(installed: Path) -> None:
    venv = installed
    version = run(venv / "bin" / "agentgym", "--version")
    assert version.stdout.splitlines() == [f"agentgym {VERSION}", f"plugins: scenario-support-{version_of('agentgym-scenario-support')}"]

    listed = run(venv / "bin" / "agentgym", "list", "--json")
    assert [row["name"] for row in json.loads(listed.stdout)] == ["customer_support"]


def test_the_bare_core_lists_no_scenario_and_names_the_package_to_install(
    wheels: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    home = tmp_path_factory.mktemp("core-only") / "venv"
    run(sys.executable, "-m", "venv", home)
    constraints = ["-c", REPO / "constraints.txt"] if (REPO / "constraints.txt").exists() else []
    run(home / "bin" / "python", "-m", "pip", "install", "--quiet", *constraints, wheels / wheel_name("agentgym-core"),
        timeout=600)

    listed = run(home / "bin" / "agentgym", "list", "--json")
    assert json.loads(listed.stdout) == []
    done = subprocess.run([str(home / "bin" / "agentgym"), "train", "customer_support"], capture_output=True,
                          text=True, env=environment(), cwd=tmp_path_factory.mktemp("cwd"), timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip() == ("error: unknown scenario 'customer_support'; install agentgym-scenario-support; "
                                   "installed: none")


@pytest.fixture(scope="module")
def crewai_user(wheels: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with exactly what the README tells a CrewAI user to install:
    ``agentgym agentgym-adapter-crewai`` (their dependencies found in the wheel folder)."""
    home = tmp_path_factory.mktemp("crewai-user") / "venv"
    run(sys.executable, "-m", "venv", home)
    constraints = ["-c", REPO / "constraints.txt"] if (REPO / "constraints.txt").exists() else []
    run(home / "bin" / "python", "-m", "pip", "install", "--quiet", *constraints, "--find-links", wheels,
        wheels / wheel_name("agentgym"), wheels / wheel_name("agentgym-adapter-crewai"), timeout=900)
    return home


def test_agentgym_and_the_crewai_adapter_are_enough_to_train_and_evaluate_in_crewai(
    crewai_user: Path, tmp_path: Path
) -> None:
    agentgym = crewai_user / "bin" / "agentgym"
    natural = REPO / "agentgym-scenario-support" / "src" / "agentgym_scenario_support" / "data" / "natural.jsonl"
    tickets = tmp_path / "five.jsonl"
    tickets.write_text("".join(natural.read_text(encoding="utf-8").splitlines(keepends=True)[:5]), encoding="utf-8")

    trained = run(agentgym, "train", "customer_support", "--episodes", "2000", "-o", tmp_path / "runs", "--json",
                  cwd=tmp_path, timeout=900)
    run_dir = json.loads(trained.stdout)["run_dir"]
    evaluated = run(agentgym, "eval", run_dir, "--framework", "crewai", "--tasks", tickets, "--trials", "1",
                    "--json", cwd=tmp_path, timeout=900)

    metrics = json.loads(evaluated.stdout)
    assert metrics["episodes"] == 5
    assert 0.0 <= metrics["success_rate"] <= 1.0
