"""One page view on its way to a backend: everything a backend needs, nothing
that identifies the reader."""

from dataclasses import dataclass
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


def local_day(moment: datetime | None = None) -> date:
    """The day in the site's time zone. Explicit, because the admin activates
    each editor's own time zone for their requests."""
    moment = moment or timezone.now()
    return timezone.localtime(moment, timezone.get_default_timezone()).date()
