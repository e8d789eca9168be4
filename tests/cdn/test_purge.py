"""A publish purges the reader site's and the API's cached URLs from a CDN or
caching proxy (cms/cdn), here a real HTTP server taking PURGE requests as
Varnish or nginx would, configured as CDN_PURGE_URL configures it."""

import logging
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from cms.workflow import roles
from tests.factories import ArticlePageFactory, SectionPageFactory, UserFactory
from tests.workflow.admin_actions import create_article

READER_HOST = "tin.example.test"
API_HOST = "cms.example.test"


class PurgeRecorder(ThreadingHTTPServer):
    """Records each request's method, target and Host; answers ``status``."""

    daemon_threads = True

    def __init__(self):
        self.requests: list[tuple[str, str, str]] = []
        self.status = 200
        super().__init__(("127.0.0.1", 0), _RecordingHandler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def purged(self) -> set[tuple[str, str]]:
        return {
            (host, path) for method, path, host in self.requests if method == "PURGE"
        }


class _RecordingHandler(BaseHTTPRequestHandler):
    def do_PURGE(self):
        self.server.requests.append((self.command, self.path, self.headers["Host"]))
        self.send_response(self.server.status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def proxy():
    server = PurgeRecorder()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def _purge_settings(settings, location):
    settings.FRONTEND_URL = f"https://{READER_HOST}"
    settings.CMS_PUBLIC_API_URL = f"https://{API_HOST}/api/v1"
    settings.WAGTAILFRONTENDCACHE = {
        "http": {
            "BACKEND": "cms.cdn.backends.HTTPBackend",
            "LOCATION": location,
            "TIMEOUT": 5,
        }
    }


@pytest.fixture
def cdn(settings, proxy):
    _purge_settings(settings, proxy.url)
    return proxy


@pytest.fixture
def section(home):
    return SectionPageFactory(parent=home, title="Tin tức", slug="tin-tuc")


@pytest.fixture
def draft(section):
    return ArticlePageFactory(
        parent=section, title="Lúa mùa bội thu", slug="lua-mua", publish=False
    )


def by_path(path: str) -> set[str]:
    """The by-path URL as browsers write it and as the reader site's client
    (urlencode) does: a CDN keeps them apart."""
    return {
        f"/api/v1/pages/by-path/?path={path}",
        "/api/v1/pages/by-path/?" + urlencode({"path": path}),
    }


def test_publishing_purges_the_saved_copies(
    cdn, draft, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        draft.save_revision().publish()
    purged = cdn.purged()
    assert (READER_HOST, f"/luu/bai-viet/{draft.pk}.pdf") in purged
    assert (API_HOST, f"/api/v1/articles/{draft.pk}/pdf/") in purged


def test_publishing_purges_the_article_its_section_home_feeds_and_api_answers(
    cdn, draft, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        draft.save_revision().publish()

    purged = cdn.purged()
    assert draft.reader_path == "/tin-tuc/lua-mua/"
    for path in (
        "/tin-tuc/lua-mua/",
        "/tin-tuc/",
        "/tin-tuc/rss.xml",
        "/",
        "/rss.xml",
        "/sitemap.xml",
        "/sitemap-articles-1.xml",
    ):
        assert (READER_HOST, path) in purged
    api_paths = {
        f"/api/v1/articles/{draft.pk}/",
        "/api/v1/articles/",
        *by_path("/tin-tuc/lua-mua/"),
    }
    assert {(API_HOST, path) for path in api_paths} <= purged
    # Every request went to the proxy with the public URL's Host, and nothing
    # else than a PURGE was sent.
    assert {method for method, _, _ in cdn.requests} == {"PURGE"}
    assert {host for _, _, host in cdn.requests} == {READER_HOST, API_HOST}
    # The API URLs purged are the ones that answer for this article.
    for path in api_paths:
        response = client.get(path)
        assert response.status_code == 200, path
        assert response["Cache-Control"].startswith("public")
    assert client.get(sorted(by_path("/tin-tuc/lua-mua/"))[0]).json()["type"] == (
        "article"
    )


def test_publishing_through_the_admin_purges_the_new_article(
    cdn, section, django_capture_on_commit_callbacks
):
    user = UserFactory(username="ld-son", groups=[Group.objects.get(name=roles.LEADER)])
    leader = Client()
    leader.force_login(user)

    with django_capture_on_commit_callbacks(execute=True):
        page, _ = create_article(leader, section, "Hội thi nấu ăn", action="publish")

    assert page.live
    purged = cdn.purged()
    assert (READER_HOST, page.reader_path) in purged
    assert (API_HOST, f"/api/v1/articles/{page.pk}/") in purged


def test_saving_a_draft_purges_nothing(cdn, draft, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        draft.title = "Lúa mùa bội thu lớn"
        draft.save_revision()

    assert cdn.requests == []


def test_saving_a_draft_of_a_published_article_purges_nothing(
    cdn, draft, django_capture_on_commit_callbacks
):
    draft.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        draft.title = "Lúa mùa bội thu lớn"
        draft.save_revision()

    assert cdn.requests == []


def test_unpublishing_purges_the_article(
    cdn, draft, django_capture_on_commit_callbacks
):
    draft.save_revision().publish()
    draft.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        draft.unpublish()

    purged = cdn.purged()
    assert (READER_HOST, "/tin-tuc/lua-mua/") in purged
    assert (READER_HOST, "/tin-tuc/") in purged
    assert (API_HOST, f"/api/v1/articles/{draft.pk}/") in purged


def test_moving_purges_the_old_and_the_new_path(
    cdn, home, section, draft, django_capture_on_commit_callbacks
):
    draft.save_revision().publish()
    culture = SectionPageFactory(parent=home, title="Văn hóa", slug="van-hoa")
    draft.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        draft.move(culture, pos="last-child")

    purged = cdn.purged()
    for path in ("/tin-tuc/lua-mua/", "/tin-tuc/", "/van-hoa/lua-mua/", "/van-hoa/"):
        assert (READER_HOST, path) in purged
    assert {(API_HOST, path) for path in by_path("/tin-tuc/lua-mua/")} <= purged


def test_deleting_a_live_article_purges_it(
    cdn, draft, django_capture_on_commit_callbacks
):
    draft.save_revision().publish()
    draft.refresh_from_db()
    pk = draft.pk
    with django_capture_on_commit_callbacks(execute=True):
        draft.delete()

    purged = cdn.purged()
    assert (READER_HOST, "/tin-tuc/lua-mua/") in purged
    assert (API_HOST, f"/api/v1/articles/{pk}/") in purged


def test_nothing_configured_sends_nothing(
    settings, draft, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {}
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        draft.save_revision().publish()

    draft.refresh_from_db()
    assert draft.live
    # Nothing queued either: the publish's other after-commit work only.
    assert callbacks
    assert not [c for c in callbacks if c.__module__ == "cms.cdn.purge"]


def test_a_cdn_answering_500_does_not_stop_the_publish(
    cdn, draft, caplog, django_capture_on_commit_callbacks
):
    cdn.status = 500
    with (
        caplog.at_level(logging.WARNING, logger="cms.cdn"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        draft.save_revision().publish()

    draft.refresh_from_db()
    assert draft.live
    # Every URL was still tried: the proxy is up, one answer says nothing of
    # the others.
    assert (READER_HOST, "/tin-tuc/lua-mua/") in cdn.purged()
    assert len(cdn.requests) > 10
    warnings = [r for r in caplog.records if r.name == "cms.cdn"]
    assert warnings and all(r.levelno == logging.WARNING for r in warnings)
    assert "answered 500" in warnings[0].getMessage()


def test_a_cdn_that_is_down_does_not_stop_the_publish(
    settings, draft, caplog, django_capture_on_commit_callbacks
):
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    _purge_settings(settings, f"http://127.0.0.1:{port}")

    with (
        caplog.at_level(logging.WARNING, logger="cms.cdn"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        draft.save_revision().publish()

    draft.refresh_from_db()
    assert draft.live
    messages = [r.getMessage() for r in caplog.records if r.name == "cms.cdn"]
    # One refused connection, then the rest of the batch (both hosts) is given
    # up: a proxy that is down costs one connection attempt per publish.
    failed = [m for m in messages if "failed" in m]
    assert len(failed) == 1
    assert "Connection refused" in failed[0]
    assert messages[1:]
    assert all("more URLs not purged" in m for m in messages[1:])
