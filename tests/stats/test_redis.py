"""The Redis backend: counters move to the database on flush, nothing is lost
or counted twice by a flush, and the site keeps counting when Redis is gone."""

import logging
from datetime import timedelta

import pytest
import redis
import time_machine
from django.db import OperationalError, connection

from cms.stats import services
from cms.stats.models import DailyPageStats, DailySiteStats
from cms.stats.paths import Target
from tests.factories import ArticlePageFactory

from .conftest import default_site, local, view

pytestmark = pytest.mark.django_db

CLOSED_PORT = "redis://127.0.0.1:6390/0"


def stored(day) -> tuple[int, int]:
    row = DailySiteStats.objects.filter(date=day).first()
    return (row.views, row.visitors) if row else (0, 0)


def test_counters_reach_the_database_on_flush(redis_backend, article):
    target = Target.for_page(article.pk)
    moment = local(2026, 3, 10, 9, 0)
    with time_machine.travel(moment, tick=False):
        for address in ("198.51.100.1", "198.51.100.2", "198.51.100.1"):
            view(target, address=address)
        view(Target("path:/tim-kiem/"), address="198.51.100.1")
        before = services.site_figures(default_site().pk)
        # Counted in Redis only, yet already in the reader's figures.
        assert stored(moment.date()) == (0, 0)
        assert before["today"] == {"views": 3, "visitors": 2}

        assert services.flush() == 3
        assert stored(moment.date()) == (3, 2)
        assert DailyPageStats.objects.get(page=article).views == 2
        assert services.site_figures(default_site().pk) == before

        # Nothing waits any more: a second flush writes nothing.
        assert services.flush() == 0
        assert stored(moment.date()) == (3, 2)
        view(target, address="198.51.100.3")
        services.flush()
        assert stored(moment.date()) == (4, 3)


def test_a_failed_flush_is_retried_without_loss(redis_backend, article):
    target = Target.for_page(article.pk)
    moment = local(2026, 3, 10, 9, 0)

    def refuse_writes(execute, sql, params, many, context):
        if "stats_dailysitestats" in sql and sql.lstrip().startswith("INSERT"):
            raise OperationalError("database is locked")
        return execute(sql, params, many, context)

    with time_machine.travel(moment, tick=False):
        view(target, address="198.51.100.1")
        with (
            connection.execute_wrapper(refuse_writes),
            pytest.raises(OperationalError),
        ):
            services.flush()
        # Counted after the failed flush: both reach the database next time.
        view(target, address="198.51.100.2")
        assert services.site_figures(default_site().pk)["today"] == {
            "views": 2,
            "visitors": 2,
        }
        assert services.flush() == 2
        assert stored(moment.date()) == (2, 2)
        assert DailyPageStats.objects.get(page=article).views == 2


def test_a_page_deleted_before_the_flush_keeps_its_views_in_the_site_total(
    redis_backend, article
):
    other = ArticlePageFactory(parent=article.get_parent())
    view(Target.for_page(article.pk))
    view(Target.for_page(other.pk))
    other.delete()
    assert services.flush() == 2
    assert services.site_figures(default_site().pk)["today"]["views"] == 2
    assert list(DailyPageStats.objects.values_list("page_id", "views")) == [
        (article.pk, 1)
    ]


def test_a_past_day_is_flushed_then_forgotten(redis_backend, article):
    target = Target.for_page(article.pk)
    with time_machine.travel(local(2026, 3, 10, 23, 59, 30), tick=False):
        view(target)
    with time_machine.travel(local(2026, 3, 11, 0, 1), tick=False):
        view(target, address="198.51.100.5")
        assert services.flush() == 2
        assert stored(local(2026, 3, 10).date()) == (1, 1)
        assert stored(local(2026, 3, 11).date()) == (1, 1)
        services.flush()  # nothing new: the past day's keys go
    client = redis_backend.client
    assert client.smembers(redis_backend.key("days")) == {"2026-03-11"}
    assert not client.exists(redis_backend.key("visitors", "2026-03-10"))


def test_a_redis_restart_loses_at_most_what_came_since_the_last_flush(
    redis_backend, article
):
    target = Target.for_page(article.pk)
    moment = local(2026, 3, 10, 9, 0)
    with time_machine.travel(moment, tick=False) as clock:
        view(target, address="198.51.100.1")
        view(target, address="198.51.100.2")
        services.flush()
        view(target, address="198.51.100.3")
        # A restart without persistence: every key is gone.
        keys = list(redis_backend.client.scan_iter(match=redis_backend.prefix + "*"))
        redis_backend.client.delete(*keys)
        assert services.site_figures(default_site().pk)["today"] == {
            "views": 2,
            "visitors": 2,
        }

        clock.move_to(moment + timedelta(minutes=1))
        view(target, address="198.51.100.4")
        services.flush()
        assert stored(moment.date()) == (3, 3)


def test_redis_keys_expire_or_are_bounded(redis_backend, article):
    view(Target.for_page(article.pk))
    client = redis_backend.client
    seen = list(client.scan_iter(match=redis_backend.key("seen", "*")))
    assert len(seen) == 1
    assert 0 < client.ttl(seen[0]) <= 30 * 60 + 36 * 3600


class TestRedisUnreachable:
    """REDIS_URL names a port nobody listens on: the hits go to the database,
    the figures still answer, the flush does nothing, one warning is logged."""

    @pytest.fixture
    def unreachable(self, settings):
        settings.REDIS_URL = CLOSED_PORT
        settings.STATS_BACKEND = "redis"
        backend = services.get_backend()
        with pytest.raises(redis.ConnectionError):
            backend.client.ping()
        return backend

    def test_hits_are_counted_in_the_database(self, unreachable, article, caplog):
        target = Target.for_page(article.pk)
        with caplog.at_level(logging.WARNING, logger="cms.stats"):
            assert view(target, address="198.51.100.1")
            assert view(target, address="198.51.100.2")
            assert not view(target, address="198.51.100.2")
        warnings = [r for r in caplog.records if r.name.startswith("cms.stats")]
        assert len(warnings) == 1
        assert "Redis unavailable" in warnings[0].getMessage()
        assert DailyPageStats.objects.get(page=article).views == 2

        figures = services.site_figures(default_site().pk)
        assert figures["today"] == {"views": 2, "visitors": 2}
        assert figures["online"] == 2
        assert services.flush() == 0
