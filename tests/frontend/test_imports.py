"""The reader site's modules depend on each other one way (app -> views,
templating, assets, headers -> api, config, formatting, json_ld, ...), never in
a circle, and on nothing of the CMS: it knows the CMS only over HTTP. The
circle and the CMS are checked with every package in tests/cms/test_layering.py;
here, which module may import which, and that each imports on its own."""

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


def test_the_graph_sees_relative_imports():
    edges = graph()
    assert "frontend.api" in edges["frontend.views"]
    assert "frontend.views" in edges["frontend.app"]


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


@pytest.mark.parametrize("module", MODULES)
def test_each_module_imports_on_its_own(module):
    # A fresh interpreter: no other module of the package loaded before.
    subprocess.run(  # noqa: S603 - this interpreter, a module name of ours
        [sys.executable, "-c", f"import {module}"], check=True, timeout=60
    )
