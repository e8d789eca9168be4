"""The statistics in the admin: the dashboard panel for editors and leaders,
its server-drawn chart, and the report of views per article."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.test import Client

from cms.stats.chart import nice_ceiling
from cms.stats.models import DailyPageStats, DailySiteStats
from cms.workflow import roles
from tests.factories import ArticlePageFactory, PhotoStoryPageFactory, UserFactory

from .conftest import default_site, local

pytestmark = pytest.mark.django_db

TODAY = local(2026, 3, 20, 10, 0)


def client_for(group_name):
    user = UserFactory(groups=[Group.objects.get(name=group_name)])
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def read_articles(article):
    """Three weeks of figures and two articles read on several days."""
    photo_story = PhotoStoryPageFactory(parent=article.get_parent())
    today = TODAY.date()
    for offset in range(21):
        DailySiteStats.objects.create(
            site=default_site(),
            date=today - timedelta(days=offset),
            views=100 + offset,
            visitors=40,
        )
    DailyPageStats.objects.create(date=today, page=article, views=30)
    DailyPageStats.objects.create(
        date=today - timedelta(days=10), page=article, views=5
    )
    DailyPageStats.objects.create(
        date=today - timedelta(days=40), page=article, views=7
    )
    DailyPageStats.objects.create(date=today, page=photo_story, views=12)
    return article, photo_story


@pytest.fixture
def clock():
    with time_machine.travel(TODAY, tick=False):
        yield


@pytest.mark.parametrize(
    "group_name", [roles.EDITOR, roles.LEADER, roles.ADMINISTRATOR]
)
def test_editors_and_leaders_see_the_statistics_panel(group_name, read_articles, clock):
    article, photo_story = read_articles
    content = client_for(group_name).get("/admin/").content.decode()

    assert "Thống kê truy cập" in content
    assert "Lượt xem" in content and "Khách truy cập" in content
    assert "Bài đọc nhiều nhất" in content
    # Today's figures: 100 views and 40 visitors; the month from 1 March.
    assert "100 lượt xem · 40 khách" in content
    # The top articles over 30 days, most read first, linking to the editor.
    top = content.index("Bài đọc nhiều nhất")
    assert content.index(article.title, top) < content.index(photo_story.title, top)
    assert f"/admin/pages/{article.pk}/edit/" in content
    assert re.search(r">\s*35\s*<", content[top:])  # 30 today + 5 ten days ago


def test_the_chart_is_svg_drawn_on_the_server(read_articles, clock, admin_client):
    content = admin_client.get("/admin/").content.decode()
    panel = re.search(
        r'<section[^>]*id="statistics-section".*?</section>', content, re.S
    ).group()
    svg = re.search(r'<svg class="stats-chart".*?</svg>', panel, re.S).group()
    assert 'role="img"' in svg
    assert svg.count("<rect") == 30  # one bar per day, days without views at 0
    assert "20/03/2026: 100 lượt xem, 40 khách truy cập" in svg
    assert "<polyline" in svg
    # Nothing is loaded from elsewhere: no script, no address but the SVG
    # namespace; the panel's stylesheet is served by the CMS itself.
    assert "<script" not in panel
    assert re.findall(r"https?://[^\s\"'<]+", panel) == ["http://www.w3.org/2000/svg"]
    stylesheet = re.search(r'href="([^"]*stats/dashboard\.css)"', content).group(1)
    assert stylesheet.startswith("/static/")


def test_reporters_do_not_see_the_statistics(read_articles, clock):
    reporter = client_for(roles.REPORTER)
    content = reporter.get("/admin/").content.decode()
    assert "Thống kê truy cập" not in content
    assert "Lượt xem bài viết" not in content  # not in the reports menu
    response = reporter.get("/admin/stats/views/")
    assert response.status_code == 302


def test_report_lists_views_per_article(
    read_articles, clock, django_assert_max_num_queries
):
    article, photo_story = read_articles
    ArticlePageFactory(parent=article.get_parent(), title="Bài chưa ai đọc")
    leader = client_for(roles.LEADER)
    response = leader.get("/admin/stats/views/")
    assert response.status_code == 200
    content = response.content.decode()
    assert content.index(article.title) < content.index(photo_story.title)
    assert content.index(photo_story.title) < content.index("Bài chưa ai đọc")
    row = content[content.index(article.title) :]
    # 7 days: 30; 30 days: 35; in total: 42.
    numbers = re.findall(r"<td[^>]*>\s*(\d+)\s*</td>", row)[:3]
    assert numbers == ["30", "35", "42"]

    ascending = leader.get("/admin/stats/views/?ordering=views_total").content.decode()
    assert ascending.index("Bài chưa ai đọc") < ascending.index(article.title)


def test_report_query_count_does_not_grow_with_the_page(
    read_articles, clock, admin_client
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert admin_client.get("/admin/stats/views/").status_code == 200
        return len(captured)

    few = queries()
    for _ in range(10):
        ArticlePageFactory(parent=read_articles[0].get_parent())
    assert queries() == few


def test_report_exports_csv(read_articles, clock, admin_client):
    response = admin_client.get("/admin/stats/views/?export=csv")
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    lines = text.strip().splitlines()
    assert lines[0] == "Tiêu đề,7 ngày,30 ngày,Tổng lượt xem"
    assert lines[1].endswith(",30,35,42")


@pytest.mark.parametrize(
    ("value", "expected"), [(0, 4), (3, 4), (4, 4), (5, 8), (101, 200), (4321, 8000)]
)
def test_chart_scale_falls_on_round_numbers(value, expected):
    assert nice_ceiling(value) == expected
