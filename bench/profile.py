"""`python -m bench.profile [--size 1k] [--database sqlite] [--cache on|off]
[--repeat 20] PATH…`: where the time of a request goes, with pyinstrument.

Runs the requests in this process through Django's WSGI handler (the same
middleware and settings as the gunicorn servers, without the network), after
one request to warm up, and prints the profile as text. Also counts the
database queries of one request. The corpus must exist (python -m bench)."""

import argparse
import os
import sys

from . import config


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.profile")
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--size", default="1k", choices=sorted(config.SIZES))
    parser.add_argument("--database", default="sqlite", choices=["sqlite", "postgres"])
    parser.add_argument("--cache", default="off", choices=["on", "off"])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--redis", action="store_true", help="cache in Redis DB 7")
    args = parser.parse_args(argv)

    corpus = config.Corpus(args.size, args.database)
    env = config.django_env(
        corpus,
        cache_prefix=f"bench-profile-{os.getpid()}",
        redis=args.redis,
        BENCH_RESPONSE_CACHE=args.cache,
    )
    os.environ.update(env)
    sys.path.insert(0, str(config.ROOT))

    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from pyinstrument import Profiler

    client = Client(HTTP_HOST="127.0.0.1")
    for path in args.paths:
        first = client.get(path)
        with CaptureQueriesContext(connection) as queries:
            client.get(path)
        profiler = Profiler(interval=0.0005)
        profiler.start()
        for _ in range(args.repeat):
            client.get(path)
        profiler.stop()
        print(
            f"=== {path}: status {first.status_code}, {len(first.content)} bytes, "
            f"{len(queries)} queries per request, {args.repeat} requests"
        )
        print(
            profiler.output_text(
                unicode=True,
                color=False,
                show_all=os.environ.get("BENCH_PROFILE_ALL") == "1",
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
