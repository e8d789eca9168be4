"""Page-number pagination with the envelope the contract describes:
``{"count", "page", "page_size", "num_pages", "next", "previous", "results"}``."""

from urllib.parse import urlencode

from django.core.paginator import EmptyPage, Paginator
from rest_framework.exceptions import NotFound

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 50


def paginate(request, items, params: dict):
    """One page of ``items`` (a queryset or a list) as chosen by the validated
    ``params``; returns the page's items and the envelope without
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
