"""The reader site in headless Chromium, against a real running CMS."""

import re

import httpx
import pytest
from playwright.sync_api import expect

from .conftest import PHONE_USER_AGENTS
from .live import AXE_JS, KEY_ARTICLE_TITLE, build_newsroom

pytestmark = pytest.mark.browser


# WCAG 2.1 A and AA plus axe's best practices; only serious and critical count.
AXE_RUN = """async () => {
    const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];
    const result = await axe.run(document, {runOnly: tags});
    return result.violations
        .filter(v => ["serious", "critical"].includes(v.impact))
        .map(v => v.id + ": " + v.nodes.map(n => n.target.join(" ")).join(", "));
}"""


def wait_for_statistics(page):
    """The script has counted the visit and refreshed the box from the API."""
    expect(page.locator("[data-stats][data-updated]")).to_be_attached()


def figure(page, name: str) -> int:
    text = page.locator(f'[data-stat="{name}"]').text_content()
    assert re.fullmatch(r"\d{1,3}(\.\d{3})*", text), text
    return int(text.replace(".", ""))


def test_reader_journey_home_section_article_search(
    reader_site, new_page, console_errors
):
    content = build_newsroom()
    page = new_page()
    page.goto(reader_site.url + "/")
    expect(page).to_have_title(re.compile("Cổng thông tin điện tử huyện Hòa Sơn"))
    wait_for_statistics(page)

    page.get_by_role("navigation", name="Chuyên mục").get_by_role(
        "link", name="Tin tức"
    ).click()
    expect(page).to_have_url(reader_site.url + "/tin-tuc/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Tin tức")

    page.get_by_role("link", name=KEY_ARTICLE_TITLE).click()
    expect(page).to_have_url(reader_site.url + content["key"].reader_path)
    expect(page.get_by_role("heading", level=1)).to_have_text(KEY_ARTICLE_TITLE)
    expect(page.locator("article time").first).to_have_text("Thứ Năm, 24/08/2023 08:30")
    hero = page.locator("figure.hero img")
    expect(hero).to_have_js_property("complete", True)
    assert hero.evaluate("img => img.naturalWidth") > 0
    assert hero.evaluate("img => img.currentSrc").endswith(".webp")
    expect(page.get_by_role("button", name="In bài")).to_be_visible()

    search = page.get_by_role("search", name="Tìm kiếm trên trang")
    search.get_by_role("searchbox").fill("cai cach hanh chinh")
    search.get_by_role("searchbox").press("Enter")
    expect(page).to_have_url(re.compile(r"/tim-kiem/\?q=cai\+cach\+hanh\+chinh$"))
    expect(
        page.locator(".search-results").get_by_role("link", name=KEY_ARTICLE_TITLE)
    ).to_be_visible()
    expect(page.locator(".search-results mark").first).to_be_visible()
    wait_for_statistics(page)
    assert console_errors == []


def test_statistics_box_counts_a_new_visitor(reader_site, new_page, console_errors):
    build_newsroom()
    first = new_page()
    first.goto(reader_site.url + "/")
    wait_for_statistics(first)
    online = figure(first, "online")
    assert online >= 1
    for name in ("today", "yesterday", "this_month", "total"):
        figure(first, name)
    today = figure(first, "today")

    # Another reader: another phone, a fresh browser context.
    second = new_page(user_agent=PHONE_USER_AGENTS[1])
    second.goto(reader_site.url + "/")
    wait_for_statistics(second)
    assert figure(second, "online") == online + 1
    assert figure(second, "today") == today + 1
    assert console_errors == []


def site_views_today(reader_site) -> int:
    """Today's page views, as the CMS's API counts them (no database access:
    the browser's event loop runs in this thread)."""
    answer = httpx.get(reader_site.cms_url + "/api/v1/stats/", timeout=10)
    answer.raise_for_status()
    return answer.json()["today"]["views"]


