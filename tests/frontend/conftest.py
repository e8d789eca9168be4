"""Fixtures for the reader site's view tests: the real app and the real API client,
with the CMS replaced at the HTTP layer by recorded answers (JSON files written
from the API contract) served through httpx.MockTransport."""

import hashlib
import json
import threading
from pathlib import Path

import httpx
import pytest
from bs4 import BeautifulSoup
from flask.testing import FlaskClient

from frontend.app import create_app
from frontend.config import Config

FIXTURES = Path(__file__).parent / "fixtures" / "api"
API_URL = "http://cms.hoason.example.vn/api/v1"
FRONTEND_URL = "https://tin.hoason.example.vn"
# The recorded answers are this portal's (the default one, at FRONTEND_URL).
PORTAL = "tin.hoason.example.vn"
ARTICLE_PATH = "/tin-tuc/hoi-nghi-tong-ket-cong-tac-nam-2023/"
PHOTO_STORY_PATH = "/van-hoa-xa-hoi/mua-vang-hoa-son/"

# "GET <path relative to the API root>?<query sorted by name>" -> recorded answer.
ROUTES = {
    "/portals/": "portals.json",
    "/site/": "site.json",
    "/sections/": "sections.json",
    "/stats/": "stats.json",
    "/articles/?page_size=9": "articles-latest.json",
    "/articles/?page_size=4&section=3": "articles-home-section-3.json",
    "/articles/?page_size=4&section=4": "articles-home-section-4.json",
    "/photo-stories/?page_size=4": "photo-stories-home.json",
    "/pages/by-path/?path=/tin-tuc/": "page-section.json",
    "/articles/?page=1&page_size=20&section=3": "articles-section-3-page-1.json",
    "/articles/?page=2&page_size=20&section=3": "articles-section-3-page-2.json",
    "/photo-stories/?page_size=4&section=3": "photo-stories-section-3.json",
    f"/pages/by-path/?path={ARTICLE_PATH}": "page-article.json",
    f"/pages/by-path/?path={PHOTO_STORY_PATH}": "page-photo-story.json",
    "/search/?page=1&q=cai cach": "search-cai-cach.json",
    "/search/?page=1&q=khong co gi": "search-empty.json",
    "/tags/chuyen-doi-so/": "tag-chuyen-doi-so.json",
    "/articles/?page=1&page_size=20&tag=chuyen-doi-so": "articles-tag.json",
    "/preview/?token=draft-token": "preview-article.json",
    "/articles/?page_size=30": "articles-feed.json",
    "/articles/?page_size=30&section=3": "articles-section-3-feed.json",
    "/articles/?page=1&page_size=50": "articles-sitemap-page-1.json",
    "/articles/?page=2&page_size=50": "articles-sitemap-page-2.json",
    "/photo-stories/?page=1&page_size=50": "photo-stories-sitemap-page-1.json",
    "/documents/?page=1&page_size=20": "documents-page-1.json",
    "/documents/?page=1&page_size=20&q=15 2025 qd ubnd": "documents-search.json",
    "/documents/facets/": "documents-facets.json",
    "/documents/5/": "document-detail.json",
    "/documents/6/": "document-replaced.json",
    "/organisation/?lang=vi": "organisation-vi.json",
    "/organisation/?lang=en": "organisation-en.json",
}


def recorded(name: str):
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


class FakeCms:
    """The CMS as the reader site sees it over HTTP: recorded answers with ETags
    and 304s as the contract describes, a 404 error body for anything unknown,
    and switches to make it fail.

    Answers are per portal, as the API's `portal` parameter chooses them: the
    recorded ones are PORTAL's (also the answer without the parameter); other
    portals answer only what a test gives them (`add_portal`, `set(portal=)`).
    Keys leave the parameter out; `portal_calls` records it."""

    def __init__(self):
        self.answers = {key: (200, recorded(name)) for key, name in ROUTES.items()}
        self.other_portals: dict[str, dict] = {}
        self.calls: list[tuple[str, bool]] = []  # (key, conditional?)
        self.portal_calls: list[tuple[str | None, str]] = []  # (portal, key)
        self.down = False
        self.lock = threading.Lock()

    def set(self, key: str, payload, status: int = 200, portal: str = PORTAL):
        answers = self.answers if portal == PORTAL else self.other_portals[portal]
        answers[key] = (status, payload)

    def add_portal(self, hostname: str, name: str, **fields) -> dict:
        """A second portal in /portals/, answering nothing until `set`."""
        self.other_portals[hostname] = {}
        listing = self.answers["/portals/"][1]
        entry = {
            "id": 100 + len(listing["results"]),
            "hostname": hostname,
            "name": name,
            "unit": fields.get("unit", ""),
            "is_default": False,
            "parent": fields.get("parent", PORTAL),
        }
        listing = {
            "count": listing["count"] + 1,
            "results": [*listing["results"], entry],
        }
        self.answers["/portals/"] = (200, listing)
        return entry

    def count(self, key: str) -> int:
        return sum(1 for k, _ in self.calls if k == key)

    def handler(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path.removeprefix("/api/v1")
        portal = request.url.params.get("portal")
        query = "&".join(
            f"{k}={v}"
            for k, v in sorted(request.url.params.multi_items())
            if k != "portal"
        )
        key = path + (f"?{query}" if query else "")
        with self.lock:
            self.calls.append((key, "If-None-Match" in request.headers))
            self.portal_calls.append((portal, key))
        if self.down:
            raise httpx.ConnectError("Connection refused", request=request)
        answers = (
            self.answers
            if portal in (None, PORTAL)
            else self.other_portals.get(portal, {})
        )
        status, payload = answers.get(key, (404, recorded("error-not-found.json")))
        if isinstance(payload, bytes):
            return httpx.Response(status, content=payload)
        body = json.dumps(payload, ensure_ascii=False).encode()
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if request.headers.get("If-None-Match") == etag:
            return httpx.Response(304, headers={"ETag": etag})
        return httpx.Response(
            status,
            content=body,
            headers={
                "Content-Type": "application/json",
                "ETag": etag,
                "Cache-Control": "public, max-age=60, stale-while-revalidate=300",
            },
        )


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float):
        self.now += seconds


