"""A commune's article from first draft to the province's "Tin cơ sở", in headless
Chromium against a live CMS and reader site: commune A's reporter writes it in
the admin, its editor and its leader approve it (which publishes it), the leader
proposes it to the province, a province editor accepts it. Readers find it on
commune A's portal and in the province's "Tin cơ sở", at one address (commune
A's); commune B's editor sees nothing of it in the admin."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PROVINCE, COMMUNE_A, COMMUNE_B = "tinh.localhost", "xa-a.localhost", "xa-b.localhost"
TITLE = "Xã An Phú mở lớp dạy nghề cho thanh niên"
LEAD = "Bốn mươi thanh niên xã An Phú học nghề điện dân dụng miễn phí."
PASSWORD = "mat-khau-thu-nghiem"  # tests/factories.py's UserFactory
ADMIN_VIEWPORT = {"width": 1280, "height": 800}


def build_portals() -> dict:
    """The province (the default site, with its "Tin cơ sở"), communes A and B
    as provisioning makes them, a news section in each commune, and one person
    per step of the walk."""
    from django.contrib.auth.models import Group
    from wagtail.models import Site

    from cms.portal.models import PortalSettings
    from cms.portal.provisioning import create_portal
    from cms.workflow import roles
    from tests.factories import SectionPageFactory, UserFactory

    province = Site.objects.get(is_default_site=True)
    province.hostname = PROVINCE
    province.save()
    settings = PortalSettings.for_site(province)
    settings.name = "Cổng thông tin điện tử tỉnh Mẫu"
    settings.save()
    SectionPageFactory(
        parent=province.root_page,
        title="Tin cơ sở",
        slug="tin-co-so",
        collects_commune_news=True,
    )
    a = create_portal(hostname=COMMUNE_A, name="Xã An Phú", parent=province)
    b = create_portal(hostname=COMMUNE_B, name="Xã Bình Minh", parent=province)
    section_a = SectionPageFactory(parent=a.home, title="Tin tức", slug="tin-tuc")
    SectionPageFactory(parent=b.home, title="Tin Bình Minh", slug="tin-binh-minh")

    def person(username, group_name):
        UserFactory(username=username, groups=[Group.objects.get(name=group_name)])
        return username

    return {
        "section_a": section_a.pk,
        "reporter_a": person("pv-anphu", f"{roles.REPORTER} – Xã An Phú"),
        "editor_a": person("btv-anphu", f"{roles.EDITOR} – Xã An Phú"),
        "leader_a": person("ld-anphu", f"{roles.LEADER} – Xã An Phú"),
        "province_editor": person("btv-tinh", roles.EDITOR),
        "editor_b": person("btv-binhminh", f"{roles.EDITOR} – Xã Bình Minh"),
    }


class Admin:
    """The admin in a fresh browser context, logged in as one person."""

    def __init__(self, new_page, cms_url, username):
        self.cms_url = cms_url
        self.page = new_page(viewport=ADMIN_VIEWPORT)
        self.goto("/admin/login/")
        self.page.fill("input[name=username]", username)
        self.page.fill("input[name=password]", PASSWORD)
        self.page.get_by_role("button", name="Đăng nhập").click()
        self.page.wait_for_url(cms_url + "/admin/")

    def goto(self, path):
        response = self.page.goto(self.cms_url + path)
        assert response.ok, (path, response.status)
        # The admin's scripts (the title filling the slug in) are running.
        self.page.wait_for_load_state("networkidle")

    def click_and_wait(self, locator, url_pattern):
        """Click, then wait for the page at the URL: waiting for "a navigation"
        would also take the admin's own history.replaceState."""
        locator.click()
        self.page.wait_for_url(re.compile(url_pattern))

    def open_action_menu(self):
        self.page.locator("footer [data-w-dropdown-target='toggle']").first.click()

    def approve(self, page_id):
        """The current step's "approve" (without a comment) in the editor's
        action menu: "Duyệt", or "Duyệt và xuất bản" on the last step."""
        self.goto(f"/admin/pages/{page_id}/edit/")
        self.open_action_menu()
        self.click_and_wait(
            self.page.locator(
                "footer button[data-workflow-action-name='approve']"
                ":not([data-workflow-action-modal-url])"
            ),
            r"/admin/pages/\d+/$",
        )

    def close(self):
        self.page.context.close()


