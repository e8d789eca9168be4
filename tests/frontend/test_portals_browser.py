"""Two portals on one reader-site server, in headless Chromium against a live
CMS: `tinh.localhost` and `xa-a.localhost` (Chromium resolves `*.localhost` to
127.0.0.1) each show their own news, name and addresses, and count their
visits for their own portal."""

import pytest
from playwright.sync_api import expect

from .test_browser import wait_for_statistics

pytestmark = pytest.mark.browser

PROVINCE, COMMUNE = "tinh.localhost", "xa-a.localhost"


def build_two_portals() -> dict:
    from wagtail.models import Site

    from cms.portal.models import PortalSettings
    from cms.portal.provisioning import create_portal
    from tests.factories import ArticlePageFactory, SectionPageFactory

    default = Site.objects.get(is_default_site=True)
    default.hostname = PROVINCE
    default.save()
    settings = PortalSettings.for_site(default)
    settings.name = "Cổng thông tin điện tử tỉnh Mẫu"
    settings.save()
    commune = create_portal(hostname=COMMUNE, name="Cổng thông tin xã A")
    province_news = SectionPageFactory(parent=default.root_page, title="Tin tức")
    commune_news = SectionPageFactory(parent=commune.home, title="Tin tức")
    return {
        "province": ArticlePageFactory(
            parent=province_news, title="Tỉnh Mẫu họp bàn kế hoạch năm"
        ),
        "commune": ArticlePageFactory(
            parent=commune_news, title="Xã A khánh thành nhà văn hóa"
        ),
    }


def test_one_reader_site_serves_each_portal_by_host(
    reader_site, new_page, console_errors, settings
):
    content = build_two_portals()
    port = reader_site.url.rsplit(":", 1)[1]
    province, commune = (f"http://{h}:{port}" for h in (PROVINCE, COMMUNE))
    settings.CORS_ALLOWED_ORIGINS = [reader_site.url, province, commune]

    page = new_page()
    page.goto(commune + "/")
    expect(page.locator(".brand-name")).to_have_text("Cổng thông tin xã A")
    expect(
        page.get_by_role("link", name=content["commune"].title).first
    ).to_be_visible()
    expect(page.get_by_text(content["province"].title)).to_have_count(0)
    canonical = page.locator('link[rel="canonical"]')
    expect(canonical).to_have_attribute("href", commune + "/")
    wait_for_statistics(page)
    page.get_by_role("link", name=content["commune"].title).first.click()
    expect(page).to_have_url(commune + content["commune"].reader_path)
    expect(page.locator("h1")).to_have_text(content["commune"].title)

    other = new_page()
    other.goto(province + "/")
    expect(other.locator(".brand-name")).to_have_text("Cổng thông tin điện tử tỉnh Mẫu")
    expect(
        other.get_by_role("link", name=content["province"].title).first
    ).to_be_visible()
    expect(other.get_by_text(content["commune"].title)).to_have_count(0)
    wait_for_statistics(other)
    # No portal has FRONTEND_URL's host (127.0.0.1): it stays the province's
    # address, and its canonical URLs are the ones they always were.
    expect(other.locator('link[rel="canonical"]')).to_have_attribute(
        "href", reader_site.url + "/"
    )
    assert console_errors == []

    unknown = new_page()
    response = unknown.goto(f"http://xa-khong-co.localhost:{port}/")
    assert response.status == 404
    expect(unknown.locator("h1")).to_have_text(
        "Không có cổng thông tin nào ở địa chỉ này"
    )


def test_an_editor_previews_a_communes_draft_on_the_communes_host(
    reader_site, new_page, settings
):
    from urllib.parse import urlsplit

    from django.contrib.auth.models import Group
    from django.test import Client

    from tests.factories import UserFactory

    content = build_two_portals()
    port = reader_site.url.rsplit(":", 1)[1]
    commune, province = (f"http://{h}:{port}" for h in (COMMUNE, PROVINCE))
    article = content["commune"]
    draft = type(article).objects.get(pk=article.pk)
    draft.title = "Bản nháp: xã A khánh thành nhà văn hóa"
    revision = draft.save_revision()
    editor = Client()
    editor.force_login(
        UserFactory(
            groups=[Group.objects.get(name="Biên tập viên – Cổng thông tin xã A")]
        )
    )
    # A moderator's preview of the revision, as the admin's "Xem trước" opens it.
    response = editor.get(f"/admin/pages/{article.pk}/revisions/{revision.pk}/view/")
    assert response.status_code == 302
    preview_url = response["Location"]
    assert preview_url.startswith(commune + "/preview/?token=")

    page = new_page()
    page.goto(preview_url)
    expect(page.locator(".brand-name")).to_have_text("Cổng thông tin xã A")
    expect(page.locator("h1")).to_have_text("Bản nháp: xã A khánh thành nhà văn hóa")

    # The same token on the province's host (the default portal) shows nothing.
    elsewhere = new_page()
    answer = elsewhere.goto(province + "/preview/?" + urlsplit(preview_url).query)
    assert answer.status == 404
    expect(elsewhere.locator("h1")).to_have_text("Không xem trước được")
    expect(elsewhere.get_by_text("Bản nháp")).to_have_count(0)
