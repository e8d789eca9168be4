"""The one module that talks to the CMS: every call to the public API goes through
`CmsApi`, which owns timeouts, caching and error mapping.

Caching: answers are kept in process for `cache_ttl` seconds, then revalidated
with `If-None-Match` (a 304 costs the CMS almost nothing). Concurrent requests for
the same answer wait for one fetch instead of each reaching the CMS. When the API
is unreachable, an answer up to `cache_stale_ttl` old is served instead, so pages
readers have already seen stay up; anything else raises `ApiUnavailable`, which
the views turn into a friendly 503 page.

Portals: one reader site serves every portal (portals.py). Each request's
portal is set once with `use_portal`; every call made while serving it carries
`portal=<hostname>`, which makes the cache key, like the answer, per portal.
The cache's limits (entries and bytes) are for the whole worker, whatever the
number of portals. A call made during a request whose portal is unknown fails
as not found: without the parameter the API would answer for its default
portal, and an unknown host must see nothing of any portal.
"""

import logging
import threading
import time
import zlib
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import httpx
from flask import current_app, g, has_request_context

from .config import Config

logger = logging.getLogger(__name__)

# Once the API is judged down, uncached requests fail fast for this long instead
# of each waiting for a timeout, and cached ones are served stale without asking.
RETRY_AFTER_SECONDS = 5.0
# The API is judged down at once when it cannot be connected to, but only after
# this many failures in a row otherwise: one slow answer (a heavy search under
# load) must fail that page alone, not every uncached page of the worker for
# RETRY_AFTER_SECONDS (a soak run saw one read timeout become 382 503s).
FAILURES_BEFORE_DOWN = 3
_LOCK_STRIPES = 64
_USER_AGENT = "newsroom-reader-site/1"


class ApiError(Exception):
    """The API answered with an error the reader should see (4xx)."""

    def __init__(self, status: int, message: str = "", payload: Any = None):
        super().__init__(f"{status} {message}".strip())
        self.status = status
        self.payload = payload


class NotFound(ApiError):
    def __init__(self, message: str = "", payload: Any = None):
        super().__init__(404, message, payload)


class NoPortal(NotFound):
    """A portal's answer was asked for in a request that has no portal."""


class ApiUnavailable(Exception):
    """The API could not be reached or failed (timeout, connection, 5xx)."""


@dataclass
class _Entry:
    status: int  # 200, or 404 (a missing page is cached too)
    data: Any
    etag: str | None
    last_modified: str | None
    fetched_at: float
    size: int = 0  # bytes of the JSON answer, for the cache's byte budget


