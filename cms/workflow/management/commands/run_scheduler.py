import signal
import threading

from django.core.management.base import BaseCommand, CommandError

from cms.workflow.scheduler import Scheduler, periodic_jobs

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


class Command(BaseCommand):
    help = (
        "Run the periodic jobs (scheduled publishing and expiry, and whatever "
        "other apps register in cms.workflow.scheduler) every --interval seconds "
        "until stopped with SIGTERM or Ctrl-C. A failing job is logged and the "
        "loop goes on. Run exactly one per installation."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval",
            type=float,
            default=60,
            help="Seconds between runs (default 60, so that a scheduled article "
            "goes live within a minute of its time).",
        )
        parser.add_argument(
            "--once",
            action="store_true",
            help="Run every job once and exit; the exit status is 1 if one failed.",
        )

    def handle(self, *args, interval, once, **options):
        if interval <= 0:
            raise CommandError("--interval must be a positive number of seconds.")
        scheduler = Scheduler(periodic_jobs, interval)
        if once:
            results = scheduler.run_pending(force=True)
            failed = sorted(name for name, error in results.items() if error)
            if failed:
                raise CommandError(f"Failed job(s): {', '.join(failed)}")
            return

        stop = threading.Event()
        previous = {}
        if threading.current_thread() is threading.main_thread():
            # Finish the job in progress, then leave: a job cut off halfway
            # (say, between publishing and clearing a cache) is worse than a
            # second's delay in stopping.
            for signum in STOP_SIGNALS:
                previous[signum] = signal.signal(signum, lambda *_: stop.set())
        try:
            scheduler.run_forever(stop)
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)
