"""The organisation pages in headless Chromium, against a real running CMS:
reachable from the footer, usable without serious accessibility faults."""

import pytest
from wagtail.models import Site

from cms.demo.organisation import load_organisation

from .live import AXE_JS
from .test_browser import AXE_RUN

pytestmark = pytest.mark.browser


def test_organisation_pages_pass_axe_and_are_reached_from_the_footer(
    reader_site, new_page, console_errors
):
    load_organisation(Site.objects.get(is_default_site=True), "Hòa Sơn")
    axe = AXE_JS.read_text(encoding="utf-8")
    page = new_page()
    page.goto(reader_site.url + "/")
    page.get_by_role("contentinfo").get_by_role("link", name="Cơ cấu tổ chức").click()
    page.wait_for_url(reader_site.url + "/co-cau-to-chuc/")
    assert page.get_by_role("heading", level=1).text_content() == "Cơ cấu tổ chức"
    assert page.locator('a[href^="tel:0209"]').count() >= 6
    problems = {}
    for path, lang in (("/co-cau-to-chuc/", "vi"), ("/en/organisation/", "en")):
        page.goto(reader_site.url + path)
        assert page.locator("html").get_attribute("lang") == lang
        page.evaluate(axe)
        violations = page.evaluate(AXE_RUN)
        if violations:
            problems[path] = violations
    assert problems == {}
    heading = page.get_by_role("heading", level=1).text_content()
    assert heading == "Organisation and contacts"
    assert console_errors == []
