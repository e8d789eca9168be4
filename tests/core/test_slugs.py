import pytest
from django.utils.text import slugify

from cms.articles.models import ArticlePage
from cms.core.text import ascii_slugify
from tests.factories import SectionPageFactory


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Đẩy mạnh cải cách", "day-manh-cai-cach"),
        ("ĐẢNG ỦY XÃ ĐỒNG TÂM", "dang-uy-xa-dong-tam"),
        ("Văn hóa – Xã hội", "van-hoa-xa-hoi"),
        ("Hội nghị lần thứ 5/2026!", "hoi-nghi-lan-thu-52026"),
    ],
)
def test_ascii_slugify_folds_vietnamese(title, slug):
    assert ascii_slugify(title) == slug


@pytest.mark.django_db
def test_page_created_without_slug_gets_a_folded_one():
    section = SectionPageFactory()
    article = ArticlePage(title="Đẩy mạnh cải cách hành chính")
    section.add_child(instance=article)
    assert article.slug == "day-manh-cai-cach-hanh-chinh"


@pytest.mark.django_db
def test_admin_saves_an_ascii_slug_from_the_one_the_editor_script_fills_in(
    admin_client,
):
    # In the browser the admin fills the slug from the title, keeping Vietnamese
    # letters (WAGTAIL_ALLOW_UNICODE_SLUGS); the model folds it on save.
    section = SectionPageFactory()
    response = admin_client.post(
        f"/admin/pages/add/articles/articlepage/{section.pk}/",
        {
            "title": "Đẩy mạnh cải cách",
            "slug": slugify("Đẩy mạnh cải cách", allow_unicode=True),
            "lead": "Sapo",
            "body-count": "0",
            "tags": "",
            "related_links-TOTAL_FORMS": "0",
            "related_links-INITIAL_FORMS": "0",
            "related_links-MIN_NUM_FORMS": "0",
            "related_links-MAX_NUM_FORMS": "1000",
            "comment_notifications": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    article = ArticlePage.objects.get(title="Đẩy mạnh cải cách")
    assert article.slug == "day-manh-cai-cach"
