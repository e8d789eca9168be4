"""Purge what a CDN or caching proxy keeps of the reader site and the API when
readers' content changes (docs/deployment.md, "CDN in front of the API and the
reader site").

Wagtail's own frontend-cache signal handlers purge Wagtail's page URLs; this
CMS is headless, so the cached URLs are the reader site's (``FRONTEND_URL``)
and the public API's (``CMS_PUBLIC_API_URL``). The handlers here compute those
and hand them, after the transaction commits, in one batch per transaction to
the backends ``WAGTAILFRONTENDCACHE`` configures (backend/settings/base.py).
Nothing configured: nothing is sent. A CDN that fails is logged, never an
error for the editor: the content is published either way, and cached copies
expire within their max-age.
"""

import logging
import threading
from urllib.parse import quote

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import Page
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
)

from cms.core.models import BasePage, reader_path_for

logger = logging.getLogger("cms.cdn")

# Reader-site URLs that list the newest content, whatever the page.
READER_LISTINGS = (
    "/",
    "/rss.xml",
    "/sitemap.xml",
    "/sitemap-pages.xml",
    "/sitemap-articles-1.xml",
    "/sitemap-photo-stories-1.xml",
)
# The API's list endpoints, first page without parameters. Other pages and
# parameter combinations are separate URLs to a CDN; they expire by max-age.
API_LISTINGS = ("/articles/", "/photo-stories/", "/sections/")
# API detail endpoints by page type (api/urls.py).
API_DETAIL_PREFIXES = {
    "articles.ArticlePage": "/articles/",
    "photostories.PhotoStoryPage": "/photo-stories/",
}
# Readers' saved copies (PDF) on the reader site, by page type
# (frontend/saving.py); the API's are the detail URL + "pdf/".
READER_SAVED_COPIES = {
    "articles.ArticlePage": "/luu/bai-viet/",
    "photostories.PhotoStoryPage": "/luu/tin-anh/",
}


def urls_to_purge(page, *, former_url_paths=()) -> set[str]:
    """The reader-site and API URLs whose cached copies show ``page``: at its
    path and at any path it had before (a move, a new slug), its sections,
    the home page, feeds and sitemaps, and the API's answers for it."""
    reader = settings.FRONTEND_URL
    api = settings.CMS_PUBLIC_API_URL
    paths = {reader_path_for(page.url_path)}
    paths |= {reader_path_for(url_path) for url_path in former_url_paths}
    is_section = page._meta.label == "sections.SectionPage"

    urls = {reader + path for path in READER_LISTINGS}
    urls |= {api + path for path in API_LISTINGS}
    for path in paths:
        urls.add(reader + path)
        if is_section and path != "/":
            urls.add(reader + path + "rss.xml")
        # The same query written as browsers send it and as the reader
        # site's client (urlencode) does: a CDN keys on the exact URL.
        urls.add(f"{api}/pages/by-path/?path={path}")
        urls.add(f"{api}/pages/by-path/?path={quote(path, safe='')}")
        for section_path in _section_paths(path):
            urls.add(reader + section_path)
            urls.add(reader + section_path + "rss.xml")
    detail_prefix = API_DETAIL_PREFIXES.get(page._meta.label)
    if detail_prefix:
        urls.add(f"{api}{detail_prefix}{page.pk}/")
        urls.add(f"{api}{detail_prefix}{page.pk}/pdf/")
    saved_copy = READER_SAVED_COPIES.get(page._meta.label)
    if saved_copy:
        urls.add(f"{reader}{saved_copy}{page.pk}.pdf")
    for slug in _tag_slugs(page):
        urls.add(f"{reader}/chu-de/{slug}/")
        urls.add(f"{api}/tags/{slug}/")
    return urls


def _section_paths(path: str) -> list[str]:
    """ "/a/b/c/" -> ["/a/", "/a/b/"]: the sections a page sits in (every
    page between the home page and an article is a section)."""
    parts = [part for part in path.split("/") if part]
    return ["/" + "/".join(parts[:depth]) + "/" for depth in range(1, len(parts))]


def _tag_slugs(page) -> list[str]:
    tags = getattr(page, "tags", None)
    if tags is None or page.pk is None:
        return []
    # Empty for a deleted page: its tag links are deleted before it.
    return [tag.slug for tag in tags.all()]


# Purging -----------------------------------------------------------------------


class _Batch:
    def __init__(self):
        self.urls: set[str] = set()
        self.sent = False

    def send(self):
        if self.sent:
            return
        self.sent = True
        try:
            purge_urls_from_cache(sorted(self.urls))
        except Exception:
            # The content is committed; a CDN problem must not turn the
            # editor's publish into an error page.
            logger.warning("CDN purge failed", exc_info=True)


_pending = threading.local()


def purge_after_commit(urls) -> None:
    """Purge ``urls`` once the current transaction commits (at once outside
    one), together with every other URL queued in the same transaction."""
    batch = getattr(_pending, "batch", None)
    if batch is None or batch.sent:
        batch = _pending.batch = _Batch()
    batch.urls.update(urls)
    # Registered for every change, not only the first: after a rollback the
    # first registration is gone and the batch would never be sent. Whichever
    # runs first sends the whole batch; the others find it sent.
    transaction.on_commit(batch.send)


def _backends_configured() -> bool:
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


# Signal handlers ----------------------------------------------------------------


def _queue(page, former_url_paths=()) -> None:
    if not _backends_configured():
        return
    # post_page_move sends the base Page; the URLs depend on the page type.
    page = page.specific_deferred if type(page) is Page else page
    if isinstance(page, BasePage):
        purge_after_commit(urls_to_purge(page, former_url_paths=former_url_paths))


def _on_published_or_unpublished(sender, instance, **kwargs):
    _queue(instance)


def _on_slug_changed(sender, instance, instance_before, **kwargs):
    if instance.live:
        _queue(instance, [instance_before.url_path])


def _on_moved(sender, instance, url_path_before, **kwargs):
    if instance.live:
        _queue(instance, [url_path_before])


def _on_deleted(sender, instance, **kwargs):
    # Django sends post_delete for the specific page and for its Page row;
    # the specific one (a BasePage) is enough. A draft never reached a cache.
    if isinstance(instance, BasePage) and instance.live:
        _queue(instance)


def connect_signal_handlers() -> None:
    uid = "cdn-purge"
    page_published.connect(
        _on_published_or_unpublished, dispatch_uid=f"{uid}-published"
    )
    page_unpublished.connect(
        _on_published_or_unpublished, dispatch_uid=f"{uid}-unpublished"
    )
    page_slug_changed.connect(_on_slug_changed, dispatch_uid=f"{uid}-slug")
    post_page_move.connect(_on_moved, dispatch_uid=f"{uid}-moved")
    post_delete.connect(_on_deleted, dispatch_uid=f"{uid}-deleted")
