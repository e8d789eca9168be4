"""One page view on its way to a backend: everything a backend needs, nothing
that identifies the reader."""

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.utils import timezone

from .paths import Target

# The rules of counting (docs/statistics.md).
RELOAD_WINDOW = timedelta(minutes=30)
ONLINE_WINDOW = timedelta(minutes=5)


@dataclass(frozen=True)
class Hit:
    at: datetime
    day: date  # the local day (Asia/Ho_Chi_Minh) the view counts for
    site_id: int  # the portal whose reader site was viewed: its figures only
    target: Target
    # The salted visitor hash, or None when the visitor asked not to be
    # tracked (Do Not Track, Global Privacy Control).
    visitor: str | None
    # Hash of visitor, portal and target, for the reload rule; None with
    # visitor.
    view_key: str | None


@dataclass
class Allowance:
    """A count of requests the caller keeps in the statistics' Redis (the
    beacon's rate limit, api/limits.py), which the Redis backend adds to in
    the same script run as the hit: a beacon is then one round trip. Past
    ``allowed`` the hit is not counted. ``counted`` stays False if the
    backend did not count the request (the database backend, Redis
    unavailable): the caller then counts it its own way."""

    key: str  # the full Redis key
    allowed: int
    ttl: int  # seconds, set when the key is created
    counted: bool = field(default=False, init=False)
    exceeded: bool = field(default=False, init=False)


def local_day(moment: datetime | None = None) -> date:
    """The day in the site's time zone. Explicit, because the admin activates
    each editor's own time zone for their requests."""
    moment = moment or timezone.now()
    return timezone.localtime(moment, timezone.get_default_timezone()).date()