def test_a_communes_article_goes_up_to_the_province(reader_site, new_page, settings):
    people = build_portals()
    cms = reader_site.cms_url
    port = reader_site.url.rsplit(":", 1)[1]
    province, commune_a = (f"http://{h}:{port}" for h in (PROVINCE, COMMUNE_A))
    settings.CORS_ALLOWED_ORIGINS = [reader_site.url, province, commune_a]

    # Commune A's reporter writes the article and sends it for review.
    reporter = Admin(new_page, cms, people["reporter_a"])
    reporter.goto(f"/admin/pages/add/articles/articlepage/{people['section_a']}/")
    # The title fills the slug in once the admin's title controller runs.
    reporter.page.wait_for_function(
        """() => window.wagtail?.app?.getControllerForElementAndIdentifier(
            document.querySelector("#id_title"), "w-sync")"""
    )
    reporter.page.fill("#id_title", TITLE)
    reporter.page.fill("#id_lead", LEAD)
    expect(reporter.page.locator("#id_slug")).not_to_have_value("")
    reporter.click_and_wait(
        reporter.page.get_by_role("button", name="Lưu nháp"), r"/admin/pages/\d+/edit/$"
    )
    page_id = int(re.search(r"/admin/pages/(\d+)/edit/", reporter.page.url)[1])
    reporter.open_action_menu()
    reporter.click_and_wait(
        reporter.page.get_by_role("button", name=re.compile("^Gửi duyệt")),
        r"/admin/pages/\d+/$",
    )
    reporter.close()

    # Its editor finds it waiting on the dashboard and approves it.
    editor = Admin(new_page, cms, people["editor_a"])
    expect(editor.page.get_by_role("link", name=TITLE).first).to_be_visible()
    editor.approve(page_id)
    editor.close()

    # Its leader approves it, which publishes it, and proposes it to the province.
    leader = Admin(new_page, cms, people["leader_a"])
    expect(leader.page.get_by_role("link", name=TITLE).first).to_be_visible()
    leader.approve(page_id)
    leader.goto(f"/admin/portals/propose/{page_id}/")
    leader.page.locator(
        "form[method=post] button[type=submit]", has_text="Đề xuất lên cổng tỉnh"
    ).click()
    expect(leader.page.locator("[data-proposal-status='pending']")).to_be_visible()
    leader.close()

    # A province editor accepts it into "Tin cơ sở".
    province_editor = Admin(new_page, cms, people["province_editor"])
    province_editor.goto("/admin/portals/proposals/")
    row = province_editor.page.locator("tr", has_text=TITLE)
    row.get_by_role("button", name="Nhận vào “Tin cơ sở”").click()
    expect(
        province_editor.page.get_by_text("Không có tin nào chờ quyết định.")
    ).to_be_visible()
    expect(province_editor.page.locator("tr", has_text=TITLE)).to_have_count(1)
    province_editor.close()

    # Commune B's editor sees none of it: not in the explorer, nor in search,
    # nor among the proposals, nor on the dashboard.
    editor_b = Admin(new_page, cms, people["editor_b"])
    expect(editor_b.page.get_by_text(TITLE)).to_have_count(0)
    editor_b.goto("/admin/pages/")
    expect(
        editor_b.page.get_by_role("link", name="Tin Bình Minh", exact=True).first
    ).to_be_visible()
    expect(editor_b.page.get_by_text(TITLE)).to_have_count(0)
    editor_b.goto("/admin/pages/search/?q=An+Phú")
    expect(editor_b.page.locator("main")).to_be_visible()
    expect(editor_b.page.get_by_text(TITLE)).to_have_count(0)
    editor_b.goto("/admin/portals/proposals/")
    expect(editor_b.page.get_by_text("Chưa có đề xuất nào.")).to_be_visible()
    expect(editor_b.page.get_by_text(TITLE)).to_have_count(0)
    editor_b.close()

    # Readers find it on commune A's portal, at commune A's address.
    reader = new_page()
    reader.goto(commune_a + "/")
    reader.get_by_role("link", name=TITLE).first.click()
    expect(reader).to_have_url(re.compile(re.escape(commune_a) + r"/tin-tuc/[^/]+/$"))
    expect(reader.locator("h1")).to_have_text(TITLE)
    address = reader.url
    expect(reader.locator('link[rel="canonical"]')).to_have_attribute("href", address)

    # And in the province's "Tin cơ sở", linking to that same one page.
    grassroots = new_page()
    grassroots.goto(province + "/tin-co-so/")
    link = grassroots.get_by_role("link", name=TITLE).first
    expect(link).to_have_attribute("href", address)
    link.click()
    expect(grassroots).to_have_url(address)
    expect(grassroots.locator("h1")).to_have_text(TITLE)
