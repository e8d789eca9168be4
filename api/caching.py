"""HTTP caching of the API's answers.

- Every GET answer carries ETag, Last-Modified and a Cache-Control a CDN can
  honour; conditional requests get 304.
- Answers are also kept in Django's cache (Redis in production, shared by
  every worker and server), with the content generation they were built at
  (cms/core/generation.py): any publish, unpublish, move or delete, made by
  any process, changes the generation, so no list, detail or search answer
  outlives the content it was built from.
- An answer is not used past the moment a page in the site may expire (an
  expiry sends no signal: the page simply stops being visible).
- The key is the request's scheme, Host header and path, and the query
  parameters the endpoint takes (``query_names`` of its view), sorted; the
  ``portal`` parameter with them, so portals never share an answer. Unknown
  parameters are left out, so they cannot fill the cache.
- A cached answer is served by ``CachedAnswerMiddleware``, before anything
  else of the request runs (sessions, the language, the site's lookup, DRF,
  parameters): one cache read of the entry and the generation together, and
  no query. It adds the headers the middleware and view it skips add to a
  built answer (``_skipped_headers``), so a cached answer or 304 carries the
  same (tests/api/test_caching.py compares them all).
"""

import functools
import hashlib
import json
import time

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date
from rest_framework.renderers import JSONRenderer

from cms.core.generation import GENERATION_KEY, content_generation
from cms.core.models import reader_pages

CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300"
NO_STORE = "no-store"
RESPONSE_CACHE_SECONDS = 300
# The next expiry is one value for every answer of a generation: kept apart
# from the answers, so that turning answers off (the benchmark's uncached
# server) does not recompute it for each one.
NEXT_EXPIRY_SECONDS = 300
MAX_AGE = 60
PREFIX = "/api/v1/"


def _render(data) -> bytes:
    return JSONRenderer().render(data)


def query_names(params_class) -> tuple[str, ...]:
    """The query parameters a parameter serializer reads (for ``query_names``)."""
    path_fields = getattr(params_class, "path_fields", ())
    return tuple(name for name in params_class().fields if name not in path_fields)


def _key(request, names) -> str:
    query = request.GET
    params = {name: query.get(name) for name in names if name in query}
    if "portal" in params:
        params["portal"] = params["portal"].strip().lower()
    # The Host header, not the server's own port: servers behind one load
    # balancer listen on ports of their own and must share their answers.
    identity = json.dumps(
        [request.scheme, request.get_host(), request.path, params],
        sort_keys=True,
    )
    return "api:v1:" + hashlib.sha256(identity.encode()).hexdigest()


def _view_names(request):
    match = getattr(request, "resolver_match", None)
    view_class = getattr(match.func, "view_class", None) if match else None
    return getattr(view_class, "query_names", None)


def cached_answer(request, build) -> HttpResponse:
    """The JSON answer to ``request``: from the shared cache if built since
    the last content change, else ``build()`` (which returns data, or raises
    an API exception) and kept. The view's ``query_names`` say which
    parameters the answer depends on."""
    return _cached(request, lambda: (_render(build()), "application/json", {}))


def cached_file(request, build, content_type: str) -> HttpResponse:
    """As ``cached_answer``, for a file (a PDF): ``build()`` returns its
    bytes and the headers that go with them (Content-Disposition)."""

    def build_entry():
        content, headers = build()
        return content, content_type, headers

    return _cached(request, build_entry)


def _cached(request, build) -> HttpResponse:
    key = _key(request, _view_names(request) or ())
    generation = content_generation()
    now = time.time()
    entry = cache.get(key) if RESPONSE_CACHE_SECONDS else None
    if not _usable(entry, generation, now):
        content, content_type, headers = build()
        entry = {
            "generation": generation,
            "content": content,
            "content_type": content_type,
            "headers": headers,
            "etag": '"' + hashlib.blake2b(content, digest_size=16).hexdigest() + '"',
            "last_modified": generation // 1_000_000_000,
            "valid_until": min(now + RESPONSE_CACHE_SECONDS, _next_expiry(generation)),
        }
        if RESPONSE_CACHE_SECONDS:
            cache.set(key, entry, RESPONSE_CACHE_SECONDS)
    return _respond(request, entry, now)


def _usable(entry, generation, now) -> bool:
    return (
        entry is not None
        and entry.get("generation") == generation
        and now < entry["valid_until"]
    )


