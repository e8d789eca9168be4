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
    # The portal named, as well as the host: they choose the site together.
    portal = request.GET.get("portal", "").strip().lower()
    identity = json.dumps(
        [request.scheme, request.get_host(), portal, name, params],
        sort_keys=True,
        default=str,
    )
    return "api:v1:" + hashlib.sha256(identity.encode()).hexdigest()


def cached_answer(request, name: str, params: dict, build) -> HttpResponse:
    """The JSON answer for ``name`` with ``params``: from the shared cache if
    built since the last content change, else ``build()`` (which returns
    data, or raises an API exception) and kept."""
    generation = content_generation()
    key = f"{_key(request, name, params)}:{generation}"
    now = time.time()
    entry = cache.get(key) if RESPONSE_CACHE_SECONDS else None
    if entry is None or now >= entry["valid_until"]:
        content = _render(build())
        entry = {
            "content": content,
            "etag": '"' + hashlib.blake2b(content, digest_size=16).hexdigest() + '"',
            "last_modified": generation // 1_000_000_000,
            "valid_until": min(now + RESPONSE_CACHE_SECONDS, _next_expiry(generation)),
        }
        if RESPONSE_CACHE_SECONDS:
            cache.set(key, entry, RESPONSE_CACHE_SECONDS)
    response = conditional_json(
        request, entry["content"], entry["etag"], entry["last_modified"]
    )
    # Nobody, a CDN included, keeps an answer past the moment a page in it
    # may expire.
    max_age = max(0, min(MAX_AGE, int(entry["valid_until"] - now)))
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
