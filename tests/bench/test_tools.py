"""The harness's own logic: wrk output, medians, targets, configuration."""

import os
import socket
import types

import psycopg
import pytest

from bench import config, corpora, load, report, servers, suite

WRK_OUTPUT = """Running 5s test @ http://127.0.0.1:8501/api/v1/articles/
  2 threads and 16 connections
BENCH-JSON {"requests":500,"duration_us":5000000,"bytes":16500000,"errors":{"connect":0,"read":0,"write":0,"status":2,"timeout":1},"latency_us":{"p50":30000,"p90":45000,"p95":50000,"p99":80000,"mean":31000.5,"max":90000},"ok":498,"sent":500}
"""  # noqa: E501


def test_wrk_figures_are_read_from_the_lua_report_line():
    result = load.parse(WRK_OUTPUT)
    assert result.rps == 100
    assert result.latency_ms["p95"] == 50
    assert result.bytes_per_response == 33_000
    assert result.failed == 3
    assert result.extra == {"ok": 498, "sent": 500}


def test_a_wrk_run_without_the_report_line_is_an_error():
    with pytest.raises(load.LoadError):
        load.parse("Running 5s test\n")


def test_cases_report_medians_and_ignore_runs_without_answers():
    runs = [load.parse(WRK_OUTPUT.replace("500,", f"{n},", 1)) for n in (400, 600)]
    silent = load.parse(WRK_OUTPUT.replace('"requests":500', '"requests":0'))
    summary = suite.summarise([*runs, silent])
    assert summary["rps"] == 80  # median of 80, 120 and 0 req/s
    assert summary["p50_ms"] == 30
    assert summary["runs"] == [80.0, 120.0, 0.0]


def _case(rps, p50=10.0, p95=20.0):
    return {
        "rps": rps,
        "p50_ms": p50,
        "p95_ms": p95,
        "p99_ms": p95,
        "bytes": 1,
        "requests": 1,
        "failed": 0,
        "runs": [rps],
    }


def test_targets_are_reported_met_or_missed_never_asserted():
    results = {
        "main": {
            "sqlite": {
                "cases": {
                    "v1 list (uncached)": _case(300.0),
                    "v2 list (stock)": _case(20.0),
                    "v1 detail (uncached)": _case(200.0),
                    "v2 detail (stock)": _case(70.0),
                    "v1 list (warm cache)": _case(500.0),
                    "static file (ceiling)": _case(2000.0),
                    "beacon, Redis": _case(1500.0),
                },
                "exact": {
                    "beacon, Redis": {
                        "site_views_recorded": 9,
                        "ok_2xx": 9,
                        "page_views_recorded": 9,
                        "exact": True,
                    }
                },
            }
        },
        "growth": {
            "sqlite": {
                size: {
                    "cases": {
                        name: _case(50.0, p50=p50, p95=p50 * 2)
                        for name in (
                            "list, page 1",
                            "list, last page",
                            "detail, oldest",
                            "search, diacritics",
                            "search, no diacritics",
                        )
                    }
                }
                for size, p50 in (("1k", 10.0), ("10k", 40.0), ("100k", 20.0))
            }
        },
    }
    rows = {row[0]: row for row in report.targets(results)}
    assert rows["uncached list ÷ stock v2 list (SQLite, 1k)"][2:] == ["15.00×", "met"]
    detail = rows["uncached detail ÷ stock v2 detail (SQLite, 1k)"]
    assert detail[2:] == ["2.86×", "**missed**"]
    assert rows["warm-cache list ÷ static file (SQLite, 1k)"][3] == "**missed**"
    assert rows["beacon, Redis backend (SQLite)"][3] == "met"
    assert rows["list, page 1: 100k ÷ 1k (SQLite)"][2:] == [
        "2.00× (p50 under load)",
        "**missed**",
    ]
    assert rows["search, diacritics: p95 at 10k (SQLite)"][2:] == ["80.0 ms", "met"]


