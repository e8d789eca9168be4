"""The news answers' per-page fragments (api/fragments.py): used from the
second request on, at a query count that does not grow with the page, and
never showing what changed since they were built."""

import datetime
import json

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from api.models import PageFragment
from cms.articles.models import RelatedArticle
from cms.stats.models import DailyPageStats
from tests.factories import (
    ArticlePageFactory,
    ImageFactory,
    PhotoStoryPageFactory,
    SectionPageFactory,
)

LIST = "/api/v1/articles/"
DETAIL = "/api/v1/articles/{id}/"

pytestmark = pytest.mark.usefixtures("no_response_cache")


def get(api, url, **params):
    response = api.get(url, params)
    assert response.status_code == 200, response.content
    return json.loads(response.content)


def counted(api, url, **params):
    with CaptureQueriesContext(connection) as queries:
        body = get(api, url, **params)
    return len(queries), body


@pytest.fixture
def news(home):
    return SectionPageFactory(title="Tin tức")


def _articles(news, count):
    return [
        ArticlePageFactory(parent=news, hero_image=ImageFactory()) for _ in range(count)
    ]


def test_the_second_list_reads_fragments_in_queries_that_do_not_grow(api, news):
    _articles(news, 2)
    cold, first = counted(api, LIST, page_size=2)
    warm, second = counted(api, LIST, page_size=2)
    assert second == first
    assert warm < cold
    assert PageFragment.objects.filter(kind=PageFragment.SUMMARY).count() == 2

    _articles(news, 8)
    get(api, LIST, page_size=10)  # builds the new ones
    ten, body = counted(api, LIST, page_size=10)
    assert len(body["results"]) == 10
    assert ten == warm


def test_a_list_made_of_fragments_is_byte_for_byte_the_built_one(api, news):
    for article in _articles(news, 3):
        RelatedArticle.objects.create(
            page=article, article=news.get_children()[0].specific
        )
    built = api.get(LIST).content
    assert PageFragment.objects.exists()
    assert api.get(LIST).content == built
    PageFragment.objects.all().delete()
    assert api.get(LIST).content == built


def test_a_detail_made_of_fragments_is_byte_for_byte_the_built_one(api, news):
    other = ArticlePageFactory(parent=news, title="Bài khác")
    article = ArticlePageFactory(
        parent=news,
        hero_image=ImageFactory(),
        body=[
            {
                "type": "paragraph",
                "value": f'<p>Xem <a linktype="page" id="{other.pk}">bài</a>.</p>',
            },
            {"type": "image", "value": {"image": ImageFactory().pk, "caption": ""}},
        ],
    )
    article.tags.add("nông nghiệp")
    RelatedArticle.objects.create(page=article, article=other)
    article.save_revision().publish()
    url = DETAIL.format(id=article.pk)
    built = api.get(url).content
    with CaptureQueriesContext(connection) as first:
        api.get(url)
    with CaptureQueriesContext(connection) as second:
        assert api.get(url).content == built
    assert len(second) <= len(first)
    assert PageFragment.objects.filter(kind=PageFragment.DETAIL).exists()
    PageFragment.objects.all().delete()
    assert api.get(url).content == built


def test_view_counts_stay_live(api, news):
    (article,) = _articles(news, 1)
    assert get(api, LIST)["results"][0]["view_count"] == 0
    assert get(api, DETAIL.format(id=article.pk))["view_count"] == 0
    DailyPageStats.objects.create(page=article, date=datetime.date(2026, 1, 1), views=7)
    assert get(api, LIST)["results"][0]["view_count"] == 7
    assert get(api, DETAIL.format(id=article.pk))["view_count"] == 7


def test_republishing_with_a_new_title_rewrites_the_fragments(api, news):
    (article,) = _articles(news, 1)
    get(api, LIST)
    get(api, DETAIL.format(id=article.pk))
    article.title = "Tiêu đề mới"
    article.save_revision().publish()
    assert get(api, LIST)["results"][0]["title"] == "Tiêu đề mới"
    assert get(api, DETAIL.format(id=article.pk))["title"] == "Tiêu đề mới"


def test_a_publish_writes_the_fragments_for_the_origins_readers_use(
    api, news, django_capture_on_commit_callbacks
):
    # Another page keeps the origin known while this one's are dropped.
    article, _other = _articles(news, 2)
    get(api, LIST)
    article.title = "Tiêu đề mới"
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    stored = PageFragment.objects.get(page=article, kind=PageFragment.SUMMARY)
    assert json.loads(stored.content)["title"] == "Tiêu đề mới"
    assert stored.stamp == type(article).objects.get(pk=article.pk).last_published_at


def test_a_fragment_of_another_publish_is_a_miss(api, news):
    """The stamp: a fragment built before the page's last publish is not used,
    even if no signal dropped it (another process, a lost commit hook)."""
    (article,) = _articles(news, 1)
    get(api, LIST)
    type(article).objects.filter(pk=article.pk).update(
        title="Sửa ở nơi khác", last_published_at=timezone.now()
    )
    assert get(api, LIST)["results"][0]["title"] == "Sửa ở nơi khác"


