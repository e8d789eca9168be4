"""The CMS's apps depend on each other one way, from the specific to the
general: statistics build on the core (they annotate its querysets), the core
knows nothing of statistics."""

import ast
from pathlib import Path

import cms

CMS = Path(cms.__file__).parent


def imports_of(package: str) -> dict[str, set[str]]:
    """Every module each file of ``package`` imports, at the top or inside a
    function, relative imports made absolute."""
    found = {}
    root = CMS / package
    for path in root.rglob("*.py"):
        parts = ["cms", *path.relative_to(CMS).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        names = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = parts[: len(parts) - node.level]
                    module = ".".join([*base, *([node.module] if node.module else [])])
                else:
                    module = node.module
                names.add(module)
                names.update(f"{module}.{alias.name}" for alias in node.names)
        found[".".join(parts)] = names
    return found


def test_the_check_sees_relative_and_late_imports():
    stats = imports_of("stats")
    assert "cms.core.models" in stats["cms.stats.apps"]
    assert "cms.stats.services" in stats["cms.stats.apps"]


def test_the_core_imports_nothing_of_the_statistics():
    offending = {
        module: sorted(name for name in names if name.startswith("cms.stats"))
        for module, names in imports_of("core").items()
    }
    assert not {module: names for module, names in offending.items() if names}


def test_view_counts_still_reach_the_core_querysets(db):
    from cms.articles.models import ArticlePage
    from cms.stats.models import DailyPageStats
    from tests.factories import ArticlePageFactory

    article = ArticlePageFactory()
    DailyPageStats.objects.create(date="2026-03-20", page=article, views=7)
    DailyPageStats.objects.create(date="2026-03-21", page=article, views=5)
    counted = ArticlePage.objects.filter(pk=article.pk).with_view_counts().get()
    assert counted.view_count == 12
