"""Headless preview through Wagtail's own preview views: the admin keeps the
unsaved page and sends the browser to the reader site, which fetches it from
/api/v1/preview/."""

import json
from urllib.parse import parse_qs, urlsplit

import pytest
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from tests.factories import ArticlePageFactory, SectionPageFactory, UserFactory

PREVIEW = "/api/v1/preview/"


@pytest.fixture
def editor(client, db):
    user = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(user)
    return client


@pytest.fixture
def news(home):
    return SectionPageFactory(title="Tin tức")


def article_form(title, body_html, slug):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "lead": "Sapo bản nháp.",
            "hero_image": "",
            "body": streamfield([("paragraph", rich_text(body_html))]),
            "author_name": "Lan",
            "source_unit": "Trung tâm",
            "tags": "nháp riêng",
            "seo_title": "",
            "search_description": "",
            "display_date": "",
            "go_live_at": "",
            "expire_at": "",
            "related_links": inline_formset([]),
            "comments": inline_formset([]),
        }
    )


def token_of(response):
    assert response.status_code == 302, response.content[:500]
    url = urlsplit(response["Location"])
    assert f"{url.scheme}://{url.netloc}{url.path}" == "http://127.0.0.1:8000/preview/"
    return parse_qs(url.query)["token"][0]


def test_preview_of_unsaved_edits_reaches_the_reader_site(editor, api, openapi, news):
    article = ArticlePageFactory(parent=news, title="Bản đã đăng")
    url = f"/admin/pages/{article.pk}/edit/preview/"
    posted = editor.post(
        url,
        article_form("Bản nháp đang sửa", "<p>Nội dung <b>nháp</b>.</p>", article.slug),
    )
    assert json.loads(posted.content) == {"is_valid": True, "is_available": True}
    # The preview panel's iframe and the "Preview" button both GET this URL.
    token = token_of(editor.get(url, {"mode": "", "in_preview_panel": "true"}))

    response = api.get(PREVIEW, {"token": token})
    body = openapi.validate(PREVIEW, response)
    assert response["Cache-Control"] == "no-store"
    assert response["X-Robots-Tag"] == "noindex"
    assert body["type"] == "article"
    page = body["page"]
    assert page["id"] == article.pk
    assert page["title"] == "Bản nháp đang sửa"
    assert page["body"] == [
        {"type": "paragraph", "html": "<p>Nội dung <b>nháp</b>.</p>"}
    ]
    assert page["section"]["id"] == news.pk
    assert page["path"] == article.reader_path
    # The live page is unchanged for everyone else.
    live = json.loads(api.get(f"/api/v1/articles/{article.pk}/").content)
    assert live["title"] == "Bản đã đăng"


def test_preview_of_a_page_not_yet_created(editor, api, news):
    url = f"/admin/pages/add/articles/articlepage/{news.pk}/preview/"
    editor.post(url, article_form("Bài mới toanh", "<p>Mới.</p>", "bai-moi-toanh"))
    token = token_of(editor.get(url))
    body = json.loads(api.get(PREVIEW, {"token": token}).content)
    assert body["type"] == "article"
    assert body["page"]["title"] == "Bài mới toanh"
    assert body["page"]["path"] == "/tin-tuc/bai-moi-toanh/"


def test_moderators_preview_of_a_revision(editor, api, news):
    article = ArticlePageFactory(parent=news, title="Bản một")
    page = type(article).objects.get(pk=article.pk)
    page.title = "Bản hai chờ duyệt"
    revision = page.save_revision()
    response = editor.get(f"/admin/pages/{article.pk}/revisions/{revision.pk}/view/")
    token = token_of(response)
    body = json.loads(api.get(PREVIEW, {"token": token}).content)
    assert body["page"]["title"] == "Bản hai chờ duyệt"


def test_section_preview(editor, api, news):
    page = type(news).objects.get(pk=news.pk)
    page.title = "Tin tức (sửa)"
    revision = page.save_revision()
    token = token_of(
        editor.get(f"/admin/pages/{news.pk}/revisions/{revision.pk}/view/")
    )
    body = json.loads(api.get(PREVIEW, {"token": token}).content)
    assert body == {
        "type": "section",
        "page": {
            "id": news.pk,
            "title": "Tin tức (sửa)",
            "path": "/tin-tuc/",
            "intro": "Tin tức trong huyện",
            "parent": None,
            "children": [],
        },
    }


@pytest.mark.parametrize("params", [{"token": "khong-co"}, {"token": "x" * 64}])
def test_unknown_tokens_are_404(api, openapi, params):
    response = api.get(PREVIEW, params)
    openapi.validate(PREVIEW, response)
    assert response.status_code == 404


@pytest.mark.parametrize(
    "params",
    [{}, {"token": ""}, {"token": "x" * 65}, {"token": "<script>"}, {"token": "a b"}],
)
def test_missing_or_malformed_tokens_are_400(api, openapi, params):
    response = api.get(PREVIEW, params)
    openapi.validate(PREVIEW, response)
    assert response.status_code == 400


def test_tokens_expire_after_ten_minutes(editor, api, news):
    import datetime

    import time_machine

    article = ArticlePageFactory(parent=news)
    url = f"/admin/pages/{article.pk}/edit/preview/"
    editor.post(url, article_form("Nháp", "<p>x</p>", article.slug))
    with time_machine.travel(
        datetime.datetime(2026, 7, 1, tzinfo=datetime.UTC), tick=False
    ) as clock:
        token = token_of(editor.get(url))
        clock.shift(9 * 60)
        assert api.get(PREVIEW, {"token": token}).status_code == 200
        clock.shift(2 * 60)
        assert api.get(PREVIEW, {"token": token}).status_code == 404


def test_a_communes_preview_goes_to_its_own_portal_and_only_there(client, api):
    from django.contrib.auth.models import Group

    from cms.portal.provisioning import create_portal

    commune = create_portal(hostname="xa-a.localhost", name="Xã An Phú")
    news = SectionPageFactory(parent=commune.home, title="Tin xã")
    article = ArticlePageFactory(parent=news, title="Bản đã đăng của xã")
    editor = UserFactory(groups=[Group.objects.get(name="Biên tập viên – Xã An Phú")])
    client.force_login(editor)
    url = f"/admin/pages/{article.pk}/edit/preview/"
    client.post(url, article_form("Bản nháp của xã", "<p>Nháp.</p>", article.slug))

    response = client.get(url)

    assert response.status_code == 302
    location = urlsplit(response["Location"])
    # FRONTEND_URL's scheme and port, the commune's host.
    assert f"{location.scheme}://{location.netloc}{location.path}" == (
        "http://xa-a.localhost:8000/preview/"
    )
    token = parse_qs(location.query)["token"][0]
    on_commune = api.get(PREVIEW, {"token": token, "portal": "xa-a.localhost"})
    assert on_commune.status_code == 200
    assert json.loads(on_commune.content)["page"]["title"] == "Bản nháp của xã"
    # The province's portal (the default) does not show the commune's draft.
    assert api.get(PREVIEW, {"token": token}).status_code == 404

    # A new page's preview goes to its portal too.
    new = f"/admin/pages/add/articles/articlepage/{news.pk}/preview/"
    client.post(new, article_form("Bài mới của xã", "<p>Mới.</p>", "bai-moi-cua-xa"))
    assert client.get(new)["Location"].startswith("http://xa-a.localhost:8000/")
