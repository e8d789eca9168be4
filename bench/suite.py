"""The cases. Each group runs against servers started for it, and its cases
are interleaved (case A, case B, … then again) so that a change in the
machine's load hits every case of a ratio alike; the median of the repetitions
is reported."""

import http.client
import itertools
import json
import statistics
import subprocess
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import quote

import redis

from . import config, load, servers
from .config import Corpus, Plan

SEARCH_MARKED = "cải cách hành chính"
SEARCH_PLAIN = "cai cach hanh chinh"
# As bench/documents.py builds them (that module needs Django; this one not).
DOCUMENT_NUMBER_QUERY = "15 2024 qd ubnd"
DOCUMENT_SUMMARY_QUERY = "chuyen doi so"
V2_LIST_FIELDS = "lead,display_date,hero_thumbnail"
STATIC_LIST = "/static/bench/articles.json"


@dataclass
class Case:
    name: str
    server: str  # key into the group's servers
    path: str
    connections: int
    headers: dict = field(default_factory=dict)
    script: str = "report.lua"
    script_args: tuple = ()


def _median(values):
    return round(statistics.median(values), 2) if values else None


def summarise(runs: list[load.WrkResult]) -> dict:
    """Medians over the repetitions of one case (latencies over the runs
    that completed a request)."""
    answered = [r for r in runs if r.requests]
    return {
        "rps": _median([r.rps for r in runs]),
        "p50_ms": _median([r.latency_ms["p50"] for r in answered]),
        "p95_ms": _median([r.latency_ms["p95"] for r in answered]),
        "p99_ms": _median([r.latency_ms["p99"] for r in answered]),
        "bytes": round(_median([r.bytes_per_response for r in answered]) or 0),
        "requests": sum(r.requests for r in runs),
        "failed": sum(r.failed for r in runs),
        "runs": [round(r.rps, 1) for r in runs],
    }


def preflight(case: Case, server: servers.Server, plan: Plan) -> dict:
    """One request alone before the load: its time, and whether the case can
    be loaded at all (an answer slower than BENCH_SLOW_LIMIT seconds is
    reported as such instead)."""
    if case.script != "report.lua":
        return {"single_ms": None}
    try:
        answer = load.probe(
            server.url + case.path, headers=case.headers, timeout=plan.slow_limit
        )
    except TimeoutError:
        return {"skipped": f"one request took over {plan.slow_limit:g} s"}
    except (OSError, http.client.HTTPException) as exc:
        return {"skipped": f"no answer ({exc.__class__.__name__}): worker timeout?"}
    if answer.status >= 400:
        return {"skipped": f"answered {answer.status}"}
    return {"single_ms": round(answer.total_ms, 1)}


# Increasing across runs too: a visitor seen in an earlier run on the same day
# would fall under the 30-minute reload rule.
_tags = itertools.count(int(time.time() * 10))


def next_tag() -> int:
    """A number no earlier run has used, for wrk scripts that make up readers."""
    return next(_tags)


def run_cases(cases: list[Case], group: dict, plan: Plan, log) -> dict:
    results: dict[str, list] = {case.name: [] for case in cases}
    checks = {}
    for case in cases:
        checks[case.name] = preflight(case, group[case.server], plan)
        drain(group[case.server], plan.workers)
        if "skipped" in checks[case.name]:
            log(f"    {case.name:<30} skipped: {checks[case.name]['skipped']}")
    for repetition in range(plan.repeat):
        for case in cases:
            if "skipped" in checks[case.name]:
                continue
            server = group[case.server]
            result = load.wrk(
                server.url + case.path,
                duration=plan.duration,
                connections=case.connections,
                threads=min(plan.threads, case.connections),
                headers=case.headers,
                script=case.script,
                # A fresh tag per run: every beacon is a new visitor.
                script_args=tuple(
                    next_tag() if arg == "TAG" else arg for arg in case.script_args
                ),
            )
            results[case.name].append(result)
            drain(server, plan.workers)
            log(
                f"    [{repetition + 1}/{plan.repeat}] {case.name:<24} "
                f"{result.rps:8.1f} req/s  p50 {result.latency_ms['p50']:8.1f} ms  "
                f"p99 {result.latency_ms['p99']:8.1f} ms"
                + (f"  FAILED {result.failed}" if result.failed else "")
            )
    return {
        name: {**checks[name], **(summarise(runs) if runs else {})}
        for name, runs in results.items()
    }


