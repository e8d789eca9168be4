"""Statistics per portal, step 2 of 3: every row has its portal now; one
row per portal and day."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("stats", "0003_statistics_per_portal")]

    operations = [
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
    ]
