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


class _StoredCorpus:
    """Where a corpus lives, from its key ("1k", "portals100") and database:
    var/bench/<key>[-postgres]/ and, on PostgreSQL, newsroom_bench_<key>."""

    key: str
    database: str  # "sqlite" or "postgres"

    @property
    def name(self) -> str:
        return self.key if self.database == "sqlite" else f"{self.key}-postgres"

    @property
    def var_dir(self) -> Path:
        return BENCH_DIR / self.name

    @property
    def database_name(self) -> str:
        return f"newsroom_bench_{self.key}"

    @property
    def database_url(self) -> str:
        if self.database == "sqlite":
            return f"sqlite:///{self.var_dir / 'db.sqlite3'}"
        return f"{POSTGRES_SERVER}/{self.database_name}"

    @property
    def database_label(self) -> str:
        return "SQLite" if self.database == "sqlite" else "PostgreSQL"


@dataclass(frozen=True)
class Corpus(_StoredCorpus):
    """One portal with 1k, 10k or 100k articles."""

    size_key: str  # "1k"
    database: str  # "sqlite" or "postgres"

    @property
    def key(self) -> str:
        return self.size_key

    @property
    def size(self) -> int:
        return SIZES[self.size_key]

    @property
    def label(self) -> str:
        return f"{self.size_key} {self.database_label}"


# The installation the product serves: a province and its communes.
PORTALS = 100
ARTICLES_PER_PORTAL = 1_000


PROVINCE_HOST = "tinh.bench.localhost"


def portal_host(number: int) -> str:
    """The host name of the portals corpus's portal ``number``: 0 is the
    province's (the default site), 1 and up its communes'."""
    return PROVINCE_HOST if number == 0 else f"xa-{number:03d}.bench.localhost"


@dataclass(frozen=True)
class PortalsCorpus(_StoredCorpus):
    """A province portal and ``portals - 1`` commune portals (Wagtail Sites),
    each with ``per_portal`` articles. The full size is portals100; a reduced
    one (BENCH_PORTALS_COUNT, BENCH_PORTALS_ARTICLES) gets a directory and a
    database of its own, portals<N>x<M>, and never replaces it."""

    portals: int
    per_portal: int
    database: str

    @property
    def key(self) -> str:
        if (self.portals, self.per_portal) == (PORTALS, ARTICLES_PER_PORTAL):
            return f"portals{self.portals}"
        return f"portals{self.portals}x{self.per_portal}"

    @property
    def size(self) -> int:
        return self.portals * self.per_portal

    @property
    def label(self) -> str:
        return (
            f"{self.portals} portals × {self.per_portal:,} articles "
            f"{self.database_label}"
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
    portals: bool = True  # 100 portals against one portal (off in quick mode)
    portal_count: int = PORTALS
    articles_per_portal: int = ARTICLES_PER_PORTAL

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
            portals=os.environ.get("BENCH_PORTALS", "0" if quick else "1") != "0",
            portal_count=int(os.environ.get("BENCH_PORTALS_COUNT", str(PORTALS))),
            articles_per_portal=int(
                os.environ.get("BENCH_PORTALS_ARTICLES", str(ARTICLES_PER_PORTAL))
            ),
        )

    def portals_corpus(self, database: str) -> PortalsCorpus:
        return PortalsCorpus(self.portal_count, self.articles_per_portal, database)


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
            # Subdomains of localhost: the portals corpus's hosts (Host header).
            "ALLOWED_HOSTS": "127.0.0.1,localhost,.localhost",
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
