"""`python -m bench.build <corpus>`: migrate a fresh database and fill it (run
by bench/corpora.py in a process of its own, with the corpus's environment)."""

import argparse
import json
import time

import django


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m bench.build")
    parser.add_argument("--size", type=int, required=True)
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
    report = corpus.build(
        args.size,
        Path(args.pool),
        pool_size=args.pool_size or corpus.POOL_SIZE,
    )
    report.seconds = {"migrate": round(migrated, 2), **report.seconds}
    Path(args.report).write_text(
        corpus.report_json(
            report,
            version=corpus.CORPUS_VERSION,
            size=args.size,
            total_seconds=round(time.perf_counter() - started, 2),
        )
    )
    print(json.dumps(report.seconds))


if __name__ == "__main__":
    main()
