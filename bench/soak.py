"""`make soak` (`python -m bench.soak`): a few minutes of readers' traffic on
the public API and the reader site at once, counting every error and following
each server's memory. Exits 1 when a request failed, a traceback or a worker
timeout was logged, or a server died.

It reuses the benchmark's parts: the 1k corpus (bench/corpora.py), gunicorn
with production settings (bench/servers.py), wrk with a Lua script
(bench/load.py, bench/lua/soak.lua). Results go to var/bench/soak/<run>.json
and <run>.md (and latest.md); docs/soak.md explains how to read them.

Knobs: SOAK_SECONDS (180), SOAK_CONNECTIONS (16, shared by the two targets),
SOAK_WORKERS (cores + 1, per server), SOAK_PORT (8601, and the next one),
SOAK_SAMPLE_SECONDS (5), SOAK_WARMUP (0.2 of the run), SOAK_DATABASE (sqlite
or postgres), SOAK_REDIS_URL (redis://127.0.0.1:6379/8, emptied by every run).
"""

import contextlib
import json
import os
import random
import re
import shlex
import statistics
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

import redis

from . import config, corpora, load, machine, report, servers, suite
from .__main__ import ensure_wrk, log
from .config import Corpus

PROC = Path("/proc")
SOAK_DIR = config.BENCH_DIR / "soak"
TRACEBACK = "Traceback (most recent call last):"
# Status, request line, worker pid, time, milliseconds: no reader's address.
ACCESS_LOG_FORMAT = '%(s)s "%(r)s" %(p)s %(t)s %(M)s'
CHAINED = (
    "During handling of the above exception",
    "The above exception was the direct cause",
)
# gunicorn's own lines at ERROR or above: a worker timed out, was killed or
# exited abnormally.
GUNICORN_ERROR = re.compile(r"^\[[^]]+\] \[\d+\] \[(ERROR|CRITICAL)\] ")
# Pairs of the same words with and without diacritics: readers type both.
SEARCHES = (
    "cải cách hành chính",
    "cai cach hanh chinh",
    "chuyển đổi số",
    "chuyen doi so",
    "nông thôn mới",
    "nong thon moi",
    "ruộng bậc thang",
    "ruong bac thang",
    "mật ong",
    "mat ong",
    "Hòa Sơn",
    "hoa son",
    "OCOP",
)


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


# Memory ------------------------------------------------------------------------


def status_kb(text: str, field: str) -> int | None:
    """A ``<field>: <n> kB`` line of /proc/<pid>/status or smaps_rollup."""
    match = re.search(rf"^{re.escape(field)}:\s+(\d+) kB$", text, re.MULTILINE)
    return int(match.group(1)) if match else None


def parent_pid(stat_text: str) -> int:
    """The parent's pid from /proc/<pid>/stat. The command name (second
    field) is in parentheses and may hold spaces and parentheses itself."""
    return int(stat_text.rsplit(")", 1)[1].split()[1])


def process_tree(root: int, proc: Path = PROC) -> list[int]:
    """``root`` and every process descended from it (gunicorn's master and
    its workers), read from the parents recorded in /proc."""
    children: dict[int, list[int]] = {}
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = parent_pid((entry / "stat").read_text())
        except (OSError, IndexError, ValueError):
            continue  # gone since the listing
        children.setdefault(ppid, []).append(int(entry.name))
    tree, pending = [], [root]
    while pending:
        pid = pending.pop()
        tree.append(pid)
        pending.extend(children.get(pid, ()))
    return sorted(tree)


def tree_memory(root: int, proc: Path = PROC) -> dict:
    """RSS and PSS of a process tree, in kB. RSS counts the pages the
    workers share with the master (--preload) once per process; PSS divides
    each shared page among its sharers, so its sum is what the tree takes."""
    rss = pss = 0
    pids = []
    for pid in process_tree(root, proc):
        try:
            status = (proc / str(pid) / "status").read_text()
        except OSError:
            continue
        pids.append(pid)
        rss += status_kb(status, "VmRSS") or 0
        with contextlib.suppress(OSError):
            pss += status_kb((proc / str(pid) / "smaps_rollup").read_text(), "Pss") or 0
    return {"pids": pids, "rss_kb": rss, "pss_kb": pss}


