"""The periodic-job registry, the scheduler loop, and scheduled publishing and
expiry of approved articles, under a controlled clock."""

import logging
import os
import signal
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.exceptions import ImproperlyConfigured
from django.core.management import CommandError, call_command
from wagtail.models import Page

from cms.articles.models import ArticlePage
from cms.workflow.scheduler import JobRegistry, PeriodicJob, Scheduler, periodic_jobs

from .admin_actions import create_article, edit_article, workflow_action

pytestmark = pytest.mark.django_db

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
TITLE = "Thông báo lịch tiếp công dân tháng 3"


def at(hour, minute, second=0):
    return datetime(2030, 3, 1, hour, minute, second, tzinfo=HANOI)


@pytest.fixture
def extra_job():
    """Registers a job in the real registry for one test."""
    names = []

    def register(name, func, **kwargs):
        periodic_jobs.register(name, func, **kwargs)
        names.append(name)

    yield register
    for name in names:
        periodic_jobs.unregister(name)


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


class FakeStop:
    """Stands in for threading.Event: waiting moves the fake clock on."""

    def __init__(self, clock):
        self.clock = clock
        self.waits = []
        self._set = False

    def is_set(self):
        return self._set

    def set(self):
        self._set = True

    def wait(self, timeout):
        self.waits.append(timeout)
        self.clock.now += timeout
        return self._set


# The registry ---------------------------------------------------------------


def test_registry_registers_once_and_refuses_a_different_job_under_the_same_name():
    registry = JobRegistry()

    @registry.register("stats.flush", every=300)
    def flush():
        pass

    registry.register("stats.flush", flush, every=300)  # again: no change
    assert list(registry) == [PeriodicJob("stats.flush", flush, 300)]
    with pytest.raises(ImproperlyConfigured):
        registry.register("stats.flush", lambda: None)
    with pytest.raises(ImproperlyConfigured):
        registry.register("bad", flush, every=0)
    registry.unregister("stats.flush")
    assert len(registry) == 0


def test_the_workflow_registers_scheduled_publishing():
    assert "publish_scheduled" in periodic_jobs.names()


# The loop -------------------------------------------------------------------


def test_a_failing_job_is_logged_and_does_not_stop_the_others(caplog):
    ran = []

    def broken():
        raise RuntimeError("hỏng")

    scheduler = Scheduler(
        [PeriodicJob("broken", broken), PeriodicJob("fine", lambda: ran.append(1))]
    )
    with caplog.at_level(logging.ERROR, logger="cms.workflow.scheduler"):
        results = scheduler.run_pending()
    assert isinstance(results["broken"], RuntimeError)
    assert results["fine"] is None
    assert ran == [1]
    assert "Periodic job broken failed" in caplog.text


def test_jobs_with_their_own_period_run_only_when_due():
    clock = FakeClock()
    runs = []
    scheduler = Scheduler(
        [
            PeriodicJob("every-tick", lambda: runs.append(("tick", clock.now))),
            PeriodicJob("minutely", lambda: runs.append(("minute", clock.now)), 60),
            PeriodicJob("hourly", lambda: runs.append(("hour", clock.now)), 3600),
        ],
        interval=60,
        clock=clock,
    )
    for tick in range(62):
        scheduler.run_pending()
        clock.now += 60 + (-0.01 if tick % 2 else 0.01)  # wake-ups jitter
    hourly = [round(t) for name, t in runs if name == "hour"]
    assert hourly == [0, 3600]
    assert len([name for name, _ in runs if name == "tick"]) == 62
    assert len([name for name, _ in runs if name == "minute"]) == 62


def test_the_loop_keeps_a_fixed_rate_and_survives_a_bad_run():
    clock = FakeClock()
    stop = FakeStop(clock)
    starts = []

    def slow_and_sometimes_broken():
        starts.append(clock.now)
        clock.now += 10  # the job takes ten seconds
        if len(starts) == 2:
            raise RuntimeError("mất kết nối cơ sở dữ liệu")
        if len(starts) == 4:
            stop.set()

    Scheduler(
        [PeriodicJob("publish", slow_and_sometimes_broken)], interval=60, clock=clock
    ).run_forever(stop)

    # Runs start on the minute whatever each run took or raised: an article due
    # at any moment is published less than a minute later.
    assert starts == [0, 60, 120, 180]
    assert stop.waits == [50, 50, 50, 50]


