"""Starts and stops the servers a run measures: gunicorn in front of the CMS
(production settings, DEBUG off) and of the reader site for the benchmark's
main cases, and granian (WSGI), with the options production runs it with, for
the server comparison, the soak and the process-level tests
(tests/hardening)."""

import contextlib
import os
import signal
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from . import config

WORKER_TIMEOUT = 30

# granian's options in the production unit (docs/deployment.md), beside the
# address, the number of processes and the access log: one blocking thread per
# process (as many requests at once as gunicorn's sync workers), a worker that
# dies started again (and granian stopping if they keep dying), each replaced
# after 6 hours, and 20 s for a stopping worker to finish its requests.
GRANIAN_OPTIONS = (
    "--interface",
    "wsgi",
    "--blocking-threads",
    "1",
    "--no-ws",
    "--respawn-failed-workers",
    "--workers-lifetime",
    "6h",
    "--workers-kill-timeout",
    "20",
)


@dataclass
class Server:
    name: str
    port: int
    process: subprocess.Popen
    log_path: Path
    env: dict = field(repr=False)
    # A cheap request, to tell when the server is idle again (suite.drain).
    idle_path: str = "/"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        if self.process.poll() is None:
            # SIGTERM: the server's graceful shutdown, then its workers exit
            # (granian gives them --workers-kill-timeout).
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def _port_free(port: int) -> bool:
    import socket

    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) != 0


def _log_path(name: str, port: int, log_dir: Path) -> Path:
    if not _port_free(port):
        raise RuntimeError(f"Port {port} is in use: set BENCH_PORT to other ports.")
    log_dir.mkdir(parents=True, exist_ok=True)
    return log_dir / f"{name}.log"


def gunicorn(
    name: str,
    app: str,
    port: int,
    env: dict,
    *,
    workers: int,
    log_dir: Path,
    ready_path: str,
) -> Server:
    """gunicorn with ``workers`` sync workers on 127.0.0.1:``port``; returns
    once ``ready_path`` answers."""
    log_path = _log_path(name, port, log_dir)
    command = [
        str(Path(config.PYTHON).with_name("gunicorn")),
        app,
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(workers),
        "--worker-class",
        "sync",
        # gunicorn's default: a request that runs longer gets its worker
        # restarted (a search that would never finish must not hold a worker
        # for the rest of the run).
        "--timeout",
        str(WORKER_TIMEOUT),
        "--graceful-timeout",
        "10",
        "--error-logfile",
        str(log_path),
        "--log-level",
        "warning",
        # Load the application once in the master: workers fork ready to serve,
        # and a broken configuration fails before any port is measured.
        "--preload",
    ]
    # gunicorn writes its own log (--error-logfile).
    return _start(name, command, port, env, log_path, ready_path, own_log=True)


def granian(
    name: str,
    app: str,
    port: int,
    env: dict,
    *,
    workers: int,
    log_dir: Path,
    ready_path: str,
    access_log: bool = False,
    log_config: Path | None = None,
    access_log_format: str | None = None,
) -> Server:
    """granian as production runs it (GRANIAN_OPTIONS) with ``workers``
    processes of one blocking thread each: the same concurrency as gunicorn's
    sync workers, so that the comparison measures the servers, not the thread
    count. Its own log, the access log (production keeps one; the benchmark,
    as for gunicorn, does not) and the application's stderr, where Django logs,
    all go to the server's log file, unless ``log_config`` (granian's JSON
    logging configuration) sends them elsewhere; ``access_log_format`` is
    granian's --access-log-fmt."""
    log_path = _log_path(name, port, log_dir)
    command = [
        str(Path(config.PYTHON).with_name("granian")),
        *GRANIAN_OPTIONS,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--log-level",
        "warning",
        *(["--access-log"] if access_log else []),
        *(["--log-config", str(log_config)] if log_config else []),
        *(["--access-log-fmt", access_log_format] if access_log_format else []),
        app,
    ]
    return _start(name, command, port, env, log_path, ready_path)


def _start(name, command, port, env, log_path, ready_path, own_log=False) -> Server:
    """Runs ``command`` in a session of its own, its output to ``log_path``
    unless the server writes that itself; returns once ``ready_path``
    answers."""
    with log_path.open("ab") as log_file:
        process = subprocess.Popen(
            command,
            cwd=config.ROOT,
            env=env,
            stdout=subprocess.DEVNULL if own_log else log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    server = Server(name, port, process, log_path, env, idle_path=ready_path)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(
                f"{name} did not start (exit {process.returncode}); see {log_path}:\n"
                + log_path.read_text()[-3000:]
            )
        with (
            contextlib.suppress(OSError),
            urllib.request.urlopen(server.url + ready_path, timeout=10) as answer,  # noqa: S310
        ):
            if answer.status < 500:
                return server
        time.sleep(0.3)
    server.stop()
    raise RuntimeError(
        f"{name} did not answer {ready_path} within 90 s; see {log_path}"
    )


def stop_all(servers) -> None:
    for server in servers:
        with contextlib.suppress(Exception):
            server.stop()


def kill_group(server: Server) -> None:
    """Last resort at exit: the server's whole process group (it was started
    in a session of its own, so nothing else is in it)."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(server.process.pid, signal.SIGKILL)
