"""What every page view of the reader site shares: rendering a page with its
defaults, where a list starts, canonical addresses, the API's error message.
Imported by the view modules (views, documents), never the other way."""

import re

from flask import Response, abort, render_template, request

from . import portals

CURSOR = re.compile(r"[A-Za-z0-9_-]{1,200}")
QUERY_MAX_LENGTH = 200


def page(template: str, status: int = 200, **context) -> Response:
    context.setdefault("track", True)
    context.setdefault("noindex", False)
    context.setdefault("preview", False)
    context.setdefault("current_path", None)
    context.setdefault("canonical", None)
    return Response(render_template(template, **context), status=status)


def list_position() -> dict:
    """Where a news list starts: the API's cursor when the reader followed a
    "previous"/"next" link (as cheap deep in the archive as on page 1), else
    the page number."""
    cursor = request.args.get("cursor")
    if cursor is None:
        return {"page": page_number()}
    if not CURSOR.fullmatch(cursor):
        abort(404)
    return {"cursor": cursor}


def page_number() -> int:
    raw = request.args.get("page", "1")
    if not raw.isdigit() or int(raw) < 1:
        abort(404)
    return int(raw)


def canonical(path: str, page: int = 1) -> str:
    url = portals.current().base_url + path
    return url if page == 1 else f"{url}?page={page}"


def first_message(payload) -> str | None:
    error = payload.get("error") if isinstance(payload, dict) else None
    if not isinstance(error, dict):
        return None
    for messages in (error.get("fields") or {}).values():
        if messages:
            return str(messages[0])
    return error.get("message") or None
