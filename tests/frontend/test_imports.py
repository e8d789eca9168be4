"""The reader site's modules depend on each other one way (app -> views,
templating, assets, headers -> api, config, formatting, json_ld, ...), never in
a circle, and on nothing of the CMS: it knows the CMS only over HTTP."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import frontend

PACKAGE = Path(frontend.__file__).parent
MODULES = sorted(f"frontend.{p.stem}" for p in PACKAGE.glob("*.py"))


def imported_modules(module: str) -> set[str]:
    """Every module `module` imports, at the top or inside a function."""
    path = PACKAGE / (module.removeprefix("frontend.") + ".py")
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # from . import x / from .x import y
                base = "frontend" + (f".{node.module}" if node.module else "")
                if node.module is None:
                    found.update(f"frontend.{alias.name}" for alias in node.names)
                else:
                    found.add(base)
            else:
                found.add(node.module)
    return found


def graph() -> dict[str, set[str]]:
    return {m: {i for i in imported_modules(m) if i in MODULES} for m in MODULES}


def find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    visiting, done = [], set()

    def visit(node):
        if node in visiting:
            return visiting[visiting.index(node) :] + [node]
        if node in done:
            return None
        visiting.append(node)
        for target in sorted(edges[node]):
            cycle = visit(target)
            if cycle:
                return cycle
        visiting.pop()
        done.add(node)
        return None

    for node in sorted(edges):
        cycle = visit(node)
        if cycle:
            return cycle
    return None


def test_the_check_sees_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None
    edges = graph()
    assert "frontend.api" in edges["frontend.views"]
    assert "frontend.views" in edges["frontend.app"]


def test_no_import_cycle_inside_the_reader_site():
    assert find_cycle(graph()) is None


def test_only_the_factory_imports_views_and_only_api_talks_http():
    edges = graph()
    assert [m for m in MODULES if "frontend.views" in edges[m]] == ["frontend.app"]
    assert [m for m in MODULES if "frontend.app" in edges[m]] == [
        "frontend.__main__",
        "frontend.wsgi",
    ]
    talks_http = [m for m in MODULES if "httpx" in imported_modules(m)]
    # app.py names httpx only for the type of the transport it hands on.
    assert talks_http == ["frontend.api", "frontend.app"]


def test_the_reader_site_imports_nothing_of_the_cms():
    for module in MODULES:
        cms_parts = {
            i for i in imported_modules(module) if i.split(".")[0] in ("cms", "api")
        }
        assert not cms_parts, f"{module} imports {cms_parts}"


@pytest.mark.parametrize("module", MODULES)
def test_each_module_imports_on_its_own(module):
    # A fresh interpreter: no other module of the package loaded before.
    subprocess.run(  # noqa: S603 - this interpreter, a module name of ours
        [sys.executable, "-c", f"import {module}"], check=True, timeout=60
    )
