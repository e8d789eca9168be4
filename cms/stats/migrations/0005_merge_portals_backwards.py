"""Statistics per portal, step 3 of 3: nothing forwards. Backwards, first (in
its own transaction, before step 2 brings back one row per day): each day's
portals added together."""

from django.db import migrations


def _default_site_id(apps):
    Site = apps.get_model("wagtailcore", "Site")
    site = (
        Site.objects.filter(is_default_site=True).first()
        or Site.objects.order_by("pk").first()
    )
    return site.pk if site is not None else None


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
    dependencies = [("stats", "0004_one_row_per_portal_and_day")]

    operations = [
        migrations.RunPython(migrations.RunPython.noop, merge_into_one, elidable=False)
    ]
