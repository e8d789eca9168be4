"""Recording page views and reading the figures: what views, commands and the
admin call. The storage is a pluggable backend (STATS_BACKEND): "database"
writes each hit to the daily rows, "redis" counts in Redis and flushes to them.
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.conf import settings
from django.core.signals import setting_changed
from django.db.models import IntegerField, OuterRef, Q, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.dispatch import receiver
from django.utils import timezone
from wagtail.models import Site

from cms.core.models import reader_pages
from cms.portal.sites import site_map

from .database_backend import DatabaseBackend
from .hits import ONLINE_WINDOW, Allowance, Hit, local_day
from .models import DailyPageStats, DailySalt, DailySiteStats, SeenPage, SeenVisitor
from .paths import Target, resolve
from .privacy import is_bot, opted_out, request_identity, view_key, visitor_hash

_backend = None


def get_backend():
    global _backend
    if _backend is None:
        if settings.STATS_BACKEND == "redis":
            from .redis_backend import RedisBackend

            prefix = settings.CACHES["default"].get("KEY_PREFIX", "")
            _backend = RedisBackend(settings.REDIS_URL, f"{prefix}:stats:")
        else:
            _backend = DatabaseBackend()
    return _backend


@receiver(setting_changed)
def _forget_backend(*, setting, **kwargs):
    global _backend
    if setting in {"STATS_BACKEND", "REDIS_URL", "CACHES"}:
        _backend = None


# Recording ----------------------------------------------------------------


def record_request(request, path, site=None, allowance=None) -> bool:
    """Count a reader's view of ``path`` (from the beacon) for the portal
    ``site`` (default: the default site); True if counted.

    Raises paths.InvalidPath or paths.UnknownPath for a path the reader site
    of ``site`` does not serve. Bots are not counted; Do Not Track and Global
    Privacy Control make the view count without the visitor. An ``allowance``
    (hits.Allowance) is counted with the view where the backend can.
    """
    site = site or site_map().default
    target = resolve(path, site)
    address, user_agent = request_identity(request)
    if is_bot(user_agent):
        return False
    return record(
        target,
        site_id=site.pk,
        address=address,
        user_agent=user_agent,
        track=not opted_out(request),
        allowance=allowance,
    )


def record(
    target: Target,
    *,
    address: str,
    user_agent: str,
    track: bool = True,
    at: datetime | None = None,
    site_id: int | None = None,
    allowance: Allowance | None = None,
) -> bool:
    """Count one view of ``target`` on the portal ``site_id`` (default: the
    default site) by the visitor (address, user agent) at ``at`` (now); True
    if counted, False for a reload within 30 minutes (or past the
    ``allowance``)."""
    at = at or timezone.now()
    day = local_day(at)
    if site_id is None:
        site_id = site_map().default.pk
    visitor = visitor_hash(day, address, user_agent) if track else None
    hit = Hit(
        at=at,
        day=day,
        site_id=site_id,
        target=target,
        visitor=visitor,
        # The same search page on two portals is two pages.
        view_key=view_key(visitor, f"{site_id}:{target.key}") if visitor else None,
    )
    backend = get_backend()
    if allowance is not None and backend.name == "redis":
        return backend.record(hit, allowance)
    return backend.record(hit)


def flush() -> int:
    """Write counters held outside the database (Redis) into the daily rows."""
    return get_backend().flush()


def prune(now: datetime | None = None) -> None:
    """Delete what must not outlive its day: salts and the "seen" rows."""
    now = now or timezone.now()
    today = local_day(now)
    DailySalt.objects.filter(date__lt=today).delete()
    SeenPage.objects.filter(date__lt=today).delete()
    # Yesterday's visitors stay "online" for five minutes after midnight.
    SeenVisitor.objects.filter(
        date__lt=today, last_seen__lte=now - ONLINE_WINDOW
    ).delete()


# Figures -------------------------------------------------------------------


@dataclass(frozen=True)
class DayFigures:
    date: date
    views: int
    visitors: int


def site_figures(site_id: int, now: datetime | None = None) -> dict:
    """The reader box of the portal ``site_id``: online now; views and
    visitors today, yesterday, this month and in total. Visitors over several
    days are the sum of each day's unique visitors (a visitor cannot be
    recognised from one day to the next)."""
    now = now or timezone.now()
    today = local_day(now)
    yesterday = today - timedelta(days=1)
    month_start = today.replace(day=1)
    periods = {
        "today": Q(date=today),
        "yesterday": Q(date=yesterday),
        "this_month": Q(date__gte=month_start, date__lte=today),
        "total": Q(),
    }
    sums = {}
    for name, condition in periods.items():
        for field in ("views", "visitors"):
            sums[f"{name}__{field}"] = Coalesce(
                Sum(field, filter=condition), Value(0), output_field=IntegerField()
            )
    totals = DailySiteStats.objects.for_site(site_id).aggregate(**sums)
    backend = get_backend()
    for (_site, day), (views, visitors) in backend.pending([site_id]).items():
        for name in periods:
            if (
                name == "total"
                or (name == "today" and day == today)
                or (name == "yesterday" and day == yesterday)
                or (name == "this_month" and month_start <= day <= today)
            ):
                totals[f"{name}__views"] += views
                totals[f"{name}__visitors"] += visitors
    figures = {"online": backend.online(now, site_id)}
    for name in periods:
        figures[name] = {
            "views": totals[f"{name}__views"],
            "visitors": totals[f"{name}__visitors"],
        }
    return figures


def _every_site_id() -> list[int]:
    return list(Site.objects.order_by("pk").values_list("pk", flat=True))


def daily_figures(
    first: date, last: date, site_id: int | None = None
) -> list[DayFigures]:
    """One entry per day from ``first`` to ``last``, days without views at 0:
    the portal ``site_id``'s, or every portal's added together if None."""
    rows = DailySiteStats.objects.filter(date__gte=first, date__lte=last)
    if site_id is not None:
        rows = rows.for_site(site_id)
    by_day = {
        row["date"]: (row["views"], row["visitors"])
        for row in rows.order_by()
        .values("date")
        .annotate(views=Sum("views"), visitors=Sum("visitors"))
    }
    pending = get_backend().pending(
        [site_id] if site_id is not None else _every_site_id()
    )
    for (_site, day), (views, visitors) in pending.items():
        if first <= day <= last:
            stored_views, stored_visitors = by_day.get(day, (0, 0))
            by_day[day] = (stored_views + views, stored_visitors + visitors)
    days = []
    day = first
    while day <= last:
        views, visitors = by_day.get(day, (0, 0))
        days.append(DayFigures(day, views, visitors))
        day += timedelta(days=1)
    return days


@dataclass(frozen=True)
class PortalFigures:
    site_id: int
    views: int
    visitors: int


def portal_figures(first: date, last: date, site_ids) -> list[PortalFigures]:
    """Views and visitors from ``first`` to ``last`` of each portal in
    ``site_ids`` (in that order, 0 for none): one query whatever their
    number, for the province's roll-up."""
    site_ids = list(site_ids)
    totals = {
        row["site_id"]: [row["views"], row["visitors"]]
        for row in DailySiteStats.objects.filter(
            site_id__in=site_ids, date__gte=first, date__lte=last
        )
        .order_by()
        .values("site_id")
        .annotate(views=Sum("views"), visitors=Sum("visitors"))
    }
    for (site_id, day), (views, visitors) in get_backend().pending(site_ids).items():
        if first <= day <= last:
            counts = totals.setdefault(site_id, [0, 0])
            counts[0] += views
            counts[1] += visitors
    return [
        PortalFigures(site_id, *totals.get(site_id, (0, 0))) for site_id in site_ids
    ]


