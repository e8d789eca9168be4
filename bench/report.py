"""Markdown tables from a run's results (pasted into docs/benchmarks.md)."""

DB_LABEL = {"sqlite": "SQLite", "postgres": "PostgreSQL"}


def number(value, digits=1) -> str:
    """A figure as the tables show it: thousands separated, ``digits``
    decimals below 100 and none from 100 up, "–" for a missing one."""
    if value is None:
        return "–"
    if isinstance(value, float) and value >= 100:
        return f"{value:,.0f}"
    return f"{value:,.{digits}f}" if isinstance(value, float) else f"{value:,}"


def _ratio(a, b) -> float | None:
    if not a or not b:
        return None
    return a / b


def table(header: list[str], rows: list[list]) -> str:
    """A Markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def _latencies(case: dict) -> str:
    if case.get("skipped"):
        return case["skipped"]
    return " / ".join(number(case.get(key)) for key in ("p50_ms", "p95_ms", "p99_ms"))


def _met(ok: bool | None) -> str:
    return "–" if ok is None else ("met" if ok else "**missed**")


def _beacon_row(name: str, rate: float | None) -> list[list]:
    """The beacon's target row, when the beacon was measured."""
    if rate is None:
        return []
    return [[name, "≥ 1,000 hits/s", number(rate), _met(rate >= 1000)]]


def targets(results: dict) -> list[list]:
    rows = []
    for db, main in results["main"].items():
        cases = main.get("cases", {})

        def rps(name, cases=cases):
            return cases.get(name, {}).get("rps")

        label = DB_LABEL[db]
        for what, ours, theirs, goal in (
            (
                "uncached list ÷ stock v2 list",
                "v1 list (uncached)",
                "v2 list (stock)",
                10,
            ),
            (
                "uncached detail ÷ stock v2 detail",
                "v1 detail (uncached)",
                "v2 detail (stock)",
                5,
            ),
            (
                "warm-cache list ÷ static file",
                "v1 list (warm cache)",
                "static file (ceiling)",
                0.5,
            ),
        ):
            value = _ratio(rps(ours), rps(theirs))
            rows.append(
                [
                    f"{what} ({label}, 1k)",
                    f"≥ {goal}×",
                    number(value, 2) + "×" if value else "–",
                    _met(None if value is None else value >= goal),
                ]
            )
        rows += _beacon_row(f"beacon, Redis backend ({label})", rps("beacon, Redis"))
        for name, exact in main.get("exact", {}).items():
            rows.append(
                [
                    f"{name}: views recorded = 2xx answers ({label})",
                    "exact",
                    f"{exact['site_views_recorded']} = {exact['ok_2xx']}",
                    _met(exact["exact"]),
                ]
            )
    # The same two targets on the server production runs (the main cases
    # stay on gunicorn so that they compare with earlier runs).
    for db, compared in results.get("servers", {}).items():
        label = DB_LABEL[db]
        cases = compared.get("cases", {})

        def served(name, cases=cases):
            return cases.get(f"{name}, granian", {}).get("rps")

        value = _ratio(served("list (warm cache)"), served("static file (ceiling)"))
        if value is not None:
            rows.append(
                [
                    f"warm-cache list ÷ static file, granian ({label}, 1k)",
                    "≥ 0.5×",
                    number(value, 2) + "×",
                    _met(value >= 0.5),
                ]
            )
        rows += _beacon_row(
            f"beacon, Redis backend, granian ({label})", served("beacon, Redis")
        )
    for db, sizes in results.get("growth", {}).items():
        label = DB_LABEL[db]
        small, large = sizes.get("1k"), sizes.get("100k")
        if small and large:
            for name in ("list, page 1", "list, last page", "detail, oldest"):
                big, little = large["cases"][name], small["cases"][name]
                rows.append(
                    [f"{name}: 100k ÷ 1k ({label})", "≤ 1.5×", *_growth(big, little)]
                )
        searches = (
            "search, diacritics",
            "search, no diacritics",
            "documents, number without diacritics",
            "documents, summary words",
        )
        for size in ("10k", "100k"):
            measured_size = sizes.get(size)
            if not measured_size:
                continue
            for name in searches:
                case = measured_size["cases"].get(name)
                if case is None:  # a run from before the documents cases
                    continue
                p95 = case.get("p95_ms") or case.get("single_ms")
                rows.append(
                    [
                        f"{name}: p95 at {size} ({label})",
                        "< 100 ms",
                        case.get("skipped") or f"{number(p95)} ms",
                        _met(
                            False
                            if case.get("skipped")
                            else (None if p95 is None else p95 < 100)
                        ),
                    ]
                )
    for db, compared in results.get("portals", {}).items():
        label = DB_LABEL[db]
        cases = compared.get("cases", {})
        for what in compared.get("pairs", []):
            many, one = (cases.get(suite_name(what, tag)) for tag in ("portals", "1k"))
            if many is None or one is None:
                continue
            rows.append(
                [
                    f"{what}: {compared['portals']} portals ÷ one portal, 1k ({label})",
                    "≤ 1.5×",
                    *_growth(many, one),
                ]
            )
    return rows


