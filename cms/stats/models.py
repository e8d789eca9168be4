"""Visitor statistics, stored as per-day aggregates.

Nothing here identifies a reader: no address, no user agent, no cookie. The
records are per-day counters; the two "seen" tables hold salted hashes that
mean nothing once their day's salt is deleted, and are pruned daily
(docs/statistics.md).
"""

from django.db import models


class DailySalt(models.Model):
    """The secret mixed into visitor hashes for one local day. Deleted after its
    day, so a hash can no longer be linked to anyone, not even by us."""

    date = models.DateField("ngày", unique=True)
    salt = models.CharField("muối", max_length=64)

    class Meta:
        verbose_name = "muối theo ngày"
        verbose_name_plural = "muối theo ngày"

    def __str__(self):
        return str(self.date)


class DailySiteStatsQuerySet(models.QuerySet):
    def for_site(self, site_id: int):
        return self.filter(site_id=site_id)


class DailySiteStats(models.Model):
    """One portal's figures for one local day (Asia/Ho_Chi_Minh)."""

    # Each portal (Wagtail site) counts its own readers; the figures go with
    # the portal if it is ever deleted.
    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name="cổng thông tin",
        on_delete=models.CASCADE,
        related_name="daily_stats",
    )
    date = models.DateField("ngày")
    views = models.PositiveBigIntegerField("lượt xem", default=0)
    visitors = models.PositiveBigIntegerField("khách truy cập", default=0)

    objects = DailySiteStatsQuerySet.as_manager()

    class Meta:
        verbose_name = "thống kê theo ngày"
        verbose_name_plural = "thống kê theo ngày"
        ordering = ["date"]
        permissions = [("view_statistics", "Xem thống kê truy cập")]
        constraints = [
            # The portal first: every question is one portal's days (or all
            # portals' over a period, the roll-up, which scans the dates).
            models.UniqueConstraint(
                fields=["site", "date"], name="stats_dailysitestats_site_date"
            )
        ]

    def __str__(self):
        return (
            f"{self.date} #{self.site_id}: {self.views} lượt xem, {self.visitors} khách"
        )


class DailyPageStats(models.Model):
    """Views of one page on one local day."""

    date = models.DateField("ngày")
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="trang",
        on_delete=models.CASCADE,
        related_name="daily_stats",
    )
    views = models.PositiveBigIntegerField("lượt xem", default=0)

    class Meta:
        verbose_name = "lượt xem trang theo ngày"
        verbose_name_plural = "lượt xem trang theo ngày"
        constraints = [
            # The page comes first: "views of this page" (totals, most read)
            # is the common question; most-read also filters on the date.
            models.UniqueConstraint(
                fields=["page", "date"], name="stats_dailypagestats_page_date"
            )
        ]
        indexes = [models.Index(fields=["date"], name="stats_dailypage_date")]

    def __str__(self):
        return f"{self.date} #{self.page_id}: {self.views}"


class SeenVisitor(models.Model):
    """A visitor hash seen today: makes the daily unique count and "online now"
    possible. Short-lived: pruned once its day is over. Per portal: a reader
    of two portals is a visitor of each."""

    date = models.DateField()
    site = models.ForeignKey(
        "wagtailcore.Site", on_delete=models.CASCADE, related_name="+"
    )
    visitor = models.CharField(max_length=32)
    last_seen = models.DateTimeField(db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["date", "site", "visitor"],
                name="stats_seenvisitor_date_site_visitor",
            )
        ]

    def __str__(self):
        return f"{self.date} {self.visitor}"


class SeenPage(models.Model):
    """When a visitor's view of a page was last counted, for the 30-minute reload
    rule. ``view_key`` hashes the visitor hash with the page, so it names neither.
    Pruned once its day is over."""

    date = models.DateField()
    view_key = models.CharField(max_length=32)
    counted_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["date", "view_key"], name="stats_seenpage_date_key"
            )
        ]

    def __str__(self):
        return f"{self.date} {self.view_key}"