def first_day(site_id: int | None = None) -> date | None:
    """The first day with figures (of the portal ``site_id``, or of any)."""
    rows = DailySiteStats.objects.order_by("date")
    if site_id is not None:
        rows = rows.for_site(site_id)
    return rows.values_list("date", flat=True).first()


def most_read(
    days: int, limit: int, models=None, site=None, now: datetime | None = None
) -> list[tuple[int, int]]:
    """(page id, views) of the most viewed pages readers may see over the last
    ``days`` local days (today included), most viewed first. ``models`` limits
    the page types (default: articles and photo stories), ``site`` the portal."""
    if models is None:
        from cms.articles.models import ArticlePage
        from cms.photostories.models import PhotoStoryPage

        models = (ArticlePage, PhotoStoryPage)
    today = local_day(now)
    visible = reader_pages().visible_to_readers().type(*models)
    if site is not None:
        visible = visible.in_site(site)
    rows = (
        DailyPageStats.objects.filter(
            date__gt=today - timedelta(days=days),
            date__lte=today,
            page__in=visible.values("pk"),
        )
        .values("page_id")
        .annotate(total=Sum("views"))
        .order_by("-total", "-page_id")[:limit]
    )
    return [(row["page_id"], row["total"]) for row in rows]


def view_count_expression(since: date | None = None):
    """An annotation for page querysets: total views of each page (since
    ``since`` if given), 0 for none. One subquery, so a list of pages costs no
    query per item: ``pages.annotate(view_count=view_count_expression())``."""
    stats = DailyPageStats.objects.filter(page=OuterRef("pk"))
    if since is not None:
        stats = stats.filter(date__gte=since)
    total = stats.order_by().values("page").annotate(total=Sum("views")).values("total")
    return Coalesce(Subquery(total[:1]), Value(0), output_field=IntegerField())


def with_view_counts(pages):
    return pages.annotate(view_count=view_count_expression())


def view_counts(ids) -> dict[int, int]:
    """``{page id: total views}`` of the pages ``ids`` that have any (a page
    without is missing: 0), in one grouped query: the figures
    ``view_count_expression`` annotates, for callers that already hold the
    pages' ids and want no subquery built per page query."""
    rows = (
        DailyPageStats.objects.filter(page_id__in=ids)
        .order_by()
        .values_list("page_id")
        .annotate(total=Sum("views"))
    )
    return {page_id: total or 0 for page_id, total in rows}