def memory_growth(samples: list[dict], key: str, warmup_until: float) -> dict:
    """Growth of ``key`` (kB) from the first sample after the warm-up to the
    last one, and the least-squares slope over those samples."""
    after = [s for s in samples if s["t"] >= warmup_until and s.get(key)]
    if not after:
        return {"baseline_mb": None, "end_mb": None, "growth_mb": None}
    first, last = after[0][key], after[-1][key]
    slope = None
    if len({s["t"] for s in after}) > 1:
        slope = statistics.linear_regression(
            [s["t"] for s in after], [s[key] for s in after]
        ).slope
    return {
        "baseline_mb": round(first / 1024, 1),
        "end_mb": round(last / 1024, 1),
        "peak_mb": round(max(s[key] for s in after) / 1024, 1),
        "growth_mb": round((last - first) / 1024, 1),
        "growth_pct": round((last - first) / first * 100, 1),
        "slope_mb_per_min": None if slope is None else round(slope * 60 / 1024, 2),
    }


class Sampler(threading.Thread):
    """Every ``interval`` seconds, each server's tree memory and whether its
    master still runs."""

    def __init__(self, group: dict[str, servers.Server], interval: float):
        super().__init__(daemon=True)
        self.group = group
        self.interval = interval
        self.samples: dict[str, list[dict]] = {name: [] for name in group}
        self.died: dict[str, float] = {}
        self.started = time.monotonic()
        self.stopping = threading.Event()

    def take(self) -> None:
        now = round(time.monotonic() - self.started, 1)
        for name, server in self.group.items():
            if server.process.poll() is not None:
                self.died.setdefault(name, now)
                continue
            self.samples[name].append({"t": now, **tree_memory(server.process.pid)})

    def run(self) -> None:
        while not self.stopping.wait(self.interval):
            self.take()

    def stop(self) -> None:
        self.stopping.set()
        self.join()
        self.take()


# Errors -------------------------------------------------------------------------


def scan_log(text: str, examples: int = 3) -> dict:
    """Tracebacks (from the application, through --capture-output) and
    gunicorn's ERROR and CRITICAL lines (worker timeouts, killed workers). A
    chained traceback ("During handling of the above exception …") is one
    error, shown as the line before it (Django: "Internal Server Error:
    /path") and its last exception."""
    lines = text.splitlines()
    errors: list[list[str]] = []  # [what failed, how]
    previous = ""
    for i, line in enumerate(lines):
        if line.startswith(TRACEBACK):
            end = i + 1
            while end < len(lines) and lines[end].startswith((" ", "\t")):
                end += 1
            how = lines[end] if end < len(lines) else ""
            if previous.startswith(CHAINED) and errors:
                errors[-1][1] = how
            else:
                errors.append([lines[i - 1] if i else "", how])
        if line.strip():
            previous = line
    worker_errors = [line for line in lines if GUNICORN_ERROR.match(line)]
    return {
        "tracebacks": len(errors),
        "worker_errors": len(worker_errors),
        "errors": len(errors) + len(worker_errors),
        "examples": [
            "\n".join(part for part in error if part) for error in errors[:examples]
        ]
        + worker_errors[:examples],
    }


