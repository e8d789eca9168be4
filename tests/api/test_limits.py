"""Per-client limits on search and the statistics beacon: a JSON 429 with
Retry-After past the limit, counted per client address in the shared cache
(so for every worker), with exempt addresses and a fresh count each window."""

import json
import os

import pytest
import time_machine
from django.test import Client

from tests.factories import ArticlePageFactory, SectionPageFactory
from tests.stats.conftest import BROWSER, local

SEARCH = "/api/v1/search/"
HITS = "/api/v1/stats/hits/"
PIXEL = "/api/v1/stats/hit.gif"


@pytest.fixture(params=["local", "redis"])
def shared_cache(request, settings):
    """The tests' local-memory cache, then Redis (database 9) if it runs."""
    if request.param == "redis":
        url = os.environ.get("REDIS_URL") or ""
        if not url:
            pytest.skip("needs REDIS_URL (redis://127.0.0.1:6379/9)")
        settings.CACHES = {
            "default": {
                "BACKEND": "django_redis.cache.RedisCache",
                "LOCATION": url,
                "KEY_PREFIX": "limits-test",
                "OPTIONS": settings.REDIS_CACHE_OPTIONS,
            }
        }
    from django.core.cache import cache

    cache.clear()
    yield cache
    cache.clear()


@pytest.fixture
def limits(settings):
    settings.SEARCH_RATE_LIMIT = 3
    settings.BEACON_RATE_LIMIT = 2
    settings.RATE_LIMIT_WINDOW = 60
    settings.RATE_LIMIT_EXEMPT = ["192.0.2.10"]
    return settings


@pytest.fixture
def article(db):
    return ArticlePageFactory(parent=SectionPageFactory(title="Tin tức"))


def reader(address):
    return Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=address)


def test_searches_past_the_limit_get_a_429_until_the_window_ends(
    shared_cache, limits, article, openapi
):
    one, other = reader("198.51.100.1"), reader("198.51.100.2")
    with time_machine.travel(local(2026, 3, 20, 9, 0, 10), tick=False):
        for n in range(3):
            assert one.get(SEARCH, {"q": f"tu {n}"}).status_code == 200
        refused = one.get(SEARCH, {"q": "tu 4"})
        openapi.validate(SEARCH, refused)
        assert refused.status_code == 429
        assert refused["Retry-After"] == "50"
        assert refused["Cache-Control"] == "no-store"
        error = json.loads(refused.content)["error"]
        assert error["code"] == "throttled"
        assert "thử lại sau 50 giây" in error["message"]
        # Another reader is not limited by this one, nor an exempt server.
        assert other.get(SEARCH, {"q": "tu 5"}).status_code == 200
        exempt = reader("192.0.2.10")
        for n in range(5):
            assert exempt.get(SEARCH, {"q": f"may chu {n}"}).status_code == 200
        # An answer already in the cache costs nothing and is not counted.
        assert one.get(SEARCH, {"q": "tu 0"}).status_code == 200
    with time_machine.travel(local(2026, 3, 20, 9, 1, 0), tick=False):
        assert one.get(SEARCH, {"q": "tu 6"}).status_code == 200


def test_the_beacon_is_limited_per_client(shared_cache, limits, article, openapi):
    one = reader("198.51.100.3")
    body = json.dumps({"path": article.reader_path})
    with time_machine.travel(local(2026, 3, 20, 9, 0, 0), tick=False):
        assert one.post(HITS, body, "application/json").status_code == 202
        assert one.get(PIXEL, {"path": article.reader_path}).status_code == 200
        refused = one.post(HITS, body, "application/json")
        openapi.validate(HITS, refused, method="post")
        assert refused.status_code == 429
        assert refused["Retry-After"] == "60"
        assert one.get(PIXEL, {"path": article.reader_path}).status_code == 429
        assert (
            reader("198.51.100.4").post(HITS, body, "application/json").status_code
            == 202
        )


def test_behind_a_proxy_the_client_is_the_forwarded_address(
    shared_cache, limits, article, settings
):
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="10.0.0.1")

    def search(forwarded, n):
        return proxy.get(
            SEARCH, {"q": f"tin {n}"}, headers={"X-Forwarded-For": forwarded}
        ).status_code

    # One window for every request: a slow run must not cross into the next.
    with time_machine.travel(local(2026, 3, 20, 9, 0, 0), tick=False):
        assert [search("198.51.100.7", n) for n in range(4)] == [200, 200, 200, 429]
        assert search("198.51.100.8", 9) == 200
        # The reader site's server, behind the same proxy, is exempt by address.
        assert [search("192.0.2.10", 10 + n) for n in range(5)] == [200] * 5


def test_a_limit_of_zero_is_off(shared_cache, limits, article):
    limits.SEARCH_RATE_LIMIT = 0
    one = reader("198.51.100.9")
    assert {one.get(SEARCH, {"q": f"tu {n}"}).status_code for n in range(6)} == {200}


def test_refused_and_uncounted_beacons_count_against_the_limit_too(
    shared_cache, limits, article
):
    """On Redis the beacon's count is made in the statistics' script run; a
    beacon that never reaches it (a bad path, a bot) is counted in the same
    key all the same, and past the limit the answer is a 429 whatever else
    is wrong with the request."""
    one = reader("198.51.100.5")
    bot = Client(HTTP_USER_AGENT="Googlebot/2.1", REMOTE_ADDR="198.51.100.6")
    body = json.dumps({"path": article.reader_path})
    with time_machine.travel(local(2026, 3, 20, 9, 0, 0), tick=False):
        assert (
            one.post(
                HITS, json.dumps({"path": "/khong-co/"}), "application/json"
            ).status_code
            == 404
        )
        assert one.post(HITS, body, "application/json").status_code == 202
        refused = one.post(HITS, json.dumps({"path": 7}), "application/json")
        assert refused.status_code == 429
        assert refused["Retry-After"] == "60"
        assert one.post(HITS, body, "application/json").status_code == 429

        assert bot.post(HITS, body, "application/json").status_code == 202
        assert bot.get(PIXEL, {"path": article.reader_path}).status_code == 200
        assert bot.post(HITS, body, "application/json").status_code == 429
    with time_machine.travel(local(2026, 3, 20, 9, 1, 0), tick=False):
        assert one.post(HITS, body, "application/json").status_code == 202
