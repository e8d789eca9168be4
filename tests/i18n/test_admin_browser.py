"""The admin in a real browser, from "new article" to "published", as the demo
reporter, editor and leader: every screen on the way, and every workflow email
sent on the way, must be Vietnamese. English words are listed per screen."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail

from cms.articles.models import ArticlePage
from cms.demo.accounts import DEMO_ACCOUNTS
from cms.workflow import roles
from tests.chromium import Chromium, MissingChromium
from tests.factories import ImageFactory, SectionPageFactory

from .english import english_words

pytestmark = pytest.mark.browser

# Generous: two shared cores, and the admin's first pages compile templates.
TIMEOUT_MS = 30_000
TITLE = "Xã Tân Lập khai trương bộ phận một cửa hiện đại"

# What a person reads on a screen: the visible text, and the words that tooltips,
# screen readers and empty fields give them.
VISIBLE_TEXT = """() => {
  const parts = [document.body.innerText];
  const attributes = ["title", "aria-label", "aria-description", "placeholder",
                      "alt", "data-w-tooltip-content-value"];
  for (const element of document.querySelectorAll("*")) {
    for (const name of attributes) {
      const value = element.getAttribute(name);
      if (value) parts.push(value);
    }
  }
  return parts.join("\\n");
}"""


class Walk:
    """A browser that reads every screen it shows."""

    def __init__(self, browser, base_url):
        self.browser = browser
        self.base_url = base_url
        self.page = None
        self.english: dict[str, dict[str, list[str]]] = {}
        self.screens: list[str] = []

    def log_in(self, account):
        if self.page:
            self.page.context.close()
        context = self.browser.new_context(
            locale="vi-VN", viewport={"width": 1280, "height": 800}
        )
        context.set_default_timeout(TIMEOUT_MS)
        self.page = context.new_page()
        self.goto("/admin/login/")
        self.read(f"đăng nhập ({account.username})")
        self.page.fill("input[name=username]", account.username)
        self.page.fill("input[name=password]", account.password)
        self.page.get_by_role("button", name="Đăng nhập").click()
        self.page.wait_for_url(self.base_url + "/admin/")
        assert self.page.url == self.base_url + "/admin/", self.page.url

    def goto(self, path):
        response = self.page.goto(self.base_url + path)
        assert response.ok, (path, response.status)
        self.page.wait_for_load_state("networkidle")

    def read(self, screen):
        """Note the English on the screen as it is now."""
        self.screens.append(screen)
        text = self.page.evaluate(VISIBLE_TEXT)
        found = {}
        for line in text.splitlines():
            for word in english_words(line):
                found.setdefault(word, line.strip()[:120])
        if found:
            self.english[screen] = found

    def click_and_wait(self, locator, url):
        """Click, then wait for the page at ``url`` (a pattern): waiting for
        "a navigation" would also take the admin's own history.replaceState."""
        locator.click()
        self.page.wait_for_url(re.compile(url))
        self.page.wait_for_load_state("networkidle")

    def open_action_menu(self):
        self.page.locator("footer [data-w-dropdown-target='toggle']").first.click()

    def report(self) -> str:
        return "\n".join(
            f"{screen}:\n"
            + "\n".join(f"  {word!r} in {line!r}" for word, line in found.items())
            for screen, found in self.english.items()
        )


def demo_user(group_name):
    """The demo account of a role, as `make run` creates it (cms/demo)."""
    account = next(a for a in DEMO_ACCOUNTS if a.group == group_name)
    first, _, last = account.full_name.rpartition(" ")
    user = get_user_model().objects.create_user(
        account.username,
        f"{account.username}@hoason.example.vn",
        account.password,
        first_name=first,
        last_name=last,
    )
    user.groups.add(Group.objects.get(name=group_name))
    return account


@pytest.fixture
def browser(live_server, transactional_db, django_db_serialized_rollback):
    """Chromium, started after the test has built its data: Playwright's sync API
    runs an event loop in this thread, where Django refuses database calls."""
    from playwright.sync_api import expect

    chromium = Chromium(timeout_ms=TIMEOUT_MS * 2)

    def start():
        expect.set_options(timeout=TIMEOUT_MS)
        try:
            return chromium.start()
        except MissingChromium as missing:
            pytest.fail(str(missing))

    yield start, chromium.stop
    chromium.stop()


def test_new_article_to_published_shows_no_english(live_server, browser):
    start_browser, stop_browser = browser
    reporter = demo_user(roles.REPORTER)
    editor = demo_user(roles.EDITOR)
    leader = demo_user(roles.LEADER)
    section = SectionPageFactory(title="Tin trong huyện", slug="tin-trong-huyen")
    ImageFactory(title="Bộ phận một cửa xã Tân Lập")
    ImageFactory(title="Người dân nộp hồ sơ trực tuyến")

    walk = Walk(start_browser(), live_server.url)
    page_id = run_walk(walk, section.pk, reporter, editor, leader)
    stop_browser()

    article = ArticlePage.objects.get(pk=page_id)
    assert article.live, "the leader's approval should have published the article"
    assert article.hero_image is not None
    assert len(walk.screens) >= 20, walk.screens
    assert not walk.english, "English on the admin's screens:\n" + walk.report()

    # The workflow's emails on the way: to the editors, the leaders, the author.
    assert mail.outbox, "the workflow sent no email"
    english_in_mail = {
        message.subject: english_words(message.subject + "\n" + message.body)
        for message in mail.outbox
    }
    assert not any(english_in_mail.values()), english_in_mail


