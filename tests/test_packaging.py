"""Each distribution can be published as it is: an MIT LICENSE shipped in the wheel, a
Python version, and a long description that stands alone on an index page (no link into
the monorepo). The README does not claim the packages are on a package index."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FOLDERS = sorted(path.parent.name for path in REPO.glob("agentgym-*/pyproject.toml"))


def project(folder: str) -> dict:
    return tomllib.loads((REPO / folder / "pyproject.toml").read_text())["project"]


def test_the_root_license_is_mit() -> None:
    text = (REPO / "LICENSE").read_text()
    assert text.startswith("MIT License\n")
    assert "THE SOFTWARE IS PROVIDED \"AS IS\"" in text


@pytest.mark.parametrize("folder", FOLDERS)
def test_distribution_ships_the_license(folder: str) -> None:
    meta = project(folder)

    assert meta["license"] == "MIT"
    assert meta["license-files"] == ["LICENSE"]
    assert (REPO / folder / "LICENSE").read_text() == (REPO / "LICENSE").read_text()


@pytest.mark.parametrize("folder", FOLDERS)
def test_distribution_states_its_python_and_a_long_description(folder: str) -> None:
    meta = project(folder)

    assert meta["requires-python"] == ">=3.11"
    readme = (REPO / folder / meta["readme"]).read_text()
    assert readme.startswith(f"# {meta['name']}"), "the page starts with the distribution's name"
    assert len(readme.splitlines()) >= 30, "a description of its own, not a pointer elsewhere"
    relative = [target for target in re.findall(r"\]\(([^)]*)\)", readme)
                if not target.startswith(("#", "https://", "http://127.0.0.1", "http://localhost"))]
    assert relative == [], "links that only work inside the repository"
    assert "../" not in readme


def test_meta_package_is_the_core_plus_customer_support_with_an_extra_per_framework() -> None:
    root = tomllib.loads((REPO / "pyproject.toml").read_text())
    meta = root["project"]

    assert meta["name"] == "agentgym" and project("agentgym-core")["name"] == "agentgym-core"
    assert meta["license"] == "MIT" and meta["license-files"] == ["LICENSE"]
    assert meta["requires-python"] == ">=3.11"
    assert sorted(meta["dependencies"]) == ["agentgym-core>=0.1.0", "agentgym-scenario-support>=0.2.0"]
    extras = meta["optional-dependencies"]
    assert sorted(extras) == ["all", "autogen", "crewai", "langchain", "ray", "report"]
    for framework in ("langchain", "autogen", "crewai"):
        assert extras[framework] == [f"agentgym-adapter-{framework}>=0.1.0"]
    assert extras["all"] == ["agentgym[langchain,autogen,crewai,ray,report]"]
    assert root["tool"]["setuptools"]["packages"] == [], "the meta-package holds no code"
    page = (REPO / meta["readme"]).read_text()
    assert page.startswith("# agentgym\n") and "../" not in page and "](" not in page


@pytest.mark.parametrize("folder", [f for f in FOLDERS if f != "agentgym-core"])
def test_first_party_plugins_depend_on_the_core_not_the_meta_package(folder: str) -> None:
    assert any(dep.startswith("agentgym-core") for dep in project(folder)["dependencies"])
    assert not any(re.match(r"agentgym[<>=\[ ]|agentgym$", dep) for dep in project(folder)["dependencies"])


def test_make_wheels_builds_every_distribution() -> None:
    makefile = (REPO / "Makefile").read_text()
    packages = re.search(r"^PACKAGES := (.+)$", makefile, flags=re.MULTILINE).group(1).split()

    assert sorted(packages) == FOLDERS
    assert re.search(r"^wheels: install\n(\t.*\n)*\t.*pip wheel .*--wheel-dir dist \./ ", makefile, flags=re.MULTILINE)


def test_readme_installs_from_dist_and_claims_no_index() -> None:
    readme = (REPO / "README.md").read_text()

    assert "make wheels" in readme and "dist/" in readme
    assert "pypi" not in readme.lower()
