"""The benchmarks' settings: production's, plus the stock Wagtail API v2 baseline
(its app, the URLs that mount it: bench/urls.py) and the bench app (apps.py),
which declares the fields v2 serves. Every other difference comes from
environment variables (bench/config.py: plain HTTP on 127.0.0.1)."""

from backend.settings.production import *  # noqa: F403
from backend.settings.production import INSTALLED_APPS

INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.api.v2", "bench.apps.BenchConfig"]
ROOT_URLCONF = "bench.urls"

# Every request of a benchmark comes from 127.0.0.1: per-client limits would
# measure the 429 instead of the work (api/limits.py). Set RATE_LIMIT_EXEMPT
# to "-" to measure them.
RATE_LIMIT_EXEMPT = env_list("RATE_LIMIT_EXEMPT", ["127.0.0.1", "::1"])  # noqa: F405
