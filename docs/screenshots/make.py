#!/usr/bin/env python3
"""Take the screenshots of the editor's guide (docs/huong-dan-bien-tap.md) again.

Run it whenever the admin changes: `make screenshots`. It needs nothing running:
it builds a throwaway copy of the demo portal (a fresh SQLite database and media
folder in a temporary directory, the migrations, `load_demo` with its demo
accounts, a month of illustrative statistics), starts the development server on
a free port, and has the demo reporter, editor and leader walk in headless
Chromium from a new article to a published one. Each step is saved as
docs/screenshots/<name>.png at 1280×800, reduced to a 256-colour palette so the
repository stays small.

    .venv/bin/python docs/screenshots/make.py [--only NAME ...]
"""

import argparse
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from PIL import Image
from playwright.sync_api import expect

ROOT = Path(__file__).resolve().parents[2]
# Run as a script: the repository's packages are not on the path by themselves.
sys.path.insert(0, str(ROOT))

from tests.chromium import Chromium, MissingChromium  # noqa: E402

OUT = Path(__file__).resolve().parent
PYTHON = sys.executable
# Text rendered the same on every machine, so the screenshots only change
# when the admin does.
CHROMIUM_EXTRA_ARGS = ("--font-render-hinting=none",)
VIEWPORT = {"width": 1280, "height": 800}
TIMEOUT_MS = 60_000

# The demo accounts (cms/demo/accounts.py), by role.
REPORTER = ("phongvien", "viettin-demo-2026")
EDITOR = ("bientap", "duyettin-demo-2026")
LEADER = ("lanhdao", "xuatban-demo-2026")

TITLE = "Xã Tân Lập khai trương bộ phận một cửa hiện đại"
LEAD = (
    "Sáng 12/3, UBND xã Tân Lập đưa vào sử dụng bộ phận tiếp nhận và trả kết quả "
    "hiện đại, giúp người dân làm thủ tục nhanh hơn."
)
PARAGRAPH = (
    "Người dân có thể nộp hồ sơ trực tuyến suốt tuần và nhận kết quả ngay tại xã."
)

# A month of figures for the statistics panel, as if readers had come: the demo
# has no visits of its own. Deterministic, so the screenshot only changes when
# the admin does.
SEED_STATISTICS = """
import random
from datetime import timedelta
from django.utils import timezone
from cms.articles.models import ArticlePage
from cms.stats.models import DailyPageStats, DailySiteStats
from wagtail.models import Site

rng = random.Random(2026)
today = timezone.localdate()
articles = list(ArticlePage.objects.live().order_by("pk")[:12])
for back in range(30):
    day = today - timedelta(days=back)
    weekday = day.weekday() < 5
    visitors = rng.randint(380, 520) if weekday else rng.randint(210, 300)
    DailySiteStats.objects.update_or_create(
        date=day,
        site=Site.objects.get(is_default_site=True),
        defaults={"views": int(visitors * rng.uniform(2.1, 2.8)), "visitors": visitors},
    )
    for rank, article in enumerate(articles):
        DailyPageStats.objects.update_or_create(
            date=day,
            page=article,
            defaults={"views": max(1, int(rng.randint(20, 90) / (1 + rank * 0.4)))},
        )
"""


