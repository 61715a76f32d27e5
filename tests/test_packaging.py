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


def make_recipe(target: str) -> list[str]:
    makefile = (REPO / "Makefile").read_text()
    match = re.search(rf"^{re.escape(target)}:.*\n((?:\t.*\n)+)", makefile, flags=re.MULTILINE)
    assert match, f"no {target} rule in the Makefile"
    return [line.strip() for line in match.group(1).splitlines()]


def test_make_install_says_what_it_is_doing() -> None:
    recipe = make_recipe("$(STAMP)")
    commands = [line for previous, line in zip(["", *recipe[:-1]], recipe, strict=True) if not previous.endswith("\\")]
    steps = [line for line in commands if not line.startswith("@echo")]
    echoes = [line for line in recipe if line.startswith("@echo")]

    assert len(echoes) >= 4
    assert recipe[0].startswith("@echo"), "the first thing it prints says what it is about to do"
    assert any("GB" in line for line in echoes), "it warns of the install size"
    assert all(line.startswith("@") for line in steps), "commands are not echoed as noise beside the messages"


def test_make_test_fast_leaves_out_the_slow_tests() -> None:
    assert make_recipe("test-fast") == ['$(BIN)/python -m pytest -m "not slow"']


def test_readme_states_install_size_and_test_time() -> None:
    readme = " ".join((REPO / "README.md").read_text().split())

    assert re.search(r"about [0-9.]+ GB", readme)
    assert re.search(r"`make test`[^.]* took (about )?[0-9]+ minutes", readme)
    assert "`make test-fast`" in readme
