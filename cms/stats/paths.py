"""Which reader-site paths a page view may be recorded for.

A beacon names the path the reader is on. Only paths the reader site actually
serves are accepted, so nobody can fill the tables with made-up pages: a page
readers may see (``visible_to_readers``, the one definition of public), the home
page, and the reader site's two pages that are not CMS pages (search and tag
pages, see frontend/views.py). Search and tag pages count towards the site's
figures only.
"""

import re
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from taggit.models import Tag
from wagtail.models import Site

from cms.core.models import reader_pages

MAX_PATH_LENGTH = 500
# Path -> page lookups are kept briefly in each process's memory (no cache
# server round trip per beacon): Wagtail's url_path has no index, and every
# page view asks. A page unpublished meanwhile is counted for at most this
# long; the most recently used paths are kept, at most _CACHE_SIZE of them.
_CACHE_SECONDS = 60
_CACHE_SIZE = 10_000
_SEARCH_PATH = "/tim-kiem/"
_TAG_PATH = re.compile(r"^/chu-de/(?P<slug>[-\w]+)/$")
# The library of official documents and a document's page (frontend/documents.py):
# a document is found by its id, not by its place in the page tree.
_DOCUMENTS_PATH = "/van-ban/"
_DOCUMENT_PATH = re.compile(r"^/van-ban/(?P<id>[1-9]\d{0,17})/$")


class InvalidPath(ValueError):
    """Not a reader-site path at all (a full URL, too long, not a string)."""


class UnknownPath(LookupError):
    """A well-formed path that no page readers may see answers to."""


@dataclass(frozen=True)
class Target:
    """What was viewed: ``key`` names it for the reload rule, ``page_id`` is set
    when it is a CMS page (its own counter)."""

    key: str
    page_id: int | None = None

    @classmethod
    def for_page(cls, page_id: int) -> "Target":
        return cls(f"page:{page_id}", page_id)


def normalise(raw) -> str:
    if not isinstance(raw, str) or not raw or len(raw) > MAX_PATH_LENGTH:
        raise InvalidPath("Đường dẫn không hợp lệ.")
    parts = urlsplit(raw.strip())
    if parts.scheme or parts.netloc or not parts.path.startswith("/"):
        raise InvalidPath("Đường dẫn phải bắt đầu bằng “/”, ví dụ /tin-tuc/ten-bai/.")
    path = unquote(parts.path)
    if "\x00" in path or "//" in path:
        raise InvalidPath("Đường dẫn không hợp lệ.")
    # The reader site redirects "/a" to "/a/" before the page runs its beacon,
    # but the noscript image may be built from either.
    return path if path.endswith("/") else path + "/"


def resolve(raw, site: Site | None = None) -> Target:
    """The target a reader-site path of ``site`` (the default site if None)
    names; raises InvalidPath or UnknownPath."""
    path = normalise(raw)
    if path in (_SEARCH_PATH, _DOCUMENTS_PATH):
        return Target(f"path:{path}")
    if match := _TAG_PATH.match(path):
        if Tag.objects.filter(slug=match["slug"]).exists():
            return Target(f"path:{path}")
        raise UnknownPath(path)
    site = site or Site.objects.filter(is_default_site=True).first()
    if site is None:
        raise UnknownPath(path)
    if match := _DOCUMENT_PATH.match(path):
        document = (
            reader_pages()
            .visible_to_readers()
            .in_site(site)
            .filter(pk=int(match["id"]), content_type__app_label="officialdocs")
        )
        if document.exists():
            return Target.for_page(int(match["id"]))
        raise UnknownPath(path)
    page_id = _known.get((site.pk, path))
    if page_id is None:
        page_id = _visible_page_id(site, path)
        if page_id is None:
            if path == "/":
                # The front page is always a page readers may visit, even on a
                # site whose root page is not set up yet.
                return Target("path:/")
            raise UnknownPath(path)
        _known.put((site.pk, path), page_id)
    return Target.for_page(page_id)


class _RecentPaths:
    """(site, path) -> page id, for _CACHE_SECONDS, the most recent first."""

    def __init__(self):
        self._items: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            found = self._items.get(key)
            if found is None:
                return None
            page_id, until = found
            if until <= time.monotonic():
                del self._items[key]
                return None
            self._items.move_to_end(key)
            return page_id

    def put(self, key, page_id) -> None:
        with self._lock:
            self._items[key] = (page_id, time.monotonic() + _CACHE_SECONDS)
            self._items.move_to_end(key)
            while len(self._items) > _CACHE_SIZE:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


_known = _RecentPaths()


def _visible_page_id(site: Site, path: str) -> int | None:
    url_path = site.root_page.url_path + path.removeprefix("/")
    pages = reader_pages().visible_to_readers().in_site(site).filter(url_path=url_path)
    return pages.values_list("pk", flat=True).first()


def forget_paths(sender=None, **kwargs) -> None:
    """Forget this process's path lookups: a page was published, unpublished,
    moved or deleted here (other processes forget theirs within
    _CACHE_SECONDS)."""
    _known.clear()


def connect_signal_handlers() -> None:
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import Page
    from wagtail.signals import page_published, page_unpublished, post_page_move

    uid = "stats-paths"
    page_published.connect(forget_paths, dispatch_uid=f"{uid}-published")
    page_unpublished.connect(forget_paths, dispatch_uid=f"{uid}-unpublished")
    post_page_move.connect(forget_paths, dispatch_uid=f"{uid}-moved")
    post_delete.connect(forget_paths, sender=Page, dispatch_uid=f"{uid}-deleted")
    post_save.connect(forget_paths, sender=Site, dispatch_uid=f"{uid}-site")
    post_delete.connect(forget_paths, sender=Site, dispatch_uid=f"{uid}-site-gone")
