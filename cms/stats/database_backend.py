"""The default backend: every hit is written straight to the database as
atomic upserts into per-day rows (SQLite and PostgreSQL share the syntax).

A hit is one short transaction: it refreshes the visitor's "last seen" (online
now) on the portal, claims the (visitor, page) pair for the reload window, and
adds one view to the portal's row of the day and the page's row, plus one
visitor if the hash is new on that portal today.
``INSERT … ON CONFLICT … DO UPDATE SET n = n + excluded.n`` is atomic in both
databases, so concurrent hits never lose an increment.
"""

from datetime import date, datetime

from django.db import IntegrityError, connection, transaction

from .hits import ONLINE_WINDOW, RELOAD_WINDOW, Hit
from .models import DailyPageStats, DailySiteStats, SeenPage, SeenVisitor


def _table(model) -> str:
    return connection.ops.quote_name(model._meta.db_table)


def _day(value: date):
    return connection.ops.adapt_datefield_value(value)


def _moment(value: datetime):
    # Raw SQL skips Django's conversion; SQLite compares datetimes as text, so
    # they must be in the exact form the ORM writes.
    return connection.ops.adapt_datetimefield_value(value)


def add_site_counts(cursor, day: date, site_id: int, views: int, visitors: int) -> None:
    site = _table(DailySiteStats)
    cursor.execute(
        f"INSERT INTO {site} (site_id, date, views, visitors) "  # noqa: S608 (table names are ours)
        "VALUES (%s, %s, %s, %s) "
        f"ON CONFLICT (site_id, date) DO UPDATE "
        f"SET views = {site}.views + excluded.views, "
        f"visitors = {site}.visitors + excluded.visitors",
        [site_id, _day(day), views, visitors],
    )


def add_page_views(cursor, day: date, page_views: dict[int, int]) -> None:
    if not page_views:
        return
    pages = _table(DailyPageStats)
    cursor.executemany(
        f"INSERT INTO {pages} (date, page_id, views) VALUES (%s, %s, %s) "  # noqa: S608
        f"ON CONFLICT (page_id, date) DO UPDATE "
        f"SET views = {pages}.views + excluded.views",
        [(_day(day), page_id, views) for page_id, views in page_views.items()],
    )


class DatabaseBackend:
    name = "database"

    def record(self, hit: Hit) -> bool:
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                if hit.visitor is None:
                    new_visitor = False
                else:
                    new_visitor = self._see_visitor(cursor, hit)
                    if not self._claim_view(cursor, hit):
                        return False
                add_site_counts(cursor, hit.day, hit.site_id, 1, int(new_visitor))
                if hit.target.page_id is not None:
                    add_page_views(cursor, hit.day, {hit.target.page_id: 1})
        except IntegrityError:
            # The page (or the portal) was deleted between the path lookup
            # and this write.
            return False
        return True

    def _see_visitor(self, cursor, hit: Hit) -> bool:
        """Mark the visitor as seen now on the hit's portal; True if it is
        their first hit there today."""
        seen = _table(SeenVisitor)
        day, at = _day(hit.day), _moment(hit.at)
        cursor.execute(
            f"INSERT INTO {seen} (date, site_id, visitor, last_seen) "  # noqa: S608
            "VALUES (%s, %s, %s, %s) "
            "ON CONFLICT (date, site_id, visitor) DO NOTHING RETURNING id",
            [day, hit.site_id, hit.visitor, at],
        )
        if cursor.fetchone() is not None:
            return True
        cursor.execute(
            f"UPDATE {seen} SET last_seen = %s "  # noqa: S608
            "WHERE date = %s AND site_id = %s AND visitor = %s",
            [at, day, hit.site_id, hit.visitor],
        )
        return False

    def _claim_view(self, cursor, hit: Hit) -> bool:
        """True unless this visitor's view of this page was counted within the
        reload window; a claimed view restarts the window."""
        seen = _table(SeenPage)
        cursor.execute(
            f"INSERT INTO {seen} (date, view_key, counted_at) VALUES (%s, %s, %s) "  # noqa: S608
            "ON CONFLICT (date, view_key) DO UPDATE "
            "SET counted_at = excluded.counted_at "
            f"WHERE {seen}.counted_at <= %s RETURNING id",
            [
                _day(hit.day),
                hit.view_key,
                _moment(hit.at),
                _moment(hit.at - RELOAD_WINDOW),
            ],
        )
        return cursor.fetchone() is not None

    def online(self, now: datetime, site_id: int) -> int:
        return SeenVisitor.objects.filter(
            site_id=site_id, last_seen__gt=now - ONLINE_WINDOW
        ).count()

    def pending(self, site_ids) -> dict:
        """Counts recorded but not yet in the daily rows: none here."""
        return {}

    def flush(self) -> int:
        return 0