def test_image_focal_point_and_caption_changes_reach_the_answers(api, news):
    image = ImageFactory(caption="Chú thích cũ")
    article = ArticlePageFactory(parent=news, hero_image=image)
    get(api, LIST)
    get(api, DETAIL.format(id=article.pk))
    image.caption = "Chú thích mới"
    image.credit = "Thu Hà"
    image.save()
    thumbnail = get(api, LIST)["results"][0]["thumbnail"]
    assert (thumbnail["caption"], thumbnail["credit"]) == ("Chú thích mới", "Thu Hà")
    assert get(api, DETAIL.format(id=article.pk))["hero_image"]["caption"] == (
        "Chú thích mới"
    )
    before = PageFragment.objects.count()
    image.focal_point_x, image.focal_point_y = 10, 10
    image.focal_point_width = image.focal_point_height = 5
    image.save()
    assert PageFragment.objects.count() < before


def test_a_section_rename_reaches_its_articles(api, news):
    (article,) = _articles(news, 1)
    get(api, LIST)
    news.title = "Thời sự"
    news.save_revision().publish()
    assert get(api, LIST)["results"][0]["section"]["title"] == "Thời sự"


def test_a_move_reaches_the_paths(api, news):
    (article,) = _articles(news, 1)
    other = SectionPageFactory(title="Kinh tế", slug="kinh-te")
    get(api, LIST)
    get(api, DETAIL.format(id=article.pk))
    article.move(other, pos="last-child")
    item = get(api, LIST)["results"][0]
    assert item["path"].startswith("/kinh-te/")
    assert item["section"]["title"] == "Kinh tế"
    assert get(api, DETAIL.format(id=article.pk))["path"].startswith("/kinh-te/")


def test_tag_and_related_changes_reach_the_detail(api, news):
    first, second = _articles(news, 2)
    first.tags.add("giao thông")
    first.save_revision().publish()
    url = DETAIL.format(id=first.pk)
    assert get(api, url)["related"] == []
    RelatedArticle.objects.create(page=first, article=second)
    first.save_revision().publish()
    detail = get(api, url)
    assert [item["id"] for item in detail["related"]] == [second.pk]
    tag = first.tags.get()
    tag.name = "Giao thông vận tải"
    tag.save()
    assert get(api, url)["tags"][0]["name"] == "Giao thông vận tải"
    # A related article's own change shows through its own fragment.
    second.title = "Bài liên quan mới"
    second.save_revision().publish()
    assert get(api, url)["related"][0]["title"] == "Bài liên quan mới"
    type(second).objects.get(pk=second.pk).unpublish()
    assert get(api, url)["related"] == []


def test_an_unpublished_article_never_shows_from_a_stale_fragment(api, news):
    shown, hidden = _articles(news, 2)
    get(api, LIST)
    get(api, DETAIL.format(id=hidden.pk))
    # Behind the signals' back, as an expiry is: only the ids query decides.
    type(hidden).objects.filter(pk=hidden.pk).update(live=False)
    assert [item["id"] for item in get(api, LIST)["results"]] == [shown.pk]
    assert api.get(DETAIL.format(id=hidden.pk)).status_code == 404


def test_an_expired_article_never_shows_from_a_fragment(api, news):
    shown, expiring = _articles(news, 2)
    get(api, LIST)
    type(expiring).objects.filter(pk=expiring.pk).update(
        expire_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    assert [item["id"] for item in get(api, LIST)["results"]] == [shown.pk]
    assert api.get(DETAIL.format(id=expiring.pk)).status_code == 404


def test_photo_stories_use_fragments_too(api, home):
    section = SectionPageFactory()
    story = PhotoStoryPageFactory(parent=section)
    url = f"/api/v1/photo-stories/{story.pk}/"
    built_list = api.get("/api/v1/photo-stories/").content
    built_detail = api.get(url).content
    assert PageFragment.objects.filter(page=story).count() == 2
    assert api.get("/api/v1/photo-stories/").content == built_list
    assert api.get(url).content == built_detail


def test_the_command_builds_every_fragment(api, news):
    _articles(news, 3)
    call_command("rebuild_page_fragments", host=["testserver"], verbosity=0)
    assert PageFragment.objects.filter(kind=PageFragment.SUMMARY).count() == 3
    assert PageFragment.objects.filter(kind=PageFragment.DETAIL).count() == 3
    with CaptureQueriesContext(connection) as queries:
        get(api, LIST)
    assert not [q for q in queries if "INSERT" in q["sql"]]


def test_a_fragment_that_cannot_be_stored_still_answers(api, news, monkeypatch):
    """Storing a fragment is an optimisation of a read: when the write fails
    (SQLite busy with another writer, say) the reader still gets the answer,
    and the next request builds it again."""
    from django.db import OperationalError

    article = _articles(news, 1)[0]
    built = api.get(LIST).content
    PageFragment.objects.all().delete()

    def refuse(*args, **kwargs):
        raise OperationalError("database is locked")

    monkeypatch.setattr(PageFragment.objects, "bulk_create", refuse)
    assert api.get(LIST).content == built
    assert get(api, DETAIL.format(id=article.pk))["id"] == article.pk
    assert not PageFragment.objects.exists()