def failed_requests(access_log: str, limit: int = 10) -> dict[str, int]:
    """The requests answered 4xx or 5xx, most frequent first, from an access
    log whose lines start with the status and then the quoted request line
    (ACCESS_LOG_FORMAT)."""
    counts: dict[str, int] = {}
    for line in access_log.splitlines():
        status, _, rest = line.partition(" ")
        if status.isdigit() and int(status) >= 400:
            key = status + " " + rest.split('"')[1]
            counts[key] = counts.get(key, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return dict(ranked[:limit])


def target_figures(result: load.WrkResult) -> dict:
    """One wrk run's figures. Failed: answers other than 2xx and 3xx,
    connect, read and write errors, timeouts."""
    return {
        "requests": result.requests,
        "seconds": round(result.seconds, 1),
        "rps": round(result.rps, 1),
        "latency_ms": result.latency_ms,
        "errors": result.errors,
        "failed": result.failed,
        "statuses": dict(
            sorted(result.extra.get("statuses", {}).items(), key=lambda s: s[0])
        ),
    }


def problems(results: dict) -> list[str]:
    """Why the soak failed; empty when it passed. Memory growth is reported,
    never failed: a few minutes cannot tell a leak from caches filling."""
    found = []
    for name, target in results["targets"].items():
        if "error" in target:
            found.append(f"{name}: wrk did not finish ({target['error']})")
        elif target["failed"]:
            kinds = ", ".join(f"{k} {v}" for k, v in target["errors"].items() if v)
            found.append(f"{name}: {target['failed']} failed requests ({kinds})")
    for name, scanned in results["logs"].items():
        if scanned["errors"]:
            found.append(
                f"{name}: {scanned['tracebacks']} tracebacks and "
                f"{scanned['worker_errors']} worker errors in its log"
            )
    for name, server in results["servers"].items():
        if not server["alive"]:
            found.append(f"{name}: died or stopped answering")
    return found


def exit_status(found: list[str]) -> int:
    return 1 if found else 0


# Traffic ---------------------------------------------------------------------------


def _get(url: str) -> dict:
    answer = load.probe(url)
    if answer.status != 200:
        raise load.LoadError(f"{url} answered {answer.status}: {answer.body[:300]!r}")
    return json.loads(answer.body)


def _flatten(sections: list[dict]) -> list[dict]:
    found = []
    for section in sections:
        found.append(section)
        found += _flatten(section.get("children", []))
    return found


def catalogue(api_url: str) -> dict:
    """What the corpus holds, read through the public API."""
    articles, page = [], 1
    while True:
        listing = _get(f"{api_url}/articles/?page={page}&page_size=50")
        articles += listing["results"]
        if page >= listing["num_pages"]:
            break
        page += 1
    stories = _get(f"{api_url}/photo-stories/?page_size=50")["results"]
    sections = _flatten(_get(f"{api_url}/sections/")["results"])
    for section in sections:
        # Pages of 20, as the reader site lists them: a page past the last is
        # a 404, which the soak must not ask for.
        listing = _get(f"{api_url}/articles/?section={section['id']}&page_size=20")
        section["num_pages"] = listing["num_pages"]
    searches = {
        query: _get(f"{api_url}/search/?{_search_query(query)}")["num_pages"]
        for query in SEARCHES
    }
    return {
        "articles": articles,
        "photo_stories": stories,
        "sections": sections,
        "searches": searches,
    }


def popular(items: list[dict], rng: random.Random) -> list[dict]:
    """As many draws as there are items, the newest first in popularity
    (Zipf: the n-th newest is read 1/n as often as the newest). About the
    ten newest take two draws in five and most of the archive is read
    now and then, so caches see both hits and misses."""
    weights = [1 / rank for rank in range(1, len(items) + 1)]
    return rng.choices(items, weights=weights, k=len(items))


def _search_query(query: str, page: int = 1) -> str:
    return f"q={quote(query)}" + (f"&page={page}" if page > 1 else "")


def api_requests(found: dict, rng: random.Random) -> list[str]:
    """One round of the API's traffic, shuffled: article details by
    popularity, a beacon for two page views in three, lists, searches, and
    the small answers the reader site and apps ask for often."""
    articles, stories = found["articles"], found["photo_stories"]
    sections = found["sections"]
    read = popular(articles, rng) + stories
    lines = [
        f"GET\t/api/v1/{'articles' if a['type'] == 'article' else 'photo-stories'}"
        f"/{a['id']}/"
        for a in read
    ]
    viewed = [item["path"] for item in read] + [s["path"] for s in sections]
    viewed += ["/"] * (len(read) // 10)
    lines += [
        "POST\t/api/v1/stats/hits/\t" + json.dumps({"path": path})
        for path in rng.sample(viewed, k=len(viewed) * 2 // 3)
    ]
    lines += [f"GET\t/api/v1/articles/?page={n}" for n in range(1, 11)] * 3
    lines += [
        f"GET\t/api/v1/articles/?section={s['id']}" + (f"&page={n}" if n > 1 else "")
        for s in sections
        for n in range(1, min(3, s["num_pages"]) + 1)
    ]
    lines += ["GET\t/api/v1/photo-stories/?page_size=4"] * 10
    lines += [
        f"GET\t/api/v1/search/?{_search_query(q, page)}"
        for q, pages in found["searches"].items()
        for page in range(1, min(2, pages) + 1)
    ]
    lines += ["GET\t/api/v1/sections/", "GET\t/api/v1/site/"] * 20
    lines += ["GET\t/api/v1/stats/", "GET\t/api/v1/stats/most-read/"] * 20
    rng.shuffle(lines)
    return lines


def reader_requests(found: dict, rng: random.Random) -> list[str]:
    """One round of the reader site's traffic, shuffled: article pages by
    popularity, the home page about one request in ten, section pages (up to
    the third) and searches."""
    read = popular(found["articles"], rng) + found["photo_stories"]
    lines = [f"GET\t{item['path']}" for item in read]
    lines += ["GET\t/"] * (len(read) // 9)
    lines += [
        f"GET\t{s['path']}" + (f"?page={n}" if n > 1 else "")
        for s in found["sections"]
        for n in range(1, min(3, s["num_pages"]) + 1)
    ] * 3
    lines += [
        f"GET\t/tim-kiem/?{_search_query(q, page)}"
        for q, pages in found["searches"].items()
        for page in range(1, min(2, pages) + 1)
    ]
    rng.shuffle(lines)
    return lines


# The run ---------------------------------------------------------------------------


def _redis_ready(url: str) -> bool:
    """The soak's own Redis database, emptied; False without Redis."""
    try:
        redis.Redis.from_url(url).flushdb()
        return True
    except redis.RedisError as exc:
        log(f"  Redis unreachable ({exc}): file cache, database statistics.")
        return False


def gunicorn_logging(prefix: Path) -> str:
    """gunicorn options (GUNICORN_CMD_ARGS: bench/servers.py sets the rest)
    for the soak's logs: the application's stderr, where Django and Flask log
    every traceback, into the error log; and an access log, to tell which
    requests failed, in which worker and when."""
    return shlex.join(
        [
            "--capture-output",
            "--access-logfile",
            f"{prefix}-access.log",
            "--access-logformat",
            ACCESS_LOG_FORMAT,
        ]
    )


def start_servers(corpus: Corpus, plan: SoakPlan, run_id: str, log_dir: Path):
    reader_url = f"http://127.0.0.1:{plan.port + 1}"
    extra = {"FRONTEND_URL": reader_url, "BENCH_PROGRESS": "0"}
    if _redis_ready(plan.redis_url):
        extra["REDIS_URL"] = plan.redis_url
    env = config.django_env(corpus, cache_prefix=f"soak-{run_id}", redis=False, **extra)
    group = {}
    try:
        log(f"  starting the CMS on :{plan.port}")
        group["cms"] = servers.gunicorn(
            "cms",
            "backend.wsgi:application",
            plan.port,
            {**env, "GUNICORN_CMD_ARGS": gunicorn_logging(log_dir / "cms")},
            workers=plan.workers,
            log_dir=log_dir,
            ready_path="/api/v1/site/",
        )
        log(f"  starting the reader site on :{plan.port + 1}")
        group["reader"] = servers.gunicorn(
            "reader",
            "frontend.wsgi:app",
            plan.port + 1,
            {
                **env,
                "CMS_API_URL": group["cms"].url + "/api/v1",
                "GUNICORN_CMD_ARGS": gunicorn_logging(log_dir / "reader"),
            },
            workers=plan.workers,
            log_dir=log_dir,
            ready_path="/",
        )
    except BaseException:
        servers.stop_all(group.values())
        raise
    return group


def _alive(server: servers.Server) -> bool:
    if server.process.poll() is not None:
        return False
    try:
        return load.probe(server.url + server.idle_path, timeout=30).status < 500
    except OSError:
        return False


def _load(server: servers.Server, requests_file: Path, connections: int, plan):
    try:
        return target_figures(
            load.wrk(
                server.url + "/",
                duration=plan.seconds,
                connections=connections,
                threads=1,
                script="soak.lua",
                script_args=(requests_file, suite._next_tag()),
            )
        )
    except (load.LoadError, OSError) as exc:
        return {"error": str(exc)[-500:]}


def soak(plan: SoakPlan, run_id: str) -> dict:
    log_dir = SOAK_DIR / "logs" / run_id
    corpus = Corpus("1k", plan.database)
    results: dict = {
        "run": run_id,
        "plan": plan.__dict__,
        "machine": machine.describe(),
        "load_before": machine.load_average(),
    }
    built = corpora.ensure(corpus, log)
    results["corpus"] = {"name": corpus.name, **built}
    log(
        f"Corpus {corpus.label}: "
        + ("reused" if built["reused"] else f"built in {built['wall_seconds']} s")
    )
    group = start_servers(corpus, plan, run_id, log_dir)
    try:
        found = catalogue(group["cms"].url + "/api/v1")
        rng = random.Random(run_id)
        files = {
            "cms": (log_dir / "api-requests.txt", api_requests(found, rng)),
            "reader": (log_dir / "reader-requests.txt", reader_requests(found, rng)),
        }
        for path, lines in files.values():
            path.write_text("\n".join(lines) + "\n")
        results["requests_per_round"] = {
            name: len(lines) for name, (_, lines) in files.items()
        }
        sampler = Sampler(group, plan.sample_seconds)
        sampler.take()  # idle, before the load
        sampler.start()
        log(
            f"  loading for {plan.seconds} s: API -c{plan.api_connections}, "
            f"reader site -c{plan.reader_connections}"
        )
        connections = {"cms": plan.api_connections, "reader": plan.reader_connections}
        with ThreadPoolExecutor(2) as pool:
            running = {
                name: pool.submit(
                    _load, group[name], files[name][0], connections[name], plan
                )
                for name in group
            }
            targets = {name: future.result() for name, future in running.items()}
        sampler.stop()
        for server in group.values():
            suite.drain(server, plan.workers)
        results["targets"] = {
            "api" if name == "cms" else "reader site": figures
            for name, figures in targets.items()
        }
        warmup_until = plan.seconds * plan.warmup
        results["servers"] = {}
        for name, server in group.items():
            samples = sampler.samples[name]
            results["servers"][name] = {
                "alive": name not in sampler.died and _alive(server),
                "died_at": sampler.died.get(name),
                "idle_mb": round(samples[0]["rss_kb"] / 1024, 1) if samples else None,
                "rss": memory_growth(samples, "rss_kb", warmup_until),
                "pss": memory_growth(samples, "pss_kb", warmup_until),
                "processes": sorted({len(s["pids"]) for s in samples}),
                "worker_pids_seen": len({p for s in samples for p in s["pids"]}) - 1,
                "samples": [
                    {
                        "t": s["t"],
                        "rss_mb": round(s["rss_kb"] / 1024, 1),
                        "pss_mb": round(s["pss_kb"] / 1024, 1),
                    }
                    for s in samples
                ],
            }
    finally:
        servers.stop_all(group.values())
    results["logs"] = {
        name: {
            **scan_log(server.log_path.read_text(errors="replace")),
            "failed_requests": failed_requests(
                (log_dir / f"{name}-access.log").read_text(errors="replace")
            ),
        }
        for name, server in group.items()
    }
    results["load_after"] = machine.load_average()
    results["problems"] = problems(results)
    return results


# Report ---------------------------------------------------------------------------


def render(results: dict) -> str:
    """The run as Markdown, for docs/soak.md."""
    plan, described = results["plan"], results["machine"]
    num = report._num
    lines = [
        f"### Soak run {results['run']}",
        "",
        f"- Machine: {described['cpu']}, {described['cores']} cores, "
        f"{described['memory_gb']} GB, Linux {described['kernel']}",
        "- Versions: "
        + ", ".join(f"{k} {v}" for k, v in described["versions"].items()),
        f"- Load average (1, 5, 15 min) before: {results['load_before']}; "
        f"after: {results['load_after']}",
        f"- Plan: {plan['seconds']} s of load, {plan['workers']} gunicorn sync "
        f"workers per server, {results['corpus']['name']} corpus, wrk -t1 "
        f"-c{plan['connections'] // 2} on the API and "
        f"-c{plan['connections'] - plan['connections'] // 2} on the reader site "
        f"at once; memory sampled every {plan['sample_seconds']:g} s, baseline "
        f"after the first {plan['warmup']:.0%}",
        "- Requests per round (then repeated): "
        + ", ".join(f"{k} {v}" for k, v in results["requests_per_round"].items()),
        "",
    ]
    rows = []
    for name, target in results["targets"].items():
        if "error" in target:
            rows.append([name, "wrk failed: " + target["error"]] + ["–"] * 4)
            continue
        latency = target["latency_ms"]
        errors = ", ".join(f"{k} {v}" for k, v in target["errors"].items() if v)
        rows.append(
            [
                name,
                num(target["requests"]),
                num(target["rps"]),
                " / ".join(num(latency[k]) for k in ("p50", "p99", "max")),
                f"**{target['failed']}** ({errors})" if target["failed"] else "0",
                ", ".join(f"{k}: {v}" for k, v in target["statuses"].items()),
            ]
        )
    lines.append(
        report._table(
            ["Target", "requests", "req/s", "p50 / p99 / max ms", "failed", "statuses"],
            rows,
        )
    )
    lines.append("")
    rows = []
    for name, server in results["servers"].items():
        rss, pss = server["rss"], server["pss"]
        scanned = results["logs"][name]
        rows.append(
            [
                name,
                "yes" if server["alive"] else "**no**",
                num(server["idle_mb"]),
                f"{num(rss['baseline_mb'])} → {num(rss['end_mb'])}",
                f"{num(rss['growth_mb'])} ({num(rss.get('growth_pct'))} %)",
                num(rss.get("slope_mb_per_min"), 2),
                f"{num(pss['baseline_mb'])} → {num(pss['end_mb'])}",
                f"{num(pss['growth_mb'])} ({num(pss.get('growth_pct'))} %)",
                f"{scanned['tracebacks']} / {scanned['worker_errors']}",
            ]
        )
    lines.append(
        report._table(
            [
                "Server",
                "alive",
                "idle RSS MB",
                "RSS MB (warm → end)",
                "RSS growth MB",
                "RSS MB/min",
                "PSS MB (warm → end)",
                "PSS growth MB",
                "tracebacks / worker errors",
            ],
            rows,
        )
    )
    lines.append("")
    for name, scanned in results["logs"].items():
        for example in scanned["examples"]:
            lines.append(f"- {name} log: `{example}`")
        for request, count in scanned["failed_requests"].items():
            lines.append(f"- {name} answered `{request}` {count} ×")
    verdict = results["problems"]
    lines.append(
        "**Failed**: " + "; ".join(verdict)
        if verdict
        else "**Passed**: no failed request, no traceback, both servers alive."
    )
    return "\n".join(lines) + "\n"


def main() -> int:
    plan = SoakPlan.from_env()
    ensure_wrk()
    run_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    log(f"Soak {run_id}: {plan}")
    results = soak(plan, run_id)
    SOAK_DIR.mkdir(parents=True, exist_ok=True)
    json_path = SOAK_DIR / f"{run_id}.json"
    json_path.write_text(json.dumps(results, ensure_ascii=False, indent=2))
    markdown = render(results)
    (SOAK_DIR / f"{run_id}.md").write_text(markdown)
    (SOAK_DIR / "latest.md").write_text(markdown)
    log("")
    log(markdown)
    log(f"Results: {json_path}")
    return exit_status(results["problems"])


if __name__ == "__main__":
    sys.exit(main())