SECTION_IDS = """
import json
from cms.sections.models import SectionPage
print(json.dumps(dict(SectionPage.objects.values_list("title", "pk"))))
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def demo_portal():
    """A throwaway demo portal, served until the block ends; yields its URL."""
    with tempfile.TemporaryDirectory(prefix="cms-screenshots-") as var_dir:
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "backend.settings.dev",
            "VAR_DIR": var_dir,
            "DATABASE_URL": "",
            "REDIS_URL": "",
            "WAGTAILADMIN_BASE_URL": url,
            "EMAIL_HOST": "",
            "LOG_LEVEL": "WARNING",
        }

        def manage(*args) -> str:
            return subprocess.run(  # noqa: S603 - our manage.py, fixed arguments
                [PYTHON, "manage.py", *args],
                cwd=ROOT,
                env=env,
                check=True,
                capture_output=True,
                text=True,
            ).stdout

        print("Building the demo portal…", flush=True)
        manage("migrate", "--no-input", "-v0")
        manage("load_demo", "--no-progress", "-v0")
        manage("shell", "-c", SEED_STATISTICS)
        sections = json.loads(manage("shell", "-c", SECTION_IDS).splitlines()[-1])
        server = subprocess.Popen(  # noqa: S603
            [PYTHON, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_until_up(url + "/admin/login/")
            yield url, sections
        finally:
            server.terminate()
            server.wait(timeout=30)


def wait_until_up(url: str, attempts: int = 120):
    for _ in range(attempts):
        try:
            with urllib.request.urlopen(url, timeout=5):  # noqa: S310 - local URL
                return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"The development server did not answer at {url}")


def save_png(png: bytes, path: Path):
    """Store a screenshot as a 256-colour palette PNG: the admin's flat colours
    survive, and the file is a third of the size."""
    from io import BytesIO

    image = Image.open(BytesIO(png)).convert("RGB")
    image = image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=0)
    image.save(path, optimize=True)


class Camera:
    def __init__(self, browser, base_url, sections, only=()):
        self.browser = browser
        self.sections = sections  # section title -> page id
        self.base_url = base_url
        self.only = set(only)
        self.page = None
        self.taken = []

    def log_in(self, account, shoot_as=None):
        if self.page:
            self.page.context.close()
        context = self.browser.new_context(
            viewport=VIEWPORT,
            locale="vi-VN",
            timezone_id="Asia/Ho_Chi_Minh",
            device_scale_factor=1,
        )
        context.set_default_timeout(TIMEOUT_MS)
        self.page = context.new_page()
        self.goto("/admin/login/")
        self.page.fill("input[name=username]", account[0])
        self.page.fill("input[name=password]", account[1])
        if shoot_as:
            self.shoot(shoot_as)
        self.page.get_by_role("button", name="Đăng nhập").click()
        self.page.wait_for_url(self.base_url + "/admin/")

    def goto(self, path):
        self.page.goto(self.base_url + path)
        self.settle()

    def settle(self):
        self.page.wait_for_load_state("networkidle")
        # Let transitions (dropdowns, dialogs, side panels) finish.
        self.page.wait_for_timeout(400)

    def click_and_wait(self, locator, url):
        """Click, then wait for the page at ``url`` (a pattern): waiting for
        "a navigation" would also take the admin's own history.replaceState."""
        locator.click()
        self.page.wait_for_url(re.compile(url))
        self.settle()

    def shoot(self, name, scroll_to=None):
        if self.only and name not in self.only:
            return
        if scroll_to is not None:
            # The part the picture is about at the top, a little space above.
            scroll_to.evaluate(
                "el => { el.scrollIntoView({block: 'start'});"
                " window.scrollBy(0, -24); }"
            )
            self.page.wait_for_timeout(300)
        # No blinking caret in the pictures.
        self.page.evaluate("() => document.activeElement?.blur?.()")
        save_png(self.page.screenshot(), OUT / f"{name}.png")
        self.taken.append(name)
        print(f"  {name}.png", flush=True)

    def open_action_menu(self):
        self.page.locator("footer [data-w-dropdown-target='toggle']").first.click()
        self.settle()


def walk(camera):
    page_id = reporter_writes(camera)
    editor_approves(camera, page_id)
    leader_publishes(camera, page_id)
    photos_and_photo_stories(camera)


def reporter_writes(camera) -> int:
    camera.log_in(REPORTER, shoot_as="01-dang-nhap")
    camera.shoot("02-bang-dieu-khien")

    section = camera.sections["Tin trong huyện"]
    camera.goto(f"/admin/pages/{section}/")
    camera.shoot("03-cay-trang")
    camera.goto(f"/admin/pages/{section}/add_subpage/")
    camera.shoot("04-chon-loai-trang")
    page = camera.page
    camera.click_and_wait(
        page.get_by_role("link", name=re.compile("^Bài viết")),
        r"/admin/pages/add/articles/articlepage/\d+/$",
    )
    page.fill("#id_title", TITLE)
    page.fill("#id_lead", LEAD)
    camera.shoot("05-bai-viet-moi")

    page.get_by_role("button", name="Chèn khối").first.click()
    camera.settle()
    camera.shoot("06-chon-khoi")
    page.get_by_role("option", name="Đoạn văn").click()
    page.locator(".DraftEditor-root [contenteditable=true]").first.click()
    page.keyboard.type(PARAGRAPH)

    page.get_by_role("button", name="Chọn ảnh").first.click()
    modal = page.locator(".modal")
    modal.locator("a[data-chooser-modal-choice]").first.wait_for()
    camera.settle()
    camera.shoot("07-chon-anh")
    modal.locator("a[data-chooser-modal-choice]").first.click()
    modal.wait_for(state="hidden")

    camera.click_and_wait(
        page.get_by_role("button", name="Lưu nháp"), r"/admin/pages/\d+/edit/$"
    )
    camera.shoot("08-luu-nhap")
    page_id = int(re.search(r"/admin/pages/(\d+)/edit/", page.url)[1])

    page.locator("[data-side-panel-toggle='status']").first.click()
    camera.settle()
    page.get_by_role("button", name="Đặt lịch").click()
    camera.settle()
    camera.shoot("09-hen-gio")
    page.locator("#schedule-publishing-dialog").get_by_role(
        "button", name="Đóng hộp thoại"
    ).click()
    camera.settle()

    camera.open_action_menu()
    camera.shoot("10-gui-duyet")
    camera.click_and_wait(
        page.get_by_role("button", name=re.compile("^Gửi duyệt")),
        r"/admin/pages/\d+/$",
    )
    return page_id


