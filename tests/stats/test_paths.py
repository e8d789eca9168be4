"""Which paths a page view may be recorded for."""

import pytest
from wagtail.models import PageViewRestriction

from cms.stats.paths import InvalidPath, Target, UnknownPath, resolve
from tests.factories import ArticlePageFactory, PhotoStoryPageFactory

pytestmark = pytest.mark.django_db


def test_pages_readers_can_see_resolve_to_their_page(article, home):
    photo_story = PhotoStoryPageFactory(parent=article.get_parent())
    section = article.get_parent()
    assert article.reader_path.startswith("/tin-tuc/")
    assert resolve(article.reader_path) == Target.for_page(article.pk)
    assert resolve(photo_story.reader_path) == Target.for_page(photo_story.pk)
    assert resolve(section.reader_path) == Target.for_page(section.pk)
    assert resolve("/") == Target.for_page(home.pk)


@pytest.mark.parametrize(
    "variant",
    [
        lambda p: p[:-1],  # without the trailing slash
        lambda p: p + "?utm_source=zalo",
        lambda p: p + "#binh-luan",
        lambda p: p.replace("-", "%2D"),
    ],
    ids=["no-slash", "query", "fragment", "percent-encoded"],
)
def test_equivalent_forms_of_a_path(article, variant):
    assert resolve(variant(article.reader_path)) == Target.for_page(article.pk)


def test_reader_site_pages_that_are_not_cms_pages(article):
    article.tags.add("chuyển đổi số")
    article.save()
    assert resolve("/tim-kiem/") == Target("path:/tim-kiem/")
    assert resolve("/chu-de/chuyen-doi-so/") == Target("path:/chu-de/chuyen-doi-so/")
    with pytest.raises(UnknownPath):
        resolve("/chu-de/khong-co/")


def test_pages_readers_cannot_see_are_unknown(article):
    draft = ArticlePageFactory(parent=article.get_parent(), publish=False)
    private = ArticlePageFactory(parent=article.get_parent())
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    for path in (draft.reader_path, private.reader_path, "/khong-co-trang-nay/"):
        with pytest.raises(UnknownPath):
            resolve(path)


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "tin-tuc/",
        "https://evil.example/tin-tuc/",
        "//evil.example/",
        "/" + "a" * 600 + "/",
        "/tin-tuc//x/",
        "/a\x00/",
        None,
        42,
        ["/"],
    ],
)
def test_what_is_not_a_path_is_invalid(db, raw):
    with pytest.raises(InvalidPath):
        resolve(raw)
