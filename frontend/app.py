"""The reader site's WSGI application: configuration, templates, error pages and
the headers every answer carries."""

import gzip
import hashlib
import logging
from functools import cache
from pathlib import Path

import httpx
from flask import Flask, Response, g, render_template, request
from werkzeug.exceptions import HTTPException

from . import formatting
from .api import ApiError, ApiUnavailable, CmsApi, NotFound
from .config import DEFAULT_SITE_NAME, Config

logger = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).parent / "static"
_COMPRESSIBLE = {
    "text/html",
    "text/plain",
    "application/xml",
    "application/rss+xml",
    "text/css",
    "text/javascript",
}
# Pages change when editors publish; a minute of caching in browsers and proxies
# absorbs bursts from shared links without hiding news for long.
PAGE_MAX_AGE = 60
RETRY_AFTER = "30"


def create_app(
    config: Config | None = None,
    transport: httpx.BaseTransport | None = None,
    clock=None,
) -> Flask:
    config = config or Config.from_env()
    app = Flask(__name__, static_folder=str(STATIC_DIR), static_url_path="/static")
    app.config["READER"] = config
    # Static URLs carry a content hash, so browsers may keep them for a year.
    app.config["SEND_FILE_MAX_AGE_DEFAULT"] = 365 * 24 * 3600
    api_kwargs = {"transport": transport}
    if clock is not None:
        api_kwargs["clock"] = clock
    app.extensions["cms_api"] = CmsApi(config, **api_kwargs)

    _register_template_helpers(app, config)

    from .views import bp

    app.register_blueprint(bp)
    _register_error_pages(app)
    app.after_request(_finish_response)
    return app


def configure_logging(config: Config):
    """Logging for the reader site's own process (not under tests)."""
    logging.basicConfig(
        level=config.log_level, format="%(levelname)s %(name)s: %(message)s"
    )
    # One line per API request, and request lines that carry readers' addresses:
    # neither is worth keeping.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("werkzeug").setLevel(logging.WARNING)


def api() -> CmsApi:
    from flask import current_app

    return current_app.extensions["cms_api"]


def reader_config() -> Config:
    from flask import current_app

    return current_app.config["READER"]


@cache
def _asset_version(name: str) -> str:
    return hashlib.sha256((STATIC_DIR / name).read_bytes()).hexdigest()[:10]


def asset_url(name: str) -> str:
    return f"/static/{name}?v={_asset_version(name)}"


def _register_template_helpers(app: Flask, config: Config):
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
    app.jinja_env.filters.update(
        vn_datetime=formatting.vn_datetime,
        vn_date=formatting.vn_date,
        iso_datetime=formatting.iso_datetime,
        rfc822=formatting.rfc822,
        vn_number=formatting.vn_number,
        image_sources=formatting.image_sources,
        share_image=formatting.share_image,
        snippet_html=formatting.snippet_html,
        json_ld=formatting.json_ld,
    )
    app.jinja_env.globals.update(asset=asset_url, reader=config, load_stats=load_stats)

    @app.context_processor
    def chrome():
        """What every page shows around its content: portal name, menu and
        footer. Any of these may be missing when the API is down; error pages
        must still render, so failures here are never fatal."""
        if "chrome" not in g:
            client = api()
            site = optional(client.site)
            g.chrome = {
                "site": site,
                "site_name": (site or {}).get("name") or DEFAULT_SITE_NAME,
                "sections": optional(client.sections) or [],
            }
        return g.chrome


def load_stats() -> dict | None:
    """Figures for the statistics box, asked for only by pages that show it. The
    statistics endpoint may be missing or down: the box then shows dashes."""
    stats = optional(api().stats)
    return stats if isinstance(stats, dict) else None


def optional(call):
    try:
        return call()
    except (ApiError, ApiUnavailable):
        return None


def _register_error_pages(app: Flask):
    @app.errorhandler(NotFound)
    def api_not_found(exc):
        return _error_page("404.html", 404)

    @app.errorhandler(ApiUnavailable)
    def api_unavailable(exc):
        logger.warning("Reader site answered 503: %s", exc)
        response = _error_page("503.html", 503)
        response.headers["Retry-After"] = RETRY_AFTER
        return response

    @app.errorhandler(ApiError)
    def api_error(exc):
        # A 4xx for a request we built means bad input from the reader (a page
        # number past the end, a malformed query): show it as not found.
        return _error_page("404.html", 404)

    @app.errorhandler(HTTPException)
    def http_error(exc):
        if exc.code == 404:
            return _error_page("404.html", 404)
        if exc.code and exc.code >= 500:
            return _error_page("500.html", exc.code)
        return exc

    @app.errorhandler(Exception)
    def unexpected(exc):
        logger.exception("Reader site failed on %s", request.path)
        return _error_page("500.html", 500)


def _error_page(template: str, status: int) -> Response:
    try:
        html = render_template(template)
    except Exception:
        # The error page itself failed (a broken template): still no traceback.
        logger.exception("Error page %s failed", template)
        html = "<!doctype html><html lang=vi><title>Lỗi</title><p>Đã có lỗi xảy ra."
    response = Response(html, status=status, mimetype="text/html")
    response.headers["Cache-Control"] = "no-store"
    return response


def content_security_policy(config: Config, frame_ancestors: str) -> str:
    image_origins = " ".join(sorted({config.public_api_origin, *config.media_origins}))
    return "; ".join(
        [
            "default-src 'self'",
            f"img-src 'self' data: {image_origins}",
            # The statistics beacon and the box's refresh go to the API.
            f"connect-src 'self' {config.public_api_origin}",
            "script-src 'self'",
            "style-src 'self'",
            # Video embeds (YouTube, Facebook, Vimeo) come from editors' links.
            "frame-src https:",
            "media-src 'self' https:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            f"frame-ancestors {frame_ancestors}",
        ]
    )


def _finish_response(response: Response) -> Response:
    config = reader_config()
    preview = g.get("preview", False)
    frame_ancestors = f"'self' {config.admin_origin}" if preview else "'none'"
    headers = response.headers
    headers["Content-Security-Policy"] = content_security_policy(
        config, frame_ancestors
    )
    headers["X-Content-Type-Options"] = "nosniff"
    headers["Referrer-Policy"] = "strict-origin-when-cross-origin"
    headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()"
    if not preview:
        headers["X-Frame-Options"] = "DENY"
    if preview:
        # Drafts: never stored by any cache, never indexed.
        headers["Cache-Control"] = "no-store, private"
        headers["X-Robots-Tag"] = "noindex, nofollow"
    elif "Cache-Control" not in headers and response.status_code == 200:
        headers["Cache-Control"] = f"public, max-age={PAGE_MAX_AGE}"

    if response.direct_passthrough or request.method not in ("GET", "HEAD"):
        return response
    if response.status_code == 200 and not preview:
        response.add_etag(weak=True)
        response.make_conditional(request)
    _compress(response)
    return response


def _compress(response: Response):
    """Readers are on slow mobile links: gzip text unless a proxy already did."""
    if (
        response.status_code == 304
        or response.mimetype not in _COMPRESSIBLE
        or "Content-Encoding" in response.headers
        or "gzip" not in request.accept_encodings
    ):
        return
    data = response.get_data()
    response.vary.add("Accept-Encoding")
    if len(data) < 1024:
        return
    response.set_data(gzip.compress(data, compresslevel=6))
    response.headers["Content-Encoding"] = "gzip"
