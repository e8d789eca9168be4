"""Dependencies run one way, from the specific to the general: no two apps of
the CMS import each other (however long the way round), the reader site
imports nothing of the CMS or the API (it knows them only over HTTP), and no
two modules of the reader site import each other. Imports inside functions
count: a late import is still a dependency."""

import ast
from pathlib import Path

import cms

ROOT = Path(cms.__file__).parent.parent


def imports_of(package: str) -> dict[str, set[str]]:
    """Every name each module of ``package`` (a dotted path under the
    repository) imports, at the top or inside a function, relative imports
    made absolute: ``import a.b`` gives ``a.b``, ``from a import b`` gives
    ``a`` and ``a.b`` (``b`` a module or a name in ``a``)."""
    found = {}
    for path in ROOT.joinpath(*package.split(".")).rglob("*.py"):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        if is_package:
            parts.pop()
        names = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    # In a package's __init__, "." is the package itself.
                    base = parts[: len(parts) - node.level + is_package]
                    module = ".".join([*base, *([node.module] if node.module else [])])
                else:
                    module = node.module
                names.add(module)
                names.update(f"{module}.{alias.name}" for alias in node.names)
        found[".".join(parts)] = names
    return found


def app_graph() -> dict[str, dict[str, set[str]]]:
    """For each app of the CMS, the other apps it imports, each with the
    modules that import it (to say where a cycle comes from)."""
    apps = {path.parent.name for path in (ROOT / "cms").glob("*/__init__.py")}
    edges = {app: {} for app in apps}
    for module, names in imports_of("cms").items():
        parts = module.split(".")
        if len(parts) < 2:
            continue
        for name in names:
            target = name.split(".")
            if target[0] == "cms" and len(target) > 1 and target[1] != parts[1]:
                edges[parts[1]].setdefault(target[1], set()).add(module)
    return edges


def module_graph(package: str) -> dict[str, set[str]]:
    """For each module of ``package``, the modules of the package it imports."""
    found = imports_of(package)
    return {
        module: {name for name in names if name in found and name != module}
        for module, names in found.items()
    }


def find_cycle(edges) -> list[str] | None:
    """One circle of dependencies, as the nodes along it (the first one
    repeated at the end), or None."""
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


def describe(cycle: list[str], edges) -> str:
    return "; ".join(
        f"{a} -> {b} (in {', '.join(sorted(edges[a][b]))})"
        for a, b in zip(cycle, cycle[1:], strict=False)
    )


def test_the_check_sees_relative_and_late_imports():
    stats = imports_of("cms.stats")
    assert "cms.core.models" in stats["cms.stats.apps"]
    assert "cms.stats.services" in stats["cms.stats.apps"]
    # Inside a function: the portal's app config imports its site map in ready().
    assert "cms.portal.sites" in imports_of("cms.portal")["cms.portal.apps"]
    assert "core" in app_graph()["portal"]


def test_the_check_sees_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_two_apps_of_the_cms_import_each_other():
    edges = app_graph()
    cycle = find_cycle(edges)
    assert cycle is None, describe(cycle, edges)


def test_the_core_imports_nothing_of_the_statistics_or_the_portals():
    assert "stats" not in app_graph()["core"]
    assert "portal" not in app_graph()["core"]


def test_the_reader_site_imports_nothing_of_the_cms_or_the_api():
    offending = {
        module: sorted(name for name in names if name.split(".")[0] in ("cms", "api"))
        for module, names in imports_of("frontend").items()
    }
    assert not {module: names for module, names in offending.items() if names}


def test_no_two_modules_of_the_reader_site_import_each_other():
    edges = module_graph("frontend")
    assert "frontend.api" in edges["frontend.views"]
    assert find_cycle(edges) is None


def test_view_counts_still_reach_the_core_querysets(db):
    from cms.articles.models import ArticlePage
    from cms.stats.models import DailyPageStats
    from tests.factories import ArticlePageFactory

    article = ArticlePageFactory()
    DailyPageStats.objects.create(date="2026-03-20", page=article, views=7)
    DailyPageStats.objects.create(date="2026-03-21", page=article, views=5)
    counted = ArticlePage.objects.filter(pk=article.pk).with_view_counts().get()
    assert counted.view_count == 12
