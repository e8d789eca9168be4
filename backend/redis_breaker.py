"""Stop talking to a Redis that has just failed, for a while.

The cache ignores Redis errors (a miss instead of a 500), but each call still
tries Redis first. A Redis that refuses connections costs a refused connection
per call; one that accepts connections and never answers (hung, swapping, a
network black hole) costs the socket timeout per call, several per request.

A circuit breaker per Redis server and per process, plugged into the cache's
connection pool (CACHES OPTIONS, CONNECTION_POOL_KWARGS["connection_class"]):
after a failed connection or a socket timeout, every connection to that server
raises ConnectionError at once, without a syscall, for REDIS_RETRY_AFTER
seconds; django-redis turns that into a cache miss. Then one call tries Redis
again, while the others keep failing fast until it has its answer: an answer
closes the breaker, another failure opens it for another window.

A Redis that closes a connection (a restart) does not open it: the pool
reconnects, and only if that fails is Redis down. The statistics backend
(cms/stats/redis_backend.py) keeps its own memory of the same kind, with the
same window, as it falls back on the database rather than on nothing.
"""

import threading
import time
from collections.abc import Callable

import redis
from django.conf import settings
from redis.connection import Connection


class CircuitBreaker:
    """Whether to talk to one Redis server now. Thread-safe."""

    def __init__(self, retry_after: float, clock: Callable[[], float] = time.monotonic):
        self.retry_after = retry_after
        # Monotonic by default: a wall clock set back would keep Redis off for
        # as long; tests give their own.
        self.clock = clock
        self._open = False
        self._retry_at = 0.0
        self._reason = ""
        self._lock = threading.Lock()

    @property
    def is_open(self) -> bool:
        return self._open

    def allow(self) -> bool:
        """True if a call may talk to Redis: the breaker is closed, or its
        window has passed and this call is the one that tries again."""
        if not self._open:
            # The common case, without the lock.
            return True
        with self._lock:
            if not self._open:
                return True
            now = self.clock()
            if now < self._retry_at:
                return False
            # Later calls wait for this one's answer as if it had failed.
            self._retry_at = now + self.retry_after
            return True

    def refusal(self, address: str) -> redis.ConnectionError:
        remaining = max(0.0, self._retry_at - self.clock())
        return redis.ConnectionError(
            f"{address} failed ({self._reason}); not tried again for "
            f"{remaining:.0f}s (REDIS_RETRY_AFTER)"
        )

    def failed(self, error: Exception) -> None:
        with self._lock:
            self._open = True
            self._retry_at = self.clock() + self.retry_after
            self._reason = str(error) or type(error).__name__

    def succeeded(self) -> None:
        if self._open:
            with self._lock:
                self._open = False


breakers: dict[str, CircuitBreaker] = {}
_breakers_lock = threading.Lock()


def breaker_for(address: str) -> CircuitBreaker:
    """This process's breaker for the Redis server at ``address`` ("host:port"):
    one server failing says nothing about another."""
    breaker = breakers.get(address)
    if breaker is None:
        with _breakers_lock:
            breaker = breakers.setdefault(
                address, CircuitBreaker(settings.REDIS_RETRY_AFTER)
            )
    return breaker


class CircuitBreakerConnection(Connection):
    """A redis-py TCP connection that consults and feeds its server's breaker.

    The pool calls ``connect()`` (hence ``connect_check_health``) each time it
    hands a connection out, even an open one, so a refusal there stops every
    command before it is written. Timeouts surface from the connect and its
    handshake, from writing and from reading the answer."""

    @property
    def breaker(self) -> CircuitBreaker:
        return breaker_for(self._host_error())

    def connect_check_health(self, check_health=True, retry_socket_connect=True):
        breaker = self.breaker
        if not breaker.allow():
            raise breaker.refusal(self._host_error())
        try:
            super().connect_check_health(
                check_health=check_health, retry_socket_connect=retry_socket_connect
            )
        except (redis.ConnectionError, redis.TimeoutError) as error:
            breaker.failed(error)
            raise

    def send_packed_command(self, command, check_health=True):
        try:
            super().send_packed_command(command, check_health=check_health)
        except redis.TimeoutError as error:
            self.breaker.failed(error)
            raise

    def read_response(self, *args, **kwargs):
        try:
            response = super().read_response(*args, **kwargs)
        except redis.TimeoutError as error:
            self.breaker.failed(error)
            raise
        except redis.ResponseError:
            # An error answer is still an answer: Redis is there.
            self.breaker.succeeded()
            raise
        self.breaker.succeeded()
        return response