def suite_name(what: str, tag: str) -> str:
    """A case's name in the portals group (bench/suite.py portal_case_name)."""
    return f"{what} · {tag}"


def _latency_ratio(big: dict, little: dict) -> tuple[float | None, str]:
    """``big``'s median latency under load over ``little``'s; when no request
    finished within a loaded run, the requests made alone."""
    value = _ratio(big.get("p50_ms"), little.get("p50_ms"))
    if value is not None:
        return value, number(value, 2) + "× (p50 under load)"
    value = _ratio(big.get("single_ms"), little.get("single_ms"))
    return value, number(value, 2) + "× (alone; none finished under load)"


def _growth(big: dict, little: dict, goal: float = 1.5) -> list[str]:
    """The measured and met cells of a "costs no more than" target."""
    if big.get("skipped"):
        return [big["skipped"], _met(False)]
    value, measured = _latency_ratio(big, little)
    return [measured, _met(None if value is None else value <= goal)]


def portal_rows(compared: dict) -> tuple[list[str], list[list]]:
    """The portals group's table: each case on one commune of the portals
    corpus and on the one portal of each baseline, and their ratios."""
    cases = compared.get("cases", {})
    tags = ["portals", *compared.get("baselines", {})]
    many = f"{compared['portals']} portals"
    title = {"portals": many, **{tag: f"one portal, {tag}" for tag in tags[1:]}}
    header = ["Case"]
    for tag in tags:
        header += [f"{title[tag]} alone ms", f"{title[tag]} p50 / p95 / p99 ms"]
    header += [f"{many} ÷ {title[tag]} (p50)" for tag in tags[1:]]
    rows = []
    for what in compared.get("pairs", []):
        here = {tag: cases.get(suite_name(what, tag)) for tag in tags}
        if here["portals"] is None:
            continue
        row = [what]
        for tag in tags:
            case = here[tag]
            row += (
                ["–", "–"]
                if case is None
                else [number(case.get("single_ms")), _latencies(case)]
            )
        for tag in tags[1:]:
            if here[tag] is None:
                row.append("–")
            else:
                value, _ = _latency_ratio(here["portals"], here[tag])
                row.append(number(value, 2) + "×" if value else "–")
        rows.append(row)
    return header, rows


SERVER_ROLES = {
    "cold": "CMS, uncached",
    "warm": "CMS, cached",
    "reader": "reader site",
}


