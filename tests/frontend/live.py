"""A real CMS and a real reader site, each on its own port, for the integration and
browser tests: the CMS is Django's live server on the test database (serving media
too, so that photos load in the browser), the reader site is the Flask app on
werkzeug's threaded server, talking to the CMS over HTTP."""

import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from werkzeug.serving import make_server

from frontend.app import create_app
from frontend.config import Config
from tests.chromium import CHROMIUM

VAR_DIR = Path(os.environ.get("VAR_DIR") or Path(__file__).parents[2] / "var")
AXE_JS = VAR_DIR / "node" / "node_modules" / "axe-core" / "axe.min.js"
# Generous: two shared cores, and the first request renders image renditions.
TIMEOUT_MS = 30_000


class RecordingTransport(httpx.HTTPTransport):
    """Real HTTP to the CMS; remembers each exchange so that tests can see what
    the reader site asked and how the CMS answered (200, 304, ...)."""

    def __init__(self, keepalive: bool = True):
        # Without keep-alive every request opens a new connection, so that a
        # stopped server is noticed at once (its open connections would still
        # be served by their handler threads).
        limits = httpx.Limits(max_keepalive_connections=None if keepalive else 0)
        super().__init__(limits=limits)
        self.exchanges: list[tuple[str, str, int, bool]] = []
        self._lock = threading.Lock()

    def handle_request(self, request):
        response = super().handle_request(request)
        with self._lock:
            self.exchanges.append(
                (
                    request.method,
                    str(request.url),
                    response.status_code,
                    "If-None-Match" in request.headers,
                )
            )
        return response

    def for_path(self, fragment: str) -> list[tuple[str, str, int, bool]]:
        with self._lock:
            return [e for e in self.exchanges if fragment in e[1]]


@dataclass
class ReaderSite:
    url: str
    cms_url: str
    config: Config
    transport: RecordingTransport
    app: object = field(repr=False)

    def get(self, path: str, **kwargs) -> httpx.Response:
        """A plain HTTP client, as a crawler sees the site (no JavaScript)."""
        return httpx.get(self.url + path, timeout=TIMEOUT_MS / 1000, **kwargs)


class LiveCms:
    """Django's live server thread, as pytest-django starts it, but also serving
    MEDIA_URL (photos) as `manage.py runserver` does in development."""

    def __init__(self):
        from django.contrib.staticfiles.handlers import StaticFilesHandler
        from django.db import connections
        from django.test.testcases import LiveServerThread, _MediaFilesHandler

        # An in-memory SQLite test database must be shared with the server thread.
        self.shared = [
            c for c in connections.all() if c.vendor == "sqlite" and c.is_in_memory_db()
        ]
        self.thread = LiveServerThread(
            "127.0.0.1",
            static_handler=lambda app: StaticFilesHandler(_MediaFilesHandler(app)),
            connections_override={c.alias: c for c in self.shared},
            port=0,
        )
        self.thread.daemon = True

    def start(self) -> str:
        for connection in self.shared:
            connection.inc_thread_sharing()
        self.thread.start()
        self.thread.is_ready.wait()
        if self.thread.error:
            raise self.thread.error
        return f"http://127.0.0.1:{self.thread.port}"

    def stop(self):
        self.thread.terminate()
        for connection in self.shared:
            connection.dec_thread_sharing()


def start_reader_site(
    cms_url: str, settings, keepalive: bool = True, **config
) -> tuple[ReaderSite, object]:
    server = make_server("127.0.0.1", 0, None, threaded=True)
    url = f"http://127.0.0.1:{server.server_port}"
    # The CMS builds reader-site links from FRONTEND_URL and lets that origin call
    # the API from browsers (the statistics beacon).
    settings.FRONTEND_URL = url
    settings.CORS_ALLOWED_ORIGINS = [url]
    reader_config = Config(api_url=cms_url + "/api/v1", frontend_url=url, **config)
    transport = RecordingTransport(keepalive)
    app = create_app(reader_config, transport=transport)
    server.app = app
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    site = ReaderSite(url, cms_url, reader_config, transport, app)

    def stop():
        server.shutdown()
        thread.join(timeout=10)
        app.extensions["cms"].close()

    return site, stop