def run_walk(walk, section_id, reporter, editor, leader) -> int:
    page = walk.page
    # The reporter writes the article and sends it for review.
    walk.log_in(reporter)
    page = walk.page
    walk.read("bảng điều khiển (phóng viên)")
    walk.goto(f"/admin/pages/{section_id}/")
    walk.read("cây trang: chuyên mục")
    walk.goto(f"/admin/pages/{section_id}/add_subpage/")
    walk.read("chọn loại trang")
    walk.click_and_wait(
        page.get_by_role("link", name=re.compile("^Bài viết")),
        r"/admin/pages/add/articles/articlepage/\d+/$",
    )
    walk.read("bài viết mới")
    for tab in ("Quảng bá", "Cài đặt", "Nội dung"):
        page.get_by_role("tab", name=tab).click()
        walk.read(f"bài viết mới: thẻ {tab}")

    page.fill("#id_title", TITLE)
    page.fill(
        "#id_lead", "Sáng nay, xã Tân Lập đưa bộ phận một cửa hiện đại vào phục vụ."
    )
    page.get_by_role("button", name="Chèn khối").first.click()
    walk.read("chọn khối nội dung")
    page.get_by_role("option", name="Đoạn văn").click()
    editor_box = page.locator(".DraftEditor-root [contenteditable=true]").first
    editor_box.click()
    walk.read("khối đoạn văn trống")
    page.keyboard.type("Người dân nộp hồ sơ trực tuyến suốt tuần.")
    page.keyboard.press("Shift+Home")
    walk.read("thanh định dạng văn bản")

    page.get_by_role("button", name="Chọn ảnh").first.click()
    modal = page.locator(".modal")
    modal.get_by_role("link", name="Bộ phận một cửa xã Tân Lập").wait_for()
    walk.read("hộp chọn ảnh")
    modal.get_by_role("tab", name="Tải lên").click()
    walk.read("hộp chọn ảnh: tải lên")
    modal.get_by_role("tab", name="Tìm kiếm").click()
    modal.get_by_role("link", name="Bộ phận một cửa xã Tân Lập").click()
    modal.wait_for(state="hidden")
    walk.read("đã chọn ảnh đại diện")

    walk.click_and_wait(
        page.get_by_role("button", name="Lưu nháp"), r"/admin/pages/\d+/edit/$"
    )
    walk.read("đã lưu nháp")
    match = re.search(r"/admin/pages/(\d+)/edit/", page.url)
    assert match, (
        page.url,
        page.locator(".messages, .error-message").all_inner_texts(),
    )
    page_id = int(match[1])
    page.locator("[data-side-panel-toggle='status']").first.click()
    walk.read("khung trạng thái")
    walk.open_action_menu()
    walk.read("trình đơn thao tác (phóng viên)")
    walk.click_and_wait(
        page.get_by_role("button", name=re.compile("^Gửi duyệt")),
        r"/admin/pages/\d+/$",
    )
    walk.read("đã gửi duyệt")

    # The editor reviews it and approves with a comment.
    walk.log_in(editor)
    page = walk.page
    walk.read("bảng điều khiển (biên tập viên)")
    walk.goto(f"/admin/pages/{page_id}/edit/")
    walk.read("duyệt bài (biên tập viên)")
    walk.open_action_menu()
    walk.read("trình đơn thao tác (biên tập viên)")
    page.get_by_role("button", name="Duyệt kèm góp ý").click()
    walk.read("hộp góp ý khi duyệt")
    page.locator(".modal textarea[name=comment]").fill("Bài tốt, trình lãnh đạo.")
    walk.click_and_wait(
        page.locator(".modal").get_by_role("button", name="Duyệt kèm góp ý"),
        r"/admin/pages/\d+/$",
    )
    walk.read("đã duyệt bước biên tập")

    # The leader approves, which publishes it, and reads its history.
    walk.log_in(leader)
    page = walk.page
    walk.read("bảng điều khiển (lãnh đạo)")
    walk.goto(f"/admin/pages/{page_id}/edit/")
    walk.open_action_menu()
    walk.read("trình đơn thao tác (lãnh đạo)")
    walk.click_and_wait(
        page.get_by_role("button", name="Duyệt và xuất bản"), r"/admin/pages/\d+/$"
    )
    walk.read("đã duyệt và xuất bản")
    walk.goto(f"/admin/pages/{page_id}/history/")
    walk.read("lịch sử trang")
    walk.goto(f"/admin/pages/{page_id}/workflow_history/")
    walk.read("lịch sử quy trình duyệt")
    walk.click_and_wait(
        page.get_by_role("link", name=re.compile(f"^{roles.WORKFLOW}")).first,
        r"/workflow_history/detail/\d+/$",
    )
    walk.read("chi tiết quy trình duyệt")
    return page_id