def memory_rows(compared: dict) -> list[list]:
    """Each server's memory after the run (master and workers), on the
    portals corpus and on the one-portal 1k corpus."""
    memory = compared.get("memory", {})
    rows = []
    for role, label in SERVER_ROLES.items():
        many, one = memory.get(f"{role}-portals"), memory.get(f"{role}-1k")
        if not many or not one:
            continue
        value = _ratio(many["pss_mb"], one["pss_mb"])
        rows.append(
            [
                f"{label} ({many['processes']} processes)",
                f"{number(one['rss_mb'])} ({number(one['pss_mb'])})",
                f"{number(many['rss_mb'])} ({number(many['pss_mb'])})",
                number(value, 2) + "×" if value else "–",
            ]
        )
    return rows


def server_rows(compared: dict) -> list[list]:
    cases = compared.get("cases", {})
    rows = []
    for pair in compared.get("pairs", []):
        ours, theirs = cases[f"{pair}, granian"], cases[f"{pair}, gunicorn"]
        value = _ratio(ours.get("rps"), theirs.get("rps"))
        rows.append(
            [
                pair,
                theirs.get("skipped") or number(theirs.get("rps")),
                ours.get("skipped") or number(ours.get("rps")),
                number(value, 2) + "×" if value else "–",
                number(theirs.get("p99_ms")),
                number(ours.get("p99_ms")),
            ]
        )
    return rows