def drain(server: servers.Server, workers: int) -> None:
    """Wait until the server has worked through the requests wrk left behind:
    sync workers finish every request they accepted, even when its client
    is gone, and the next case must not start behind that backlog. Requests
    queue in the order they arrive, so ``workers`` requests sent now come
    back once the queue in front of them is empty."""
    from concurrent.futures import ThreadPoolExecutor

    def wait(_):
        # A worker restarted by gunicorn's timeout drops its connection: ask
        # again.
        for _attempt in range(3):
            try:
                return load.probe(server.url + server.idle_path)
            except (OSError, http.client.HTTPException):
                time.sleep(1)
        return None

    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(wait, range(workers)))


def _json(url: str, headers=None) -> tuple[dict, load.Probe]:
    answer = load.probe(url, headers=headers)
    if answer.status != 200:
        raise load.LoadError(f"{url} answered {answer.status}: {answer.body[:300]!r}")
    return json.loads(answer.body), answer


def _flush_redis(log) -> bool:
    try:
        redis.Redis.from_url(config.REDIS_URL).flushdb()
        return True
    except redis.RedisError as exc:
        log(f"  Redis unreachable ({exc}): file cache, no Redis statistics backend.")
        return False


def _start_cms(
    name, corpus, port, plan, log_dir, prefix, use_redis, start=None, **extra
):
    env = config.django_env(corpus, cache_prefix=prefix, redis=use_redis, **extra)
    return (start or servers.gunicorn)(
        name,
        "backend.wsgi:application",
        port,
        env,
        workers=plan.workers,
        log_dir=log_dir,
        ready_path="/api/v1/site/",
    )


def _search_path(query: str) -> str:
    return "/api/v1/search/?q=" + quote(query)


