"""Every hook is documented in ``docs/plugin-hooks.md`` under a heading that is its exact
signature, and exercised by a ``test_hook_<name>`` test in ``tests/test_hooks.py``
(datasette's two checks)."""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path

import pytest

from agentgym import hookspecs

REPO = Path(__file__).resolve().parents[1]
DOC = REPO / "agentgym-core" / "src" / "agentgym" / "docs" / "plugin-hooks.md"
HOOK_TESTS = REPO / "tests" / "test_hooks.py"
HEADING = re.compile(r"^## (?P<name>[A-Za-z_]\w*)\((?P<params>[^)]*)\)\s*$", re.MULTILINE)


def hook_specs() -> dict[str, inspect.Signature]:
    return {
        name: inspect.signature(function)
        for name, function in inspect.getmembers(hookspecs, inspect.isfunction)
        if getattr(function, f"{hookspecs.PROJECT}_spec", None) is not None
    }


def documented() -> dict[str, tuple[list[str], str]]:
    """Heading name -> (parameter names, the section's text up to the next heading)."""
    text = DOC.read_text(encoding="utf-8")
    headings = list(HEADING.finditer(text))
    sections: dict[str, tuple[list[str], str]] = {}
    for match, following in zip(headings, [*headings[1:], None], strict=True):
        end = following.start() if following else len(text)
        next_heading = re.search(r"^#{1,2} ", text[match.end():end], re.MULTILINE)
        body = text[match.end(): match.end() + next_heading.start()] if next_heading else text[match.end():end]
        params = [p.strip() for p in match["params"].split(",") if p.strip()]
        sections[match["name"]] = (params, body)
    return sections


def hook_test_names() -> list[str]:
    tree = ast.parse(HOOK_TESTS.read_text(encoding="utf-8"))
    return [node.name for node in tree.body if isinstance(node, ast.FunctionDef)]


HOOKS = sorted(hook_specs())


def test_there_are_hooks_to_check() -> None:
    assert {"register_scenarios", "broadcast_rewards", "compute_metrics", "on_update"} <= set(HOOKS)


@pytest.mark.parametrize("hook", HOOKS)
def test_hook_is_documented_with_its_exact_signature(hook: str) -> None:
    sections = documented()

    assert hook in sections, f"docs/plugin-hooks.md has no heading '## {hook}(...)'"
    params, body = sections[hook]
    expected = list(hook_specs()[hook].parameters)
    assert params == expected, (
        f"heading '## {hook}({', '.join(params)})' must be '## {hook}({', '.join(expected)})'"
    )
    for name in expected:
        assert f"`{name}`" in body, f"the section on {hook} must say what `{name}` is"
    assert "Returns" in body, f"the section on {hook} must say what it returns"


@pytest.mark.parametrize("hook", HOOKS)
def test_first_result_hooks_say_so(hook: str) -> None:
    spec_opts = getattr(getattr(hookspecs, hook), f"{hookspecs.PROJECT}_spec")
    _, body = documented()[hook]

    if spec_opts.get("firstresult"):
        assert "first non-None result" in body, f"{hook} stops at the first non-None result: say so"
    else:
        assert "first non-None result" not in body


def test_every_heading_that_looks_like_a_hook_is_one() -> None:
    stale = sorted(set(documented()) - set(HOOKS))

    assert stale == [], f"docs/plugin-hooks.md documents hooks that do not exist: {stale}"


@pytest.mark.parametrize("hook", HOOKS)
def test_hook_is_exercised_by_a_test(hook: str) -> None:
    names = hook_test_names()

    assert any(name == f"test_hook_{hook}" or name.startswith(f"test_hook_{hook}_") for name in names), (
        f"tests/test_hooks.py needs a test named test_hook_{hook}... that calls the hook "
        "through the plugin manager"
    )
