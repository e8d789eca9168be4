"""Pagination with the envelope the contract describes:
``{"count", "page", "page_size", "num_pages", "next", "previous", "results"}``,
plus, for the news lists, ``next_cursor`` and ``previous_cursor``.

News lists page by key (keyset): the ``next`` and ``previous`` links carry a
cursor naming the last (first) item shown, so the page after it is read from
the index where that item sits, and page 5,000 costs what page 1 does. A page
number alone still works (for old links and jumps): an OFFSET from whichever
end of the index is nearer, so no page costs more than the middle one.
Counts are kept per content generation: nothing readers see changes between
two publishes, so neither does the number of items a list has.
"""

import base64
import binascii
import datetime
import hashlib
import json
import math
from urllib.parse import urlencode

from django.core.cache import cache
from django.core.paginator import EmptyPage, Paginator
from django.db.models import Q
from django.utils import timezone
from rest_framework.exceptions import NotFound

from cms.core.generation import content_generation
from cms.core.models import reader_pages

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 50
COUNT_CACHE_SECONDS = 300


class Cursor:
    """A position in a newest-first list: the page it opens and the (date, id)
    key of the item it starts after (``older``) or before (``newer``)."""

    def __init__(self, page: int, direction: str, date: datetime.datetime, pk: int):
        self.page, self.direction, self.date, self.pk = page, direction, date, pk

    def encode(self) -> str:
        raw = json.dumps(
            [self.page, self.direction, self.date.isoformat(), self.pk],
            separators=(",", ":"),
        )
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    @classmethod
    def decode(cls, token: str) -> "Cursor":
        """Raises ValueError for anything that is not a cursor this API made."""
        try:
            raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
            page, direction, date, pk = json.loads(raw)
            date = datetime.datetime.fromisoformat(date)
        except (binascii.Error, UnicodeDecodeError, TypeError, ValueError) as exc:
            raise ValueError(token) from exc
        valid = (
            type(page) is int
            and type(pk) is int
            and page >= 1
            and 1 <= pk < 2**63
            and direction in {"older", "newer"}
            and date.tzinfo is not None
        )
        if not valid:
            raise ValueError(token)
        return cls(page, direction, date, pk)


def cached_count(queryset, identity: list) -> int:
    """``queryset.count()``, counted once per content generation for the list
    ``identity`` names (its model, portal and filters; not the page), and not
    kept past the moment a page in it may expire (which sends no signal)."""
    key = (
        "api:count:"
        + hashlib.sha256(json.dumps(identity, default=str).encode()).hexdigest()
        + f":{content_generation()}"
    )
    count = cache.get(key)
    if count is None:
        # Unordered here, not by the caller: a clone costs even when cached.
        count = queryset.order_by().count()
        timeout = COUNT_CACHE_SECONDS
        soonest = reader_pages().next_expiry()
        if soonest is not None:
            timeout = min(timeout, (soonest - timezone.now()).total_seconds())
        if timeout >= 1:
            cache.set(key, count, int(timeout))
    return count


def _link(request, params: dict, **changes) -> str:
    query = {k: v for k, v in params.items() if v is not None and k != "cursor"}
    query.pop("page", None)
    query.update(changes)
    return request.build_absolute_uri(request.path) + "?" + urlencode(query)


def _cursor(rows, page: int, direction: str) -> str | None:
    """The cursor from the item at the page's edge, if it has a date (a page
    that was never published has none, and is then reached by number)."""
    if not rows or rows[0][1] is None:
        return None
    pk, date = rows[0]
    return Cursor(page, direction, date, pk).encode()


def _position(cursor: str | None, page: int) -> dict:
    return {"cursor": cursor} if cursor else {"page": page}


def _page_by_number(keyed, count: int, number: int, size: int) -> list:
    """The rows of page ``number``, read from whichever end of the index is
    nearer: a page in the second half is read oldest first with the small
    offset (count - page end), then turned back, so the last page costs what
    the first does. Both orders cover the same rows, nulls included: each
    database sorts nulls to opposite ends in ascending and descending order.
    ``count`` is the list's count for this content generation."""
    start, end = (number - 1) * size, number * size
    if count - end < start:
        return list(keyed.reverse()[max(0, count - end) : count - start])[::-1]
    return list(keyed[start:end])


def paginate_newest_first(
    request, listing, params: dict, date_field: str, identity: list, count=None
):
    """One page of ``listing`` (a queryset ordered by ``date_field`` then pk,
    both descending) as chosen by the validated ``params`` (``page``,
    ``page_size``, ``cursor``); ``identity`` names the list for its count,
    unless the caller knows the ``count`` already (a list of ids it cut).
    Returns the page's ids and the envelope
    without ``results``; the caller loads what it shows for those ids only."""
    size = params["page_size"]
    if count is None:
        count = cached_count(listing, identity)
    num_pages = max(1, math.ceil(count / size))
    cursor = Cursor.decode(params["cursor"]) if params.get("cursor") else None
    keyed = listing.values_list("pk", date_field)
    if cursor is None:
        number = params["page"]
        if number > num_pages:
            raise NotFound(f"Trang {number} không tồn tại: chỉ có {num_pages} trang.")
        rows = _page_by_number(keyed, count, number, size)
    elif cursor.direction == "older":
        number = cursor.page
        # The first term bounds the index range; the second breaks date ties.
        after = Q(**{f"{date_field}__lte": cursor.date}) & (
            Q(**{f"{date_field}__lt": cursor.date}) | Q(pk__lt=cursor.pk)
        )
        rows = list(keyed.filter(after)[:size])
    else:
        number = cursor.page
        before = Q(**{f"{date_field}__gte": cursor.date}) & (
            Q(**{f"{date_field}__gt": cursor.date}) | Q(pk__gt=cursor.pk)
        )
        rows = list(keyed.filter(before).order_by(date_field, "pk")[:size])[::-1]
    next_link = previous_link = next_cursor = previous_cursor = None
    if number < num_pages:
        next_cursor = _cursor(rows[-1:], number + 1, "older")
        next_link = _link(request, params, **_position(next_cursor, number + 1))
    if number > 1:
        previous_cursor = _cursor(rows[:1], number - 1, "newer")
        previous_link = _link(request, params, **_position(previous_cursor, number - 1))
    envelope = {
        "count": count,
        "page": number,
        "page_size": size,
        "num_pages": num_pages,
        "next": next_link,
        "previous": previous_link,
        "next_cursor": next_cursor,
        "previous_cursor": previous_cursor,
    }
    return [pk for pk, _date in rows], envelope


def paginate(request, items, params: dict):
    """One page of ``items`` (a list, e.g. ranked search hits) as chosen by the
    validated ``params``; returns the page's items and the envelope without
    ``results``. A page past the last one is a 404."""
    page_number, page_size = params["page"], params["page_size"]
    paginator = Paginator(items, page_size)
    try:
        page = paginator.page(page_number)
    except EmptyPage as exc:
        raise NotFound(
            f"Trang {page_number} không tồn tại: chỉ có {paginator.num_pages} trang."
        ) from exc

    def link(number):
        query = {k: v for k, v in params.items() if v is not None}
        query["page"] = number
        return request.build_absolute_uri(request.path) + "?" + urlencode(query)

    envelope = {
        "count": paginator.count,
        "page": page.number,
        "page_size": page_size,
        "num_pages": paginator.num_pages,
        "next": link(page.next_page_number()) if page.has_next() else None,
        "previous": (
            link(page.previous_page_number()) if page.has_previous() else None
        ),
    }
    return list(page.object_list), envelope
