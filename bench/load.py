"""Load from wrk, and small single-request probes (time to first byte)."""

import http.client
import json
import os
import shutil
import statistics
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

LUA_DIR = Path(__file__).resolve().parent / "lua"
MARK = "BENCH-JSON "


class LoadError(RuntimeError):
    pass


@dataclass(frozen=True)
class WrkResult:
    requests: int
    seconds: float
    bytes: int
    errors: dict
    latency_ms: dict  # p50, p90, p95, p99, mean, max
    extra: dict

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def failed(self) -> int:
        """Non-2xx/3xx answers, timeouts and socket errors."""
        return sum(self.errors.values())

    @property
    def bytes_per_response(self) -> float:
        return self.bytes / self.requests if self.requests else 0.0


def parse(output: str) -> WrkResult:
    """The figures of one wrk run, from the line our Lua done() prints."""
    for line in output.splitlines():
        if line.startswith(MARK):
            data = json.loads(line[len(MARK) :])
            break
    else:
        raise LoadError("wrk printed no BENCH-JSON line:\n" + output[-2000:])
    latency = {
        key: round(value / 1000, 2) for key, value in data.pop("latency_us").items()
    }
    return WrkResult(
        requests=data.pop("requests"),
        seconds=data.pop("duration_us") / 1_000_000,
        bytes=data.pop("bytes"),
        errors=data.pop("errors"),
        latency_ms=latency,
        extra=data,
    )


def wrk_path() -> str:
    found = shutil.which("wrk")
    if not found:
        raise LoadError("wrk is not installed (apt-get install wrk).")
    return found


def wrk(
    url: str,
    *,
    duration: float,
    connections: int,
    threads: int,
    headers: dict | None = None,
    script: str = "report.lua",
    script_args: tuple = (),
    timeout: float = 10,
) -> WrkResult:
    command = [
        wrk_path(),
        f"-t{threads}",
        f"-c{connections}",
        f"-d{duration}s",
        f"--timeout={timeout}s",
        "-s",
        str(LUA_DIR / script),
    ]
    for name, value in (headers or {}).items():
        command += ["-H", f"{name}: {value}"]
    command.append(url)
    if script_args:
        command += ["--", *map(str, script_args)]
    env = {**os.environ, "BENCH_LUA_DIR": str(LUA_DIR)}
    done = subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=duration + 120
    )
    if done.returncode != 0:
        raise LoadError(f"wrk failed ({done.returncode}): {done.stderr[-2000:]}")
    return parse(done.stdout)


@dataclass(frozen=True)
class Probe:
    status: int
    ttfb_ms: float
    total_ms: float
    body_bytes: int
    headers: dict
    body: bytes


def probe(
    url: str, headers: dict | None = None, method="GET", body=None, timeout=60
) -> Probe:
    """One request on a new connection; the time to the first byte of the
    answer and the size of its body."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    try:
        connection.connect()
        started = time.perf_counter()
        connection.request(method, target, body=body, headers=headers or {})
        response = connection.getresponse()  # returns once the status line is read
        first = time.perf_counter()
        data = response.read()
        finished = time.perf_counter()
        return Probe(
            status=response.status,
            ttfb_ms=(first - started) * 1000,
            total_ms=(finished - started) * 1000,
            body_bytes=len(data),
            headers={k.lower(): v for k, v in response.getheaders()},
            body=data,
        )
    finally:
        connection.close()


def probe_many(url: str, count: int, headers: dict | None = None) -> dict:
    """Median time to first byte of ``count`` sequential requests (no other
    load), and the body size."""
    probes = [probe(url, headers) for _ in range(count)]
    bad = [p.status for p in probes if p.status >= 400]
    if bad:
        raise LoadError(f"{url} answered {bad[0]}")
    return {
        "ttfb_ms": round(statistics.median(p.ttfb_ms for p in probes), 2),
        "total_ms": round(statistics.median(p.total_ms for p in probes), 2),
        "body_bytes": probes[-1].body_bytes,
        "encoding": probes[-1].headers.get("content-encoding", "identity"),
    }
