"""Statistics per portal: the daily site figures and the visitors seen today
belong to a site. The figures counted before, for the installation as a
whole, become the default site's (the province's portal): nothing is lost,
and the total stays what it was.
"""

import django.db.models.deletion
from django.db import migrations, models


def _default_site_id(apps):
    Site = apps.get_model("wagtailcore", "Site")
    site = (
        Site.objects.filter(is_default_site=True).first()
        or Site.objects.order_by("pk").first()
    )
    return site.pk if site is not None else None


def give_to_default_site(apps, schema_editor):
    DailySiteStats = apps.get_model("stats", "DailySiteStats")
    SeenVisitor = apps.get_model("stats", "SeenVisitor")
    if not (DailySiteStats.objects.exists() or SeenVisitor.objects.exists()):
        return
    site_id = _default_site_id(apps)
    if site_id is None:
        raise RuntimeError(
            "There are statistics but no site to give them to: create the "
            "default site first (Wagtail's Sites), then migrate again."
        )
    DailySiteStats.objects.filter(site__isnull=True).update(site_id=site_id)
    SeenVisitor.objects.filter(site__isnull=True).update(site_id=site_id)


def merge_into_one(apps, schema_editor):
    """Backwards: one row per day again, each portal's days added together."""
    DailySiteStats = apps.get_model("stats", "DailySiteStats")
    SeenVisitor = apps.get_model("stats", "SeenVisitor")
    totals = {}
    for row in DailySiteStats.objects.order_by("date", "pk"):
        views, visitors = totals.get(row.date, (0, 0))
        totals[row.date] = (views + row.views, visitors + row.visitors)
    site_id = _default_site_id(apps)
    DailySiteStats.objects.all().delete()
    DailySiteStats.objects.bulk_create(
        DailySiteStats(date=day, site_id=site_id, views=views, visitors=visitors)
        for day, (views, visitors) in totals.items()
    )
    # Short-lived rows (today's visitors): the same hash on two portals would
    # break the old (date, visitor) uniqueness; keep one.
    seen = set()
    for row in SeenVisitor.objects.order_by("-last_seen"):
        if (row.date, row.visitor) in seen:
            row.delete()
        else:
            seen.add((row.date, row.visitor))


class Migration(migrations.Migration):
    dependencies = [
        ("stats", "0002_grant_statistics_to_editors_and_leaders"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="dailysitestats",
            name="site",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="daily_stats",
                to="wagtailcore.site",
                verbose_name="cổng thông tin",
            ),
        ),
        migrations.AddField(
            model_name="seenvisitor",
            name="site",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="wagtailcore.site",
            ),
        ),
        migrations.RunPython(
            give_to_default_site, migrations.RunPython.noop, elidable=False
        ),
        migrations.AlterField(
            model_name="dailysitestats",
            name="site",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="daily_stats",
                to="wagtailcore.site",
                verbose_name="cổng thông tin",
            ),
        ),
        migrations.AlterField(
            model_name="seenvisitor",
            name="site",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="wagtailcore.site",
            ),
        ),
        migrations.AlterField(
            model_name="dailysitestats",
            name="date",
            field=models.DateField(verbose_name="ngày"),
        ),
        migrations.AddConstraint(
            model_name="dailysitestats",
            constraint=models.UniqueConstraint(
                fields=("site", "date"), name="stats_dailysitestats_site_date"
            ),
        ),
        migrations.RemoveConstraint(
            model_name="seenvisitor",
            name="stats_seenvisitor_date_visitor",
        ),
        migrations.AddConstraint(
            model_name="seenvisitor",
            constraint=models.UniqueConstraint(
                fields=("date", "site", "visitor"),
                name="stats_seenvisitor_date_site_visitor",
            ),
        ),
        # Backwards, first: the rows must be one per day before the old
        # uniqueness comes back.
        migrations.RunPython(migrations.RunPython.noop, merge_into_one, elidable=False),
    ]
