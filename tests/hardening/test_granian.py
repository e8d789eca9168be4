"""The CMS under granian, as production runs it (docs/deployment.md's unit,
bench/servers.py's GRANIAN_OPTIONS), with production settings.

granian has no per-request timeout (gunicorn's --timeout killed a worker
stuck in one request): what keeps a worker from being held is the
application's own bound on the one query readers can make expensive, the
search (SEARCH_TIMEOUT_MS: PostgreSQL's statement_timeout, SQLite's progress
handler). What granian offers is respawning a worker that dies
(--respawn-failed-workers), and replacing workers after --workers-lifetime.

Runs on every database backend: the CMS uses its own copy of a migrated SQLite
file and no Redis."""

import json
import os
import signal
import socket
import time
from pathlib import Path

import httpx
import pytest

from bench.servers import granian
from tests.hardening.processes import copy_database, production_env, shell

CREATE_ARTICLE = """
import json
from tests.factories import ArticlePageFactory, SectionPageFactory
article = ArticlePageFactory(parent=SectionPageFactory(title="Tin tức"),
                             title="Hội chợ xuân Hòa Sơn")
print(json.dumps({"id": article.pk}))
"""
# How long a respawn may take at most: granian waits --respawn-interval
# (3.5 s) before starting the worker again, which then loads Django.
RESPAWN_DEADLINE = 90


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _workers(main_pid: int) -> set[int]:
    """The worker processes granian's main process started."""
    children = Path(f"/proc/{main_pid}/task/{main_pid}/children").read_text()
    return {int(pid) for pid in children.split()}


@pytest.fixture
def cms(tmp_path, migrated_sqlite):
    """One worker, so that what happens to it is what the next request meets;
    every search past its bound at once (SEARCH_TIMEOUT_MS=0)."""
    var_dir = tmp_path / "cms"
    copy_database(migrated_sqlite, var_dir)
    env = production_env(var_dir, SECURE_SSL_REDIRECT="false", SEARCH_TIMEOUT_MS="0")
    env["ALLOWED_HOSTS"] = "127.0.0.1"
    article = json.loads(shell(CREATE_ARTICLE, env))
    server = granian(
        "cms",
        "backend.wsgi:application",
        _free_port(),
        env,
        workers=1,
        log_dir=tmp_path / "logs",
        ready_path="/api/v1/site/",
        access_log=True,
    )
    try:
        yield server, article
    finally:
        server.stop()


def test_a_search_past_its_bound_frees_the_worker_for_the_next_request(cms):
    server, article = cms
    with httpx.Client(base_url=server.url, timeout=30) as api:
        search = api.get("/api/v1/search/", params={"q": "hoi cho xuan"})
        assert search.status_code == 503
        assert search.headers["Retry-After"] == "5"
        assert search.json()["error"]["code"] == "unavailable"
        # The one worker answers the next request: the search did not hold it.
        detail = api.get(f"/api/v1/articles/{article['id']}/")
        assert detail.status_code == 200
        assert detail.json()["title"] == "Hội chợ xuân Hòa Sơn"
    log = server.log_path.read_text()
    assert "Traceback" not in log, log[-5000:]
    # The access log, as production keeps it.
    assert '"GET /api/v1/search/ HTTP/1.1" 503' in log


def test_a_worker_that_dies_is_started_again(cms):
    server, article = cms
    [worker] = _workers(server.process.pid)
    os.kill(worker, signal.SIGKILL)

    deadline = time.monotonic() + RESPAWN_DEADLINE
    answer = None
    while time.monotonic() < deadline:
        try:
            answer = httpx.get(server.url + "/api/v1/site/", timeout=10)
            if answer.status_code == 200:
                break
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    assert answer is not None and answer.status_code == 200
    [respawned] = _workers(server.process.pid)
    assert respawned != worker
    assert "Unexpected exit from worker-1" in server.log_path.read_text()

    # And the server stops gracefully on SIGTERM, as systemd stops it.
    server.stop()
    assert server.process.returncode == 0
