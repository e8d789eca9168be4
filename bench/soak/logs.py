"""What the servers log during a soak and the errors found in it: granian's
logging configuration, tracebacks and worker errors in the server's log, the
failed requests in the access log."""

import json
import re
from pathlib import Path

TRACEBACK = "Traceback (most recent call last):"
# Status, request line, time, milliseconds: no reader's address. (granian has
# no atom for the request line: the query string follows a "?" always,
# removed when it is empty by failed_requests.)
ACCESS_LOG_FORMAT = (
    '%(status)d "%(method)s %(path)s?%(query_string)s %(protocol)s" '
    "%(time)s %(dt_ms).0f"
)
CHAINED = (
    "During handling of the above exception",
    "The above exception was the direct cause",
)
# granian's own lines at ERROR or above: a worker exited unexpectedly, a
# crash loop (granian's format, "[LEVEL] message"; Django's and Flask's lines
# start with the level without brackets).
GRANIAN_ERROR = re.compile(r"^\[(ERROR|CRITICAL)\] ")


def granian_logging(prefix: Path) -> Path:
    """granian's logging configuration (--log-config) for the soak's logs,
    written beside them: its own lines on stdout, into the server's log with
    the application's stderr, where Django and Flask log every traceback; the
    access log into a file of its own, to tell which requests failed and
    when."""
    config = {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "generic": {
                "()": "logging.Formatter",
                "fmt": "[%(levelname)s] %(message)s",
            },
            "access": {"()": "logging.Formatter", "fmt": "%(message)s"},
        },
        "handlers": {
            "console": {
                "formatter": "generic",
                "class": "logging.StreamHandler",
                "stream": "ext://sys.stdout",
            },
            "access": {
                "formatter": "access",
                "class": "logging.FileHandler",
                "filename": f"{prefix}-access.log",
            },
        },
        "loggers": {
            "_granian": {"handlers": ["console"], "level": "INFO", "propagate": False},
            "granian.access": {
                "handlers": ["access"],
                "level": "INFO",
                "propagate": False,
            },
        },
    }
    path = Path(f"{prefix}-logging.json")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(config, indent=2))
    return path


def scan_log(text: str, examples: int = 3) -> dict:
    """Tracebacks (from the application, on the workers' stderr) and
    granian's ERROR and CRITICAL lines (workers that exited unexpectedly). A
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
    worker_errors = [line for line in lines if GRANIAN_ERROR.match(line)]
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
            key = status + " " + rest.split('"')[1].replace("? ", " ")
            counts[key] = counts.get(key, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return dict(ranked[:limit])
