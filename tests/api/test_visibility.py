"""Only live, public content, ever: drafts, revisions awaiting approval,
view-restricted pages, pages scheduled for later and expired pages are absent
from every list, detail, search and lookup by id or path; images of private
collections never appear."""

import datetime
import json

import pytest
import time_machine
from django.utils import timezone
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from tests.factories import (
    ArticlePageFactory,
    ImageFactory,
    PhotoStoryPageFactory,
    SectionPageFactory,
    UserFactory,
)

NOW = datetime.datetime(2026, 6, 1, 3, 0, tzinfo=datetime.UTC)


@pytest.fixture
def news(home):
    return SectionPageFactory(title="Tin tức")


def fresh(page):
    """The page as an editor opens it (factories keep their own copy)."""
    return type(page).objects.get(pk=page.pk)


def _ids(api, url, **params):
    response = api.get(url, params)
    assert response.status_code == 200, response.content
    return [item["id"] for item in json.loads(response.content)["results"]]


def assert_hidden(api, page, word, model="articles"):
    """``page`` (whose text has ``word``) is nowhere in the API."""
    section = page.get_parent()
    assert page.pk not in _ids(api, f"/api/v1/{model}/")
    in_section = api.get(f"/api/v1/{model}/", {"section": section.pk})
    if in_section.status_code == 200:
        results = json.loads(in_section.content)["results"]
        assert page.pk not in [item["id"] for item in results]
    else:  # the section itself is hidden
        assert in_section.status_code == 400
    assert page.pk not in _ids(api, "/api/v1/search/", q=word)
    assert api.get(f"/api/v1/{model}/{page.pk}/").status_code == 404
    by_path = api.get("/api/v1/pages/by-path/", {"path": page.reader_path})
    assert by_path.status_code == 404
    assert json.loads(by_path.content)["error"]["code"] == "not_found"


def assert_visible(api, page, word, model="articles"):
    assert page.pk in _ids(api, f"/api/v1/{model}/")
    assert page.pk in _ids(api, "/api/v1/search/", q=word)
    assert api.get(f"/api/v1/{model}/{page.pk}/").status_code == 200


def test_a_published_article_is_visible(api, news):
    article = ArticlePageFactory(parent=news, title="Lễ hội xuân Bình Minh")
    assert_visible(api, article, "binh minh")


def test_drafts_are_hidden(api, news):
    draft = ArticlePageFactory(parent=news, title="Nháp Khánh Hòa", publish=False)
    story = PhotoStoryPageFactory(
        parent=news, title="Ảnh nháp Tuyên Quang", publish=False
    )
    assert_hidden(api, draft, "khanh hoa")
    assert_hidden(api, story, "tuyen quang", model="photo-stories")


def test_unpublished_pages_are_hidden(api, news):
    article = ArticlePageFactory(parent=news, title="Đã gỡ Lạng Sơn")
    assert_visible(api, article, "lang son")
    article = fresh(article)
    article.unpublish()
    assert_hidden(api, article, "lang son")


def test_a_revision_awaiting_approval_does_not_change_the_live_page(api, news):
    article = fresh(ArticlePageFactory(parent=news, title="Tiêu đề cũ Sa Pa"))
    article.title = "Tiêu đề mới Mộc Châu"
    article.save_revision(user=UserFactory())
    workflow = article.get_workflow()
    assert workflow is not None
    workflow.start(article, UserFactory())
    assert article.workflow_in_progress

    detail = json.loads(api.get(f"/api/v1/articles/{article.pk}/").content)
    assert detail["title"] == "Tiêu đề cũ Sa Pa"
    listed = json.loads(api.get("/api/v1/articles/").content)["results"]
    assert [item["title"] for item in listed] == ["Tiêu đề cũ Sa Pa"]
    assert _ids(api, "/api/v1/search/", q="moc chau") == []
    assert _ids(api, "/api/v1/search/", q="sa pa") == [article.pk]


@time_machine.travel(NOW, tick=False)
def test_pages_scheduled_for_later_are_hidden(api, news):
    later = ArticlePageFactory(
        parent=news,
        title="Hẹn giờ Điện Biên",
        publish=False,
        go_live_at=timezone.now() + datetime.timedelta(hours=2),
    )
    later.save_revision().publish()
    later.refresh_from_db()
    assert not later.live
    assert_hidden(api, later, "dien bien")


