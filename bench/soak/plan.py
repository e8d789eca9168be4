"""What a soak run does, from the SOAK_* variables, and where it writes.

SOAK_SECONDS (180), SOAK_CONNECTIONS (16, shared by the two targets),
SOAK_WORKERS (cores + 1, per server), SOAK_PORT (8601, and the next one),
SOAK_SAMPLE_SECONDS (5), SOAK_WARMUP (0.2 of the run), SOAK_DATABASE (sqlite
or postgres), SOAK_REDIS_URL (redis://127.0.0.1:6379/8, emptied by every run).
"""

import os
from dataclasses import dataclass

from .. import config

# <run>.json, <run>.md, latest.md, and logs/<run>/ for the servers' logs and
# the request lists.
SOAK_DIR = config.BENCH_DIR / "soak"


@dataclass(frozen=True)
class SoakPlan:
    seconds: int
    connections: int  # both targets together
    workers: int
    port: int
    sample_seconds: float
    warmup: float  # share of the run before the memory baseline
    database: str
    redis_url: str

    @classmethod
    def from_env(cls) -> "SoakPlan":
        return cls(
            seconds=int(os.environ.get("SOAK_SECONDS", "180")),
            connections=max(2, int(os.environ.get("SOAK_CONNECTIONS", "16"))),
            workers=int(os.environ.get("SOAK_WORKERS", str(config.default_workers()))),
            port=int(os.environ.get("SOAK_PORT", "8601")),
            sample_seconds=float(os.environ.get("SOAK_SAMPLE_SECONDS", "5")),
            warmup=float(os.environ.get("SOAK_WARMUP", "0.2")),
            database=os.environ.get("SOAK_DATABASE", "sqlite"),
            redis_url=os.environ.get("SOAK_REDIS_URL", "redis://127.0.0.1:6379/8"),
        )

    @property
    def api_connections(self) -> int:
        return self.connections // 2

    @property
    def reader_connections(self) -> int:
        return self.connections - self.api_connections