def test_the_loop_skips_wake_ups_it_missed_instead_of_bursting(caplog):
    clock = FakeClock()
    stop = FakeStop(clock)
    starts = []

    def job():
        starts.append(clock.now)
        if len(starts) == 1:
            clock.now += 150  # a very slow run
        if len(starts) == 3:
            stop.set()

    with caplog.at_level(logging.WARNING, logger="cms.workflow.scheduler"):
        Scheduler([PeriodicJob("job", job)], interval=60, clock=clock).run_forever(stop)
    assert starts == [0, 180, 240]
    assert "skipping 2 wake-up(s)" in caplog.text


# The command ----------------------------------------------------------------


def test_once_runs_every_job_and_fails_loudly_if_one_failed(extra_job):
    ran = []
    extra_job("test.record", lambda: ran.append("record"))
    call_command("run_scheduler", "--once")
    assert ran == ["record"]

    def broken():
        raise RuntimeError("hỏng")

    extra_job("test.broken", broken)
    with pytest.raises(CommandError, match="test.broken"):
        call_command("run_scheduler", "--once")
    assert ran == ["record", "record"]  # the other jobs still ran


def test_interval_must_be_positive():
    with pytest.raises(CommandError):
        call_command("run_scheduler", "--interval", "0")


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_the_command_stops_cleanly_on_sigterm_and_ctrl_c(extra_job, signum):
    runs, finished = [], []

    def job():
        runs.append(1)
        if len(runs) == 2:
            raise RuntimeError("one bad run")
        if len(runs) == 3:
            os.kill(os.getpid(), signum)  # the stop arrives mid-job ...
            finished.append(True)  # ... and the job still finishes

    previous = signal.getsignal(signum)
    extra_job("test.stopper", job)
    call_command("run_scheduler", "--interval", "0.001")

    assert len(runs) == 3
    assert finished == [True]
    assert signal.getsignal(signum) is previous


# Scheduled publishing and expiry --------------------------------------------


def log_in(*people):
    # Sessions made before travelling to 2030 have expired there.
    for person in people:
        person.log_in()


def approve(editor, leader, page):
    workflow_action(editor, page, "approve")
    workflow_action(leader, page, "approve")


def is_public(page):
    return ArticlePage.objects.visible_to_readers().filter(pk=page.pk).exists()


def test_an_approved_article_goes_live_at_the_next_run_after_its_time(
    reporter, editor, leader, section
):
    with time_machine.travel(at(6, 0), tick=False) as clock:
        log_in(reporter, editor, leader)
        page, _ = create_article(
            reporter, section, TITLE, action="submit", go_live_at="2030-03-01 07:00"
        )
        approve(editor, leader, page)
        page.refresh_from_db()
        assert not page.live
        assert page.scheduled_revision is not None
        assert not is_public(page)

        clock.move_to(at(6, 59, 30))
        call_command("run_scheduler", "--once")
        assert not is_public(page)

        clock.move_to(at(7, 0, 30))  # the scheduler's next run after 07:00
        call_command("run_scheduler", "--once")
        page.refresh_from_db()
        assert page.live
        assert is_public(page)


def test_a_scheduled_change_to_a_live_article_replaces_it_on_time(
    reporter, editor, leader, section
):
    with time_machine.travel(at(6, 0), tick=False) as clock:
        log_in(reporter, editor, leader)
        page, _ = create_article(leader, section, TITLE, action="publish")
        page.owner = reporter.user
        page.save(update_fields=["owner"])
        new_title = TITLE + " (đã điều chỉnh)"
        edit_article(
            reporter, page, new_title, action="submit", go_live_at="2030-03-01 07:00"
        )
        approve(editor, leader, page)
        assert Page.objects.get(pk=page.pk).title == TITLE

        clock.move_to(at(7, 0, 30))
        call_command("run_scheduler", "--once")
        assert Page.objects.get(pk=page.pk).title == new_title


def test_an_expired_article_disappears(leader, section):
    with time_machine.travel(at(6, 0), tick=False) as clock:
        log_in(leader)
        page, _ = create_article(
            leader, section, TITLE, action="publish", expire_at="2030-03-01 17:00"
        )
        assert is_public(page)

        clock.move_to(at(16, 59))
        call_command("run_scheduler", "--once")
        assert is_public(page)

        # Readers stop seeing it at once, even before the scheduler runs ...
        clock.move_to(at(17, 0, 30))
        assert not is_public(page)
        # ... and the scheduler then takes it offline for everyone.
        call_command("run_scheduler", "--once")
        page.refresh_from_db()
        assert not page.live
        assert page.expired