def editor_approves(camera, page_id):
    camera.log_in(EDITOR)
    page = camera.page
    waiting = page.get_by_role("heading", name="Đang chờ bạn duyệt")
    camera.shoot("11-cho-duyet", scroll_to=waiting)
    camera.goto(f"/admin/pages/{page_id}/edit/")
    camera.open_action_menu()
    page.get_by_role("button", name="Duyệt kèm góp ý").click()
    camera.settle()
    page.locator(".modal textarea[name=comment]").fill(
        "Bài tốt. Đề nghị lãnh đạo duyệt đăng trong sáng nay."
    )
    camera.shoot("12-duyet-kem-gop-y")
    camera.click_and_wait(
        page.locator(".modal").get_by_role("button", name="Duyệt kèm góp ý"),
        r"/admin/pages/\d+/$",
    )


def leader_publishes(camera, page_id):
    camera.log_in(LEADER)
    page = camera.page
    camera.goto(f"/admin/pages/{page_id}/edit/")
    camera.open_action_menu()
    camera.shoot("13-lanh-dao-duyet")
    camera.click_and_wait(
        page.get_by_role("button", name="Duyệt và xuất bản"), r"/admin/pages/\d+/$"
    )
    camera.shoot("14-da-xuat-ban")
    camera.goto(f"/admin/pages/{page_id}/history/")
    camera.shoot("15-lich-su")

    camera.goto("/admin/")
    panel = page.get_by_role("heading", name="Thống kê truy cập")
    camera.shoot("18-thong-ke", scroll_to=panel)
    camera.goto("/admin/stats/views/")
    camera.shoot("19-luot-xem")


def photos_and_photo_stories(camera):
    # Reporters edit only the photos they uploaded; editors edit them all.
    camera.log_in(EDITOR)
    page = camera.page
    camera.goto("/admin/images/")
    edit_url = page.evaluate(
        """() => [...document.querySelectorAll("a")]
            .map(a => a.getAttribute("href"))
            .find(href => /^\\/admin\\/images\\/\\d+\\//.test(href))"""
    )
    camera.goto(edit_url)
    camera.shoot("16-sua-anh")

    camera.log_in(REPORTER)
    page = camera.page

    section = camera.sections["Tin ảnh"]
    camera.goto(f"/admin/pages/add/photostories/photostorypage/{section}/")
    page.fill("#id_title", "Sắc màu chợ phiên Tân Lập ngày xuân")
    camera.shoot(
        "17-phong-su-anh",
        scroll_to=page.get_by_role("heading", name="Ảnh", exact=True).first,
    )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="*", default=(), help="names to retake")
    args = parser.parse_args(argv)
    chromium = Chromium(extra_args=CHROMIUM_EXTRA_ARGS, timeout_ms=TIMEOUT_MS)
    try:
        with demo_portal() as (url, sections), chromium as browser:
            expect.set_options(timeout=TIMEOUT_MS)
            camera = Camera(browser, url, sections, args.only)
            print("Taking the screenshots:", flush=True)
            walk(camera)
    except MissingChromium as missing:
        print(missing, file=sys.stderr)
        return 1
    print(f"{len(camera.taken)} screenshots in {OUT.relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