class CmsApi:
    def __init__(
        self,
        config: Config,
        transport: httpx.BaseTransport | None = None,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.config = config
        self._clock = clock
        self._client = httpx.Client(
            transport=transport,
            timeout=httpx.Timeout(
                config.api_timeout, connect=config.api_connect_timeout
            ),
            headers={"Accept": "application/json", "User-Agent": _USER_AGENT},
            follow_redirects=True,
        )
        self._cache: OrderedDict[str, _Entry] = OrderedDict()
        self._cache_lock = threading.Lock()
        self._fetch_locks = [threading.Lock() for _ in range(_LOCK_STRIPES)]
        self._down_until = 0.0
        self._failures_in_a_row = 0
        self._cache_bytes = 0

    def close(self):
        self._client.close()

    # Endpoints ---------------------------------------------------------------

    def portals(self) -> dict:
        # The one answer that is the installation's, not a portal's.
        return self.get("/portals/", portal_scoped=False)

    def site(self) -> dict:
        return self.get("/site/")

    def sections(self) -> list[dict]:
        return self.get("/sections/")["results"]

    def articles(self, **filters) -> dict:
        return self.get("/articles/", filters)

    def photo_stories(self, **filters) -> dict:
        return self.get("/photo-stories/", filters)

    def by_path(self, path: str) -> dict:
        return self.get("/pages/by-path/", {"path": path})

    def tag(self, slug: str) -> dict:
        return self.get(f"/tags/{slug}/")

    def search(self, q: str, page: int = 1, page_size: int | None = None) -> dict:
        return self.get("/search/", {"q": q, "page": page, "page_size": page_size})

    def documents(self, **filters) -> dict:
        return self.get("/documents/", filters)

    def document(self, pk: int) -> dict:
        return self.get(f"/documents/{pk}/")

    def document_facets(self) -> dict:
        return self.get("/documents/facets/")

    def organisation(self, lang: str = "vi") -> dict:
        return self.get("/organisation/", {"lang": lang})

    def stats(self) -> dict:
        return self.get("/stats/", ttl=self.config.stats_ttl)

    def preview(self, token: str) -> dict:
        # A draft changes with every save and must never be shown to anyone else.
        return self.get("/preview/", {"token": token}, cache=False)

    def saved_copy(self, kind: str, id: int) -> "Download":
        """The PDF of a page readers may save: `kind` is the API's collection
        ("articles", "photo-stories"). Streamed, never kept here: files are
        large, and the CMS caches them already."""
        return self.download(f"/{kind}/{id}/pdf/")

    def download(self, path: str, params: dict | None = None) -> "Download":
        """GET a file, streamed. Errors as `get` maps them (NotFound, ApiError,
        ApiUnavailable), decided before any byte reaches the reader."""
        params = _with_portal(path, params)
        query = sorted((k, str(v)) for k, v in params.items() if v is not None)
        url = self.config.api_url + path + ("?" + urlencode(query) if query else "")
        if self._clock() < self._down_until:
            raise ApiUnavailable(f"{url}: not tried, the API failed moments ago")
        request = self._client.build_request(
            "GET", url, headers={"Accept": "application/pdf, application/json"}
        )
        try:
            response = self._client.send(request, stream=True)
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            self._failed(at_once=True)
            raise ApiUnavailable(f"{url}: {exc.__class__.__name__}: {exc}") from exc
        except httpx.HTTPError as exc:
            self._failed()
            raise ApiUnavailable(f"{url}: {exc.__class__.__name__}: {exc}") from exc
        if response.status_code == 200:
            self._failures_in_a_row = 0
            return Download(response)
        try:
            response.read()
        except httpx.HTTPError as exc:
            raise ApiUnavailable(f"{url}: {exc.__class__.__name__}: {exc}") from exc
        finally:
            response.close()
        if response.status_code >= 500 or response.status_code == 429:
            self._failed()
            raise ApiUnavailable(f"{url}: HTTP {response.status_code}")
        self._failures_in_a_row = 0
        try:
            payload = response.json()
        except ValueError:
            payload = None
        _raise_for(response.status_code, payload, url)

    # Transport and cache -----------------------------------------------------

    def get(
        self,
        path: str,
        params: dict | None = None,
        *,
        ttl: float | None = None,
        cache: bool = True,
        portal_scoped: bool = True,
    ) -> Any:
        """GET `path` (relative to the API root) and return the decoded JSON.
        Inside a request, the request's portal is added (`use_portal`).

        Raises NotFound for a 404, ApiError for any other 4xx, ApiUnavailable when
        the API cannot answer and no usable cached answer exists.
        """
        params = _with_portal(path, params) if portal_scoped else dict(params or {})
        query = sorted((k, str(v)) for k, v in params.items() if v is not None)
        url = self.config.api_url + path + ("?" + urlencode(query) if query else "")
        if not cache:
            return self._unwrap(self._fetch(url, None), url)
        ttl = self.config.cache_ttl if ttl is None else ttl
        with self._fetch_locks[zlib.crc32(url.encode()) % _LOCK_STRIPES]:
            entry = self._cached(url)
            now = self._clock()
            if entry is not None and now - entry.fetched_at < ttl:
                return self._unwrap(entry, url)
            if entry is not None and now < self._down_until:
                return self._stale(entry, url, "recently unreachable")
            try:
                fresh = self._fetch(url, entry)
            except ApiUnavailable:
                if entry is not None and now - entry.fetched_at < (
                    self.config.cache_stale_ttl
                ):
                    return self._stale(entry, url, "unreachable")
                raise
            if fresh.status in (200, 404):
                self._store(url, fresh)
            return self._unwrap(fresh, url)

    def _fetch(self, url: str, entry: _Entry | None) -> _Entry:
        now = self._clock()
        if entry is None and now < self._down_until:
            raise ApiUnavailable(f"{url}: not tried, the API failed moments ago")
        headers = {}
        if entry is not None and entry.etag:
            headers["If-None-Match"] = entry.etag
        if entry is not None and entry.last_modified:
            headers["If-Modified-Since"] = entry.last_modified
        try:
            response = self._client.get(url, headers=headers)
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            # Nothing listens (or answers the handshake): every request would fail.
            self._failed(at_once=True)
            raise ApiUnavailable(f"{url}: {exc.__class__.__name__}: {exc}") from exc
        except httpx.HTTPError as exc:
            self._failed()
            raise ApiUnavailable(f"{url}: {exc.__class__.__name__}: {exc}") from exc
        if response.status_code == 304 and entry is not None:
            self._failures_in_a_row = 0
            return _Entry(
                entry.status,
                entry.data,
                response.headers.get("ETag", entry.etag),
                response.headers.get("Last-Modified", entry.last_modified),
                self._clock(),
                entry.size,
            )
        if response.status_code >= 500 or response.status_code in (304, 429):
            self._failed()
            raise ApiUnavailable(f"{url}: HTTP {response.status_code}")
        try:
            data = response.json()
        except ValueError as exc:
            if response.status_code != 404:
                self._failed()
                raise ApiUnavailable(f"{url}: the answer is not JSON") from exc
            data = None  # a 404 from a proxy in front of the API: still missing
        self._failures_in_a_row = 0
        return _Entry(
            response.status_code,
            data,
            response.headers.get("ETag"),
            response.headers.get("Last-Modified"),
            self._clock(),
            len(response.content),
        )

    def _unwrap(self, entry: _Entry, url: str) -> Any:
        if entry.status == 200:
            return entry.data
        _raise_for(entry.status, entry.data, url)

    def _stale(self, entry: _Entry, url: str, why: str) -> Any:
        logger.warning("Serving a cached answer for %s: the API is %s", url, why)
        return self._unwrap(entry, url)

    def _failed(self, at_once: bool = False):
        # Threads race on the counter; a lost increment only delays the verdict.
        self._failures_in_a_row += 1
        if at_once or self._failures_in_a_row >= FAILURES_BEFORE_DOWN:
            self._down_until = self._clock() + RETRY_AFTER_SECONDS

    def _cached(self, url: str) -> _Entry | None:
        with self._cache_lock:
            entry = self._cache.get(url)
            if entry is not None:
                self._cache.move_to_end(url)
            return entry

    def cache_size(self) -> tuple[int, int]:
        """(answers, bytes of JSON) held now by this worker's cache."""
        with self._cache_lock:
            return len(self._cache), self._cache_bytes

    def _store(self, url: str, entry: _Entry):
        with self._cache_lock:
            replaced = self._cache.pop(url, None)
            if replaced is not None:
                self._cache_bytes -= replaced.size
            self._cache[url] = entry
            self._cache_bytes += entry.size
            while len(self._cache) > 1 and (
                len(self._cache) > self.config.cache_max_entries
                or self._cache_bytes > self.config.cache_max_bytes
            ):
                _, evicted = self._cache.popitem(last=False)
                self._cache_bytes -= evicted.size


class Download:
    """A file the CMS is sending: its headers now, its bytes as they come
    (`chunks()` closes the connection at the end, or when the reader leaves)."""

    # What a reader's browser needs of the CMS's answer.
    HEADERS = (
        "Content-Type",
        "Content-Length",
        "Content-Disposition",
        "ETag",
        "Last-Modified",
        "Cache-Control",
    )

    def __init__(self, response: httpx.Response):
        self._response = response
        self.headers = {
            name: response.headers[name]
            for name in self.HEADERS
            if name in response.headers
        }
        if "Content-Encoding" in response.headers:
            # httpx hands over the decoded bytes: the CMS's length is not theirs.
            self.headers.pop("Content-Length", None)

    def chunks(self):
        try:
            yield from self._response.iter_bytes()
        finally:
            self._response.close()


def cms() -> CmsApi:
    """The current app's client (one per process, made by `create_app`)."""
    return current_app.extensions["cms"]


def _raise_for(status: int, payload: Any, url: str):
    """The error an answer other than 200 is to the reader site: NotFound
    for a 404, ApiError for another 4xx, ApiUnavailable beyond."""
    message = _error_message(payload)
    if status == 404:
        raise NotFound(message, payload)
    if 400 <= status < 500:
        raise ApiError(status, message, payload)
    raise ApiUnavailable(f"{url}: HTTP {status}")


def _with_portal(path: str, params: dict | None) -> dict:
    """``params`` with the current request's portal (outside a request, as
    they are)."""
    params = dict(params or {})
    if has_request_context():
        portal = g.get("api_portal")
        if not portal:
            raise NoPortal(f"{path}: this request is for no portal")
        params["portal"] = portal
    return params


def use_portal(hostname: str | None):
    """Scope the API calls of the current request to the portal `hostname`
    (None: to no portal, and every portal-scoped call fails as not found)."""
    g.api_portal = hostname


def optional(call: Callable[[], Any]) -> Any:
    """`call()`, or None when the API cannot give that answer: for what a page
    can do without (the portal's details, the statistics box)."""
    try:
        return call()
    except (ApiError, ApiUnavailable):
        return None


def _error_message(payload: Any) -> str:
    if isinstance(payload, dict) and isinstance(payload.get("error"), dict):
        return str(payload["error"].get("message", ""))
    return ""
