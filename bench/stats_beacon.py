"""Drive the statistics beacon as fast as possible and check the counts.

For the benchmark suite (`make bench`); Django must be set up and the database
migrated. Every hit is a distinct visitor (a distinct address), so every hit
must be counted: the function compares the site's figures before and after,
and with Redis flushes to the database and checks the stored rows too.

    from bench.stats_beacon import run_beacon_benchmark
    result = run_beacon_benchmark(hits=5000, threads=8, backend="redis")
    print(result["hits_per_second"], result["exact"])

``through="http"`` posts each hit through Django's full request stack (the real
POST /api/v1/stats/hits/ view, middleware included) with the test client, one
per thread; ``through="service"`` calls the recording service directly. No
network is involved either way, so the figure is the CMS's own cost per hit.
"""

import threading
import time
from concurrent.futures import ThreadPoolExecutor

from django.db import connections
from django.test import Client, override_settings

from cms.portal.sites import site_map
from cms.stats import services
from cms.stats.models import DailySiteStats
from cms.stats.paths import resolve

BROWSER = (
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36"
)
HITS_URL = "/api/v1/stats/hits/"


def _address(number: int) -> str:
    # 10.x.y.z: up to 16 million distinct visitors.
    return f"10.{number >> 16 & 255}.{number >> 8 & 255}.{number & 255}"


def _stored_views(day, site_id: int) -> int:
    row = DailySiteStats.objects.filter(date=day, site_id=site_id).first()
    return row.views if row else 0


def run_beacon_benchmark(
    hits: int = 2000,
    threads: int = 8,
    backend: str = "database",
    through: str = "http",
    path: str = "/",
    offset: int = 0,
    host: str = "127.0.0.1",
) -> dict:
    """Record ``hits`` page views of ``path`` from ``threads`` threads with the
    given backend ("database" or "redis"); return the rate and the counts.

    ``offset`` shifts the visitor addresses so that repeated runs on the same
    day do not meet the 30-minute reload rule. ``host`` must be in
    ALLOWED_HOSTS (HTTP only).
    """
    if through not in {"http", "service"}:
        raise ValueError('through must be "http" or "service"')
    settings_override = override_settings(STATS_BACKEND=backend)
    settings_override.enable()
    try:
        # The portal the beacons are for: the one the host names.
        site = site_map().for_hostname(host.split(":")[0]) or site_map().default
        target = resolve(path, site)
        day = services.local_day()
        before = services.site_figures(site.pk)["today"]["views"]
        stored_before = _stored_views(day, site.pk)
        numbers = iter(range(offset, offset + hits))
        numbers_lock = threading.Lock()

        def next_number():
            with numbers_lock:
                return next(numbers, None)

        def worker(_index):
            counted = 0
            client = (
                Client(HTTP_USER_AGENT=BROWSER, HTTP_HOST=host)
                if through == "http"
                else None
            )
            try:
                while (number := next_number()) is not None:
                    if client is not None:
                        response = client.post(
                            HITS_URL,
                            {"path": path},
                            content_type="application/json",
                            REMOTE_ADDR=_address(number),
                        )
                        counted += (
                            response.status_code == 202 and response.json()["counted"]
                        )
                    else:
                        counted += services.record(
                            target,
                            site_id=site.pk,
                            address=_address(number),
                            user_agent=BROWSER,
                        )
            finally:
                connections.close_all()
            return counted

        started = time.perf_counter()
        with ThreadPoolExecutor(threads) as pool:
            counted = sum(pool.map(worker, range(threads)))
        elapsed = time.perf_counter() - started

        after = services.site_figures(site.pk)["today"]["views"]
        flushed = services.flush()
        stored = _stored_views(day, site.pk) - stored_before
        return {
            "backend": backend,
            "through": through,
            "threads": threads,
            "hits": hits,
            "counted": counted,
            "views_added": after - before,
            "stored_after_flush": stored,
            "flushed": flushed,
            "seconds": elapsed,
            "hits_per_second": hits / elapsed if elapsed else float("inf"),
            "exact": counted == hits and after - before == hits and stored == hits,
        }
    finally:
        settings_override.disable()
