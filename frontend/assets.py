"""The stylesheet, script and icon: versioned URLs, a year of caching, and each
file compressed once per process (see `compression.py`)."""

import hashlib
from functools import cache
from pathlib import Path

from flask import Blueprint, Response, abort, request

from .compression import COMPRESSIBLE, best_static_encoding, static_variants

STATIC_DIR = Path(__file__).parent / "static"
# Static URLs carry a content hash, so browsers may keep them for a year.
STATIC_MAX_AGE = 365 * 24 * 3600
MIMETYPES = {
    ".css": "text/css",
    ".js": "text/javascript",
    ".svg": "image/svg+xml",
}

bp = Blueprint("assets", __name__)


@cache
def _asset_version(name: str) -> str:
    return hashlib.sha256((STATIC_DIR / name).read_bytes()).hexdigest()[:10]


def asset_url(name: str) -> str:
    return f"/static/{name}?v={_asset_version(name)}"


@bp.get("/static/<name>")
def static_file(name: str) -> Response:
    path = STATIC_DIR / name
    mimetype = MIMETYPES.get(path.suffix)
    # Only the files of the folder itself: `name` cannot hold a "/".
    if mimetype is None or not path.is_file():
        abort(404)
    variants = static_variants(name, path.read_bytes)
    encoding = best_static_encoding(variants, request.accept_encodings)
    response = Response(variants[encoding], mimetype=mimetype)
    response.headers["Cache-Control"] = f"public, max-age={STATIC_MAX_AGE}, immutable"
    if encoding != "identity":
        response.headers["Content-Encoding"] = encoding
    if mimetype in COMPRESSIBLE:
        response.vary.add("Accept-Encoding")
    # One validator per encoding: a cache must not answer a gzip request's
    # revalidation with the brotli bytes.
    response.set_etag(f"{_asset_version(name)}-{encoding}")
    return response
