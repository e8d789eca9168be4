"""The reader site's WSGI application: `create_app` wires the configuration, the
API client, templates, pages, static files, error pages and the headers every
answer carries. Dependencies run one way: this module imports the others,
none imports it."""

import logging

import httpx
from flask import Flask, Response, render_template, request
from werkzeug.exceptions import HTTPException

from . import assets, documents, organisation, portals, saving, views
from .api import ApiError, ApiUnavailable, CmsApi, NotFound
from .config import Config
from .headers import finish_response
from .templating import register_template_helpers

logger = logging.getLogger(__name__)

RETRY_AFTER = "30"


def create_app(
    config: Config | None = None,
    transport: httpx.BaseTransport | None = None,
    clock=None,
) -> Flask:
    config = config or Config.from_env()
    # Static files have their own view (assets.py): compressed, long-cached.
    app = Flask(__name__, static_folder=None)
    app.config["READER"] = config
    client_kwargs = {"transport": transport}
    if clock is not None:
        client_kwargs["clock"] = clock
    app.extensions["cms"] = CmsApi(config, **client_kwargs)

    register_template_helpers(app, config)
    app.register_blueprint(assets.bp)
    app.register_blueprint(documents.bp)
    app.register_blueprint(saving.bp)
    app.register_blueprint(views.bp)
    app.register_blueprint(organisation.bp)
    _register_error_pages(app)
    app.before_request(portals.resolve_request_portal)
    app.after_request(finish_response)
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
