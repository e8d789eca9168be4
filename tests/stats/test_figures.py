"""Figures for readers and the API: most read, view counts per page."""

from datetime import timedelta

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from cms.articles.models import ArticlePage
from cms.stats import services
from cms.stats.models import DailyPageStats
from tests.factories import ArticlePageFactory, PhotoStoryPageFactory

from .conftest import local

pytestmark = pytest.mark.django_db

NOW = local(2026, 3, 20, 10, 0)
TODAY = NOW.date()


def views(page, days_ago, count):
    DailyPageStats.objects.create(
        date=TODAY - timedelta(days=days_ago), page=page, views=count
    )


@pytest.fixture
def ranked(article):
    section = article.get_parent()
    photo = PhotoStoryPageFactory(parent=section)
    old_favourite = ArticlePageFactory(parent=section)
    views(article, 0, 10)
    views(article, 6, 5)  # still inside 7 days
    views(photo, 1, 12)
    views(old_favourite, 7, 100)  # outside 7 days, inside 30
    views(old_favourite, 30, 1000)  # outside 30 days
    views(section, 0, 500)  # a section is not an article
    return article, photo, old_favourite


def test_most_read_over_seven_and_thirty_days(ranked):
    article, photo, old_favourite = ranked
    with time_machine.travel(NOW, tick=False):
        assert services.most_read(7, 10) == [(article.pk, 15), (photo.pk, 12)]
        assert services.most_read(30, 10) == [
            (old_favourite.pk, 100),
            (article.pk, 15),
            (photo.pk, 12),
        ]
        assert services.most_read(30, 1) == [(old_favourite.pk, 100)]
        assert services.most_read(30, 10, models=(ArticlePage,)) == [
            (old_favourite.pk, 100),
            (article.pk, 15),
        ]


def test_most_read_leaves_out_pages_readers_cannot_see(ranked):
    article, photo, old_favourite = ranked
    # Re-read: the factory's instance predates its publication.
    ArticlePage.objects.get(pk=old_favourite.pk).unpublish()
    PageViewRestriction.objects.create(
        page=photo, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    with time_machine.travel(NOW, tick=False):
        assert services.most_read(30, 10) == [(article.pk, 15)]


def test_view_counts_cost_one_query_whatever_the_number_of_pages(ranked):
    article, _photo, old_favourite = ranked

    def listed():
        with CaptureQueriesContext(connection) as captured:
            pages = list(services.with_view_counts(ArticlePage.objects.order_by("pk")))
        return {page.pk: page.view_count for page in pages}, len(captured)

    counts, queries = listed()
    assert counts[article.pk] == 15
    assert counts[old_favourite.pk] == 1100
    assert queries == 1
    for _ in range(5):
        ArticlePageFactory(parent=article.get_parent())
    counts, queries = listed()
    assert queries == 1
    assert sorted(counts.values()).count(0) == 5


def test_view_counts_since_a_day(ranked):
    article, _photo, old_favourite = ranked
    pages = ArticlePage.objects.annotate(
        recent=services.view_count_expression(since=TODAY - timedelta(days=6))
    )
    recent = {page.pk: page.recent for page in pages}
    assert recent[article.pk] == 15
    assert recent[old_favourite.pk] == 0