def test_the_targets_are_also_read_on_the_production_server():
    """The cache-hit and beacon targets, measured again under granian in the
    servers group: each row names the server it was measured on."""
    results = {
        "main": {},
        "servers": {
            "postgres": {
                "pairs": [
                    "list (warm cache)",
                    "static file (ceiling)",
                    "beacon, Redis",
                ],
                "cases": {
                    "list (warm cache), granian": _case(1100.0),
                    "static file (ceiling), granian": _case(2000.0),
                    "beacon, Redis, granian": _case(950.0),
                    "list (warm cache), gunicorn": _case(800.0),
                    "static file (ceiling), gunicorn": _case(1900.0),
                    "beacon, Redis, gunicorn": _case(700.0),
                },
            }
        },
    }
    rows = {row[0]: row for row in report.targets(results)}
    ratio = rows["warm-cache list ÷ static file, granian (PostgreSQL, 1k)"]
    assert ratio[2:] == ["0.55×", "met"]
    beacon = rows["beacon, Redis backend, granian (PostgreSQL)"]
    assert beacon[2:] == ["950", "**missed**"]


def test_quick_mode_measures_1k_on_sqlite_only(monkeypatch):
    monkeypatch.setenv("BENCH_QUICK", "1")
    for name in ("BENCH_DATABASES", "BENCH_SIZES", "BENCH_REPEAT", "BENCH_DURATION"):
        monkeypatch.delenv(name, raising=False)
    quick = config.Plan.from_env()
    monkeypatch.setenv("BENCH_QUICK", "0")
    full = config.Plan.from_env()
    assert quick.databases == ("sqlite",)
    assert quick.growth_sizes == ()
    assert full.databases == ("sqlite", "postgres")
    assert full.growth_sizes == ("1k", "10k", "100k")
    assert quick.repeat * quick.duration < full.repeat * full.duration


def test_servers_get_production_settings_over_plain_http():
    env = config.django_env(config.Corpus("10k", "postgres"), cache_prefix="p")
    assert env["DJANGO_SETTINGS_MODULE"] == "bench.settings"
    assert env["DEBUG"] == "false"
    assert env["SECURE_SSL_REDIRECT"] == "false"
    assert env["DATABASE_URL"].endswith("/newsroom_bench_10k")
    assert env["REDIS_URL"].endswith("/7")
    assert env["VAR_DIR"].endswith("10k-postgres")


def test_the_server_table_gives_granian_over_gunicorn_per_case():
    compared = {
        "pairs": ["list (warm cache)"],
        "cases": {
            "list (warm cache), gunicorn": _case(400.0),
            "list (warm cache), granian": _case(600.0, p95=12.0),
        },
    }
    [row] = report.server_rows(compared)
    assert row == ["list (warm cache)", "400", "600", "1.50×", "20.0", "12.0"]


@pytest.mark.parametrize("start", [servers.gunicorn, servers.granian])
def test_both_servers_start_the_reader_site_and_stop(start, tmp_path):
    """The command lines the comparison runs: each server starts the real
    application and serves it (a static file needs no CMS behind it)."""
    env = {
        **os.environ,
        "CMS_API_URL": "http://127.0.0.1:9/api/v1",
        "FRONTEND_URL": "http://127.0.0.1:8000",
    }
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = start(
        "reader",
        "frontend.wsgi:app",
        port,
        env,
        workers=1,
        log_dir=tmp_path,
        ready_path="/static/favicon.svg",
    )
    try:
        answer = load.probe(server.url + "/static/favicon.svg")
        assert answer.status == 200
        assert b"<svg" in answer.body
    finally:
        server.stop()
    assert server.process.poll() is not None


@pytest.mark.django_db
def test_a_postgresql_corpus_gets_fresh_planner_statistics():
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("a PostgreSQL corpus (DATABASE_URL)")
    settings = connection.settings_dict
    url = (
        f"postgresql://{settings['USER']}@{settings['HOST']}:{settings['PORT']}"
        f"/{settings['NAME']}"
    )
    corpus = types.SimpleNamespace(database="postgres", database_url=url, label="test")
    logged = []
    corpora.analyze(corpus, logged.append)
    with psycopg.connect(url) as conn:
        (analyzed,) = conn.execute(
            "SELECT last_analyze FROM pg_stat_user_tables"
            " WHERE relname = 'articles_articlepage'"
        ).fetchone()
    assert analyzed is not None
    assert logged and "analyzed" in logged[0]
