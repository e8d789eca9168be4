"""Statistics per portal, step 1 of 3: the daily site figures and the visitors
seen today belong to a site. The figures counted before, for the installation as a
whole, become the default site's (the province's portal): nothing is lost,
and the total stays what it was.

Three migrations, each its own transaction: PostgreSQL does not alter a table
whose rows the same transaction has just changed (deferred foreign keys).
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
    ]
