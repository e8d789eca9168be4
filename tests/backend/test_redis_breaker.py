"""The cache's circuit breaker (backend/redis_breaker.py): after a Redis failure
the cache leaves Redis alone for REDIS_RETRY_AFTER seconds, answering misses at
once, then tries it once again.

The Redis servers here are real sockets: a hung one (the kernel completes every
connection, nobody answers) and a refusing one (a port bound but not listening).
What reached them is counted from the sockets themselves, when the test asks,
so the counts do not race a reader thread. The cache is django-redis with the
project's OPTIONS; the breaker of each server is the project's, given a clock
the test moves.
"""

import logging
import os
import socket
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import redis
import time_machine
from django_redis.cache import RedisCache

from backend import redis_breaker
from backend.redis_breaker import CircuitBreaker
from backend.redis_outage import RedisOutageFilter
from tests.factories import ArticlePageFactory, SectionPageFactory

ROOT = Path(__file__).resolve().parents[2]
WINDOW = 15
LOGGER = "tests.redis-breaker"


class FakeClock:
    def __init__(self):
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class SilentRedis:
    """A Redis at 127.0.0.1 that never answers. Listening, it is a hung Redis:
    connections complete and what is sent is kept. Not listening (``listen``
    not called yet), connections are refused."""

    def __init__(self, *, listening: bool = True):
        self.socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.socket.bind(("127.0.0.1", 0))
        self.address = f"127.0.0.1:{self.socket.getsockname()[1]}"
        self.url = f"redis://{self.address}/0"
        self._listening = False
        self._received: list[tuple[socket.socket, bytearray]] = []
        if listening:
            self.listen()

    def listen(self) -> None:
        self.socket.listen(64)
        self.socket.setblocking(False)
        self._listening = True

    def _take_in(self) -> None:
        if not self._listening:
            return
        while True:
            try:
                conn, _ = self.socket.accept()
            except BlockingIOError:
                break
            conn.setblocking(False)
            self._received.append((conn, bytearray()))
        for conn, data in self._received:
            while True:
                try:
                    chunk = conn.recv(65536)
                except (BlockingIOError, ConnectionError):
                    break
                if not chunk:
                    break
                data += chunk

    @property
    def connections(self) -> int:
        self._take_in()
        return len(self._received)

    @property
    def commands(self) -> list[list[bytes]]:
        """Every command received, in RESP (what redis-py sends), parsed."""
        self._take_in()
        return [command for _, data in self._received for command in _resp(data)]

    def close(self) -> None:
        for conn, _ in self._received:
            conn.close()
        self.socket.close()


def _resp(data: bytes) -> list[list[bytes]]:
    commands, at = [], 0
    while at < len(data):
        end = data.index(b"\r\n", at)
        count, at = int(data[at + 1 : end]), end + 2
        command = []
        for _ in range(count):
            end = data.index(b"\r\n", at)
            length, at = int(data[at + 1 : end]), end + 2
            command.append(data[at : at + length])
            at += length + 2
        commands.append(command)
    return commands


@pytest.fixture
def clock():
    return FakeClock()


def install_breaker(monkeypatch, address: str, clock: FakeClock) -> CircuitBreaker:
    """The breaker for ``address``, as the project makes it but on ``clock``;
    the previous one (if any) comes back after the test."""
    breaker = CircuitBreaker(WINDOW, clock=clock)
    monkeypatch.setitem(redis_breaker.breakers, address, breaker)
    return breaker


@pytest.fixture
def hung(monkeypatch, clock):
    server = SilentRedis()
    install_breaker(monkeypatch, server.address, clock)
    yield server
    server.close()


@pytest.fixture
def refusing(monkeypatch, clock):
    server = SilentRedis(listening=False)
    install_breaker(monkeypatch, server.address, clock)
    yield server
    server.close()


def project_cache(settings, url: str, **params) -> RedisCache:
    return RedisCache(url, {"OPTIONS": settings.REDIS_CACHE_OPTIONS, **params})


def test_a_hung_redis_is_tried_once_per_window(settings, hung, clock):
    cache = project_cache(settings, hung.url)

    assert cache.get("content-generation", "miss") == "miss"
    first_attempt = hung.commands
    assert hung.connections == 1
    assert first_attempt, "the first call reached the server"
    assert redis_breaker.breakers[hung.address].is_open

    for _ in range(10):
        assert cache.get("content-generation", "miss") == "miss"
        cache.set("api:v1:answer", b"{}")
        assert cache.add("content-generation", 1) is None
        assert cache.get_many(["a", "b"]) == {}
    clock.advance(WINDOW - 1)
    assert cache.get("content-generation", "miss") == "miss"
    assert hung.connections == 1
    assert hung.commands == first_attempt

    # The window has passed: one call tries again, and fails again.
    clock.advance(1)
    for _ in range(10):
        assert cache.get("content-generation", "miss") == "miss"
    assert hung.connections == 2
    assert hung.commands == first_attempt * 2


