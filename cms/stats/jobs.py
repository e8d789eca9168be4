"""The statistics' periodic jobs, run by ``manage.py run_scheduler``."""

import logging

from . import services

logger = logging.getLogger(__name__)


def flush_counters() -> None:
    written = services.flush()
    if written:
        logger.info("Statistics: %d view(s) written to the database", written)


def prune_expired() -> None:
    services.prune()
