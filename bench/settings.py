"""The benchmarks' settings: production's, plus the bench app (apps.py), which
configures the stock Wagtail API v2 baseline. Every other difference comes from
environment variables (bench/config.py: plain HTTP on 127.0.0.1)."""

from backend.settings.production import *  # noqa: F403
from backend.settings.production import INSTALLED_APPS

INSTALLED_APPS = [*INSTALLED_APPS, "bench.apps.BenchConfig"]