def render(results: dict) -> str:
    m = results["machine"]
    v = m["versions"]
    plan = results["plan"]
    parts = [
        f"## Run {results['run']}",
        "",
        f"- Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB, "
        f"Linux {m['kernel']}",
        "- Versions: " + ", ".join(f"{k} {val}" for k, val in v.items()),
        f"- Load average (1, 5, 15 min) before: {results['load_before']}; "
        f"after: {results.get('load_after', '?')}",
        f"- Plan: {plan['workers']} gunicorn sync workers per server; "
        f"wrk -t{plan['threads']}, {plan['duration']} s per run, "
        f"{plan['repeat']} repetitions (medians); throughput cases at "
        f"-c{plan['connections']}, latency cases (search, growth) at "
        f"-c{plan['workers']}",
        f"- Measuring took {results.get('measuring_seconds', '?')} s; the whole run "
        f"{results.get('total_seconds', '?')} s",
        "",
        "### Targets",
        "",
        table(["Target", "Goal", "Measured", ""], targets(results)),
        "",
        "### Corpora",
        "",
        table(
            [
                "Corpus",
                "Articles",
                "Photo stories",
                "Images (renditions)",
                "Build (s)",
                "Steps (s)",
            ],
            [
                [
                    name,
                    number(c["articles"]),
                    number(c["photo_stories"]),
                    f"{c['images']} ({c['renditions']})",
                    number(c.get("wall_seconds"))
                    + (" (reused)" if c.get("reused") else ""),
                    ", ".join(f"{k} {val}" for k, val in c["seconds"].items()),
                ]
                for name, c in results["corpora"].items()
            ],
        ),
    ]
    for db, main in results["main"].items():
        parts += ["", f"### Main cases, {DB_LABEL[db]}, 1k articles", ""]
        cases = main.get("cases", {})
        parts.append(
            table(
                [
                    "Case",
                    "alone ms",
                    "req/s",
                    "p50 ms",
                    "p95 ms",
                    "p99 ms",
                    "bytes",
                    "failed",
                    "runs (req/s)",
                ],
                [
                    [
                        name,
                        number(c.get("single_ms")),
                        c.get("skipped") or number(c.get("rps")),
                        number(c.get("p50_ms")),
                        number(c.get("p95_ms")),
                        number(c.get("p99_ms")),
                        number(c.get("bytes")),
                        c.get("failed", "–"),
                        ", ".join(map(str, c.get("runs", []))),
                    ]
                    for name, c in cases.items()
                ],
            )
        )
        if main.get("search_counts"):
            parts += [
                "",
                "Search results: "
                + "; ".join(f"“{q}”: {n}" for q, n in main["search_counts"].items()),
            ]
        if main.get("reader_probe"):
            parts += [
                "",
                "Reader site, single requests (median of 20; gzip: 5):",
                "",
                table(
                    [
                        "Page",
                        "TTFB ms",
                        "total ms",
                        "bytes",
                        "TTFB ms (gzip asked)",
                        "bytes (gzip asked)",
                        "encoding",
                    ],
                    [
                        [
                            name,
                            number(p["plain"]["ttfb_ms"]),
                            number(p["plain"]["total_ms"]),
                            number(p["plain"]["body_bytes"]),
                            number(p["gzip"]["ttfb_ms"]),
                            number(p["gzip"]["body_bytes"]),
                            p["gzip"]["encoding"],
                        ]
                        for name, p in main["reader_probe"].items()
                    ],
                ),
            ]
        for note in main.get("notes", []):
            parts += ["", f"Note: {note}"]
    for db, compared in results.get("servers", {}).items():
        parts += [
            "",
            f"### Servers, {DB_LABEL[db]}, 1k articles: gunicorn sync and granian "
            f"WSGI, {plan['workers']} processes each",
            "",
            table(
                [
                    "Case",
                    "gunicorn req/s",
                    "granian req/s",
                    "granian ÷ gunicorn",
                    "gunicorn p99 ms",
                    "granian p99 ms",
                ],
                server_rows(compared),
            ),
        ]
    for db, sizes in results.get("growth", {}).items():
        parts += [
            "",
            f"### Growth, {DB_LABEL[db]} (uncached server, -c{plan['workers']})",
            "",
        ]
        names = list(next(iter(sizes.values()))["cases"])
        header = (
            ["Case"]
            + [f"{size} alone ms" for size in sizes]
            + [f"{size} p50 / p95 / p99 ms" for size in sizes]
            + [f"{size} req/s" for size in sizes]
        )
        rows = []
        for name in names:
            rows.append(
                [name]
                + [number(s["cases"][name].get("single_ms")) for s in sizes.values()]
                + [_latencies(s["cases"][name]) for s in sizes.values()]
                + [number(s["cases"][name].get("rps")) for s in sizes.values()]
            )
        parts.append(table(header, rows))
    for db, compared in results.get("portals", {}).items():
        parts += [
            "",
            f"### Portals, {DB_LABEL[db]}: one commune of {compared['portals']} "
            f"portals × {compared['per_portal']:,} articles ({compared['host']}) "
            f"against one portal (-c{plan['workers']})",
            "",
            table(*portal_rows(compared)),
        ]
        if compared.get("search_counts"):
            parts += [
                "",
                f"Search results for “{SEARCH_QUERY}”: "
                + "; ".join(
                    f"{tag}: {n}" for tag, n in compared["search_counts"].items()
                )
                + ". Articles listed: "
                + "; ".join(
                    f"{tag}: {n}" for tag, n in compared.get("list_counts", {}).items()
                )
                + " (a commune of the full corpus: as many as the 1k portal).",
            ]
        if compared.get("memory"):
            parts += [
                "",
                "Memory after the cases and a visit to every portal's reader "
                "home"
                + (
                    f" ({v['portals']} portals in {v['seconds']} s, "
                    f"{v['failed']} failed)"
                    if (v := compared.get("visits"))
                    else ""
                )
                + " (RSS, PSS in brackets; MB):",
                "",
                table(
                    [
                        "Server",
                        "one portal, 1k",
                        f"{compared['portals']} portals",
                        "ratio (PSS)",
                    ],
                    memory_rows(compared),
                ),
            ]
    return "\n".join(parts) + "\n"


# As bench/suite.py asks it (that module imports the load tools; this one not).
SEARCH_QUERY = "cải cách hành chính"


def main(argv=None) -> int:
    """`python -m bench.report var/bench/results/<run>.json`: the tables again."""
    import json
    import sys
    from pathlib import Path

    path = Path((argv or sys.argv[1:])[0])
    print(render(json.loads(path.read_text())), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
