import io
import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from wagtail.models import Page, Site

from cms.articles.models import ArticlePage
from cms.demo.accounts import COMMUNE_ACCOUNTS
from cms.images.models import CustomImage
from cms.photostories.models import PhotoStoryPage
from cms.portal.models import NewsProposal, PortalSettings
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
    portal = PortalSettings.objects.get(site__is_default_site=True)
    assert portal.unit and portal.phone and portal.logo
    assert portal.is_province and portal.site.hostname == "tinh.localhost"

    settings.DEBUG = True
    call_command("load_demo", "--no-progress", verbosity=0)
    second = _counts()
    proposals = NewsProposal.objects.count()
    assert get_user_model().objects.filter(username="admin", is_superuser=True)
    assert second == {**first, "users": second["users"]}

    call_command("load_demo", "--no-progress", verbosity=0)
    assert _counts() == second
    assert NewsProposal.objects.count() == proposals
    _check_province_and_communes(settings)


def _check_province_and_communes(settings):
    """The province's portal and three commune portals, each as the
    administrator would make it, with accounts and news proposed up."""
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, ".localhost"]
    province = Site.objects.get(is_default_site=True)
    assert province.hostname == "tinh.localhost"
    communes = Site.objects.exclude(pk=province.pk).order_by("hostname")
    assert [site.hostname for site in communes] == [
        "xa-a.localhost",
        "xa-b.localhost",
        "xa-c.localhost",
    ]
    for site in communes:
        assert PortalSettings.for_site(site).parent == province
        assert site.root_page.specific.get_workflow().name.endswith(site.site_name)
        for account in COMMUNE_ACCOUNTS[site.hostname]:
            user = get_user_model().objects.get(username=account.username)
            assert [group.name for group in user.groups.all()] == [account.group]
            assert account.group.endswith(site.site_name)
    # No district in the demo: the 2025 reform removed them.
    for page in Page.objects.specific():
        text = " ".join(str(value) for value in vars(page).values())
        assert not re.search(r"\bhuyện\b", text.lower()), page.title

    grassroots = SectionPage.objects.get(
        collects_commune_news=True, url_path__startswith=province.root_page.url_path
    )
    accepted = set(
        NewsProposal.objects.filter(status=NewsProposal.ACCEPTED).values_list(
            "page__title", flat=True
        )
    )
    assert len(accepted) >= 3
    listed = Client().get(
        "/api/v1/articles/", {"section": grassroots.pk}, HTTP_HOST="127.0.0.1"
    )
    assert {item["title"] for item in json.loads(listed.content)["results"]} == (
        accepted
    )
    assert NewsProposal.objects.filter(status=NewsProposal.PENDING).exists()
    # A commune's portal lists its own articles only.
    own = Client().get("/api/v1/articles/", HTTP_HOST="xa-b.localhost")
    titles = {item["title"] for item in json.loads(own.content)["results"]}
    assert titles == set(
        ArticlePage.objects.live()
        .descendant_of(communes[1].root_page)
        .values_list("title", flat=True)
    )

    printed = io.StringIO()
    call_command("demo_accounts", stdout=printed)
    assert "http://tinh.localhost:" in printed.getvalue()
    assert "http://xa-c.localhost:" in printed.getvalue()
    assert "bientap-xa-a" in printed.getvalue()
