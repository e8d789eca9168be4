"""HTTP caching (ETag, Last-Modified, 304, Cache-Control) and the shared
response cache, which every publish, unpublish, move or delete invalidates."""

import json

import pytest
from django.core.cache import cache
from django.db import connection
from django.utils import timezone

from cms.articles.models import ArticlePage
from cms.core.generation import content_generation
from tests.factories import ArticlePageFactory, SectionPageFactory

ENDPOINTS = [
    "/api/v1/articles/",
    "/api/v1/photo-stories/",
    "/api/v1/sections/",
    "/api/v1/site/",
    "/api/v1/search/?q=lua",
    "/api/v1/pages/by-path/?path=/",
]


@pytest.fixture
def news(home):
    return SectionPageFactory(title="Tin tức")


@pytest.fixture
def article(news):
    return ArticlePageFactory(parent=news, title="Lúa mùa bội thu")


def fresh(page):
    return type(page).objects.get(pk=page.pk)


@pytest.mark.parametrize("url", ENDPOINTS)
def test_answers_carry_validators_and_a_cdn_friendly_cache_control(api, article, url):
    response = api.get(url)
    assert response.status_code == 200
    assert response["Cache-Control"] == (
        "public, max-age=60, stale-while-revalidate=300"
    )
    etag = response["ETag"]
    assert etag.startswith('"') and etag.endswith('"')
    assert response["Last-Modified"].endswith("GMT")

    again = api.get(url, headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag

    since = api.get(url, headers={"If-Modified-Since": response["Last-Modified"]})
    assert since.status_code == 304

    other = api.get(url, headers={"If-None-Match": '"something-else"'})
    assert other.status_code == 200


def test_detail_by_id_answers_304(api, article):
    url = f"/api/v1/articles/{article.pk}/"
    etag = api.get(url)["ETag"]
    assert api.get(url, headers={"If-None-Match": etag}).status_code == 304


def test_head_is_answered_like_get(api, article):
    response = api.head("/api/v1/articles/")
    assert response.status_code == 200
    assert response["ETag"] == api.get("/api/v1/articles/")["ETag"]


@pytest.mark.parametrize(
    "url",
    [
        *ENDPOINTS,
        "/api/v1/articles/?portal=LOCALHOST&page_size=5",
        "/api/v1/stats/most-read/",
        "/api/v1/portals/",
    ],
)
def test_a_cached_answer_and_its_304_cost_no_query(
    api, article, url, django_assert_num_queries
):
    first = api.get(url)
    assert first.status_code == 200
    with django_assert_num_queries(0):
        again = api.get(url)
        not_modified = api.get(url, headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 200
    assert again.content == first.content
    assert again["ETag"] == first["ETag"]
    assert again["Cache-Control"] == first["Cache-Control"]
    assert not_modified.status_code == 304


def test_a_warm_list_and_its_304_ask_for_no_database_connection(
    api, article, monkeypatch, django_assert_num_queries
):
    # Stronger than no query: nothing asks for a connection (a cursor, a
    # transaction, a health check), so a hit opens none when connections are
    # not kept (DATABASE_CONN_MAX_AGE=0), and its cost cannot depend on the
    # database. (Django's own close_old_connections, run by a server around
    # every request, the test client leaves out.)
    url = "/api/v1/articles/"
    first = api.get(url)
    asked = []
    wrapper = type(connection._connections[connection._alias])
    ensure = wrapper.ensure_connection

    def counting(self):
        asked.append(self.alias)
        return ensure(self)

    with django_assert_num_queries(0):  # which itself asks: patched after
        monkeypatch.setattr(wrapper, "ensure_connection", counting)
        again = api.get(url)
        not_modified = api.get(url, headers={"If-None-Match": first["ETag"]})
        monkeypatch.undo()
    assert (again.status_code, not_modified.status_code) == (200, 304)
    assert asked == []


@pytest.mark.parametrize("kind", ["list", "detail"])
def test_a_cached_answer_and_its_304_carry_the_headers_of_built_ones(
    api, article, kind, django_assert_num_queries
):
    url = "/api/v1/articles/" if kind == "list" else f"/api/v1/articles/{article.pk}/"
    built = api.get(url)
    assert built["Content-Language"] == "vi"
    assert "Accept-Language" in built["Vary"]
    with django_assert_num_queries(0):
        cached = api.get(url)
    assert dict(cached.headers) == dict(built.headers)

    # A 304 built by the view (nothing cached yet), then one from the cache.
    cache.clear()
    conditional = {"If-None-Match": built["ETag"]}
    built_304 = api.get(url, headers=conditional)
    with django_assert_num_queries(0):
        cached_304 = api.get(url, headers=conditional)
    assert built_304.status_code == cached_304.status_code == 304
    assert dict(cached_304.headers) == dict(built_304.headers)
    assert built_304["Content-Language"] == "vi"


def test_a_warm_answer_is_retired_by_a_publish(api, article, django_assert_num_queries):
    url = f"/api/v1/articles/{article.pk}/"
    etag = api.get(url)["ETag"]
    with django_assert_num_queries(0):
        assert api.get(url, headers={"If-None-Match": etag}).status_code == 304
    page = fresh(article)
    page.title = "Lúa mùa được giá"
    page.save_revision().publish()
    changed = api.get(url, headers={"If-None-Match": etag})
    assert changed.status_code == 200
    assert json.loads(changed.content)["title"] == "Lúa mùa được giá"


def test_changing_a_portals_settings_retires_its_cached_answers(api, home):
    # The portal app registers its settings with the core's generation: the
    # core itself does not import the portal.
    from wagtail.models import Site

    from cms.portal.models import PortalSettings

    portal = PortalSettings.objects.create(
        site=Site.objects.get(is_default_site=True), phone="0203 3812 345"
    )
    assert json.loads(api.get("/api/v1/site/").content)["phone"] == "0203 3812 345"
    portal.phone = "0203 3812 999"
    portal.save()
    assert json.loads(api.get("/api/v1/site/").content)["phone"] == "0203 3812 999"


def test_errors_are_not_cached(api):
    response = api.get("/api/v1/articles/?page=abc")
    assert response.status_code == 400
    assert response["Cache-Control"] == "no-store"


def _titles(api, url, **params):
    body = json.loads(api.get(url, params).content)
    results = body.get("results")
    if results is None:
        return [body["page"]["title"] if "page" in body else body["title"]]
    return [item["title"] for item in results]


def test_publishing_invalidates_lists_details_and_search(api, article, news):
    detail = f"/api/v1/articles/{article.pk}/"
    by_path = f"/api/v1/pages/by-path/?path={article.reader_path}"
    before = {
        "list": _titles(api, "/api/v1/articles/"),
        "section": _titles(api, "/api/v1/articles/", section=news.pk),
        "detail": _titles(api, detail),
        "by_path": _titles(api, by_path),
        "search": _titles(api, "/api/v1/search/", q="lua mua"),
    }
    assert set(map(tuple, before.values())) == {("Lúa mùa bội thu",)}
    etag = api.get(detail)["ETag"]

    page = fresh(article)
    page.title = "Lúa mùa được giá"
    page.save_revision().publish()

    assert _titles(api, "/api/v1/articles/") == ["Lúa mùa được giá"]
    assert _titles(api, "/api/v1/articles/", section=news.pk) == ["Lúa mùa được giá"]
    assert _titles(api, detail) == ["Lúa mùa được giá"]
    assert _titles(api, by_path) == ["Lúa mùa được giá"]
    assert _titles(api, "/api/v1/search/", q="duoc gia") == ["Lúa mùa được giá"]
    assert _titles(api, "/api/v1/search/", q="lua mua") == ["Lúa mùa được giá"]
    assert api.get(detail, headers={"If-None-Match": etag}).status_code == 200


def test_a_new_article_appears_at_once(api, article, news):
    assert len(_titles(api, "/api/v1/articles/")) == 1
    assert _titles(api, "/api/v1/search/", q="khoai lang") == []
    ArticlePageFactory(parent=news, title="Khoai lang Hòa Sơn")
    assert len(_titles(api, "/api/v1/articles/")) == 2
    assert _titles(api, "/api/v1/search/", q="khoai lang") == ["Khoai lang Hòa Sơn"]


def test_unpublishing_moving_and_deleting_invalidate(api, article, news):
    other_section = SectionPageFactory(title="Văn hóa")
    assert len(_titles(api, "/api/v1/articles/", section=news.pk)) == 1

    fresh(article).move(other_section, pos="last-child")
    assert _titles(api, "/api/v1/articles/", section=news.pk) == []
    assert len(_titles(api, "/api/v1/articles/", section=other_section.pk)) == 1

    fresh(article).unpublish()
    assert _titles(api, "/api/v1/articles/") == []

    second = ArticlePageFactory(parent=news, title="Sẽ bị xóa")
    assert _titles(api, "/api/v1/articles/") == ["Sẽ bị xóa"]
    fresh(second).delete()
    assert _titles(api, "/api/v1/articles/") == []


def test_saving_a_draft_keeps_cached_answers(api, article):
    api.get("/api/v1/articles/")
    generation = content_generation()
    page = fresh(article)
    page.title = "Bản nháp chưa duyệt"
    page.save_revision()
    assert content_generation() == generation
    assert _titles(api, "/api/v1/articles/") == ["Lúa mùa bội thu"]


def test_the_generation_lives_in_the_shared_cache(api, article):
    """What another process (the admin, the scheduler) does reaches this one
    through the shared cache alone: a generation written there by someone
    else retires this process's cached answers."""
    first = api.get("/api/v1/articles/")
    # Another process publishes a change behind our back (a publish sets
    # last_published_at, which retires the page's fragments: api/fragments.py)...
    ArticlePage.objects.filter(pk=article.pk).update(
        title="Sửa ở tiến trình khác", last_published_at=timezone.now()
    )
    assert _titles(api, "/api/v1/articles/") == ["Lúa mùa bội thu"]
    # ...and bumps the generation in the shared cache, as its signals do.
    cache.set("content-generation", content_generation() + 1, timeout=None)
    second = api.get("/api/v1/articles/")
    assert _titles(api, "/api/v1/articles/") == ["Sửa ở tiến trình khác"]
    assert second["ETag"] != first["ETag"]


def test_no_answer_outlives_a_pending_expiry(api, news):
    import datetime

    import time_machine
    from django.utils import timezone

    start = datetime.datetime(2026, 8, 1, 1, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False) as clock:
        ArticlePageFactory(
            parent=news,
            title="Sắp hết hạn",
            expire_at=timezone.now() + datetime.timedelta(seconds=30),
        )
        response = api.get("/api/v1/articles/")
        assert response["Cache-Control"] == "public, max-age=30"
        assert _titles(api, "/api/v1/articles/") == ["Sắp hết hạn"]
        clock.shift(31)
        assert _titles(api, "/api/v1/articles/") == []
        assert api.get("/api/v1/articles/")["Cache-Control"] == (
            "public, max-age=60, stale-while-revalidate=300"
        )