def test_a_page_goes_network_idle_with_its_visit_counted_once(
    reader_site, new_page, console_errors
):
    content = build_newsroom()
    page = new_page()
    hits = []
    page.on(
        "request",
        lambda r: (
            "/stats/hits/" in r.url
            and hits.append((r.method, r.resource_type, r.headers.get("content-type")))
        ),
    )
    before = site_views_today(reader_site)

    # Page-load tools wait for this: no request in flight for 500 ms. A
    # keepalive fetch whose answer is never read kept it from ever coming.
    page.goto(
        reader_site.url + content["key"].reader_path,
        wait_until="networkidle",
        timeout=15_000,
    )
    wait_for_statistics(page)

    assert hits == [("POST", "ping", "text/plain;charset=UTF-8")]
    assert site_views_today(reader_site) == before + 1
    # The box was refreshed once the CMS had the beacon: it includes this visit.
    assert figure(page, "today") == before + 1
    assert console_errors == []


def test_without_sendbeacon_a_fetch_counts_the_visit_once(
    reader_site, new_page, console_errors
):
    build_newsroom()
    page = new_page()
    # A browser (or a privacy extension) without the Beacon API.
    page.add_init_script("delete Navigator.prototype.sendBeacon;")
    hits = []
    page.on(
        "request",
        lambda r: "/stats/hits/" in r.url and hits.append((r.method, r.resource_type)),
    )
    before = site_views_today(reader_site)
    page.goto(reader_site.url + "/", wait_until="networkidle", timeout=15_000)
    wait_for_statistics(page)
    assert hits == [("POST", "fetch")]
    assert site_views_today(reader_site) == before + 1
    assert figure(page, "today") == before + 1
    assert console_errors == []


def test_photo_story_works_by_keyboard(reader_site, new_page, console_errors):
    content = build_newsroom()
    page = new_page(viewport={"width": 390, "height": 844})
    page.goto(reader_site.url + content["story"].reader_path)
    slides = page.locator(".slides > li")
    expect(slides).to_have_count(3)
    expect(page.locator("#anh-1 figcaption")).to_be_in_viewport()

    # Tab to the first "next photo" link, as a keyboard user does.
    next_link = page.locator("#anh-1").get_by_role("link", name=re.compile("^Ảnh sau"))
    for _ in range(60):
        page.keyboard.press("Tab")
        if next_link.evaluate("link => link === document.activeElement"):
            break
    else:
        pytest.fail("Tab never reached the gallery's next-photo link")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile("#anh-2$"))
    expect(page.locator("#anh-2")).to_be_focused()
    expect(page.locator("#anh-2 figcaption")).to_be_in_viewport()
    expect(page.locator("#anh-2 figcaption")).to_contain_text("Khoảnh khắc thứ 2")
    expect(page.locator("#anh-1 img")).not_to_be_in_viewport()

    # From the shown photo, Tab reaches its own links; "next" goes on to photo 3.
    page.keyboard.press("Tab")
    expect(
        page.locator("#anh-2").get_by_role("link", name=re.compile("^Ảnh trước"))
    ).to_be_focused()
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page.locator("#anh-3 figcaption")).to_be_in_viewport()

    # The thumbnails lead straight to a photo too.
    thumb = page.get_by_role("navigation", name="Chọn ảnh").get_by_role(
        "link", name=re.compile("^Ảnh 1:")
    )
    thumb.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#anh-1 figcaption")).to_be_in_viewport()
    assert console_errors == []


def test_copy_link_button(reader_site, new_page, console_errors):
    content = build_newsroom()
    page = new_page(permissions=["clipboard-read", "clipboard-write"])
    page.goto(reader_site.url + content["key"].reader_path)
    page.get_by_role("link", name="Sao chép liên kết").click()
    expect(page.get_by_role("status").filter(has_text="Đã sao chép")).to_be_visible()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == reader_site.url + content["key"].reader_path
    assert console_errors == []


def test_pages_pass_axe_without_serious_violations(
    reader_site, new_page, console_errors
):
    content = build_newsroom()
    axe = AXE_JS.read_text(encoding="utf-8")
    page = new_page()
    paths = [
        "/",
        "/tin-tuc/",
        content["key"].reader_path,
        content["story"].reader_path,
        "/tim-kiem/?q=cai+cach",
        "/chu-de/cai-cach-hanh-chinh/",
    ]
    problems = {}
    for path in paths:
        page.goto(reader_site.url + path)
        wait_for_statistics(page)
        # Injected through DevTools, not a <script>: the page's CSP stays intact.
        page.evaluate(axe)
        violations = page.evaluate(AXE_RUN)
        if violations:
            problems[path] = violations
    assert problems == {}
    assert console_errors == []
