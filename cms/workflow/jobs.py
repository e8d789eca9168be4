"""The workflow's own periodic job: scheduled publishing and expiry."""

import logging
from io import StringIO

from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, Revision

logger = logging.getLogger(__name__)


def publish_scheduled() -> None:
    """Publish approved revisions whose go-live time has passed and unpublish
    pages whose expiry time has passed, with Wagtail's own command (which also
    writes the audit log and sends the publish signals that clear caches)."""
    now = timezone.now()
    # The same conditions as the command's, counted only to say what happened.
    due = Revision.objects.filter(approved_go_live_at__lt=now).count()
    expired = Page.objects.filter(live=True, expire_at__lt=now).count()
    call_command("publish_scheduled", stdout=StringIO())
    if due or expired:
        logger.info(
            "Scheduled publishing: %d revision(s) published, %d page(s) expired",
            due,
            expired,
        )
