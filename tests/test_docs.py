"""The docs a scenario author needs travel with the core: ``agentgym docs`` lists and prints
the pages shipped inside ``agentgym``, and the data-type reference names every public field
and method of the types a scenario uses (so a field added to the code without a line on
the page fails here)."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from agentgym import records
from agentgym.episode import Episode
from agentgym.scenario import Baselines, RewardScheme, Scenario, ScenarioError
from agentgym.toy import ToyOrderScenario

PAGES_DIR = Path(__import__("agentgym").__file__).parent / "docs"
REPO = Path(__file__).resolve().parents[1]
PAGES = ("plugin-hooks", "scenario-reference", "writing-a-scenario")
RECORDS = (records.Task, records.Observation, records.ToolEvent, records.ToolSpec, records.ToolCall,
           records.FinalAnswer, records.ToolResult, records.Step, records.Trajectory)


def reference() -> str:
    return (PAGES_DIR / "scenario-reference.md").read_text()


def section(title: str) -> str:
    """The reference page's text under ``## title`` (up to the next ``##``)."""
    text = reference()
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", text, re.MULTILINE | re.DOTALL)
    assert match, f"scenario-reference.md has no section '## {title}'"
    return match.group(1)


def documented(name: str, text: str) -> bool:
    """Whether a table row of ``text`` is about ``name`` (``name`` or ``name(...)`` in its first
    cell, or in its second after a type name, as in the actions table)."""
    return re.search(rf"^\|( `\w+` \|)? `{re.escape(name)}(\(|`| ->)", text, re.MULTILINE) is not None


def public_members(cls: type) -> set[str]:
    """Public names a subclass author sees on ``cls``: its own and inherited (not ``object``'s)."""
    names: set[str] = set()
    for klass in cls.__mro__:
        if klass is object:
            continue
        names |= {n for n in vars(klass) if not n.startswith("_")}
        names |= {n for n in getattr(klass, "__annotations__", {}) if not n.startswith("_")}
    return names


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r.__name__)
def test_reference_lists_every_field_of_every_record_with_its_type(record: type) -> None:
    title = {"ToolCall": "Actions: ToolCall and FinalAnswer", "FinalAnswer": "Actions: ToolCall and FinalAnswer",
             "Trajectory": "Trajectory"}.get(record.__name__, record.__name__)
    text = section(title)
    hints = record.__annotations__
    for field in dataclasses.fields(record):
        assert documented(field.name, text), f"{record.__name__}.{field.name} is not on scenario-reference.md"
        row = next(line for line in text.splitlines() if re.match(rf"^\|( `\w+` \|)? `{field.name}`", line))
        declared = hints[field.name].replace("|", "\\|")  # a table cell escapes the union bar
        assert f"`{declared}`" in row, f"{record.__name__}.{field.name}: the row does not give its type {declared}"
    properties = {n for n, v in vars(record).items() if isinstance(v, property)}
    for name in properties:
        assert documented(name, text), f"{record.__name__}.{name} is not on scenario-reference.md"


def test_reference_lists_every_public_member_of_scenario() -> None:
    text = section("Scenario")
    missing = sorted(n for n in public_members(Scenario) if not documented(n, text))
    assert missing == [], f"Scenario members missing from scenario-reference.md: {missing}"
    for scheme in (Baselines, RewardScheme):
        for field in dataclasses.fields(scheme):
            shown = " ".join(text.split())  # the page wraps its prose
            assert f"`{field.name}` (`{field.default}`" in shown, f"{scheme.__name__}.{field.name}: default not shown"


def test_reference_lists_every_public_member_of_episode() -> None:
    class Bare(Episode):  # only what the base class sets, not the toy's own state
        def execute(self, name, arguments):  # noqa: ANN001, ANN202
            return records.ToolResult("ok")

        def grade(self) -> bool:
            return True

    scenario = ToyOrderScenario()
    episode = Bare(scenario, scenario.tasks("train")[0], 0)
    instance = {n for n in vars(episode) if not n.startswith("_")}
    text = section("Episode")
    missing = sorted(n for n in public_members(Episode) | instance if not documented(n, text))
    assert missing == [], f"Episode members missing from scenario-reference.md: {missing}"


def test_reference_documents_scenario_error_and_its_exit_code() -> None:
    text = section("ScenarioError")
    assert issubclass(ScenarioError, ValueError) and "`ScenarioError(ValueError)`" in text
    assert "`load_tasks`" in text and "exit 2" in text


def test_the_pages_ship_inside_the_package_and_the_repository_points_to_them() -> None:
    assert sorted(p.stem for p in PAGES_DIR.glob("*.md")) == list(PAGES)
    readme = (REPO / "README.md").read_text()
    guide = (PAGES_DIR / "writing-a-scenario.md").read_text()
    for page in PAGES:
        assert f"agentgym-core/src/agentgym/docs/{page}.md" in readme
        assert f"agentgym-core/src/agentgym/docs/{page}.md" in (REPO / "docs" / "README.md").read_text()
    assert "](scenario-reference.md)" in guide
    for link in re.findall(r"\]\(([^)#]+\.md)\)", guide + reference()):  # relative links resolve in the package
        assert (PAGES_DIR / link).is_file(), link


def test_docs_lists_every_page_with_its_title(agentgym_main) -> None:
    done = agentgym_main("docs")

    assert done.code == 0 and done.stderr == ""
    listed = {line.split()[0]: " ".join(line.split()[1:]) for line in done.stdout.splitlines()}
    assert listed == {"plugin-hooks": "Plugin hooks", "scenario-reference": "Scenario reference: the data types",
                      "writing-a-scenario": "Writing a scenario"}


@pytest.mark.parametrize("name", [*PAGES, "writing-a-scenario.md"])
def test_docs_prints_a_page_as_markdown_when_not_a_terminal(agentgym_main, name: str) -> None:
    done = agentgym_main("docs", name)

    assert done.code == 0, done.stderr
    assert done.stdout == (PAGES_DIR / f"{name.removesuffix('.md')}.md").read_text()


def test_docs_formats_the_page_on_a_terminal(agentgym_main, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    done = agentgym_main("docs", "scenario-reference")

    assert done.code == 0, done.stderr
    assert "Scenario reference: the data types" in done.stdout
    assert "## Task" not in done.stdout and "|---|" not in done.stdout  # rendered, not raw Markdown


@pytest.mark.parametrize("name", ["nope", "../README", "scenario.py"])
def test_docs_refuses_an_unknown_page_in_one_line(agentgym_main, name: str) -> None:
    done = agentgym_main("docs", name)

    assert done.code == 2
    assert done.stdout == ""
    assert done.stderr == f"error: no page '{name}'; pages: plugin-hooks, scenario-reference, writing-a-scenario\n"
