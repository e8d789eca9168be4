"""Builds a corpus when it is missing or of an older version, else reuses it.

Each corpus lives in var/bench/<name>/ (its own VAR_DIR: SQLite file, media,
static files, corpus.json with its build report); a PostgreSQL corpus also has
its database, newsroom_bench_<size>. The portals corpus (config.PortalsCorpus:
a province and its communes) lives beside them as var/bench/portals100/ and
newsroom_bench_portals100, with a version of its own. The image pool
(var/bench/images-v<N>/) is made by the first build and copied by the others.
"""

import json
import shutil
import subprocess
import time

import psycopg

from . import config
from .config import Corpus, PortalsCorpus

CORPUS_VERSION = 3  # keep equal to bench.corpus.CORPUS_VERSION (no Django here)
PORTALS_VERSION = 1  # keep equal to bench.corpus.PORTALS_VERSION
POOL_VERSION = 1  # the image pool did not change with the corpus
POOL_DIR = config.BENCH_DIR / f"images-v{POOL_VERSION}"


def _admin_connection():
    return psycopg.connect(f"{config.POSTGRES_SERVER}/postgres", autocommit=True)


def _postgres_articles(corpus: Corpus) -> int | None:
    try:
        with psycopg.connect(corpus.database_url, connect_timeout=3) as conn:
            return conn.execute("SELECT count(*) FROM articles_articlepage").fetchone()[
                0
            ]
    except psycopg.Error:
        return None


def _expected(corpus: Corpus | PortalsCorpus) -> dict:
    """What a usable corpus's build report says."""
    if isinstance(corpus, PortalsCorpus):
        return {
            "version": PORTALS_VERSION,
            "articles": corpus.size,
            "portals": corpus.portals,
        }
    return {"version": CORPUS_VERSION, "articles": corpus.size}


def _build_arguments(corpus: Corpus | PortalsCorpus) -> list[str]:
    if isinstance(corpus, PortalsCorpus):
        return [
            "--portals",
            str(corpus.portals),
            "--per-portal",
            str(corpus.per_portal),
        ]
    return ["--size", str(corpus.size)]


def existing(corpus: Corpus | PortalsCorpus) -> dict | None:
    """The build report of a usable corpus, or None."""
    report_path = corpus.var_dir / "corpus.json"
    if not report_path.exists():
        return None
    report = json.loads(report_path.read_text())
    if any(report.get(key) != value for key, value in _expected(corpus).items()):
        return None
    if corpus.database == "sqlite":
        if not (corpus.var_dir / "db.sqlite3").exists():
            return None
    elif _postgres_articles(corpus) != corpus.size:
        return None
    return report


def build(corpus: Corpus | PortalsCorpus, log) -> dict:
    shutil.rmtree(corpus.var_dir, ignore_errors=True)
    corpus.var_dir.mkdir(parents=True)
    if corpus.database == "postgres":
        with _admin_connection() as conn:
            name = corpus.database_name
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
    log(f"Building the {corpus.label} corpus in {corpus.var_dir} …")
    started = time.perf_counter()
    pending = corpus.var_dir / "corpus.json.tmp"
    env = config.django_env(
        corpus, cache_prefix=f"bench-build-{corpus.name}", redis=False
    )
    subprocess.run(
        [
            config.PYTHON,
            "-m",
            "bench.build",
            *_build_arguments(corpus),
            "--pool",
            str(POOL_DIR),
            "--report",
            str(pending),
        ],
        cwd=config.ROOT,
        env=env,
        check=True,
    )
    report = json.loads(pending.read_text())
    report["wall_seconds"] = round(time.perf_counter() - started, 1)
    (corpus.var_dir / "corpus.json").write_text(
        json.dumps(report, ensure_ascii=False, indent=2)
    )
    pending.unlink()
    log(f"  built in {report['wall_seconds']} s: {report['seconds']}")
    return report


def migrate(corpus: Corpus | PortalsCorpus, log) -> None:
    """Bring a reused corpus to the code's schema, as an upgraded installation
    would be: a corpus outlives the commits that add migrations, and its
    servers would fail on a missing column."""
    env = config.django_env(
        corpus, cache_prefix=f"bench-build-{corpus.name}", redis=False
    )
    started = time.perf_counter()
    subprocess.run(
        [config.PYTHON, "manage.py", "migrate", "--no-input", "-v0"],
        cwd=config.ROOT,
        env=env,
        check=True,
    )
    log(f"  {corpus.label}: migrated in {time.perf_counter() - started:.1f} s")


def analyze(corpus: Corpus | PortalsCorpus, log) -> None:
    """Fresh planner statistics for a PostgreSQL corpus. An installation
    grows a little at a time and autovacuum's ANALYZE keeps up; a corpus is
    written in minutes and measured at once, before autovacuum has come by.
    Seen without it (2026-12-08, 10k): the pages of a site estimated at 1 row
    instead of 20,000, and a document search planned as a nested loop over
    all of them, 1.4 s instead of 30 ms."""
    if corpus.database != "postgres":
        return
    started = time.perf_counter()
    with psycopg.connect(corpus.database_url, autocommit=True) as conn:
        conn.execute("ANALYZE")
    log(f"  {corpus.label}: analyzed in {time.perf_counter() - started:.1f} s")


def ensure(corpus: Corpus | PortalsCorpus, log=print) -> dict:
    report = existing(corpus)
    if report is not None:
        migrate(corpus, log)
        analyze(corpus, log)
        return {**report, "reused": True}
    report = build(corpus, log)
    analyze(corpus, log)
    return {**report, "reused": False}
