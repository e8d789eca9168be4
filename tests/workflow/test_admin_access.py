"""The audit log, revisions (compare, rollback), page locking and the
dashboard, opened by each role through the admin."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

from tests.factories import ArticlePageFactory

from .admin_actions import article_data, create_article, edit_article, workflow_action

pytestmark = pytest.mark.django_db

TITLE = "Xã Tân Lập đón bằng nông thôn mới"
SITE_HISTORY = "/admin/reports/site-history/"


def denied(response):
    """Wagtail answers a forbidden admin page with a redirect to the dashboard
    (and an error message), or with 403 where it raises."""
    return (response.status_code == 302 and response.url == "/admin/") or (
        response.status_code == 403
    )


# Audit log --------------------------------------------------------------------


def test_the_leader_reads_the_site_wide_audit_log(reporter, leader, section):
    create_article(reporter, section, TITLE, action="submit")
    response = leader.get(SITE_HISTORY)
    assert response.status_code == 200
    assert TITLE in response.content.decode()
    assert leader.get(SITE_HISTORY + "results/").status_code == 200
    assert SITE_HISTORY in leader.get("/admin/").content.decode()  # in the menu


@pytest.mark.parametrize("role", ["reporter", "editor"])
def test_reporters_and_editors_cannot_open_the_audit_log(request, role):
    person = request.getfixturevalue(role)
    assert denied(person.get(SITE_HISTORY))
    assert denied(person.get(SITE_HISTORY + "results/"))
    assert SITE_HISTORY not in person.get("/admin/").content.decode()


def test_the_audit_log_sends_anonymous_visitors_to_the_login(client):
    response = client.get(SITE_HISTORY)
    assert response.status_code == 302
    assert response.url.startswith("/admin/login/")


def test_everyone_sees_the_history_of_an_article_they_work_on(reporter, section):
    page, _ = create_article(reporter, section, TITLE, action="submit")
    response = reporter.get(f"/admin/pages/{page.pk}/history/")
    assert response.status_code == 200


# Revisions --------------------------------------------------------------------


@pytest.fixture
def revised_article(reporter, leader, section):
    """An article published twice by the leader: the first title, then another."""
    page, _ = create_article(leader, section, TITLE, action="publish")
    page.owner = reporter.user
    page.save(update_fields=["owner"])
    edit_article(leader, page, TITLE + " năm 2030", action="publish")
    first, second = page.revisions.order_by("created_at", "pk")
    return page, first, second


def compare_url(page, first, second):
    return f"/admin/pages/{page.pk}/revisions/compare/{first.pk}...{second.pk}/"


def test_the_leader_compares_revisions(leader, revised_article):
    page, first, second = revised_article
    response = leader.get(compare_url(page, first, second))
    assert response.status_code == 200
    content = response.content.decode()
    assert TITLE in content
    assert "năm 2030" in content


def test_a_reporter_compares_only_their_own_articles(
    reporter, other_reporter, revised_article
):
    page, first, second = revised_article  # owned by `reporter`
    assert reporter.get(compare_url(page, first, second)).status_code == 200
    assert denied(other_reporter.get(compare_url(page, first, second)))


def test_the_leader_rolls_an_article_back_to_an_earlier_version(
    leader, revised_article
):
    page, first, _ = revised_article
    revert_url = f"/admin/pages/{page.pk}/revisions/{first.pk}/revert/"
    response = leader.get(revert_url)
    assert response.status_code == 200
    assert TITLE in response.content.decode()

    # The form shows the old version; publishing it rolls the article back.
    response = leader.post(revert_url, article_data(TITLE, action="publish"))
    assert response.status_code == 302
    assert Page.objects.get(pk=page.pk).title == TITLE


def test_a_reporters_rollback_goes_through_the_workflow(
    reporter, editor, leader, revised_article
):
    page, first, _ = revised_article
    revert_url = f"/admin/pages/{page.pk}/revisions/{first.pk}/revert/"
    assert reporter.get(revert_url).status_code == 200
    reporter.post(revert_url, article_data(TITLE, action="publish"))
    assert Page.objects.get(pk=page.pk).title == TITLE + " năm 2030"

    reporter.post(revert_url, article_data(TITLE, action="submit"))
    workflow_action(editor, page, "approve")
    workflow_action(leader, page, "approve")
    assert Page.objects.get(pk=page.pk).title == TITLE


# Locking ----------------------------------------------------------------------


def test_a_leader_locks_an_article_and_nobody_else_can_edit_it(
    reporter, editor, leader, section
):
    page, _ = create_article(reporter, section, TITLE)
    response = leader.post(f"/admin/pages/{page.pk}/lock/")
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.locked
    assert page.locked_by == leader.user

    for person in (reporter, editor):
        response = edit_article(person, page, "Sửa khi bài đang khóa")
        page.refresh_from_db()
        assert page.draft_title == TITLE
        person.post(f"/admin/pages/{page.pk}/unlock/")
        page.refresh_from_db()
        assert page.locked

    leader.post(f"/admin/pages/{page.pk}/unlock/")
    page.refresh_from_db()
    assert not page.locked


def test_reporters_and_editors_cannot_lock(reporter, editor, section):
    page, _ = create_article(reporter, section, TITLE)
    for person in (reporter, editor):
        person.post(f"/admin/pages/{page.pk}/lock/")
        page.refresh_from_db()
        assert not page.locked


def test_the_leader_sees_locked_pages_report(leader, section):
    page = ArticlePageFactory(parent=section, title=TITLE)
    leader.post(f"/admin/pages/{page.pk}/lock/")
    response = leader.get("/admin/reports/locked/")
    assert response.status_code == 200
    assert TITLE in response.content.decode()


# The dashboard ----------------------------------------------------------------


def awaiting_review(person):
    """The titles in the dashboard's "awaiting your review" panel."""
    soup = BeautifulSoup(person.get("/admin/").content, "html.parser")
    panel = soup.find(id="awaiting-review-section")
    return panel.get_text(" ", strip=True) if panel else ""


def test_each_approver_sees_what_waits_for_them(reporter, editor, leader, section):
    page, _ = create_article(reporter, section, TITLE, action="submit")
    assert TITLE in awaiting_review(editor)
    assert TITLE not in awaiting_review(leader)
    assert TITLE not in awaiting_review(reporter)

    workflow_action(editor, page, "approve")
    assert TITLE not in awaiting_review(editor)
    assert TITLE in awaiting_review(leader)
    assert TITLE not in awaiting_review(reporter)


def test_the_reporter_sees_their_article_in_the_workflow(reporter, section):
    create_article(reporter, section, TITLE, action="submit")
    soup = BeautifulSoup(reporter.get("/admin/").content, "html.parser")
    panel = soup.find(id="objects-in-workflow-section")
    assert panel is not None
    assert TITLE in panel.get_text()
