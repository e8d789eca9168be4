"""What the public sees while articles wait for approval: only what was
published, and nothing of an article that never was."""

import pytest
from django.conf import settings

from cms.articles.models import ArticlePage
from tests.factories import ArticlePageFactory

from .admin_actions import create_article, edit_article, workflow_action

pytestmark = pytest.mark.django_db

TITLE = "Hòa Sơn tổ chức hội thi văn nghệ quần chúng"


@pytest.fixture
def pending_change(reporter, editor, section):
    """A published article with a new version approved by the editor and waiting
    for the leader."""
    article = ArticlePageFactory(parent=section, title=TITLE, owner=reporter.user)
    edit_article(
        reporter,
        article,
        TITLE + " (bản sửa chờ duyệt)",
        action="submit",
        lead="Sapo mới chưa được duyệt.",
    )
    workflow_action(editor, article, "approve")
    return ArticlePage.objects.get(pk=article.pk)


@pytest.fixture
def never_published(reporter, editor, section):
    page, _ = create_article(
        reporter, section, "Bài chưa từng xuất bản", action="submit"
    )
    workflow_action(editor, page, "approve")  # approved once, still not public
    return page


def test_readers_get_the_published_version_while_a_new_one_waits(pending_change):
    public = ArticlePage.objects.visible_to_readers().get(pk=pending_change.pk)
    assert public.title == TITLE
    assert public.lead != "Sapo mới chưa được duyệt."
    # The pending version exists, but only as a revision for the approvers.
    assert pending_change.get_latest_revision_as_object().title.endswith(
        "(bản sửa chờ duyệt)"
    )


def test_the_cms_serves_the_published_article_at_its_public_address(
    client, pending_change
):
    # The CMS is headless: a page's public address redirects to the reader site.
    response = client.get(pending_change.url_path.removeprefix("/home"))
    assert response.status_code == 302
    assert response.url == settings.FRONTEND_URL + pending_change.reader_path


def test_a_never_published_article_is_absent_from_everything_public(
    client, never_published
):
    assert (
        not ArticlePage.objects.visible_to_readers()
        .filter(pk=never_published.pk)
        .exists()
    )
    path = "/tin-tuc/" + never_published.slug + "/"
    assert client.get(path).status_code == 404
    # Its preview needs a login.
    response = client.get(f"/admin/pages/{never_published.pk}/view_draft/")
    assert response.status_code == 302
    assert response.url.startswith("/admin/login/")