@pytest.fixture
def fake_cms():
    return FakeCms()


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def reader_config():
    return Config(
        api_url=API_URL, frontend_url=FRONTEND_URL, cache_ttl=30, stats_ttl=15
    )


@pytest.fixture
def app(fake_cms, clock, reader_config):
    app = create_app(
        reader_config, transport=httpx.MockTransport(fake_cms.handler), clock=clock
    )
    yield app
    app.extensions["cms"].close()


class PortalClient(FlaskClient):
    """Flask's test client, asking for the default portal's host unless a test
    names another (`base_url=` or a Host header)."""

    def open(self, *args, **kwargs):
        if not (args and not isinstance(args[0], str)):
            kwargs.setdefault("base_url", FRONTEND_URL)
        return super().open(*args, **kwargs)


@pytest.fixture
def client(app):
    app.test_client_class = PortalClient
    return app.test_client()


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.get_data(as_text=True), "html.parser")


# A real CMS and reader site (integration and browser tests) ----------------------


@pytest.fixture(scope="session")
def cms_server(django_db_setup):
    from .live import LiveCms

    cms = LiveCms()
    url = cms.start()
    yield url
    cms.stop()


@pytest.fixture
def live_db(transactional_db, django_db_serialized_rollback):
    """The database as a server thread sees it: committed data, and the site and
    home page the migrations made restored for every test."""


@pytest.fixture
def reader_site(cms_server, live_db, settings):
    from .live import start_reader_site

    site, stop = start_reader_site(cms_server, settings)
    yield site
    stop()


PHONE_USER_AGENTS = [
    "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko)"
    " Chrome/156.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 12; Redmi Note 11) AppleWebKit/537.36 (KHTML, like"
    " Gecko) Chrome/155.0.0.0 Mobile Safari/537.36",
]


@pytest.fixture
def console_errors() -> list[str]:
    """Console errors and uncaught exceptions seen by the test's pages."""
    return []


@pytest.fixture
def new_page(live_db, console_errors):
    """Opens a page in a fresh browser context (a new visitor: no cookies, no
    cache). Chromium starts on the first call and stops before the database is
    cleaned up: Playwright's sync API runs an event loop in this thread, and
    Django rightly refuses database calls while one runs, so tests build their
    content first, then open pages (depending on live_db makes the browser stop
    before the database is flushed)."""
    from playwright.sync_api import expect

    from tests.chromium import Chromium

    from .live import TIMEOUT_MS, require_browser_tools

    chromium = Chromium(timeout_ms=TIMEOUT_MS * 2)

    def open_page(user_agent=PHONE_USER_AGENTS[0], **context_options):
        if not chromium.running:
            require_browser_tools()
            expect.set_options(timeout=TIMEOUT_MS)
        browser = chromium.start()
        # A phone's browser, as readers use: headless Chromium's own user agent
        # says "HeadlessChrome", and the statistics rightly ignore robots.
        context = browser.new_context(
            locale="vi-VN", user_agent=user_agent, **context_options
        )
        context.set_default_timeout(TIMEOUT_MS)
        page = context.new_page()
        page.on(
            "console",
            lambda m: (
                m.type == "error" and console_errors.append(f"{page.url}: {m.text}")
            ),
        )
        page.on("pageerror", lambda e: console_errors.append(f"{page.url}: {e}"))
        return page

    yield open_page
    chromium.stop()
