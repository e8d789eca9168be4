"""What the servers log during a soak and the errors found in it: gunicorn's
options for the logs, tracebacks and worker errors in the error log, the
failed requests in the access log."""

import re
import shlex
from pathlib import Path

TRACEBACK = "Traceback (most recent call last):"
# Status, request line, worker pid, time, milliseconds: no reader's address.
ACCESS_LOG_FORMAT = '%(s)s "%(r)s" %(p)s %(t)s %(M)s'
CHAINED = (
    "During handling of the above exception",
    "The above exception was the direct cause",
)
# gunicorn's own lines at ERROR or above: a worker timed out, was killed or
# exited abnormally.
GUNICORN_ERROR = re.compile(r"^\[[^]]+\] \[\d+\] \[(ERROR|CRITICAL)\] ")


def gunicorn_logging(prefix: Path) -> str:
    """gunicorn options (GUNICORN_CMD_ARGS: bench/servers.py sets the rest)
    for the soak's logs: the application's stderr, where Django and Flask log
    every traceback, into the error log; and an access log, to tell which
    requests failed, in which worker and when."""
    return shlex.join(
        [
            "--capture-output",
            "--access-logfile",
            f"{prefix}-access.log",
            "--access-logformat",
            ACCESS_LOG_FORMAT,
        ]
    )


def scan_log(text: str, examples: int = 3) -> dict:
    """Tracebacks (from the application, through --capture-output) and
    gunicorn's ERROR and CRITICAL lines (worker timeouts, killed workers). A
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
    worker_errors = [line for line in lines if GUNICORN_ERROR.match(line)]
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
            key = status + " " + rest.split('"')[1]
            counts[key] = counts.get(key, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return dict(ranked[:limit])