def _respond(request, entry, now) -> HttpResponse:
    response = conditional_response(
        request,
        HttpResponse(
            entry["content"],
            content_type=entry.get("content_type", "application/json"),
        ),
        entry["etag"],
        entry["last_modified"],
    )
    if response.status_code == 200:
        for header, value in entry.get("headers", {}).items():
            response[header] = value
    # Nobody, a CDN included, keeps an answer past the moment a page in it
    # may expire.
    max_age = max(0, min(MAX_AGE, int(entry["valid_until"] - now)))
    if max_age < MAX_AGE:
        response["Cache-Control"] = f"public, max-age={max_age}"
    return response


def cached_response(request) -> HttpResponse | None:
    """The cached answer (or 304) to a GET or HEAD of a cached endpoint, or
    None: without the site's lookup or anything else the view would do."""
    if request.method not in ("GET", "HEAD") or not RESPONSE_CACHE_SECONDS:
        return None
    if not request.path_info.startswith(PREFIX):
        return None
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    view_class = getattr(match.func, "view_class", None)
    names = getattr(view_class, "query_names", None)
    if names is None:
        return None
    try:
        key = _key(request, names)
    except DisallowedHost:
        return None  # Django's own answer, later
    found = cache.get_many([GENERATION_KEY, key])
    now = time.time()
    entry, generation = found.get(key), found.get(GENERATION_KEY)
    if generation is None or not _usable(entry, generation, now):
        return None
    response = _respond(request, entry, now)
    _skipped_headers(request, response, view_class)
    return response


def _skipped_headers(request, response, view_class) -> None:
    """What the middleware after this one and the view add to every answer
    of the API, at a fraction of their cost (running them instead cost a
    cached list about a quarter more CPU, 2026-12-03, Django's test client):
    LocaleMiddleware's language (one per installation, so the cache key needs
    none), CommonMiddleware's Content-Length, XFrameOptionsMiddleware's
    header, DRF's Allow."""
    for header, value in _view_headers(view_class).items():
        if header == "Vary":
            patch_vary_headers(response, value.split(", "))
        else:
            response[header] = value
    patch_vary_headers(response, ("Accept-Language",))
    response.headers.setdefault(
        "Content-Language", translation.get_language_from_request(request)
    )
    response.headers.setdefault("Content-Length", str(len(response.content)))
    response.headers.setdefault("X-Frame-Options", settings.X_FRAME_OPTIONS.upper())


@functools.cache
def _view_headers(view_class) -> dict[str, str]:
    """The headers DRF adds to every answer of the view (``Allow``, and
    ``Vary: Accept`` for a view with several renderers)."""
    view = view_class()
    # As for each request: setup() is what lets HEAD answer as GET, so it
    # belongs in Allow.
    view.setup(None)
    return dict(view.default_response_headers)


class CachedAnswerMiddleware:
    """Answers a GET of the API from the shared cache before the rest of the
    middleware and the view run (backend/settings/base.py places it early)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return cached_response(request) or self.get_response(request)


def _next_expiry(generation: int) -> float:
    """The time (epoch seconds) the next live page expires: answers built now
    are not used past it, since expiry sends no signal (the page just stops
    being visible). Kept per generation; recomputed once that time passes."""
    key = f"api:next-expiry:{generation}"
    expiry = cache.get(key)
    if expiry is None or expiry <= time.time():
        soonest = reader_pages().next_expiry()
        expiry = soonest.timestamp() if soonest else float("inf")
        cache.set(key, expiry, NEXT_EXPIRY_SECONDS)
    return expiry


def conditional_json(request, content: bytes, etag: str, last_modified: int):
    response = HttpResponse(content, content_type="application/json")
    return conditional_response(request, response, etag, last_modified)


def conditional_response(request, response, etag: str, last_modified: int):
    response["ETag"] = etag
    response["Last-Modified"] = http_date(last_modified)
    response["Cache-Control"] = CACHE_CONTROL
    return get_conditional_response(
        request, etag=etag, last_modified=last_modified, response=response
    )


def uncached_json(data, **headers) -> HttpResponse:
    """For answers nobody may keep (a preview)."""
    response = HttpResponse(_render(data), content_type="application/json")
    response["Cache-Control"] = NO_STORE
    for name, value in headers.items():
        response[name.replace("_", "-")] = value
    return response