def require_browser_tools():
    """Browser tests fail loudly, never skip, when their tools are missing."""
    missing = [str(p) for p in (CHROMIUM, AXE_JS) if not p.exists()]
    if missing:
        pytest.fail(f"Missing {', '.join(missing)}: run bin/install-test-tools first.")


# Content ------------------------------------------------------------------------

KEY_ARTICLE_TITLE = "Đẩy mạnh cải cách hành chính ở xã Tân Lập"
KEY_ARTICLE_LEAD = (
    "Xã Tân Lập đẩy mạnh cải cách hành chính, rút ngắn thời gian làm thủ tục."
)
KEY_ARTICLE_TEXT = "Bộ phận một cửa của xã nhận hồ sơ trực tuyến suốt tuần."


def build_newsroom(extra_articles: int = 0) -> dict:
    """A small portal built as editors would, through the factories: two sections,
    a key article with photo, figure, tags and a related article, a photo story."""
    from datetime import UTC, datetime, timedelta

    from wagtail.models import Site

    from cms.articles.models import RelatedArticle
    from cms.portal.models import PortalSettings
    from tests.factories import (
        ArticlePageFactory,
        ImageFactory,
        PhotoStoryPageFactory,
        SectionPageFactory,
    )

    portal = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    portal.name = "Cổng thông tin điện tử huyện Hòa Sơn"
    portal.unit = "Trung tâm Văn hóa và Truyền thông huyện Hòa Sơn"
    portal.logo = ImageFactory(
        title="Logo", description="", file__width=320, file__height=320
    )
    portal.address = "Số 12 đường Lê Lợi, thị trấn Hòa Sơn"
    portal.phone = "0209 3 851 234"
    portal.email = "ttvhtt@hoason.example.vn"
    portal.save()

    news = SectionPageFactory(title="Tin tức", slug="tin-tuc")
    culture = SectionPageFactory(title="Văn hóa - Xã hội", slug="van-hoa-xa-hoi")
    # 24/08/2023 08:30 in Hà Nội, a Thursday.
    when = datetime(2023, 8, 24, 1, 30, tzinfo=UTC)
    older = [
        ArticlePageFactory(
            parent=news,
            title=f"Tin huyện Hòa Sơn số {n}",
            hero_image=ImageFactory(),
            display_date=when - timedelta(days=n + 1),
        )
        for n in range(extra_articles + 1)
    ]
    key = ArticlePageFactory(
        parent=news,
        publish=False,
        title=KEY_ARTICLE_TITLE,
        lead=KEY_ARTICLE_LEAD,
        hero_image=ImageFactory(
            description="Cán bộ xã Tân Lập hướng dẫn người dân làm thủ tục",
            caption="Bộ phận một cửa xã Tân Lập",
            credit="Minh Anh",
            file__width=1400,
            file__height=900,
        ),
        body=[
            {"type": "paragraph", "value": f"<p>{KEY_ARTICLE_TEXT}</p>"},
            {
                "type": "image",
                "value": {
                    "image": ImageFactory(
                        description="Người dân nộp hồ sơ",
                        caption="Người dân nộp hồ sơ tại xã",
                        credit="Thu Hà",
                    ).pk,
                    "caption": "",
                    "credit": "",
                },
            },
        ],
        display_date=when,
    )
    key.tags.add("cải cách hành chính")
    key.related_links.add(RelatedArticle(article=older[0]))
    key.save_revision().publish()
    story = PhotoStoryPageFactory(
        parent=culture,
        title="Mùa vàng Hòa Sơn",
        intro="Những khoảnh khắc đẹp của mùa gặt.",
        display_date=when - timedelta(hours=2),
    )
    return {
        "news": news,
        "culture": culture,
        "key": key,
        "story": story,
        "older": older,
    }
