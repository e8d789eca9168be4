"""Periodic jobs, run by ``manage.py run_scheduler``.

Any app can add a job from its ``AppConfig.ready()``::

    from cms.workflow.scheduler import periodic_jobs

    periodic_jobs.register("stats.flush", flush_counters, every=60)

A job is a callable without arguments. The scheduler wakes every ``interval``
seconds (60 by default) and runs each job that is due: a job without ``every``
runs on every wake-up, one with ``every`` at most that often (and never more
often than the scheduler wakes). One job failing is logged and does not stop the
others, nor the next run.
"""

import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured
from django.db import connections

logger = logging.getLogger(__name__)

JITTER_SECONDS = 0.5


@dataclass(frozen=True)
class PeriodicJob:
    name: str
    func: Callable[[], object]
    every: float | None = None  # seconds; None: on every wake-up


class JobRegistry:
    def __init__(self):
        self._jobs: dict[str, PeriodicJob] = {}

    def register(self, name: str, func=None, *, every: float | None = None):
        """Add a job; usable as a decorator (``@periodic_jobs.register("x")``).
        Registering the same function under the same name again is a no-op."""
        if func is None:
            return lambda f: self.register(name, f, every=every)
        if every is not None and every <= 0:
            raise ImproperlyConfigured(f"Periodic job {name!r}: every must be > 0.")
        job = PeriodicJob(name, func, every)
        existing = self._jobs.get(name)
        if existing is not None and existing != job:
            raise ImproperlyConfigured(f"Periodic job {name!r} is already registered.")
        self._jobs[name] = job
        return func

    def unregister(self, name: str) -> None:
        self._jobs.pop(name, None)

    def __iter__(self) -> Iterator[PeriodicJob]:
        return iter(list(self._jobs.values()))

    def __len__(self) -> int:
        return len(self._jobs)

    def names(self) -> list[str]:
        return list(self._jobs)


periodic_jobs = JobRegistry()


def _release_stale_connections() -> None:
    # Between runs, drop database connections that broke (a restarted PostgreSQL)
    # or outlived CONN_MAX_AGE, as Django does between requests. A connection in
    # a transaction belongs to whoever opened it (a test, a calling command).
    for connection in connections.all(initialized_only=True):
        if not connection.in_atomic_block:
            connection.close_if_unusable_or_obsolete()


class Scheduler:
    def __init__(
        self,
        jobs: Iterable[PeriodicJob],
        interval: float = 60,
        *,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.jobs = list(jobs)
        self.interval = interval
        self.clock = clock
        self._last_started: dict[str, float] = {}

    def is_due(self, job: PeriodicJob, now: float) -> bool:
        last = self._last_started.get(job.name)
        if last is None or job.every is None:
            return True
        # Wake-ups jitter by milliseconds: a job due every 60 s on a scheduler
        # waking every 60 s must run at each wake-up, not every other one.
        return now - last >= job.every - JITTER_SECONDS

    def run_pending(self, *, force: bool = False) -> dict[str, BaseException | None]:
        """Run every due job (every job if ``force``); return each run job's
        error, or None where it succeeded."""
        results: dict[str, BaseException | None] = {}
        now = self.clock()
        for job in self.jobs:
            if not (force or self.is_due(job, now)):
                continue
            self._last_started[job.name] = now
            try:
                _release_stale_connections()
                job.func()
            except Exception as error:
                # One bad run must not end the loop: log it, try again next time.
                logger.exception("Periodic job %s failed", job.name)
                results[job.name] = error
            else:
                results[job.name] = None
        try:
            _release_stale_connections()
        except Exception:
            logger.exception("Could not release database connections")
        return results

    def run_forever(self, stop: threading.Event) -> None:
        """Run due jobs every ``interval`` seconds until ``stop`` is set. A job
        that is running when ``stop`` is set finishes first."""
        logger.info(
            "Scheduler started: every %gs, jobs: %s",
            self.interval,
            ", ".join(job.name for job in self.jobs) or "none",
        )
        next_wake = self.clock()
        while not stop.is_set():
            self.run_pending()
            # Fixed rate rather than a fixed pause: a run that takes ten seconds
            # must not push the next one to seventy, or "within a minute" breaks.
            next_wake += self.interval
            now = self.clock()
            if self.interval > 0 and next_wake < now:
                missed = int((now - next_wake) // self.interval) + 1
                logger.warning("Scheduler fell behind; skipping %d wake-up(s)", missed)
                next_wake += missed * self.interval
            stop.wait(max(0.0, next_wake - now))
        logger.info("Scheduler stopped")
