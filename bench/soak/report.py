"""What a soak run found: the verdict (why it failed, if it did) and the run as
Markdown, for docs/soak.md."""

from ..report import number, table


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


def render(results: dict) -> str:
    """The run as Markdown, for docs/soak.md."""
    plan, described = results["plan"], results["machine"]
    lines = [
        f"### Soak run {results['run']}",
        "",
        f"- Machine: {described['cpu']}, {described['cores']} cores, "
        f"{described['memory_gb']} GB, Linux {described['kernel']}",
        "- Versions: "
        + ", ".join(f"{k} {v}" for k, v in described["versions"].items()),
        f"- Load average (1, 5, 15 min) before: {results['load_before']}; "
        f"after: {results['load_after']}",
        f"- Plan: {plan['seconds']} s of load, {plan['workers']} granian "
        f"processes per server, {results['corpus']['name']} corpus, wrk -t1 "
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
                number(target["requests"]),
                number(target["rps"]),
                " / ".join(number(latency[k]) for k in ("p50", "p99", "max")),
                f"**{target['failed']}** ({errors})" if target["failed"] else "0",
                ", ".join(f"{k}: {v}" for k, v in target["statuses"].items()),
            ]
        )
    lines.append(
        table(
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
                number(server["idle_mb"]),
                f"{number(rss['baseline_mb'])} → {number(rss['end_mb'])}",
                f"{number(rss['growth_mb'])} ({number(rss.get('growth_pct'))} %)",
                number(rss.get("slope_mb_per_min"), 2),
                f"{number(pss['baseline_mb'])} → {number(pss['end_mb'])}",
                f"{number(pss['growth_mb'])} ({number(pss.get('growth_pct'))} %)",
                f"{scanned['tracebacks']} / {scanned['worker_errors']}",
            ]
        )
    lines.append(
        table(
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
    if lines[-1]:
        # Right after the list, the verdict would read as its last item.
        lines.append("")
    verdict = results["problems"]
    lines.append(
        "**Failed**: " + "; ".join(verdict)
        if verdict
        else "**Passed**: no failed request, no traceback, both servers alive."
    )
    return "\n".join(lines) + "\n"
