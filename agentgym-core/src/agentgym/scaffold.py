"""``agentgym new scenario NAME``: write a working scenario package from templates.

The templates (``agentgym/templates/scenario/*.tmpl``, ``string.Template`` syntax) hold a
small scenario that already passes the contract, so an author starts from green checks
and changes one thing at a time. Everything is rendered and validated before anything is
written, and the package appears with one rename: a refused request leaves no trace.
"""

from __future__ import annotations

import os
import re
import shutil
import string
import tempfile
from collections.abc import Collection
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

NAME_RULE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
DIST_RULE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")  # a normalized distribution name
MODULE_RULE = re.compile(r"^[a-z][a-z0-9_]*$")
MAX_NAME_LENGTH = 40

# AgentGym's own distributions (installed or not): a package generated under one of their
# distribution, module or entry-point names would replace or shadow the real one
FIRST_PARTY_DISTRIBUTIONS = (
    "agentgym", "agentgym-core", "agentgym-scenario-support", "agentgym-adapter-langchain",
    "agentgym-adapter-autogen", "agentgym-adapter-crewai", "agentgym-serve", "agentgym-dashboard",
)
FIRST_PARTY_SCENARIOS = ("customer_support",)

# output path (relative to the package folder; {package} is filled in) -> template file
FILES = {
    "pyproject.toml": "pyproject.toml.tmpl",
    "README.md": "README.md.tmpl",
    "src/{package}/__init__.py": "init.py.tmpl",
    "src/{package}/plugin.py": "plugin.py.tmpl",
    "src/{package}/scenario.py": "scenario.py.tmpl",
    "tests/test_contract.py": "test_contract.py.tmpl",
    ".gitignore": "gitignore.tmpl",
}


class ScaffoldError(ValueError):
    """A request ``agentgym new`` refuses; the message is one user-facing line."""


@dataclass(frozen=True)
class ScenarioNames:
    """Every name derived from a scenario name, so they stay consistent."""

    name: str  # the scenario name: stock_desk
    dist: str  # the distribution and folder: agentgym-scenario-stock-desk
    package: str  # the import package: agentgym_scenario_stock_desk
    entry_point: str  # the agentgym.plugins entry point: scenario-stock-desk
    class_name: str  # the scenario class: StockDeskScenario

    @classmethod
    def from_name(cls, name: str, dist: str | None = None, package: str | None = None) -> ScenarioNames:
        """The names for scenario ``name``; ``dist`` and ``package`` replace the derived
        distribution (and folder) and import package names."""
        validate_name(name)
        hyphens = name.replace("_", "-")
        camel = "".join(part.capitalize() for part in name.split("_"))
        dist = dist or f"agentgym-scenario-{hyphens}"
        package = package or f"agentgym_scenario_{name}"
        validate_dist_and_package(dist, package)
        return cls(name, dist, package, f"scenario-{hyphens}", f"{camel}Scenario")


def validate_dist_and_package(dist: str, package: str) -> None:
    """Refuse a distribution name pip would normalize differently, or a package name Python
    cannot import."""
    import keyword

    if not DIST_RULE.match(dist):
        raise ScaffoldError(f"invalid package name {dist!r}: use lowercase letters and digits, words "
                            "joined by single hyphens (e.g. acme-stock-desk)")
    if not MODULE_RULE.match(package) or keyword.iskeyword(package):
        raise ScaffoldError(f"invalid module name {package!r}: use lowercase letters, digits and "
                            "underscores, starting with a letter (e.g. acme_stock_desk)")


def validate_name(name: str) -> None:
    """Refuse names that would not make a valid scenario, distribution and import name."""
    if not NAME_RULE.match(name):
        raise ScaffoldError(
            f"invalid scenario name {name!r}: use lowercase letters and digits, words joined by "
            "single underscores, starting with a letter (e.g. stock_desk)"
        )
    if len(name) > MAX_NAME_LENGTH:
        raise ScaffoldError(f"invalid scenario name {name!r}: at most {MAX_NAME_LENGTH} characters")


