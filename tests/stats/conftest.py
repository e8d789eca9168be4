"""Fixtures for the statistics tests: each backend, set up for real.

The Redis backend needs the Redis named by REDIS_URL in the environment (CI
runs the suite a second time with it set); without it those tests are skipped
and say why.
"""

import os
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import redis
from wagtail.models import Site

from cms.stats import privacy, services
from cms.stats.paths import Target
from tests.factories import ArticlePageFactory, SectionPageFactory

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
BROWSER = (
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36"
)
REDIS_URL = os.environ.get("REDIS_URL", "")
needs_redis = pytest.mark.skipif(
    not REDIS_URL, reason="the Redis backend needs REDIS_URL (CI sets it)"
)


def local(*args) -> datetime:
    """A moment given in Hà Nội time."""
    return datetime(*args, tzinfo=HANOI)


@pytest.fixture(autouse=True)
def _fresh_state():
    # Salts are cached per process and day; a rolled-back test must not leave
    # its salt behind for the next one.
    privacy.salts.clear()
    services._forget_backend(setting="STATS_BACKEND")
    yield
    privacy.salts.clear()
    services._forget_backend(setting="STATS_BACKEND")


def _clear_redis_stats(url: str, prefix: str) -> None:
    client = redis.Redis.from_url(url)
    keys = list(client.scan_iter(match=prefix + "*", count=1000))
    if keys:
        client.delete(*keys)


@pytest.fixture
def database_backend(settings):
    settings.STATS_BACKEND = "database"
    return services.get_backend()


@pytest.fixture
def redis_backend(settings):
    if not REDIS_URL:
        pytest.skip("the Redis backend needs REDIS_URL (CI sets it)")
    settings.REDIS_URL = REDIS_URL
    settings.STATS_BACKEND = "redis"
    backend = services.get_backend()
    _clear_redis_stats(REDIS_URL, backend.prefix)
    yield backend
    _clear_redis_stats(REDIS_URL, backend.prefix)


@pytest.fixture(params=["database", pytest.param("redis", marks=needs_redis)])
def backend(request):
    """Each backend in turn: the rules of counting are the same for both."""
    return request.getfixturevalue(f"{request.param}_backend")


@pytest.fixture
def article(db):
    return ArticlePageFactory(parent=SectionPageFactory(title="Tin tức"))


def view(target: Target, address="203.0.113.7", user_agent=BROWSER, **kwargs):
    return services.record(target, address=address, user_agent=user_agent, **kwargs)


def default_site():
    return Site.objects.get(is_default_site=True)


def settle():
    """Bring the database up to date (the Redis backend flushes)."""
    services.flush()
