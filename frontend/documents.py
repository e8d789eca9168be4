"""The "Văn bản" section of the reader site: the library of official documents
with its search form and filters (a plain GET form: it works without
JavaScript), and one page per document with its download links."""

from flask import Blueprint, abort, request

from . import pages
from .api import ApiError, NotFound, cms, optional

bp = Blueprint("documents", __name__)

PAGE_SIZE = 20
FILTERS = ("type", "subject", "year")
STATUSES = ("in_force", "expired", "replaced")


def _filters() -> dict:
    """The form's choices as the API takes them; a value no form can send is
    left out rather than sent on."""
    chosen = {}
    q = " ".join(request.args.get("q", "").split())[: pages.QUERY_MAX_LENGTH]
    if q:
        chosen["q"] = q
    for name in FILTERS:
        value = request.args.get(name, "")
        if value.isdigit() and len(value) < 12:
            chosen[name] = int(value)
    issuer = request.args.get("issuer", "").strip()[:255]
    if issuer:
        chosen["issuer"] = issuer
    if request.args.get("status") in STATUSES:
        chosen["status"] = request.args["status"]
    return chosen


@bp.get("/van-ban/")
def library():
    filters = _filters()
    listing, error, status = None, None, 200
    try:
        listing = cms().documents(
            page_size=PAGE_SIZE, **filters, **pages.list_position()
        )
    except ApiError as exc:
        if isinstance(exc, NotFound):
            raise  # a page past the last one
        status = 400
        error = pages.first_message(exc.payload) or "Bộ lọc không hợp lệ."
    facets = optional(cms().document_facets) or {}
    return pages.page(
        "documents/list.html",
        status=status,
        listing=listing,
        facets=facets,
        filters=filters,
        error=error,
        canonical=pages.canonical("/van-ban/"),
        noindex=bool(filters),
    )


@bp.get("/van-ban/<int:pk>/")
def detail(pk: int):
    if pk < 1 or pk >= 2**63:
        abort(404)
    document = cms().document(pk)
    return pages.page(
        "documents/detail.html",
        document=document,
        canonical=pages.canonical(document["path"]),
    )


@bp.app_template_filter("file_size")
def file_size(num_bytes) -> str:
    """1536 -> "1,5 KB" (Vietnamese decimal comma)."""
    if not isinstance(num_bytes, int) or num_bytes < 0:
        return ""
    if num_bytes < 1024:
        return f"{num_bytes} B"
    for unit in ("KB", "MB", "GB"):
        num_bytes /= 1024
        if num_bytes < 1024 or unit == "GB":
            return f"{num_bytes:.1f} {unit}".replace(".", ",")
    return ""
