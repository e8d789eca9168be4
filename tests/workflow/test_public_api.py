"""The public API while articles go through the workflow: only what was
published, changing exactly when the final approval or the scheduler says so
(its answers are cached, so this also proves the cache follows)."""

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.management import call_command
from django.test import Client

from tests.factories import ArticlePageFactory

from .admin_actions import create_article, edit_article, workflow_action

pytestmark = pytest.mark.django_db

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
TITLE = "Hòa Sơn mở lớp tập huấn chuyển đổi số cho cán bộ xã"


@pytest.fixture
def api(db):
    """An anonymous client, as the reader site or a mobile app is."""
    return Client()


def detail(api, page):
    response = api.get(f"/api/v1/articles/{page.pk}/")
    return response.status_code, json.loads(response.content)


def listed_titles(api, **params):
    response = api.get("/api/v1/articles/", params)
    assert response.status_code == 200
    return {
        item["id"]: item["title"] for item in json.loads(response.content)["results"]
    }


def test_the_api_shows_the_published_version_until_the_final_approval(
    api, reporter, editor, leader, section
):
    article = ArticlePageFactory(parent=section, title=TITLE, owner=reporter.user)
    new_title = TITLE + " (bản sửa)"
    assert detail(api, article)[1]["title"] == TITLE  # cached from here on

    edit_article(reporter, article, new_title, action="submit")
    assert detail(api, article)[1]["title"] == TITLE
    workflow_action(editor, article, "approve")
    status, body = detail(api, article)
    assert (status, body["title"]) == (200, TITLE)
    assert listed_titles(api)[article.pk] == TITLE

    workflow_action(leader, article, "approve")
    assert detail(api, article)[1]["title"] == new_title
    assert listed_titles(api)[article.pk] == new_title


def test_a_never_published_article_is_absent_from_the_api(
    api, reporter, editor, section
):
    published = ArticlePageFactory(parent=section)
    page, _ = create_article(reporter, section, TITLE, action="submit")
    workflow_action(editor, page, "approve")  # half-way through the workflow

    assert detail(api, page)[0] == 404
    titles = listed_titles(api)
    assert published.pk in titles
    assert page.pk not in titles
    assert page.pk not in listed_titles(api, section=section.pk)
    search = json.loads(api.get("/api/v1/search/", {"q": "chuyen doi so"}).content)
    assert page.pk not in [item["id"] for item in search["results"]]
    by_path = api.get("/api/v1/pages/by-path/", {"path": f"/tin-tuc/{page.slug}/"})
    assert by_path.status_code == 404


def test_a_scheduled_article_reaches_the_api_at_the_schedulers_next_run(
    api, reporter, editor, leader, section
):
    start = datetime(2030, 3, 1, 6, 0, tzinfo=HANOI)
    with time_machine.travel(start, tick=False) as clock:
        for person in (reporter, editor, leader):
            person.log_in()
        page, _ = create_article(
            reporter, section, TITLE, action="submit", go_live_at="2030-03-01 07:00"
        )
        workflow_action(editor, page, "approve")
        workflow_action(leader, page, "approve")
        assert detail(api, page)[0] == 404
        assert page.pk not in listed_titles(api)

        clock.move_to(datetime(2030, 3, 1, 7, 0, 30, tzinfo=HANOI))
        call_command("run_scheduler", "--once")
        assert detail(api, page)[0] == 200
        assert listed_titles(api)[page.pk] == TITLE


def test_an_expired_article_leaves_the_api_when_the_scheduler_runs(
    api, leader, section
):
    start = datetime(2030, 3, 1, 6, 0, tzinfo=HANOI)
    with time_machine.travel(start, tick=False) as clock:
        leader.log_in()
        page, _ = create_article(
            leader, section, TITLE, action="publish", expire_at="2030-03-01 17:00"
        )
        assert detail(api, page)[0] == 200  # and now cached
        assert page.pk in listed_titles(api)

        clock.move_to(datetime(2030, 3, 1, 17, 0, 30, tzinfo=HANOI))
        call_command("run_scheduler", "--once")
        assert detail(api, page)[0] == 404
        assert page.pk not in listed_titles(api)