def test_a_refusing_redis_is_not_tried_again_until_the_window_passes(
    settings, refusing, clock
):
    cache = project_cache(settings, refusing.url)

    assert cache.get("content-generation", "miss") == "miss"
    assert redis_breaker.breakers[refusing.address].is_open

    # Something listens there now: only the end of the window lets a call
    # find out.
    refusing.listen()
    for _ in range(10):
        assert cache.get("content-generation", "miss") == "miss"
        cache.set("api:v1:answer", b"{}")
    assert refusing.connections == 0

    clock.advance(WINDOW)
    assert cache.get("content-generation", "miss") == "miss"
    assert refusing.connections == 1


def test_after_the_window_one_call_tries_again_and_the_others_wait(clock):
    breaker = CircuitBreaker(WINDOW, clock=clock)
    assert breaker.allow()
    breaker.failed(redis.TimeoutError("Timeout reading from socket"))
    assert not breaker.allow()

    clock.advance(WINDOW)
    assert [breaker.allow() for _ in range(3)] == [True, False, False]
    # That call failed too: another whole window.
    breaker.failed(redis.TimeoutError("Timeout reading from socket"))
    clock.advance(WINDOW - 1)
    assert not breaker.allow()

    clock.advance(1)
    assert breaker.allow()
    breaker.succeeded()
    assert all(breaker.allow() for _ in range(3))


def test_one_warning_while_the_breaker_is_open(settings, hung, caplog):
    """The outage filter's promise holds with the breaker's quick refusals."""
    settings.DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    settings.DJANGO_REDIS_LOGGER = LOGGER
    logger = logging.getLogger(LOGGER)
    outage = RedisOutageFilter()
    logger.addFilter(outage)
    try:
        with (
            time_machine.travel("2026-05-19 08:00:00+07:00", tick=False),
            caplog.at_level(logging.INFO, logger=LOGGER),
        ):
            cache = project_cache(settings, hung.url)
            for _ in range(5):
                assert cache.get("content-generation") is None
                cache.set("api:v1:answer", b"{}")
    finally:
        logger.removeFilter(outage)
    (warning,) = caplog.records
    assert warning.levelname == "WARNING"
    assert "Cache: Redis unavailable" in warning.getMessage()
    assert "Traceback" not in caplog.text


@pytest.fixture
def working_redis_url():
    """The Redis database REDIS_URL names (under pytest-xdist, this worker's own:
    backend/settings/test.py), which nobody else empties during the test."""
    url = os.environ.get("REDIS_URL", "")
    if not url:
        pytest.skip("needs REDIS_URL (CI sets it)")
    parts = urlsplit(url)
    return url, f"{parts.hostname}:{parts.port or 6379}"


@pytest.mark.redis
def test_a_working_redis_keeps_the_breaker_closed(
    settings, monkeypatch, clock, working_redis_url
):
    url, address = working_redis_url
    breaker = install_breaker(monkeypatch, address, clock)
    cache = project_cache(settings, url, KEY_PREFIX="test-breaker")
    try:
        for number in range(20):
            cache.set(f"key-{number}", number)
            assert cache.get(f"key-{number}") == number
        assert not breaker.is_open

        # A real timeout from the real Redis: a blocking pop outlasts the
        # one-second socket timeout.
        with pytest.raises(redis.TimeoutError):
            cache.client.get_client().blpop(["test-breaker:empty"], timeout=3)
        assert breaker.is_open
        assert cache.get("key-1", "not asked") == "not asked"

        # After the window, the call that tries again finds Redis, and the
        # breaker closes.
        clock.advance(WINDOW)
        assert cache.get("key-1") == 1
        assert not breaker.is_open
        cache.set("key-1", "again")
        assert cache.get("key-1") == "again"
    finally:
        cache.delete_many([f"key-{number}" for number in range(20)])


@pytest.mark.django_db
def test_the_api_answers_quickly_while_redis_hangs(client, home, settings, hung):
    """Through the API's own cache calls (the content generation, the answer,
    the next expiry): several requests, one connection attempt."""
    ArticlePageFactory(parent=SectionPageFactory(title="Tin tức"))
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": hung.url,
            "OPTIONS": settings.REDIS_CACHE_OPTIONS,
        }
    }
    for _ in range(5):
        response = client.get("/api/v1/articles/")
        assert response.status_code == 200
        assert len(response.json()["results"]) == 1
    # The first attempt's first command (redis-py's handshake), whose answer
    # it waited for; nothing since.
    assert hung.connections == 1
    assert len(hung.commands) == 1


def test_the_settings_plug_the_breaker_into_the_redis_cache():
    """As production reads them: REDIS_URL set, REDIS_RETRY_AFTER from the
    environment, the breaker's window from it."""
    code = (
        "from django.conf import settings; "
        "from backend.redis_breaker import breaker_for; "
        "o = settings.CACHES['default']['OPTIONS']; "
        "print(o['CONNECTION_POOL_KWARGS']['connection_class'].__name__, "
        "settings.REDIS_RETRY_AFTER, breaker_for('127.0.0.1:1').retry_after)"
    )
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"},
        "DJANGO_SETTINGS_MODULE": "backend.settings.test",
        "REDIS_URL": "redis://127.0.0.1:1/0",
        "REDIS_RETRY_AFTER": "7",
    }
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    last_line = result.stdout.strip().splitlines()[-1]
    assert last_line.split() == ["CircuitBreakerConnection", "7", "7"]