def _stats_total(server: servers.Server) -> dict:
    done = subprocess.run(
        [config.PYTHON, "-m", "bench.stats_total"],
        cwd=config.ROOT,
        env=server.env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def beacon_available(server: servers.Server, path: str) -> bool:
    answer = load.probe(
        server.url + "/api/v1/stats/hits/",
        method="POST",
        body=json.dumps({"path": path}).encode(),
        headers={
            "Content-Type": "application/json",
            "User-Agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36",
            "X-Forwarded-For": "192.0.2.1",
        },
    )
    return 200 <= answer.status < 300


def beacon_exact(server, paths_file: Path, rate: float, plan: Plan, log) -> dict:
    """Send a fixed number of beacons (a second and a half's worth), none left in
    flight when wrk stops, and compare the views recorded with the 2xx answers."""
    threads = plan.threads
    budget = max(20, int(rate * 1.5 / threads))
    expected_seconds = budget * threads / max(rate, 1)
    before = _stats_total(server)
    result = load.wrk(
        server.url + "/api/v1/stats/hits/",
        # Generous: the run ends when wrk's duration does, not when the last
        # beacon is answered, and every beacon must be answered by then.
        duration=int(expected_seconds * 3) + 5,
        # One connection more than there are workers keeps every worker busy
        # (concurrent increments); more only adds connections wrk abandons.
        connections=max(threads, plan.workers + 1),
        threads=threads,
        script="beacon.lua",
        script_args=(paths_file, next_tag(), budget),
    )
    drain(server, plan.workers)
    after = _stats_total(server)
    ok = result.extra["ok"]
    recorded = after["site_views"] - before["site_views"]
    page_recorded = after["page_views"] - before["page_views"]
    exact = recorded == ok == page_recorded
    log(
        f"    exact count, {server.name}: {ok} answers 2xx, {recorded} views recorded "
        f"(pages: {page_recorded}) -> {'exact' if exact else 'MISMATCH'}"
    )
    return {
        "wrk_errors": result.errors,
        "ok_2xx": ok,
        "site_views_recorded": recorded,
        "page_views_recorded": page_recorded,
        "exact": exact,
    }


def _write_ceiling(corpus: Corpus, listing: dict) -> Path:
    """The list's JSON as a file in STATIC_ROOT, which whitenoise serves as
    STATIC_LIST: the ceiling. Written before the server that serves it starts
    (whitenoise reads STATIC_ROOT when it starts)."""
    static_file = corpus.var_dir / "static" / STATIC_LIST.removeprefix("/static/")
    static_file.parent.mkdir(parents=True, exist_ok=True)
    static_file.write_bytes(
        json.dumps(listing, ensure_ascii=False, separators=(",", ":")).encode()
    )
    return static_file


def run_main(corpus: Corpus, plan: Plan, log, log_dir: Path) -> dict:
    """Every case at one size: the stock v2 baseline, cold and warm cache,
    304s, the static ceiling, search, the reader site and the beacon."""
    use_redis = _flush_redis(log)
    prefix = f"bench-{corpus.name}"
    base = config.FIRST_PORT
    frontend_url = f"http://127.0.0.1:{base + 2}"
    group: dict[str, servers.Server] = {}
    answer: dict = {"corpus": corpus.name, "notes": []}
    try:
        log(f"  starting the uncached CMS on :{base}")
        group["cold"] = _start_cms(
            "cms-uncached",
            corpus,
            base,
            plan,
            log_dir,
            prefix + "-cold",
            use_redis,
            BENCH_RESPONSE_CACHE="off",
            STATS_BACKEND="database",
            FRONTEND_URL=frontend_url,
        )
        cold = group["cold"].url
        listing, _ = _json(cold + "/api/v1/articles/")
        newest = listing["results"][0]
        # The ceiling: the same list as a file whitenoise serves from STATIC_ROOT
        # (scanned when the cached server starts, below).
        static_file = _write_ceiling(corpus, listing)
        log(f"  starting the cached CMS on :{base + 1}")
        group["warm"] = _start_cms(
            "cms-cached",
            corpus,
            base + 1,
            plan,
            log_dir,
            prefix + "-warm",
            use_redis,
            STATS_BACKEND="redis" if use_redis else "database",
            FRONTEND_URL=frontend_url,
        )
        warm = group["warm"].url
        _, first = _json(warm + "/api/v1/articles/")
        etag = first.headers["etag"]
        _json(warm + f"/api/v1/articles/{newest['id']}/")
        v2_list = (
            "/api/v2/pages/?type=articles.ArticlePage&order=-display_date"
            f"&limit=20&fields={V2_LIST_FIELDS}"
        )
        v2_answer, _ = _json(cold + v2_list)
        answer["v2_list_items"] = len(v2_answer["items"])
        c = plan.connections
        cases = [
            Case("v1 list (uncached)", "cold", "/api/v1/articles/", c),
            Case("v2 list (stock)", "cold", v2_list, c),
            Case(
                "v1 detail (uncached)", "cold", f"/api/v1/articles/{newest['id']}/", c
            ),
            Case("v2 detail (stock)", "cold", f"/api/v2/pages/{newest['id']}/", c),
            Case("v1 list (warm cache)", "warm", "/api/v1/articles/", c),
            Case(
                "v1 detail (warm cache)", "warm", f"/api/v1/articles/{newest['id']}/", c
            ),
            Case(
                "v1 list 304", "warm", "/api/v1/articles/", c, {"If-None-Match": etag}
            ),
            Case("static file (ceiling)", "warm", STATIC_LIST, c),
            Case(
                "search, diacritics", "cold", _search_path(SEARCH_MARKED), plan.workers
            ),
            Case(
                "search, no diacritics",
                "cold",
                _search_path(SEARCH_PLAIN),
                plan.workers,
            ),
            Case(
                "documents, number without diacritics",
                "cold",
                "/api/v1/documents/?q=" + quote(DOCUMENT_NUMBER_QUERY),
                plan.workers,
            ),
            Case(
                "documents, summary words",
                "cold",
                "/api/v1/documents/?q=" + quote(DOCUMENT_SUMMARY_QUERY),
                plan.workers,
            ),
        ]
        for query in (SEARCH_MARKED, SEARCH_PLAIN):
            found, _ = _json(cold + _search_path(query))
            answer.setdefault("search_counts", {})[query] = found["count"]
        if Path(config.ROOT / "frontend" / "__main__.py").exists():
            log(f"  starting the reader site on :{base + 2}")
            frontend_env = {
                **group["warm"].env,
                "CMS_API_URL": warm + "/api/v1",
                "FRONTEND_URL": frontend_url,
            }
            group["reader"] = servers.gunicorn(
                "reader",
                "frontend.wsgi:app",
                base + 2,
                frontend_env,
                workers=plan.workers,
                log_dir=log_dir,
                ready_path="/",
            )
            article_path = newest["path"]
            cases += [
                Case("reader home", "reader", "/", c),
                Case("reader article", "reader", article_path, c),
            ]
            answer["reader_probe"] = {
                name: {
                    "plain": load.probe_many(frontend_url + path, 20),
                    "gzip": load.probe_many(
                        frontend_url + path, 5, {"Accept-Encoding": "gzip, br"}
                    ),
                }
                for name, path in (("home", "/"), ("article", article_path))
            }
        else:
            answer["notes"].append("reader site missing: not measured")
        paths_file = log_dir / f"beacon-paths-{corpus.name}.txt"
        paths_file.write_text(
            "\n".join(item["path"] for item in listing["results"]) + "\n"
        )
        beacons = []
        if beacon_available(group["cold"], newest["path"]):
            beacons.append(
                Case(
                    "beacon, database",
                    "cold",
                    "/api/v1/stats/hits/",
                    c,
                    script="beacon.lua",
                    script_args=(paths_file, "TAG"),
                )
            )
            if use_redis:
                beacons.append(
                    Case(
                        "beacon, Redis",
                        "warm",
                        "/api/v1/stats/hits/",
                        c,
                        script="beacon.lua",
                        script_args=(paths_file, "TAG"),
                    )
                )
        else:
            answer["notes"].append("statistics beacon missing: not measured")
        cases += beacons
        answer["cases"] = run_cases(cases, group, plan, log)
        answer["exact"] = {}
        for case in beacons:
            rate = answer["cases"][case.name]["rps"] or 1
            answer["exact"][case.name] = beacon_exact(
                group[case.server], paths_file, rate, plan, log
            )
        # The ceiling file must be the answer the list gives.
        answer["static_bytes"] = static_file.stat().st_size
    finally:
        servers.stop_all(group.values())
    return answer


def run_growth(corpus: Corpus, plan: Plan, log, log_dir: Path) -> dict:
    """List (first and last page), an old article's detail and search, on
    the uncached server, at one connection per worker: latency without
    queueing in front of the workers."""
    use_redis = _flush_redis(log)
    group = {}
    answer: dict = {"corpus": corpus.name}
    try:
        group["cold"] = _start_cms(
            "cms-growth",
            corpus,
            config.FIRST_PORT,
            plan,
            log_dir,
            f"bench-growth-{corpus.name}",
            use_redis,
            BENCH_RESPONSE_CACHE="off",
        )
        cold = group["cold"].url
        listing, _ = _json(cold + "/api/v1/articles/")
        last_page = listing["num_pages"]
        last, _ = _json(cold + f"/api/v1/articles/?page={last_page}")
        oldest = last["results"][-1]
        answer["num_pages"] = last_page
        w = plan.workers
        cases = [
            Case("list, page 1", "cold", "/api/v1/articles/", w),
            Case("list, last page", "cold", f"/api/v1/articles/?page={last_page}", w),
            Case("detail, oldest", "cold", f"/api/v1/articles/{oldest['id']}/", w),
            Case("search, diacritics", "cold", _search_path(SEARCH_MARKED), w),
            Case("search, no diacritics", "cold", _search_path(SEARCH_PLAIN), w),
            # The corpus holds as many official documents as articles.
            Case(
                "documents, number without diacritics",
                "cold",
                "/api/v1/documents/?q=" + quote(DOCUMENT_NUMBER_QUERY),
                w,
            ),
            Case(
                "documents, summary words",
                "cold",
                "/api/v1/documents/?q=" + quote(DOCUMENT_SUMMARY_QUERY),
                w,
            ),
        ]
        answer["cases"] = run_cases(cases, group, plan, log)
    finally:
        servers.stop_all(group.values())
    return answer


SERVERS = {"gunicorn": servers.gunicorn, "granian": servers.granian}


def run_servers(corpus: Corpus, plan: Plan, log, log_dir: Path) -> dict:
    """gunicorn (sync workers) against granian (WSGI, one blocking thread per
    worker), the same number of processes, the same application, settings
    and cache: an uncached detail (application work), a warm-cache list, a
    304 and the static file (mostly the server's own cost), the beacon with
    Redis, and the reader site's home. Both servers of a pair are up
    together and their cases interleave. Production runs granian, so its
    side of this group is what readers get (docs/deployment.md)."""
    use_redis = _flush_redis(log)
    base = config.FIRST_PORT
    group: dict[str, servers.Server] = {}
    answer: dict = {"corpus": corpus.name}
    try:
        for offset, (kind, start) in enumerate(SERVERS.items()):
            log(f"  starting the uncached CMS under {kind} on :{base + 2 * offset}")
            group[f"cold-{kind}"] = _start_cms(
                f"cms-uncached-{kind}",
                corpus,
                base + 2 * offset,
                plan,
                log_dir,
                f"bench-servers-{corpus.name}-cold-{kind}",
                use_redis,
                start=start,
                BENCH_RESPONSE_CACHE="off",
                STATS_BACKEND="database",
            )
        listing, _ = _json(group["cold-gunicorn"].url + "/api/v1/articles/")
        _write_ceiling(corpus, listing)
        for offset, (kind, start) in enumerate(SERVERS.items()):
            log(f"  starting the cached CMS under {kind} on :{base + 2 * offset + 1}")
            group[f"warm-{kind}"] = _start_cms(
                f"cms-cached-{kind}",
                corpus,
                base + 2 * offset + 1,
                plan,
                log_dir,
                f"bench-servers-{corpus.name}-warm-{kind}",
                use_redis,
                start=start,
                STATS_BACKEND="redis" if use_redis else "database",
            )
        warm = group["warm-gunicorn"].url
        _, first = _json(warm + "/api/v1/articles/")
        detail = f"/api/v1/articles/{listing['results'][0]['id']}/"
        for kind in SERVERS:
            _json(group[f"warm-{kind}"].url + "/api/v1/articles/")
        etag = first.headers["etag"]
        for offset, (kind, start) in enumerate(SERVERS.items()):
            port = base + 4 + offset
            log(f"  starting the reader site under {kind} on :{port}")
            group[f"reader-{kind}"] = start(
                f"reader-{kind}",
                "frontend.wsgi:app",
                port,
                {
                    **group["warm-gunicorn"].env,
                    "CMS_API_URL": warm + "/api/v1",
                    "FRONTEND_URL": f"http://127.0.0.1:{port}",
                },
                workers=plan.workers,
                log_dir=log_dir,
                ready_path="/",
            )
        paths_file = log_dir / f"beacon-paths-servers-{corpus.name}.txt"
        paths_file.write_text(
            "\n".join(item["path"] for item in listing["results"]) + "\n"
        )
        c = plan.connections
        pairs = [
            ("detail (uncached)", "cold", detail, {}, {}),
            ("list (warm cache)", "warm", "/api/v1/articles/", {}, {}),
            ("list 304", "warm", "/api/v1/articles/", {"If-None-Match": etag}, {}),
            ("static file (ceiling)", "warm", STATIC_LIST, {}, {}),
        ]
        if use_redis and beacon_available(
            group["warm-gunicorn"], listing["results"][0]["path"]
        ):
            pairs.append(
                (
                    "beacon, Redis",
                    "warm",
                    "/api/v1/stats/hits/",
                    {},
                    {"script": "beacon.lua", "script_args": (paths_file, "TAG")},
                )
            )
        pairs.append(("reader home", "reader", "/", {}, {}))
        cases = []
        for what, role, path, headers, extra in pairs:
            for kind in SERVERS:
                cases.append(
                    Case(f"{what}, {kind}", f"{role}-{kind}", path, c, headers, **extra)
                )
        answer["cases"] = run_cases(cases, group, plan, log)
        answer["pairs"] = [
            case.name.rsplit(", ", 1)[0]
            for case in cases
            if case.name.endswith("gunicorn")
        ]
    finally:
        servers.stop_all(group.values())
    return answer


def as_dict(obj):
    return asdict(obj)


# 100 portals against one ---------------------------------------------------------

# What one commune's readers cost, as (case, role, path): the role's server is
# started for every corpus; "newest" stands for the portal's newest article.
PORTAL_CASES = (
    ("list, page 1", "cold", "/api/v1/articles/"),
    ("search, diacritics", "cold", _search_path(SEARCH_MARKED)),
    ("detail, newest", "cold", "/api/v1/articles/{newest_id}/"),
    ("list (warm cache)", "warm", "/api/v1/articles/"),
    ("reader home", "reader", "/"),
    ("reader article", "reader", "{newest_path}"),
)
# Compared with the one-portal 100k corpus too: the API's uncached work, where
# the number of rows could tell.
LARGE_BASELINE_CASES = ("list, page 1", "search, diacritics", "detail, newest")
# The one-portal corpora's portal: the default site, at the migrations' host.
ONE_PORTAL_HOST = "localhost"


def portal_case_name(what: str, tag: str) -> str:
    return f"{what} · {tag}"


def _visit_every_portal(reader: servers.Server, hosts: list[str]) -> dict:
    """Each portal's reader home once (and through it that portal's answers
    of the cached CMS), so that the memory read afterwards is that of
    processes that have served every portal."""
    started = time.monotonic()
    failed = 0
    for host in hosts:
        try:
            answer = load.probe(reader.url + "/", {"Host": host}, timeout=120)
            failed += answer.status >= 400
        except (OSError, http.client.HTTPException):
            failed += 1
    return {
        "portals": len(hosts),
        "failed": failed,
        "seconds": round(time.monotonic() - started, 1),
    }


def _memory_mb(server: servers.Server) -> dict:
    from .soak.memory import tree_memory

    tree = tree_memory(server.process.pid)
    return {
        "rss_mb": round(tree["rss_kb"] / 1024, 1),
        "pss_mb": round(tree["pss_kb"] / 1024, 1),
        "processes": len(tree["pids"]),
    }


def run_portals(
    portals_corpus, baselines: dict[str, Corpus], plan: Plan, log, log_dir: Path
) -> dict:
    """One commune of the portals corpus against the one portal of the 1k
    corpus (and, for the API's uncached cases, of the 100k corpus): the
    uncached and the cached CMS and the reader site for each corpus, every
    case at one connection per worker, all interleaved. The commune is asked
    for by its Host header, the API's and the reader site's alike (the reader
    site then passes ``portal=`` to the API). Afterwards every portal is
    visited once and each server's memory read."""
    use_redis = _flush_redis(log)
    corpora = {"portals": portals_corpus, **baselines}
    host = config.portal_host(portals_corpus.portals // 2)
    hosts = dict.fromkeys(baselines, ONE_PORTAL_HOST) | {"portals": host}
    group: dict[str, servers.Server] = {}
    answer: dict = {
        "corpus": portals_corpus.name,
        "portals": portals_corpus.portals,
        "per_portal": portals_corpus.per_portal,
        "host": host,
        "baselines": {tag: corpus.name for tag, corpus in baselines.items()},
        "search_counts": {},
    }
    port = itertools.count(config.FIRST_PORT)
    cases: list[Case] = []
    w = plan.workers
    try:
        for tag, corpus in corpora.items():
            prefix = f"bench-portals-{corpus.name}"
            headers = {"Host": hosts[tag]}
            log(f"  {corpus.label}: the uncached CMS")
            group[f"cold-{tag}"] = _start_cms(
                f"cms-uncached-{corpus.name}",
                corpus,
                next(port),
                plan,
                log_dir,
                prefix + "-cold",
                use_redis,
                BENCH_RESPONSE_CACHE="off",
                STATS_BACKEND="database",
            )
            listing, _ = _json(group[f"cold-{tag}"].url + "/api/v1/articles/", headers)
            newest = listing["results"][0]
            found, _ = _json(
                group[f"cold-{tag}"].url + _search_path(SEARCH_MARKED), headers
            )
            answer["search_counts"][tag] = found["count"]
            answer.setdefault("list_counts", {})[tag] = listing["count"]
            roles = ["cold"]
            if tag in ("portals", "1k"):
                roles += ["warm", "reader"]
                reader_port = next(port)
                frontend_url = f"http://127.0.0.1:{reader_port}"
                log(f"  {corpus.label}: the cached CMS and the reader site")
                group[f"warm-{tag}"] = _start_cms(
                    f"cms-cached-{corpus.name}",
                    corpus,
                    next(port),
                    plan,
                    log_dir,
                    prefix + "-warm",
                    use_redis,
                    STATS_BACKEND="redis" if use_redis else "database",
                    FRONTEND_URL=frontend_url,
                )
                _json(group[f"warm-{tag}"].url + "/api/v1/articles/", headers)
                group[f"reader-{tag}"] = servers.gunicorn(
                    f"reader-{corpus.name}",
                    "frontend.wsgi:app",
                    reader_port,
                    {
                        **group[f"warm-{tag}"].env,
                        "CMS_API_URL": group[f"warm-{tag}"].url + "/api/v1",
                        "FRONTEND_URL": frontend_url,
                    },
                    workers=plan.workers,
                    log_dir=log_dir,
                    ready_path="/",
                )
            for what, role, path in PORTAL_CASES:
                if role not in roles or (
                    tag not in ("portals", "1k") and what not in LARGE_BASELINE_CASES
                ):
                    continue
                path = path.format(newest_id=newest["id"], newest_path=newest["path"])
                cases.append(
                    Case(portal_case_name(what, tag), f"{role}-{tag}", path, w, headers)
                )
        # Interleaved case by case: the corpora of one case run back to back.
        order = [what for what, _, _ in PORTAL_CASES]
        cases.sort(key=lambda case: order.index(case.name.split(" · ")[0]))
        answer["cases"] = run_cases(cases, group, plan, log)
        answer["pairs"] = order
        log("  visiting every portal once, then reading the servers' memory")
        answer["visits"] = _visit_every_portal(
            group["reader-portals"],
            [config.portal_host(n) for n in range(portals_corpus.portals)],
        )
        log(f"    {answer['visits']}")
        _visit_every_portal(group["reader-1k"], [ONE_PORTAL_HOST])
        answer["memory"] = {
            name: _memory_mb(server)
            for name, server in group.items()
            if name.endswith(("-portals", "-1k"))
        }
    finally:
        servers.stop_all(group.values())
    return answer