@time_machine.travel(NOW, tick=False)
def test_a_scheduled_revision_of_a_live_page_is_not_shown_early(api, news):
    article = fresh(ArticlePageFactory(parent=news, title="Bản đang hiện Hà Giang"))
    article.title = "Bản hẹn giờ Cao Bằng"
    article.go_live_at = timezone.now() + datetime.timedelta(hours=2)
    article.save_revision().publish()
    detail = json.loads(api.get(f"/api/v1/articles/{article.pk}/").content)
    assert detail["title"] == "Bản đang hiện Hà Giang"
    assert _ids(api, "/api/v1/search/", q="cao bang") == []


def test_expired_pages_are_hidden_before_the_scheduler_runs(api, news):
    with time_machine.travel(NOW, tick=False):
        article = ArticlePageFactory(
            parent=news,
            title="Hết hạn Hải Phòng",
            expire_at=timezone.now() + datetime.timedelta(hours=1),
        )
        assert_visible(api, article, "hai phong")
    with time_machine.travel(NOW + datetime.timedelta(hours=2), tick=False):
        article.refresh_from_db()
        assert article.live  # the scheduler has not unpublished it yet
        assert_hidden(api, article, "hai phong")


def test_view_restricted_pages_and_sections_are_hidden(api, news):
    restricted = ArticlePageFactory(parent=news, title="Mật khẩu Quảng Ninh")
    PageViewRestriction.objects.create(
        page=restricted, restriction_type="password", password="bi-mat-123"
    )
    internal = SectionPageFactory(title="Nội bộ")
    below = PhotoStoryPageFactory(parent=internal, title="Ảnh nội bộ Thái Bình")
    PageViewRestriction.objects.create(page=internal, restriction_type="login")
    assert_hidden(api, restricted, "quang ninh")
    assert_hidden(api, below, "thai binh", model="photo-stories")
    sections = json.loads(api.get("/api/v1/sections/").content)["results"]
    assert [section["id"] for section in sections] == [news.pk]
    response = api.get("/api/v1/articles/", {"section": internal.pk})
    assert response.status_code == 400


def test_links_and_related_articles_to_hidden_pages_are_dropped(api, news):
    from cms.articles.models import RelatedArticle

    draft = ArticlePageFactory(parent=news, title="Nháp liên quan", publish=False)
    article = ArticlePageFactory(parent=news)
    RelatedArticle.objects.create(page=article, article=draft, sort_order=0)
    article.save_revision().publish()
    detail = json.loads(api.get(f"/api/v1/articles/{article.pk}/").content)
    assert detail["related"] == []


@pytest.fixture
def private_collection(db):
    collection = Collection.get_first_root_node().add_child(name="Ảnh nội bộ")
    CollectionViewRestriction.objects.create(
        collection=collection.add_child(name="cha") and collection,
        restriction_type="login",
    )
    return collection.get_children().first()  # private through its parent


def test_images_of_private_collections_never_appear(api, news, private_collection):
    private = ImageFactory(collection=private_collection, title="Ảnh kín")
    public = ImageFactory()
    article = ArticlePageFactory(
        parent=news,
        hero_image=private,
        body=[
            {"type": "image", "value": {"image": private.pk, "caption": ""}},
            {"type": "image", "value": {"image": public.pk, "caption": ""}},
        ],
    )
    from cms.photostories.models import PhotoStoryPhoto

    story = PhotoStoryPageFactory(
        parent=news,
        photos=[
            PhotoStoryPhoto(image=private, caption="Kín"),
            PhotoStoryPhoto(image=public, caption="Công khai"),
        ],
    )
    detail = json.loads(api.get(f"/api/v1/articles/{article.pk}/").content)
    assert detail["hero_image"] is None and detail["thumbnail"] is None
    assert [block["image"]["id"] for block in detail["body"]] == [public.pk]
    story_detail = json.loads(api.get(f"/api/v1/photo-stories/{story.pk}/").content)
    assert [photo["image"]["id"] for photo in story_detail["photos"]] == [public.pk]
    assert story_detail["photo_count"] == 1
    assert story_detail["thumbnail"]["id"] == public.pk
    listed = json.loads(api.get("/api/v1/photo-stories/").content)["results"][0]
    assert listed["thumbnail"]["id"] == public.pk and listed["photo_count"] == 1
    everything = b"".join(
        api.get(url).content
        for url in (
            "/api/v1/articles/",
            f"/api/v1/articles/{article.pk}/",
            "/api/v1/photo-stories/",
            f"/api/v1/photo-stories/{story.pk}/",
        )
    )
    assert private.file.name.split("/")[-1].split(".")[0].encode() not in everything
    assert f'"id":{private.pk},'.encode() not in everything.replace(b" ", b"")
