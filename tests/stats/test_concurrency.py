"""No increment is lost when many hits arrive at once: real threads, each with
its own database connection, against every backend (SQLite or PostgreSQL,
whichever DATABASE_URL names, and Redis when REDIS_URL is set)."""

import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connections

from cms.stats import services
from cms.stats.models import DailyPageStats
from cms.stats.paths import Target

from .conftest import default_site, settle, view

# serialized_rollback: a transactional test empties the database when it ends;
# the rows the migrations created (home page, locale, groups) come back for each.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

THREADS = 8
HITS_PER_THREAD = 50


@pytest.fixture
def threaded_database(tmp_path):
    """The test database, reachable from several threads at once.

    SQLite's in-memory test database is shared between connections in
    "shared-cache" mode, which locks whole tables and fails a second writer at
    once ("database table is locked") instead of making it wait as a database
    file does. So for these tests the database is copied into a file (WAL mode
    and a busy timeout, as in production) and the threads use that. PostgreSQL
    needs nothing. Request this fixture after those that create content.
    """
    wrapper = connections["default"]
    if wrapper.vendor != "sqlite" or not wrapper.is_in_memory_db():
        yield
        return
    memory_name = wrapper.settings_dict["NAME"]
    wrapper.ensure_connection()
    memory = wrapper.connection
    file_name = str(tmp_path / "stats-threads.sqlite3")
    with sqlite3.connect(file_name) as target:
        memory.backup(target)
    # Detach the in-memory connection without closing it (closing the last
    # one would delete the test database); new connections open the file.
    wrapper.connection = None
    wrapper.settings_dict["NAME"] = file_name
    try:
        yield
    finally:
        wrapper.close()
        wrapper.settings_dict["NAME"] = memory_name
        wrapper.connection = memory


def run_in_threads(work):
    """Run ``work(thread_number)`` in THREADS threads released together."""
    start = threading.Barrier(THREADS)

    def worker(number):
        start.wait()
        try:
            return work(number)
        finally:
            connections.close_all()

    with ThreadPoolExecutor(THREADS) as pool:
        return list(pool.map(worker, range(THREADS)))


def test_exact_totals_after_concurrent_hits(backend, article, threaded_database):
    target = Target.for_page(article.pk)

    def hits(number):
        return sum(
            view(target, address=f"198.51.{number}.{i}") for i in range(HITS_PER_THREAD)
        )

    counted = run_in_threads(hits)

    expected = THREADS * HITS_PER_THREAD
    assert sum(counted) == expected
    today = services.site_figures(default_site().pk)["today"]
    assert today["views"] == expected
    if backend.name == "redis":
        # HyperLogLog's standard error is 0.81 %; views stay exact.
        assert abs(today["visitors"] - expected) <= expected * 0.03
    else:
        assert today["visitors"] == expected
    settle()
    assert DailyPageStats.objects.get(page=article).views == expected
    assert services.site_figures(default_site().pk)["today"]["views"] == expected


def test_exact_visitors_when_few_readers_read_many_pages(backend, threaded_database):
    def hits(number):
        return sum(
            view(Target(f"path:/trang-{i}/"), address=f"198.51.100.{number}")
            for i in range(HITS_PER_THREAD)
        )

    assert sum(run_in_threads(hits)) == THREADS * HITS_PER_THREAD
    today = services.site_figures(default_site().pk)["today"]
    assert today == {"views": THREADS * HITS_PER_THREAD, "visitors": THREADS}


def test_simultaneous_reloads_count_once(backend, article, threaded_database):
    target = Target.for_page(article.pk)
    counted = run_in_threads(lambda number: view(target, address="198.51.100.9"))
    assert counted.count(True) == 1
    assert services.site_figures(default_site().pk)["today"] == {
        "views": 1,
        "visitors": 1,
    }


def test_each_thread_has_its_own_connection(threaded_database):
    # The tests above prove nothing if the threads took turns on one connection.
    all_connected = threading.Barrier(THREADS)

    def connection_of_this_thread(_number):
        wrapper = connections["default"]
        wrapper.ensure_connection()
        identity = id(wrapper.connection)
        # Hold every connection open until all are counted: a closed
        # connection's id() may be reused by the next thread's.
        all_connected.wait()
        return identity

    assert len(set(run_in_threads(connection_of_this_thread))) == THREADS


@pytest.mark.parametrize("through", ["http", "service"])
def test_the_benchmark_helper_checks_its_counts(backend, threaded_database, through):
    from bench.stats_beacon import run_beacon_benchmark

    result = run_beacon_benchmark(
        hits=40, threads=4, backend=backend.name, through=through
    )
    assert result["exact"], result
    assert result["counted"] == result["views_added"] == 40
    assert result["stored_after_flush"] == 40
