"""The two-step approval, driven through the admin as each person would click."""

import pytest
from wagtail.models import Page, WorkflowState

from cms.articles.models import ArticlePage
from cms.workflow import roles
from tests.factories import ArticlePageFactory

from .admin_actions import (
    create_article,
    current_task_state,
    edit_article,
    workflow_action,
)

pytestmark = pytest.mark.django_db

TITLE = "Hòa Sơn khánh thành cầu Tân Lập"


def live_title(page):
    return Page.objects.get(pk=page.pk).title


def test_a_reporters_publish_button_does_not_publish(reporter, section):
    page, _ = create_article(reporter, section, TITLE, action="publish")
    assert not page.live
    assert not ArticlePage.objects.visible_to_readers().filter(pk=page.pk).exists()

    response = edit_article(reporter, page, TITLE + " (sửa)", action="publish")
    assert response.status_code == 302
    page.refresh_from_db()
    assert not page.live
    assert page.draft_title == TITLE + " (sửa)"  # saved as a draft, nothing more


def test_reporter_submits_editor_approves_leader_approves_article_goes_live(
    reporter, editor, leader, section
):
    page, _ = create_article(reporter, section, TITLE, action="submit")
    state = page.current_workflow_state
    assert state.workflow.name == roles.WORKFLOW
    assert state.requested_by == reporter.user
    assert current_task_state(page).task.name == roles.EDITOR_TASK
    assert not Page.objects.get(pk=page.pk).live

    # The leader cannot skip the editor's step.
    response = workflow_action(leader, page, "approve")
    assert current_task_state(page).task.name == roles.EDITOR_TASK

    response = workflow_action(editor, page, "approve")
    assert response.status_code == 302
    assert current_task_state(page).task.name == roles.LEADER_TASK
    assert not Page.objects.get(pk=page.pk).live

    # Nor can the editor give the final approval.
    workflow_action(editor, page, "approve")
    assert current_task_state(page).task.name == roles.LEADER_TASK

    response = workflow_action(leader, page, "approve", comment="Đồng ý đăng.")
    assert response.status_code == 302
    page = Page.objects.get(pk=page.pk).specific
    assert page.live
    assert page.title == TITLE
    assert ArticlePage.objects.visible_to_readers().filter(pk=page.pk).exists()
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED


def test_a_change_request_goes_back_to_the_reporter_with_the_comment(
    reporter, editor, leader, section
):
    page, _ = create_article(reporter, section, TITLE, action="submit")
    comment = "Bổ sung số liệu vốn đầu tư và tên nhà thầu."
    response = workflow_action(editor, page, "reject", comment=comment)
    assert response.status_code == 302
    assert page.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES

    # The reporter sees it on the article's editor and in its workflow history.
    edit_page = reporter.get(f"/admin/pages/{page.pk}/edit/")
    assert edit_page.status_code == 200
    assert comment in edit_page.content.decode()
    history = reporter.get(f"/admin/pages/{page.pk}/workflow_history/")
    assert history.status_code == 200
    detail_url = (
        f"/admin/pages/{page.pk}/workflow_history/detail/"
        f"{page.current_workflow_state.pk}/"
    )
    assert comment in reporter.get(detail_url).content.decode()

    # Fixed and resubmitted, it goes back to the step that asked for changes.
    response = edit_article(reporter, page, TITLE + " (đã bổ sung)", action="submit")
    assert response.status_code == 302
    assert current_task_state(page).task.name == roles.EDITOR_TASK
    workflow_action(editor, page, "approve")
    workflow_action(leader, page, "approve")
    page = Page.objects.get(pk=page.pk)
    assert page.live
    assert page.title == TITLE + " (đã bổ sung)"


def test_editing_a_published_article_keeps_the_published_version_until_approved(
    reporter, editor, leader, section
):
    article = ArticlePageFactory(parent=section, title=TITLE, owner=reporter.user)
    article.refresh_from_db()
    assert article.live

    new_title = TITLE + ": thông xe từ 1/9"
    response = edit_article(reporter, article, new_title, action="submit")
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.draft_title == new_title
    assert live_title(article) == TITLE
    assert article.has_unpublished_changes

    workflow_action(editor, article, "approve")
    assert live_title(article) == TITLE
    public = ArticlePage.objects.visible_to_readers().get(pk=article.pk)
    assert public.title == TITLE

    workflow_action(leader, article, "approve")
    assert live_title(article) == new_title


def test_the_leader_can_publish_directly_and_unpublish(leader, section):
    page, _ = create_article(leader, section, TITLE, action="publish")
    assert Page.objects.get(pk=page.pk).live

    response = leader.post(f"/admin/pages/{page.pk}/unpublish/")
    assert response.status_code == 302
    assert not Page.objects.get(pk=page.pk).live


def test_reporters_and_editors_cannot_unpublish_or_delete_published_articles(
    reporter, editor, section
):
    article = ArticlePageFactory(parent=section, owner=reporter.user)
    for person in (reporter, editor):
        person.post(f"/admin/pages/{article.pk}/unpublish/")
        person.post(f"/admin/pages/{article.pk}/delete/")
        assert Page.objects.filter(pk=article.pk, live=True).exists()


def test_a_reporter_may_delete_an_own_unpublished_draft(reporter, section):
    page, _ = create_article(reporter, section, TITLE)
    response = reporter.post(f"/admin/pages/{page.pk}/delete/")
    assert response.status_code == 302
    assert not Page.objects.filter(pk=page.pk).exists()


def test_a_reporter_cannot_edit_a_colleagues_article(reporter, other_reporter, section):
    page, _ = create_article(other_reporter, section, TITLE)
    response = edit_article(reporter, page, "Tiêu đề do người khác sửa")
    assert response.status_code in (302, 403)
    page.refresh_from_db()
    assert page.draft_title == TITLE


def test_an_editor_may_edit_any_article_but_not_publish_it(reporter, editor, section):
    page, _ = create_article(reporter, section, TITLE)
    response = edit_article(editor, page, TITLE + " (biên tập)", action="publish")
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.draft_title == TITLE + " (biên tập)"
    assert not page.live
