"""`python -m bench.build <corpus>`: migrate a fresh database and fill it (run
by bench/corpora.py in a process of its own, with the corpus's environment)."""

import argparse
import json
import time

import django


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m bench.build")
    size = parser.add_mutually_exclusive_group(required=True)
    size.add_argument("--size", type=int, help="articles of a one-portal corpus")
    size.add_argument(
        "--portals", type=int, help="portals of a portals corpus (with --per-portal)"
    )
    parser.add_argument("--per-portal", type=int, default=1_000)
    parser.add_argument("--pool", required=True, help="image pool directory")
    parser.add_argument(
        "--report", required=True, help="where to write the JSON report"
    )
    parser.add_argument("--pool-size", type=int, default=None)
    args = parser.parse_args(argv)

    django.setup()
    from pathlib import Path

    from django.core.management import call_command

    from bench import corpus

    started = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    migrated = time.perf_counter() - started
    pool_size = args.pool_size or corpus.POOL_SIZE
    if args.portals:
        report = corpus.build_portals(
            args.portals, args.per_portal, Path(args.pool), pool_size=pool_size
        )
        shape = {
            "version": corpus.PORTALS_VERSION,
            "size": args.portals * args.per_portal,
            "per_portal": args.per_portal,
        }
    else:
        report = corpus.build(args.size, Path(args.pool), pool_size=pool_size)
        shape = {"version": corpus.CORPUS_VERSION, "size": args.size}
    report.seconds = {"migrate": round(migrated, 2), **report.seconds}
    Path(args.report).write_text(
        corpus.report_json(
            report, **shape, total_seconds=round(time.perf_counter() - started, 2)
        )
    )
    print(json.dumps(report.seconds))


if __name__ == "__main__":
    main()
