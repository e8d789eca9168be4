"""While Redis is down the cache answers misses, and django-redis's log gets one
warning per outage, not a traceback per cache call (backend/redis_outage.py).
The end-to-end check, through gunicorn: tests/hardening/test_redis_down.py."""

import logging

import pytest
import time_machine
from django.conf import settings as django_settings
from django_redis.cache import RedisCache

from backend.redis_outage import RedisOutageFilter

CLOSED_PORT = "redis://127.0.0.1:1/0"
LOGGER = "tests.redis-outage"


@pytest.fixture
def unreachable_cache(settings):
    """A cache configured as production's, on a port nobody listens on, logging
    to a logger of its own with a fresh filter."""
    settings.DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    settings.DJANGO_REDIS_LOGGER = LOGGER
    logger = logging.getLogger(LOGGER)
    outage = RedisOutageFilter()
    logger.addFilter(outage)
    yield RedisCache(
        CLOSED_PORT,
        {"OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 1}},
    )
    logger.removeFilter(outage)


def test_one_warning_per_outage_without_traceback(unreachable_cache, caplog):
    with (
        time_machine.travel("2026-05-19 08:00:00+07:00", tick=False) as clock,
        caplog.at_level(logging.INFO, logger=LOGGER),
    ):
        for _ in range(5):
            assert unreachable_cache.get("content-generation") is None
            unreachable_cache.set("api:v1:answer", b"{}")
        (warning,) = caplog.records
        assert warning.levelname == "WARNING"
        assert warning.exc_info is None
        assert "Cache: Redis unavailable" in warning.getMessage()
        assert "127.0.0.1:1" in warning.getMessage()
        assert "Traceback" not in caplog.text

        clock.shift(29)
        unreachable_cache.get("content-generation")
        assert len(caplog.records) == 1

        # Still down half a minute later: one more line says so.
        clock.shift(2)
        unreachable_cache.get("content-generation")
        assert len(caplog.records) == 2


def test_the_settings_put_the_filter_on_django_redis_logger():
    (outage,) = logging.getLogger("django_redis.cache").filters
    assert isinstance(outage, RedisOutageFilter)
    assert django_settings.LOGGING["loggers"]["django_redis.cache"] == {
        "filters": ["redis_outage"]
    }
