import pytest
from wagtail.models import Page

from cms.articles.models import ArticlePage
from cms.photostories.models import PhotoStoryPage
from cms.sections.models import HomePage, SectionPage
from tests.factories import ArticlePageFactory, SectionPageFactory

pytestmark = pytest.mark.django_db


def test_migrations_give_every_installation_a_home_page_as_site_root(home):
    assert home.get_site().root_page.specific == home
    assert home.get_parent().is_root()


@pytest.mark.parametrize(
    ("child", "parent", "allowed"),
    [
        (SectionPage, HomePage, True),
        (SectionPage, SectionPage, True),
        (ArticlePage, SectionPage, True),
        (PhotoStoryPage, SectionPage, True),
        (ArticlePage, HomePage, False),
        (PhotoStoryPage, HomePage, False),
        (ArticlePage, ArticlePage, False),
        (SectionPage, ArticlePage, False),
        (HomePage, SectionPage, False),
        (HomePage, Page, True),
    ],
)
def test_page_type_rules(child, parent, allowed):
    assert (child in parent.allowed_subpage_models()) is allowed
    assert (parent in child.allowed_parent_page_models()) is allowed


def test_admin_refuses_an_article_directly_under_the_home_page(admin_client, home):
    response = admin_client.post(
        f"/admin/pages/add/articles/articlepage/{home.pk}/",
        {"title": "Lạc chỗ", "slug": "lac-cho"},
        follow=True,
    )
    assert response.redirect_chain[0] == ("/admin/", 302)
    assert not ArticlePage.objects.exists()


def test_admin_lists_only_allowed_types_when_adding_under_a_section(admin_client):
    section = SectionPageFactory()
    response = admin_client.get(f"/admin/pages/{section.pk}/add_subpage/")
    assert response.status_code == 200
    content = response.content.decode()
    assert "/add/articles/articlepage/" in content
    assert "/add/photostories/photostorypage/" in content
    assert "/add/sections/homepage/" not in content


def test_reader_path_is_relative_to_the_site_root():
    article = ArticlePageFactory(title="Khai giảng năm học mới")
    section = article.get_parent()
    assert article.reader_path == f"/{section.slug}/khai-giang-nam-hoc-moi/"
    assert article.full_url.endswith(article.reader_path)
