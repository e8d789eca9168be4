from django.apps import AppConfig


class StatsConfig(AppConfig):
    name = "cms.stats"
    label = "stats"
    verbose_name = "Thống kê truy cập"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.conf import settings

        from cms.core.models import provide_view_counts
        from cms.workflow.scheduler import periodic_jobs

        from . import jobs, paths, services

        # Every reader queryset's view_count (cms/core/models.py).
        provide_view_counts(services.view_count_expression)
        paths.connect_signal_handlers()

        # With the Redis backend the database is the record: the flush interval
        # is the most a Redis restart can lose. A no-op with the database backend.
        periodic_jobs.register(
            "stats.flush", jobs.flush_counters, every=settings.STATS_FLUSH_SECONDS
        )
        # Salts and "seen" rows must not outlive their day; hourly is plenty.
        periodic_jobs.register("stats.prune", jobs.prune_expired, every=3600)
