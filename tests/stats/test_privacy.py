"""No address or user agent is written anywhere: not in the database, not in
Redis, not in our logs. Salts rotate daily and are deleted after their day."""

import hashlib
import logging
from datetime import timedelta

import pytest
import redis
import time_machine
from django.db import connection

from cms.stats import privacy, services
from cms.stats.models import DailySalt, SeenPage, SeenVisitor

from .conftest import REDIS_URL, default_site, local

pytestmark = pytest.mark.django_db

ADDRESS = "203.0.113.219"
USER_AGENT = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 Safari/537.36 MarkerBrowser/7.7"
)


def everything_in_the_database() -> str:
    """Every row of every table, as text."""
    parts = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            parts.extend(repr(row) for row in cursor.fetchall())
    return "\n".join(parts)


def everything_in_redis() -> str:
    """Every key and value in the Redis database (the cache's too), as text."""
    client = redis.Redis.from_url(REDIS_URL)
    parts = []
    for key in client.scan_iter(match="*"):
        parts.append(key)
        kind = client.type(key).decode()
        if kind == "string":
            parts.append(client.get(key) or b"")
        elif kind == "hash":
            for field, value in client.hgetall(key).items():
                parts.extend([field, value])
        elif kind == "set":
            parts.extend(client.smembers(key))
        elif kind == "zset":
            parts.extend(client.zrange(key, 0, -1))
    return "\n".join(part.decode("utf-8", "replace") for part in parts)


def assert_nothing_identifying(text: str) -> None:
    assert ADDRESS not in text
    assert "MarkerBrowser" not in text
    assert USER_AGENT[:40] not in text


def test_no_address_or_user_agent_is_stored_or_logged(backend, article, rf, caplog):
    with caplog.at_level(logging.DEBUG):
        for path in (article.reader_path, "/tim-kiem/", article.reader_path):
            request = rf.post("/", HTTP_USER_AGENT=USER_AGENT, REMOTE_ADDR=ADDRESS)
            services.record_request(request, path)
        services.flush()
        services.site_figures(default_site().pk)
    assert services.site_figures(default_site().pk)["today"] == {
        "views": 2,
        "visitors": 1,
    }

    database = everything_in_the_database()
    assert article.title in database  # the dump does see what is stored
    assert_nothing_identifying(database)
    assert_nothing_identifying(caplog.text)
    if backend.name == "redis":
        stored = everything_in_redis()
        assert ":stats:online" in stored  # the dump does see the counters
        assert_nothing_identifying(stored)


def test_a_visitor_is_a_salted_hash_that_changes_every_day(database_backend, rf):
    def visitor_on(moment):
        with time_machine.travel(moment, tick=False):
            return privacy.visitor_hash(services.local_day(), ADDRESS, USER_AGENT)

    monday = visitor_on(local(2026, 3, 9, 10, 0))
    assert monday == visitor_on(local(2026, 3, 9, 22, 0))
    assert monday != visitor_on(local(2026, 3, 10, 10, 0))
    # Not a plain digest of the address anyone could recompute.
    plain = hashlib.sha256(f"{ADDRESS}\n{USER_AGENT}".encode()).hexdigest()
    assert monday not in plain


def test_salts_are_kept_with_their_day_and_deleted_after_it(database_backend):
    with time_machine.travel(local(2026, 3, 9, 10, 0), tick=False):
        privacy.visitor_hash(services.local_day(), ADDRESS, USER_AGENT)
        assert list(DailySalt.objects.values_list("date", flat=True)) == [
            local(2026, 3, 9).date()
        ]
        salt = DailySalt.objects.get().salt
        assert len(salt) == 64

    # The process keeps the salt in memory; a new day replaces it there too,
    # and creating the new day's salt deletes the old one at once.
    with time_machine.travel(local(2026, 3, 10, 0, 0, 1), tick=False):
        privacy.visitor_hash(services.local_day(), ADDRESS, USER_AGENT)
        assert list(DailySalt.objects.values_list("date", flat=True)) == [
            local(2026, 3, 10).date()
        ]
        assert privacy.salts._salts.keys() == {local(2026, 3, 10).date()}


def test_prune_deletes_what_must_not_outlive_its_day(database_backend, article, rf):
    target_path = article.reader_path
    evening = local(2026, 3, 9, 23, 58)
    with time_machine.travel(evening, tick=False):
        request = rf.post("/", HTTP_USER_AGENT=USER_AGENT, REMOTE_ADDR=ADDRESS)
        services.record_request(request, target_path)
    assert SeenVisitor.objects.count() == SeenPage.objects.count() == 1

    # Just after midnight yesterday's visitor still counts as online.
    services.prune(now=evening + timedelta(minutes=3))
    assert SeenVisitor.objects.count() == 1
    assert SeenPage.objects.count() == 0
    assert DailySalt.objects.count() == 0

    services.prune(now=evening + timedelta(minutes=8))
    assert SeenVisitor.objects.count() == 0


def test_the_periodic_jobs_are_registered():
    from cms.workflow.scheduler import periodic_jobs

    assert {"stats.flush", "stats.prune"} <= set(periodic_jobs.names())
