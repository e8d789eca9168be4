"""The reader site while articles go through the workflow: it knows the CMS only
through the public API, so it shows only what was published, and picks up the
approved version once its cached answer is revalidated."""

import httpx
import pytest
from django.test import Client

from frontend.app import create_app
from frontend.config import Config
from tests.factories import ArticlePageFactory

from .admin_actions import create_article, edit_article, workflow_action

pytestmark = pytest.mark.django_db

TITLE = "Hội thi nấu ăn ngon của phụ nữ xã Tân Lập"


class CmsInProcess(httpx.BaseTransport):
    """Hands the reader site's API requests to the CMS in this process, through
    Django's test client, so that both share the test's database transaction."""

    def __init__(self):
        self.client = Client()

    def handle_request(self, request):
        headers = {
            "HTTP_" + name.upper().replace("-", "_"): value
            for name, value in request.headers.items()
            if name.lower() not in {"host", "content-length"}
        }
        response = self.client.generic(
            request.method, request.url.raw_path.decode(), request.read(), **headers
        )
        return httpx.Response(
            response.status_code,
            headers=list(response.items()),
            content=response.content,
        )


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


@pytest.fixture
def reader_site():
    clock = FakeClock()
    app = create_app(Config(), transport=CmsInProcess(), clock=clock)
    client = app.test_client()
    client.clock = clock
    return client


def test_readers_see_the_published_version_until_the_final_approval(
    reader_site, reporter, editor, leader, section
):
    article = ArticlePageFactory(parent=section, title=TITLE, owner=reporter.user)
    article.refresh_from_db()
    response = reader_site.get(article.reader_path)
    assert response.status_code == 200
    assert TITLE in response.text

    new_title = "Sôi nổi hội thi nấu ăn ngon ở Tân Lập"
    edit_article(reporter, article, new_title, action="submit")
    workflow_action(editor, article, "approve")
    reader_site.clock.now += Config().cache_ttl + 1  # ask the CMS again
    response = reader_site.get(article.reader_path)
    assert response.status_code == 200
    assert TITLE in response.text
    assert new_title not in response.text

    workflow_action(leader, article, "approve")
    reader_site.clock.now += Config().cache_ttl + 1
    response = reader_site.get(article.reader_path)
    assert new_title in response.text


def test_a_never_published_article_is_not_on_the_reader_site(
    reader_site, reporter, editor, section
):
    page, _ = create_article(reporter, section, TITLE, action="submit")
    workflow_action(editor, page, "approve")
    page.refresh_from_db()
    assert reader_site.get(page.reader_path).status_code == 404
    home = reader_site.get("/")
    assert home.status_code == 200
    assert TITLE not in home.text
