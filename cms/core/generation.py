"""The content generation: a number, kept in the shared cache, that changes
whenever anything readers may see changes. Answers cached for readers are keyed
by it (api/caching.py), so one publish, made by any process on any server (the
admin, the scheduler, a command), retires every cached list, detail and search
at once, without tracking which answers it touched.

The number is the time of the change in nanoseconds, so it also serves as the
answers' Last-Modified, and a value is never reused: a generation lost with
the cache (eviction, restart) starts again from "now", never from an old value.
"""

import time

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
    Site,
)
from wagtail.signals import page_published, page_unpublished, post_page_move

# Public for readers that fetch it together with other keys (api/caching.py).
GENERATION_KEY = _KEY = "content-generation"

# Fields Wagtail saves on a page when an editor saves a draft, submits it or
# locks it: the live content readers see does not change.
_BOOKKEEPING_FIELDS = frozenset(
    {
        "draft_title",
        "has_unpublished_changes",
        "latest_revision",
        "latest_revision_created_at",
        "live_revision",
        "locked",
        "locked_at",
        "locked_by",
        "wagtail_admin_comments",
        "comments",
    }
)


def content_generation() -> int:
    generation = cache.get(_KEY)
    if generation is None:
        cache.add(_KEY, time.time_ns(), timeout=None)
        generation = cache.get(_KEY) or time.time_ns()
    return generation


def bump_content_generation() -> None:
    """Retire every answer cached so far, now and again when the current
    transaction commits (a reader served in between could otherwise cache the
    old content under the new generation)."""
    _bump()
    transaction.on_commit(_bump)


def _bump() -> None:
    current = cache.get(_KEY) or 0
    cache.set(_KEY, max(time.time_ns(), current + 1), timeout=None)


def _on_content_change(sender=None, **kwargs):
    if kwargs.get("raw"):
        return
    bump_content_generation()


def _on_page_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not isinstance(instance, Page) or not instance.live:
        return
    if update_fields and set(update_fields) <= _BOOKKEEPING_FIELDS:
        return
    bump_content_generation()


def _on_page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        bump_content_generation()


def connect_signal_handlers() -> None:
    """Everything that changes what readers see: publishing, unpublishing
    (including expiry), moving and deleting pages, direct edits of live
    pages, images and documents, view restrictions, sites, tags and fetched
    embeds. Apps above the core add their own models (bump_on_change)."""
    from taggit.models import Tag
    from wagtail.documents import get_document_model
    from wagtail.embeds.models import Embed
    from wagtail.images import get_image_model

    from cms.images.models import CustomRendition

    uid = "content-generation"
    page_published.connect(_on_content_change, dispatch_uid=f"{uid}-published")
    page_unpublished.connect(_on_content_change, dispatch_uid=f"{uid}-unpublished")
    post_page_move.connect(_on_content_change, dispatch_uid=f"{uid}-moved")
    post_save.connect(_on_page_saved, dispatch_uid=f"{uid}-page-saved")
    post_delete.connect(_on_page_deleted, dispatch_uid=f"{uid}-page-deleted")
    bump_on_change(
        get_image_model(),
        CustomRendition,
        get_document_model(),
        PageViewRestriction,
        CollectionViewRestriction,
        Collection,
        Site,
        Tag,
        Embed,
    )


def bump_on_change(*models) -> None:
    """Bump the generation whenever a row of one of ``models`` is saved or
    deleted: how an app built on the core (the portals' settings) says that
    readers see its models, without the core importing it."""
    uid = "content-generation"
    for model in models:
        post_save.connect(
            _on_content_change, sender=model, dispatch_uid=f"{uid}-{model}-saved"
        )
        post_delete.connect(
            _on_content_change, sender=model, dispatch_uid=f"{uid}-{model}-deleted"
        )
