"""Editors must be able to open every screen they need for every page type."""

import pytest

from tests.factories import (
    ArticlePageFactory,
    ImageFactory,
    PhotoStoryPageFactory,
    SectionPageFactory,
)

pytestmark = pytest.mark.django_db


def test_page_explorer_renders(admin_client, home):
    section = SectionPageFactory()
    ArticlePageFactory(parent=section)
    for page in (home, section):
        response = admin_client.get(f"/admin/pages/{page.pk}/")
        assert response.status_code == 200


@pytest.mark.parametrize(
    "make_page",
    [
        lambda: SectionPageFactory().get_parent().specific,  # the home page
        SectionPageFactory,
        ArticlePageFactory,
        PhotoStoryPageFactory,
    ],
    ids=["home", "section", "article", "photo-story"],
)
def test_edit_view_renders_for_every_page_type(admin_client, make_page):
    page = make_page()
    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    assert page.title in response.content.decode()


@pytest.mark.parametrize(
    ("app", "model"),
    [
        ("sections", "sectionpage"),
        ("articles", "articlepage"),
        ("photostories", "photostorypage"),
    ],
)
def test_add_view_renders_under_a_section(admin_client, app, model):
    section = SectionPageFactory()
    response = admin_client.get(f"/admin/pages/add/{app}/{model}/{section.pk}/")
    assert response.status_code == 200


def test_article_editor_shows_vietnamese_labels(admin_client):
    article = ArticlePageFactory()
    content = admin_client.get(f"/admin/pages/{article.pk}/edit/").content.decode()
    for label in ("Sapo", "Ảnh đại diện", "Nội dung", "Tác giả", "Đơn vị", "Từ khóa"):
        assert label in content


def test_image_edit_view_has_caption_and_credit(admin_client):
    image = ImageFactory()
    response = admin_client.get(f"/admin/images/{image.pk}/")
    content = response.content.decode()
    assert response.status_code == 200
    assert "Chú thích ảnh" in content
    assert "Tác giả ảnh" in content


def test_portal_settings_edit_view_renders(admin_client, home):
    site_id = home.get_site().pk
    response = admin_client.get(f"/admin/settings/portal/portalsettings/{site_id}/")
    assert response.status_code == 200
    assert "Tên cổng thông tin" in response.content.decode()
