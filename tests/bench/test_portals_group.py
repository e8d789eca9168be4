"""The portals group's plan and tables: on by default, off in quick mode, and
its ratios reported against the same "costs no more" target as growth."""

from bench import config, report


def _case(p50, single=50.0):
    return {
        "single_ms": single,
        "rps": 10.0,
        "p50_ms": p50,
        "p95_ms": p50 * 2,
        "p99_ms": p50 * 3,
        "bytes": 1,
        "requests": 1,
        "failed": 0,
        "runs": [10.0],
    }


def test_the_group_runs_in_the_full_run_only_unless_asked(monkeypatch):
    for name in ("BENCH_QUICK", "BENCH_PORTALS", "BENCH_PORTALS_COUNT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("BENCH_PORTALS_ARTICLES", raising=False)
    full = config.Plan.from_env()
    assert full.portals
    assert full.portals_corpus("sqlite").name == "portals100"
    monkeypatch.setenv("BENCH_PORTALS", "0")
    assert not config.Plan.from_env().portals
    monkeypatch.delenv("BENCH_PORTALS")
    monkeypatch.setenv("BENCH_QUICK", "1")
    assert not config.Plan.from_env().portals
    monkeypatch.setenv("BENCH_PORTALS", "1")
    monkeypatch.setenv("BENCH_PORTALS_COUNT", "10")
    monkeypatch.setenv("BENCH_PORTALS_ARTICLES", "50")
    reduced = config.Plan.from_env()
    assert reduced.portals
    assert reduced.portals_corpus("postgres").name == "portals10x50-postgres"


def test_ratios_of_one_commune_to_one_portal_meet_or_miss_the_target():
    compared = {
        "portals": 100,
        "per_portal": 1000,
        "host": config.portal_host(50),
        "baselines": {"1k": "1k", "100k": "100k"},
        "pairs": ["list, page 1", "reader home"],
        "cases": {
            "list, page 1 · portals": _case(30.0),
            "list, page 1 · 1k": _case(10.0),
            "list, page 1 · 100k": _case(60.0),
            "reader home · portals": {"skipped": "answered 500"},
            "reader home · 1k": _case(20.0),
        },
        "memory": {
            "reader-portals": {"rss_mb": 130.0, "pss_mb": 66.0, "processes": 4},
            "reader-1k": {"rss_mb": 120.0, "pss_mb": 60.0, "processes": 4},
        },
    }
    results = {"main": {}, "growth": {}, "portals": {"sqlite": compared}}
    rows = {row[0]: row[2:] for row in report.targets(results)}
    assert rows["list, page 1: 100 portals ÷ one portal, 1k (SQLite)"] == [
        "3.00× (p50 under load)",
        "**missed**",
    ]
    assert rows["reader home: 100 portals ÷ one portal, 1k (SQLite)"] == [
        "answered 500",
        "**missed**",
    ]

    header, table_rows = report.portal_rows(compared)
    assert header[-2:] == [
        "100 portals ÷ one portal, 1k (p50)",
        "100 portals ÷ one portal, 100k (p50)",
    ]
    listing = table_rows[0]
    assert listing[0] == "list, page 1"
    assert listing[-2:] == ["3.00×", "0.50×"]
    assert table_rows[1][-1] == "–"  # no 100k reader site

    [memory] = report.memory_rows(compared)
    assert memory == ["reader site (4 processes)", "120 (60.0)", "130 (66.0)", "1.10×"]
    assert "### Portals, SQLite: one commune of 100 portals" in report.render(
        {
            "run": "r",
            "machine": {
                "cpu": "c",
                "cores": 2,
                "memory_gb": 1,
                "kernel": "k",
                "versions": {},
            },
            "plan": {
                "workers": 3,
                "threads": 2,
                "duration": 5,
                "repeat": 3,
                "connections": 16,
            },
            "load_before": "0",
            "corpora": {},
            **results,
        }
    )
