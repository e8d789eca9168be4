"""A soak run: the corpus, both servers started with the soak's logs, the two
wrk processes at once while memory is sampled, then the figures gathered."""

import random
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import redis

from .. import config, corpora, load, machine, servers, suite
from ..__main__ import log
from ..config import Corpus
from .logs import ACCESS_LOG_FORMAT, failed_requests, granian_logging, scan_log
from .memory import Sampler, memory_growth
from .plan import SOAK_DIR, SoakPlan
from .report import problems
from .traffic import api_requests, catalogue, reader_requests


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


def _redis_ready(url: str) -> bool:
    """The soak's own Redis database, emptied; False without Redis."""
    try:
        redis.Redis.from_url(url).flushdb()
        return True
    except redis.RedisError as exc:
        log(f"  Redis unreachable ({exc}): file cache, database statistics.")
        return False


def start_servers(corpus: Corpus, plan: SoakPlan, run_id: str, log_dir: Path):
    reader_url = f"http://127.0.0.1:{plan.port + 1}"
    extra = {"FRONTEND_URL": reader_url, "BENCH_PROGRESS": "0"}
    if _redis_ready(plan.redis_url):
        extra["REDIS_URL"] = plan.redis_url
    env = config.django_env(corpus, cache_prefix=f"soak-{run_id}", redis=False, **extra)
    group = {}
    try:
        log(f"  starting the CMS on :{plan.port}")
        group["cms"] = servers.granian(
            "cms",
            "backend.wsgi:application",
            plan.port,
            env,
            workers=plan.workers,
            log_dir=log_dir,
            ready_path="/api/v1/site/",
            access_log=True,
            log_config=granian_logging(log_dir / "cms"),
            access_log_format=ACCESS_LOG_FORMAT,
        )
        log(f"  starting the reader site on :{plan.port + 1}")
        group["reader"] = servers.granian(
            "reader",
            "frontend.wsgi:app",
            plan.port + 1,
            {**env, "CMS_API_URL": group["cms"].url + "/api/v1"},
            workers=plan.workers,
            log_dir=log_dir,
            ready_path="/",
            access_log=True,
            log_config=granian_logging(log_dir / "reader"),
            access_log_format=ACCESS_LOG_FORMAT,
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
                script_args=(requests_file, suite.next_tag()),
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
