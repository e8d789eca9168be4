"""Who is mailed at each step of the approval, and that they read Vietnamese."""

import pytest
from django.core import mail

from cms.workflow import roles
from tests.factories import UserFactory

from .admin_actions import create_article, edit_article, workflow_action

pytestmark = pytest.mark.django_db

TITLE = "Huyện Hòa Sơn ra quân làm đường giao thông nông thôn"
ENGLISH = ("has been", "You can", "Hello", "moderation", "workflow")


@pytest.fixture
def second_editor(make_person):
    return make_person("btv-nam", "Đỗ Văn", "Nam", roles.EDITOR)


def sent():
    """The mails sent since the last call, as (recipient, subject, body)."""
    messages = [(m.to[0], m.subject, m.body) for m in mail.outbox]
    mail.outbox.clear()
    return messages


def recipients(messages):
    return sorted(to for to, _, _ in messages)


def assert_vietnamese(messages):
    for _, subject, body in messages:
        for word in ENGLISH:
            assert word not in subject
            assert word not in body
        assert body.startswith("Chào ")


def test_each_step_mails_the_next_approvers_and_the_author(
    reporter, editor, second_editor, leader, section
):
    page, _ = create_article(reporter, section, TITLE, action="submit")
    messages = sent()
    assert recipients(messages) == [editor.user.email, second_editor.user.email]
    assert_vietnamese(messages)
    to, subject, body = next(m for m in messages if m[0] == editor.user.email)
    assert subject == f"Bài chờ bạn duyệt (Biên tập duyệt): {TITLE}"
    assert body.startswith("Chào Lê Thị Mai,")
    assert f'Bài "{TITLE}" đang chờ bạn duyệt ở bước "Biên tập duyệt".' in body
    assert "Người gửi duyệt: Nguyễn Thị Lan." in body
    assert f"http://127.0.0.1:8001/admin/pages/{page.pk}/edit/" in body

    workflow_action(editor, page, "approve", comment="Văn phong tốt.")
    messages = sent()
    assert recipients(messages) == [leader.user.email, reporter.user.email]
    assert_vietnamese(messages)
    to_leader = next(m for m in messages if m[0] == leader.user.email)
    assert to_leader[1] == f"Bài chờ bạn duyệt (Lãnh đạo duyệt): {TITLE}"
    to_author = next(m for m in messages if m[0] == reporter.user.email)
    assert to_author[1] == f'Bài đã qua bước "Biên tập duyệt": {TITLE}'
    assert 'Ý kiến: "Văn phong tốt."' in to_author[2]
    assert 'Bài đang chờ bước tiếp theo: "Lãnh đạo duyệt".' in to_author[2]

    workflow_action(leader, page, "approve")
    messages = sent()
    assert recipients(messages) == [reporter.user.email]
    assert_vietnamese(messages)
    _, subject, body = messages[0]
    assert subject == f"Bài đã được duyệt: {TITLE}"
    assert "Bài đã được xuất bản: http://127.0.0.1:8000/tin-tuc/" in body


def test_a_change_request_mails_the_author_with_the_comment(
    reporter, editor, leader, section
):
    page, _ = create_article(reporter, section, TITLE, action="submit")
    workflow_action(editor, page, "approve")
    sent()

    workflow_action(leader, page, "reject", comment="Cần ảnh hiện trường rõ hơn.")
    messages = sent()
    assert recipients(messages) == [reporter.user.email]
    assert_vietnamese(messages)
    _, subject, body = messages[0]
    assert subject == f"Bài cần sửa lại: {TITLE}"
    assert 'được yêu cầu sửa lại ở bước "Lãnh đạo duyệt" (Phạm Văn Sơn)' in body
    assert 'Ý kiến: "Cần ảnh hiện trường rõ hơn."' in body
    assert f"/admin/pages/{page.pk}/edit/" in body

    # Resubmitted, it goes straight back to the leader, who is mailed again.
    edit_article(reporter, page, TITLE, action="submit")
    assert recipients(sent()) == [leader.user.email]


def test_nobody_is_mailed_about_their_own_action(reporter, editor, section):
    page, _ = create_article(editor, section, TITLE, action="submit")
    assert editor.user.email not in recipients(sent())


def test_administrators_hear_of_every_submission_in_vietnamese(reporter, section):
    # Wagtail's default (WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS) keeps
    # superusers informed; their mail is Vietnamese too.
    admin = UserFactory(
        username="quantri", email="quantri@hoason.example.vn", is_superuser=True
    )
    create_article(
        reporter, section, "Tin có dấu & ký hiệu <đặc biệt>", action="submit"
    )
    messages = [m for m in sent() if m[0] == admin.email]
    assert {subject for _, subject, _ in messages} == {
        "Bài mới gửi duyệt (Duyệt tin hai cấp): Tin có dấu & ký hiệu <đặc biệt>",
        "Bài chờ bạn duyệt (Biên tập duyệt): Tin có dấu & ký hiệu <đặc biệt>",
    }
    assert_vietnamese(messages)
    # Plain-text mail: nothing HTML-escaped.
    assert all("&amp;" not in body for _, _, body in messages)


def test_html_mails_are_vietnamese_too(settings, reporter, editor, section):
    settings.WAGTAILADMIN_NOTIFICATION_USE_HTML = True
    create_article(reporter, section, TITLE, action="submit")
    (message,) = mail.outbox
    html, mime_type = message.alternatives[0]
    assert mime_type == "text/html"
    assert '<html lang="vi">' in html
    assert "đang chờ bạn duyệt" in html
    for word in ENGLISH:
        assert word not in html