def first_party_clash(names: ScenarioNames) -> str | None:
    """Which first-party distribution the generated package would collide with, or None."""
    if names.name in FIRST_PARTY_SCENARIOS:
        return f"the first-party scenario '{names.name}'"
    for dist in FIRST_PARTY_DISTRIBUTIONS:
        module, entry_point = dist.replace("-", "_"), dist.removeprefix("agentgym-")
        if names.dist == dist or names.package == module or names.entry_point == entry_point:
            return f"the first-party distribution {dist}"
    return None


def installed_clash(names: ScenarioNames) -> str | None:
    """An installed distribution, importable module or ``agentgym.plugins`` entry point that
    already has one of the generated names, or None."""
    import importlib.metadata
    import importlib.util

    from agentgym.discovery import entry_points
    from agentgym.plugins import ENTRY_POINT_GROUP

    try:
        importlib.metadata.distribution(names.dist)
        return f"the installed distribution '{names.dist}'"
    except importlib.metadata.PackageNotFoundError:
        pass
    try:
        if importlib.util.find_spec(names.package) is not None:
            return f"the importable module '{names.package}'"
    except (ImportError, ValueError):
        return f"the importable module '{names.package}'"
    for entry_point in entry_points(group=ENTRY_POINT_GROUP):
        if entry_point.name == names.entry_point:
            return f"the entry point '{names.entry_point}' of the installed distribution {entry_point.dist.name}"
    return None


def render(names: ScenarioNames) -> dict[str, str]:
    """Every file of the package: relative path -> text (nothing is written)."""
    folder = resources.files("agentgym") / "templates" / "scenario"
    values = {
        "name": names.name,
        "dist": names.dist,
        "package": names.package,
        "entry_point": names.entry_point,
        "class_name": names.class_name,
    }
    return {
        target.format(package=names.package): string.Template(
            (folder / template).read_text(encoding="utf-8")
        ).substitute(values)
        for target, template in FILES.items()
    }


def _folder_mode() -> int:
    """The mode ``mkdir`` gives a new folder under the current umask (0755 with umask 022)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o777 & ~umask


def scaffold_scenario(name: str, output: Path, installed: Collection[str] = (), dist: str | None = None,
                      package: str | None = None) -> Path:
    """Write the package for scenario ``name`` under ``output``; return its folder.

    :param installed: scenario names already registered; reusing one would make both
        plugins fail to register, so it is refused, as are names whose distribution, module
        or entry point is first-party or already installed.
    :param dist: the distribution (and folder) name instead of ``agentgym-scenario-NAME``.
    :param package: the import package name instead of ``agentgym_scenario_NAME``.
    """
    names = ScenarioNames.from_name(name, dist, package)
    if name in installed:
        raise ScaffoldError(f"a scenario named '{name}' is already installed; choose another name")
    clash = first_party_clash(names) or installed_clash(names)
    if clash:
        raise ScaffoldError(f"scenario name '{name}' would make {names.dist} ({names.package}, entry point "
                            f"{names.entry_point}), which collides with {clash}; choose another name")
    target = Path(output) / names.dist
    if target.exists():
        raise ScaffoldError(f"{target} already exists; choose another name or --output folder")
    if Path(output).exists() and not Path(output).is_dir():
        raise ScaffoldError(f"--output {output} is not a folder")
    files = render(names)
    Path(output).mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{names.dist}-", dir=output))
    try:
        for relative, text in files.items():
            path = staging / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        staging.chmod(_folder_mode())  # mkdtemp makes it private (0700): a package folder is not
        os.rename(staging, target)  # atomic: the package appears complete or not at all
    except OSError as error:
        shutil.rmtree(staging, ignore_errors=True)
        if target.exists():
            raise ScaffoldError(f"{target} already exists; choose another name or --output folder") from None
        raise ScaffoldError(f"could not write {target}: {error.strerror or error}") from None
    return target
