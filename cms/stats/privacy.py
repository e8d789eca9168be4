"""Telling visitors apart without knowing who they are, as Plausible does.

A visitor is ``HMAC(daily salt, address + user agent)``, computed in memory for
each hit; the address and the user agent are never written anywhere. The salt is
random, changes at local midnight and is deleted once its day is over, so
yesterday's hashes cannot be recomputed from anything we keep, and one reader is
a new visitor every day (daily uniques stay exact; "visitors this month" is the
sum of daily visitors, see docs/statistics.md).
"""

import hashlib
import hmac
import secrets
import threading
from datetime import date

from crawlerdetect import CrawlerDetect
from django.db import transaction

from cms.security.login import client_ip

from .models import DailySalt

# One maintained list (the CrawlerDetect project's), not our own guesses. It
# caches answers per user agent in memory; nothing of it is written anywhere.
_crawlers = CrawlerDetect()


def is_bot(user_agent: str) -> bool:
    # Every browser sends a user agent; a request without one is a script.
    return not user_agent.strip() or _crawlers.is_crawler(user_agent)


def opted_out(request) -> bool:
    """Do Not Track or Global Privacy Control: count the view, not the visitor."""
    meta = request.META
    return meta.get("HTTP_DNT", "").strip() == "1" or (
        meta.get("HTTP_SEC_GPC", "").strip() == "1"
    )


def request_identity(request) -> tuple[str, str]:
    """The (address, user agent) a visitor hash is made from; kept in memory only.

    The address is the connection's, or the one the trusted reverse proxies
    report (TRUSTED_PROXY_COUNT), the same rule the login protection uses.
    """
    return client_ip(request), request.META.get("HTTP_USER_AGENT", "")


class _SaltCache:
    """Today's salt, read from the database once per process and day."""

    def __init__(self):
        self._lock = threading.Lock()
        self._salts: dict[date, str] = {}

    def get(self, day: date) -> str:
        salt = self._salts.get(day)
        if salt is not None:
            return salt
        with self._lock:
            salt = self._salts.get(day)
            if salt is None:
                salt = _load_or_create_salt(day)
                # Keep only this day's: an old salt in memory is as bad as one
                # in the database.
                self._salts = {day: salt}
            return salt

    def clear(self) -> None:
        with self._lock:
            self._salts = {}


def _load_or_create_salt(day: date) -> str:
    # Every process must hash with the same salt, so it lives in the database;
    # get_or_create settles the race when several processes start a new day.
    with transaction.atomic():
        record, created = DailySalt.objects.get_or_create(
            date=day, defaults={"salt": secrets.token_hex(32)}
        )
        if created:
            # A new day began: the previous days' salts must go now, not when
            # the maintenance job next runs.
            DailySalt.objects.filter(date__lt=day).delete()
    return record.salt


salts = _SaltCache()


def visitor_hash(day: date, address: str, user_agent: str) -> str:
    message = f"{address}\n{user_agent}".encode()
    digest = hmac.new(salts.get(day).encode(), message, hashlib.sha256)
    return digest.hexdigest()[:32]


def view_key(visitor: str, target_key: str) -> str:
    """Names "this visitor viewed this page" for the reload rule, without naming
    the page or keeping the visitor hash itself."""
    return hashlib.sha256(f"{visitor}\n{target_key}".encode()).hexdigest()[:32]
