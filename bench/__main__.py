"""`make bench` (`python -m bench`): builds or reuses the corpora, starts the
servers, loads them with wrk and writes the figures to var/bench/results/
(JSON, and Markdown tables for docs/benchmarks.md).

BENCH_QUICK=1: 1k articles, SQLite only, two short repetitions. Other knobs:
BENCH_DATABASES (sqlite,postgres), BENCH_SIZES (growth: 1k,10k,100k),
BENCH_REPEAT, BENCH_DURATION (seconds per run), BENCH_CONNECTIONS,
BENCH_THREADS, BENCH_WORKERS, BENCH_PORT (first of six ports, 8501),
BENCH_SERVERS=0 (no gunicorn/granian comparison), BENCH_SLOW_LIMIT (seconds;
a case slower than this for one request is reported, not loaded), BENCH_SKIP
(corpus names such as 100k-postgres to leave out of the growth cases),
BENCH_MAIN=0 (growth cases only), BENCH_BUILD_ONLY=1 (build or migrate the
corpora and stop: building loads the machine, measuring needs it quiet),
BENCH_PORTALS=0 (no 100-portal group; off in quick mode), BENCH_PORTALS_COUNT
and BENCH_PORTALS_ARTICLES (a reduced portals corpus, e.g. 10 and 50, to try
the group).
"""

import json
import os
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime

from . import config, corpora, machine, report, suite
from .config import Corpus, Plan


def log(message: str) -> None:
    print(message, flush=True)


def ensure_wrk() -> None:
    """wrk is a Debian package; install it when missing and we may."""
    if shutil.which("wrk"):
        return
    if os.geteuid() != 0:
        sys.exit("wrk is missing: sudo apt-get install wrk")
    log("Installing wrk (apt-get) …")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True, env=env)


def main() -> int:
    started = time.monotonic()
    plan = Plan.from_env()
    ensure_wrk()
    run_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    out_dir = config.BENCH_DIR / "results"
    log_dir = config.BENCH_DIR / "logs" / run_id
    out_dir.mkdir(parents=True, exist_ok=True)
    results = {
        "run": run_id,
        "plan": plan.__dict__,
        "machine": machine.describe(),
        "load_before": machine.load_average(),
        "corpora": {},
        "main": {},
        "growth": {},
        "servers": {},
        "portals": {},
    }
    log(f"Benchmark {run_id}: {plan}")
    log(f"  load average before: {results['load_before']}")

    wanted = [
        Corpus(plan.main_size, db) for db in plan.databases if plan.main or plan.servers
    ]
    wanted += [
        Corpus(size, db)
        for db in plan.databases
        for size in plan.growth_sizes
        if (size != plan.main_size or not (plan.main or plan.servers))
        and Corpus(size, db).name not in plan.skip
    ]
    portal_dbs = [
        db
        for db in plan.databases
        if plan.portals and plan.portals_corpus(db).name not in plan.skip
    ]
    for db in portal_dbs:
        wanted += [
            corpus
            for corpus in (Corpus("1k", db), plan.portals_corpus(db))
            if corpus not in wanted
        ]
    for corpus in wanted:
        report_ = corpora.ensure(corpus, log)
        results["corpora"][corpus.name] = report_
        state = (
            "reused" if report_["reused"] else f"built in {report_['wall_seconds']} s"
        )
        log(f"Corpus {corpus.label}: {state}")
    if config.flag("BENCH_BUILD_ONLY"):
        log("BENCH_BUILD_ONLY: corpora ready, nothing measured")
        return 0

    measuring = time.monotonic()
    for db in plan.databases if plan.main else ():
        corpus = Corpus(plan.main_size, db)
        log(f"Main cases, {corpus.label}")
        results["main"][db] = suite.run_main(corpus, plan, log, log_dir)
    for db in plan.databases if plan.servers else ():
        corpus = Corpus(plan.main_size, db)
        log(f"Servers, gunicorn and granian, {corpus.label}")
        results["servers"][db] = suite.run_servers(corpus, plan, log, log_dir)
    for db in plan.databases:
        for size in plan.growth_sizes:
            corpus = Corpus(size, db)
            if corpus.name in plan.skip:
                log(f"Growth, {corpus.label}: skipped (BENCH_SKIP)")
                continue
            log(f"Growth, {corpus.label}")
            results["growth"].setdefault(db, {})[size] = suite.run_growth(
                corpus, plan, log, log_dir
            )
    for db in portal_dbs:
        corpus = plan.portals_corpus(db)
        baselines = {"1k": Corpus("1k", db)}
        large = Corpus("100k", db)
        if "100k" in plan.growth_sizes and large.name not in plan.skip:
            baselines["100k"] = large  # built for the growth cases anyway
        log(f"Portals, {corpus.label} against one portal")
        results["portals"][db] = suite.run_portals(
            corpus, baselines, plan, log, log_dir
        )
    results["load_after"] = machine.load_average()
    results["measuring_seconds"] = round(time.monotonic() - measuring)
    results["total_seconds"] = round(time.monotonic() - started)

    json_path = out_dir / f"{run_id}.json"
    json_path.write_text(json.dumps(results, ensure_ascii=False, indent=2))
    markdown = report.render(results)
    (out_dir / f"{run_id}.md").write_text(markdown)
    (out_dir / "latest.md").write_text(markdown)
    log("")
    log(markdown)
    log(f"Results: {json_path} and {out_dir / 'latest.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
