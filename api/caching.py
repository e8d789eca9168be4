"""HTTP caching of the API's answers.

- Every GET answer carries ETag, Last-Modified and a Cache-Control a CDN can
  honour; conditional requests get 304.
- Answers are also kept in Django's cache (Redis in production, shared by
  every worker and server), keyed by the content generation
  (cms/core/generation.py): any publish, unpublish, move or delete, made by
  any process, changes the generation, so no list, detail or search answer
  outlives the content it was built from.
- An answer is not used past the moment a page in the site may expire (an
  expiry sends no signal: the page simply stops being visible).
- The key is built from the request's validated, normalised parameters (not
  the raw query string), so unknown parameters cannot fill the cache.
"""

import hashlib
import json
import time

from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from rest_framework.renderers import JSONRenderer

from cms.core.generation import content_generation
from cms.core.models import reader_pages

CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300"
NO_STORE = "no-store"
RESPONSE_CACHE_SECONDS = 300
MAX_AGE = 60


def _render(data) -> bytes:
    return JSONRenderer().render(data)


def _key(request, name: str, params: dict) -> str:
    identity = json.dumps(
        [request.scheme, request.get_host(), name, params],
        sort_keys=True,
        default=str,
    )
    return "api:v1:" + hashlib.sha256(identity.encode()).hexdigest()


def cached_answer(request, name: str, params: dict, build) -> HttpResponse:
    """The JSON answer for ``name`` with ``params``: from the shared cache if
    built since the last content change, else ``build()`` (which returns
    data, or raises an API exception) and kept."""
    entry, max_age = _entry(request, name, params, lambda: (_render(build()), {}))
    response = conditional_json(
        request, entry["content"], entry["etag"], entry["last_modified"]
    )
    return _limit_age(response, max_age)


def cached_file(
    request, name: str, params: dict, build, content_type: str
) -> HttpResponse:
    """As ``cached_answer``, for a file (a PDF): ``build()`` returns its
    bytes and the headers that go with them (Content-Disposition)."""
    entry, max_age = _entry(request, name, params, build)
    response = conditional_response(
        request,
        HttpResponse(entry["content"], content_type=content_type),
        entry["etag"],
        entry["last_modified"],
    )
    if response.status_code == 200:
        for header, value in entry["headers"].items():
            response[header] = value
    return _limit_age(response, max_age)


def _entry(request, name: str, params: dict, build) -> tuple[dict, int]:
    """The cached entry (content, headers, validators) and how long a client
    may keep it; ``build()`` returns ``(content, headers)``."""
    generation = content_generation()
    key = f"{_key(request, name, params)}:{generation}"
    now = time.time()
    entry = cache.get(key) if RESPONSE_CACHE_SECONDS else None
    if entry is None or now >= entry["valid_until"]:
        content, headers = build()
        entry = {
            "content": content,
            "headers": headers,
            "etag": '"' + hashlib.blake2b(content, digest_size=16).hexdigest() + '"',
            "last_modified": generation // 1_000_000_000,
            "valid_until": min(now + RESPONSE_CACHE_SECONDS, _next_expiry(generation)),
        }
        if RESPONSE_CACHE_SECONDS:
            cache.set(key, entry, RESPONSE_CACHE_SECONDS)
    # Nobody, a CDN included, keeps an answer past the moment a page in it
    # may expire.
    return entry, max(0, min(MAX_AGE, int(entry["valid_until"] - now)))


def _limit_age(response: HttpResponse, max_age: int) -> HttpResponse:
    if max_age < MAX_AGE:
        response["Cache-Control"] = f"public, max-age={max_age}"
    return response


def _next_expiry(generation: int) -> float:
    """The time (epoch seconds) the next live page expires: answers built now
    are not used past it, since expiry sends no signal (the page just stops
    being visible). Kept per generation; recomputed once that time passes."""
    key = f"api:next-expiry:{generation}"
    expiry = cache.get(key)
    if expiry is None or expiry <= time.time():
        soonest = reader_pages().next_expiry()
        expiry = soonest.timestamp() if soonest else float("inf")
        cache.set(key, expiry, RESPONSE_CACHE_SECONDS)
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
