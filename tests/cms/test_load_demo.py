import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page

from cms.articles.models import ArticlePage
from cms.images.models import CustomImage
from cms.photostories.models import PhotoStoryPage
from cms.portal.models import PortalSettings
from cms.sections.models import SectionPage

pytestmark = pytest.mark.django_db


def _counts():
    return {
        "pages": Page.objects.count(),
        "sections": SectionPage.objects.count(),
        "articles": ArticlePage.objects.live().count(),
        "photo_stories": PhotoStoryPage.objects.live().count(),
        "images": CustomImage.objects.count(),
        "users": get_user_model().objects.count(),
        "tags": ArticlePage.tags.through.objects.count(),
    }


def test_load_demo_builds_a_complete_portal_and_is_idempotent(settings):
    # One full load (it is the slow part), checked from every side.
    settings.DEBUG = False
    call_command("load_demo", "--no-progress", verbosity=0)
    first = _counts()
    assert first["sections"] >= 5
    assert first["articles"] >= 40
    assert first["photo_stories"] >= 3
    assert first["tags"] > 0
    assert first["images"] > 40
    # Demo accounts only exist where DEBUG is on.
    assert first["users"] == 0

    for article in ArticlePage.objects.live():
        assert article.lead
        assert article.author_name and article.source_unit
        assert article.hero_image is not None
        assert article.hero_image.caption
        assert article.display_date is not None
        assert article.display_date < timezone.now()
        assert article.tags.exists()
        assert {block.block_type for block in article.body} >= {"paragraph", "image"}
    for story in PhotoStoryPage.objects.live():
        assert story.photos.count() >= 4
    portal = PortalSettings.objects.get()
    assert portal.unit and portal.phone and portal.logo

    settings.DEBUG = True
    call_command("load_demo", "--no-progress", verbosity=0)
    second = _counts()
    assert get_user_model().objects.filter(username="admin", is_superuser=True)
    assert second == {**first, "users": second["users"]}

    call_command("load_demo", "--no-progress", verbosity=0)
    assert _counts() == second
