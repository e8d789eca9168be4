"""Per-client limits on the endpoints that cost the most or write (search,
the statistics beacon), shared by every worker and server: a fixed window
counted in Django's cache (Redis in production) with an atomic increment.

A client is its address as the trusted reverse proxies report it
(TRUSTED_PROXY_COUNT, cms/security/login.py), the rule the login protection
and the statistics use. Addresses in RATE_LIMIT_EXEMPT (the reader site's
server, which searches on behalf of many readers) are not limited. Over the
limit: a JSON 429 with Retry-After, until the window ends. If the cache
cannot count (Redis down), nobody is limited.

The beacon's count is made by the statistics' own Redis call when it can
(``counted_with_the_hit``): one round trip for the whole beacon."""

import contextlib
import math
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from rest_framework import exceptions, status

from cms.security.login import client_ip
from cms.stats.hits import Allowance


class RateLimited(exceptions.APIException):
    status_code = status.HTTP_429_TOO_MANY_REQUESTS
    default_code = "throttled"

    def __init__(self, wait: int):
        self.wait = wait  # seconds, in Retry-After (api/errors.py)
        super().__init__(
            f"Quá nhiều yêu cầu từ địa chỉ này, xin thử lại sau {wait} giây."
        )


@dataclass(frozen=True)
class _Window:
    """This client's count for a scope in the current window."""

    key: str  # in the cache's namespace (before its prefix)
    seconds: int
    ends: float  # epoch seconds

    @property
    def wait(self) -> int:
        return max(1, math.ceil(self.ends - time.time()))


def _window(request, scope: str, allowed: int) -> _Window | None:
    """None when the request is not limited (limit off, exempt address)."""
    if allowed <= 0:
        return None
    address = client_ip(request)
    if address in settings.RATE_LIMIT_EXEMPT:
        return None
    seconds = max(1, settings.RATE_LIMIT_WINDOW)
    bucket = int(time.time() // seconds)
    return _Window(f"rate:{scope}:{address}:{bucket}", seconds, (bucket + 1) * seconds)


def limit(request, scope: str, allowed: int) -> None:
    """Count this request of the client against ``allowed`` per
    RATE_LIMIT_WINDOW seconds for ``scope``; raise RateLimited past it."""
    window = _window(request, scope, allowed)
    if window is not None:
        _count_in_cache(window, allowed)


def _count_in_cache(window: _Window, allowed: int) -> None:
    key = window.key
    try:
        # One round trip in the common case: the window's count exists.
        count = cache.incr(key)
    except ValueError:
        # The window's first request. The key lives a little longer than its
        # window, then goes by itself; add() settles a race for the first.
        if cache.add(key, 1, timeout=window.seconds + 5):
            count = 1
        else:
            try:
                count = cache.incr(key)
            except ValueError:
                count = None
    if count is not None and count > allowed:
        raise RateLimited(wait=window.wait)


def _cache_is_the_statistics_redis() -> bool:
    """The cache's keys live in the Redis database the statistics count in,
    stored as that script can add to (django-redis keeps integers as they
    are)."""
    cache_settings = settings.CACHES["default"]
    return (
        settings.STATS_BACKEND == "redis"
        and cache_settings["BACKEND"] == "django_redis.cache.RedisCache"
        and cache_settings.get("LOCATION") == settings.REDIS_URL
    )


@contextlib.contextmanager
def counted_with_the_hit(request, scope: str, allowed: int):
    """As ``limit``, for a request the statistics record (the beacon): yields
    the Allowance to give the recording (cms/stats/services.py), or None, and
    on leaving counts the request as ``limit`` does if the recording did not
    (a bad request, a bot, the database backend, Redis unavailable). Past the
    limit: RateLimited, in place of what the block returned or raised, as
    when ``limit`` runs first. The key is the one ``limit`` counts in, so both
    ways add to one count."""
    window = _window(request, scope, allowed)
    allowance = None
    if window is not None and _cache_is_the_statistics_redis():
        allowance = Allowance(
            key=cache.make_key(window.key), allowed=allowed, ttl=window.seconds + 5
        )
    try:
        yield allowance
    except Exception:
        _settle(window, allowance, allowed)
        raise
    _settle(window, allowance, allowed)


def _settle(window, allowance, allowed) -> None:
    if window is None:
        return
    if allowance is None or not allowance.counted:
        _count_in_cache(window, allowed)
    elif allowance.exceeded:
        raise RateLimited(wait=window.wait)
