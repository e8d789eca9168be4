"""The migration to statistics per portal keeps every figure: the rows
counted for the installation as a whole become the default site's, and
migrating back adds the portals' days together again."""

from datetime import date

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

# The migrations run outside the test's transaction; the rows the other
# migrations made come back afterwards.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

BEFORE = [("stats", "0002_grant_statistics_to_editors_and_leaders")]
AFTER = [("stats", "0005_merge_portals_backwards")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.fixture
def at_the_old_schema():
    apps = migrate(BEFORE)
    yield apps
    migrate(executor_leaf_nodes())


def executor_leaf_nodes():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


def test_existing_figures_go_to_the_default_site(at_the_old_schema):
    old = at_the_old_schema
    old.get_model("stats", "DailySiteStats").objects.create(
        date=date(2026, 3, 1), views=1200, visitors=300
    )
    old.get_model("stats", "DailySiteStats").objects.create(
        date=date(2026, 3, 2), views=45, visitors=6
    )
    old.get_model("stats", "SeenVisitor").objects.create(
        date=date(2026, 3, 2), visitor="a" * 32, last_seen="2026-03-02T03:00:00Z"
    )

    new = migrate(AFTER)
    default = new.get_model("wagtailcore", "Site").objects.get(is_default_site=True)
    rows = new.get_model("stats", "DailySiteStats").objects.order_by("date")
    assert [(r.site_id, r.date, r.views, r.visitors) for r in rows] == [
        (default.pk, date(2026, 3, 1), 1200, 300),
        (default.pk, date(2026, 3, 2), 45, 6),
    ]
    seen = new.get_model("stats", "SeenVisitor").objects.get()
    assert seen.site_id == default.pk

    # A second portal's day, then back: one row per day, the two added.
    Site = new.get_model("wagtailcore", "Site")
    other = Site.objects.create(
        hostname="xa-b.localhost", root_page_id=default.root_page_id
    )
    rows.model.objects.create(site=other, date=date(2026, 3, 2), views=5, visitors=4)
    old = migrate(BEFORE)
    rows = old.get_model("stats", "DailySiteStats").objects.order_by("date")
    assert [(r.date, r.views, r.visitors) for r in rows] == [
        (date(2026, 3, 1), 1200, 300),
        (date(2026, 3, 2), 50, 10),
    ]
    old.get_model("wagtailcore", "Site").objects.filter(pk=other.pk).delete()
