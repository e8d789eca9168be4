"""Per-client limits on the endpoints that cost the most or write (search,
the statistics beacon), shared by every worker and server: a fixed window
counted in Django's cache (Redis in production) with an atomic increment.

A client is its address as the trusted reverse proxies report it
(TRUSTED_PROXY_COUNT, cms/security/login.py), the rule the login protection
and the statistics use. Addresses in RATE_LIMIT_EXEMPT (the reader site's
server, which searches on behalf of many readers) are not limited. Over the
limit: a JSON 429 with Retry-After, until the window ends. If the cache
cannot count (Redis down), nobody is limited."""

import math
import time

from django.conf import settings
from django.core.cache import cache
from rest_framework import exceptions, status

from cms.security.login import client_ip


class RateLimited(exceptions.APIException):
    status_code = status.HTTP_429_TOO_MANY_REQUESTS
    default_code = "throttled"

    def __init__(self, wait: int):
        self.wait = wait  # seconds, in Retry-After (api/errors.py)
        super().__init__(
            f"Quá nhiều yêu cầu từ địa chỉ này, xin thử lại sau {wait} giây."
        )


def limit(request, scope: str, allowed: int) -> None:
    """Count this request of the client against ``allowed`` per
    RATE_LIMIT_WINDOW seconds for ``scope``; raise RateLimited past it."""
    if allowed <= 0:
        return
    address = client_ip(request)
    if address in settings.RATE_LIMIT_EXEMPT:
        return
    window = max(1, settings.RATE_LIMIT_WINDOW)
    now = time.time()
    bucket = int(now // window)
    key = f"rate:{scope}:{address}:{bucket}"
    try:
        # One round trip in the common case: the window's count exists.
        count = cache.incr(key)
    except ValueError:
        # The window's first request. The key lives a little longer than its
        # window, then goes by itself; add() settles a race for the first.
        if cache.add(key, 1, timeout=window + 5):
            count = 1
        else:
            try:
                count = cache.incr(key)
            except ValueError:
                count = None
    if count is not None and count > allowed:
        raise RateLimited(wait=max(1, math.ceil((bucket + 1) * window - now)))
