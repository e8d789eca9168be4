"""Print and save (Decree 42/2022, Art. 7): the "Lưu bài (PDF)" link of a page
("Lưu văn bản (PDF)" of an official document: its record) and the address it
points at, on the portal's own host, which streams the PDF the CMS makes (its
API's /<kind>/<id>/pdf/). Printing itself needs no
server: the print stylesheet (static/print.css) lays any page out on A4.

A kind of page gets its saved copy by adding its API collection here."""

from flask import Blueprint, Response, abort

from .api import cms

# The reader-site name of each kind of page -> (the API's collection, the
# type its answers carry).
KINDS = {
    "bai-viet": ("articles", "article"),
    "tin-anh": ("photo-stories", "photo_story"),
    "van-ban": ("documents", "document"),
}
_BY_TYPE = {page_type: name for name, (_, page_type) in KINDS.items()}

bp = Blueprint("saving", __name__)


@bp.app_context_processor
def save_links() -> dict:
    return {"save_url": save_url}


def save_url(page: dict, page_type: str) -> str | None:
    """Where a reader downloads `page` (a detail answer of `page_type`), or
    None for a kind that has no saved copy."""
    name = _BY_TYPE.get(page_type)
    if name is None or not isinstance(page.get("id"), int):
        return None
    return f"/luu/{name}/{page['id']}.pdf"


@bp.get("/luu/<kind>/<int:id>.pdf")
def saved_copy(kind: str, id: int):
    if kind not in KINDS or id < 1:
        abort(404)
    download = cms().saved_copy(KINDS[kind][0], id)
    response = Response(download.chunks(), headers=download.headers)
    # The CMS's bytes and validators go out as they are: not read into
    # memory to be hashed or compressed again (headers.finish_response).
    response.direct_passthrough = True
    # A saved copy is no page of its own for search engines.
    response.headers["X-Robots-Tag"] = "noindex"
    return response
