"""One log line per Redis outage, not one traceback per cache call.

The cache ignores Redis errors (IGNORE_EXCEPTIONS: a cache miss instead of a
500), and django-redis logs each ignored error with its traceback. While Redis
is down that is several tracebacks per request, dozens of lines each: the log
fills the disk and buries every other message. This filter, on django-redis's
logger, lets one warning through per process every ``every`` seconds, without
the traceback.
"""

import logging
import threading
import time


class RedisOutageFilter(logging.Filter):
    def __init__(self, every: int = 30):
        super().__init__()
        self.every = every
        self._next_report = 0.0
        self._lock = threading.Lock()

    def filter(self, record: logging.LogRecord) -> bool:
        # Wall-clock time, not monotonic: a rate limit does not mind a clock
        # change, and tests can move this clock.
        now = time.time()
        with self._lock:
            if now < self._next_report:
                return False
            self._next_report = now + self.every
        reason = record.exc_info[1] if record.exc_info else record.getMessage()
        record.msg = (
            "Cache: Redis unavailable (%s); answers are built without the cache "
            "(next report in %ss at the earliest)"
        )
        record.args = (reason, self.every)
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        record.exc_info = record.exc_text = None
        return True
