"""What a benchmark run uses: corpora, ports, durations, and the environment
every process it starts gets. Read from BENCH_* variables once, here."""

import os
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = Path(os.environ.get("BENCH_DIR", str(ROOT / "var" / "bench")))
PYTHON = sys.executable
# Never 8000/8001 (make run uses them).
FIRST_PORT = int(os.environ.get("BENCH_PORT", "8501"))
POSTGRES_SERVER = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/7")
SIZES = {"1k": 1_000, "10k": 10_000, "100k": 100_000}


def flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Corpus:
    size_key: str  # "1k"
    database: str  # "sqlite" or "postgres"

    @property
    def size(self) -> int:
        return SIZES[self.size_key]

    @property
    def name(self) -> str:
        return (
            self.size_key if self.database == "sqlite" else f"{self.size_key}-postgres"
        )

    @property
    def var_dir(self) -> Path:
        return BENCH_DIR / self.name

    @property
    def database_name(self) -> str:
        return f"newsroom_bench_{self.size_key}"

    @property
    def database_url(self) -> str:
        if self.database == "sqlite":
            return f"sqlite:///{self.var_dir / 'db.sqlite3'}"
        return f"{POSTGRES_SERVER}/{self.database_name}"

    @property
    def label(self) -> str:
        return (
            f"{self.size_key} {'SQLite' if self.database == 'sqlite' else 'PostgreSQL'}"
        )


@dataclass(frozen=True)
class Plan:
    quick: bool
    databases: tuple[str, ...]
    main_size: str
    growth_sizes: tuple[str, ...]
    repeat: int
    duration: int  # seconds per wrk run
    connections: int
    threads: int
    workers: int
    slow_limit: float  # seconds: a case slower than this for one request is not loaded
    skip: tuple[str, ...] = ()  # corpus names left out of the growth cases
    main: bool = True  # the main cases (off: growth only)
    servers: bool = True  # gunicorn against granian, beside the main cases

    @classmethod
    def from_env(cls) -> "Plan":
        quick = flag("BENCH_QUICK")
        databases = tuple(
            os.environ.get(
                "BENCH_DATABASES", "sqlite" if quick else "sqlite,postgres"
            ).split(",")
        )
        growth = () if quick else ("1k", "10k", "100k")
        growth = tuple(
            s for s in os.environ.get("BENCH_SIZES", ",".join(growth)).split(",") if s
        )
        return cls(
            quick=quick,
            databases=databases,
            main_size="1k",
            growth_sizes=growth,
            repeat=int(os.environ.get("BENCH_REPEAT", "2" if quick else "3")),
            duration=int(os.environ.get("BENCH_DURATION", "3" if quick else "5")),
            connections=int(os.environ.get("BENCH_CONNECTIONS", "16")),
            threads=int(os.environ.get("BENCH_THREADS", "2")),
            workers=int(os.environ.get("BENCH_WORKERS", str(default_workers()))),
            slow_limit=float(os.environ.get("BENCH_SLOW_LIMIT", "10")),
            skip=tuple(s for s in os.environ.get("BENCH_SKIP", "").split(",") if s),
            main=os.environ.get("BENCH_MAIN", "1") != "0",
            servers=os.environ.get("BENCH_SERVERS", "1") != "0",
        )


def default_workers() -> int:
    """One sync worker per core plus one. The work is CPU-bound Python (the
    GIL makes threads no faster); the extra worker runs while another waits on
    the database, Redis or the network. More workers only add memory and
    context switches on a machine this small."""
    return (os.cpu_count() or 1) + 1


def django_env(
    corpus: Corpus, *, cache_prefix: str, redis: bool = True, **extra
) -> dict:
    """A production-like environment (DEBUG off, production settings) served
    over plain HTTP on 127.0.0.1, for one corpus."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(
            ("DJANGO_", "DATABASE_", "REDIS_", "STATS_", "VAR_DIR", "STATIC_", "MEDIA_")
        )
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "bench.settings",
            "PYTHONPATH": str(ROOT),
            "DEBUG": "false",
            "SECRET_KEY": "benchmark-only-not-a-secret-" + "x" * 32,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "false",
            "SECURE_HSTS_SECONDS": "0",
            "VAR_DIR": str(corpus.var_dir),
            "DATABASE_URL": corpus.database_url,
            "DATABASE_CONN_MAX_AGE": "60",
            "CACHE_KEY_PREFIX": cache_prefix,
            "LOG_LEVEL": "WARNING",
            "TRUSTED_PROXY_COUNT": "1",
            "BENCH_PROGRESS": os.environ.get("BENCH_PROGRESS", "1"),
        }
    )
    if redis:
        env["REDIS_URL"] = REDIS_URL
    env.update({key: str(value) for key, value in extra.items()})
    return env
