"""`python -m frontend --port 8000`: the reader site on a local, threaded server
(what `make run` starts). Production runs `gunicorn frontend.wsgi:app` instead."""

import argparse
import os

from werkzeug.serving import run_simple

from .app import configure_logging, create_app
from .config import Config


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m frontend", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument(
        "--port", type=int, default=int(os.environ.get("FRONTEND_PORT", "8000"))
    )
    args = parser.parse_args(argv)
    config = Config.from_env()
    configure_logging(config)
    run_simple(args.host, args.port, create_app(config), threaded=True)


if __name__ == "__main__":
    main()
