"""Printing and saving an article in headless Chromium, against a real CMS:
the print stylesheet leaves the content alone on the page, and the PDF link
downloads the file from the reader site's own host."""

import io

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from .live import KEY_ARTICLE_LEAD, KEY_ARTICLE_TEXT, KEY_ARTICLE_TITLE, build_newsroom

pytestmark = pytest.mark.browser


def test_printing_an_article_shows_its_content_and_nothing_around_it(
    reader_site, new_page, console_errors
):
    content = build_newsroom()
    url = reader_site.url + content["key"].reader_path
    page = new_page()
    page.goto(url)
    # On screen: the menu, the buttons; the source line is for paper only.
    menu = page.get_by_role("navigation", name="Chuyên mục")
    expect(menu).to_be_visible()
    expect(page.get_by_role("button", name="In bài")).to_be_visible()
    expect(page.get_by_role("link", name="Lưu bài (PDF)")).to_be_visible()
    source = page.locator("[data-print-only]")
    expect(source).to_be_hidden()

    page.emulate_media(media="print")
    for hidden in (
        menu,
        page.get_by_role("search", name="Tìm kiếm trên trang"),
        page.get_by_role("navigation", name="Vị trí"),
        page.locator(".site-header"),
        page.locator(".site-footer"),
        page.locator(".stats-box"),
        page.get_by_role("group", name="Chia sẻ"),
        page.get_by_role("button", name="In bài"),
        page.get_by_role("link", name="Lưu bài (PDF)"),
        page.locator(".related"),
        page.locator(".tags"),
    ):
        expect(hidden).to_be_hidden()
    expect(page.get_by_role("heading", level=1)).to_have_text(KEY_ARTICLE_TITLE)
    expect(page.locator("article time").first).to_have_text("Thứ Năm, 24/08/2023 08:30")
    expect(page.get_by_text(KEY_ARTICLE_LEAD)).to_be_visible()
    expect(page.get_by_text(KEY_ARTICLE_TEXT)).to_be_visible()
    expect(page.locator("figure.hero figcaption")).to_contain_text(
        "Bộ phận một cửa xã Tân Lập"
    )
    expect(page.locator(".body figcaption")).to_contain_text(
        "Người dân nộp hồ sơ tại xã"
    )
    expect(page.locator(".signature")).to_contain_text("Minh Anh")
    expect(source).to_be_visible()
    expect(source).to_have_text(f"Nguồn: Cổng thông tin điện tử huyện Hòa Sơn – {url}")
    # The page fits the A4 column: nothing wider than the paper.
    overflow = page.evaluate(
        "() => { const root = document.documentElement;"
        " return root.scrollWidth - root.clientWidth; }"
    )
    assert overflow <= 0
    assert console_errors == []


def test_the_save_link_downloads_the_pdf_from_this_host(
    reader_site, new_page, console_errors
):
    content = build_newsroom()
    key = content["key"]
    page = new_page(accept_downloads=True)
    page.goto(reader_site.url + key.reader_path)
    with page.expect_download() as waiting:
        page.get_by_role("link", name="Lưu bài (PDF)").click()
    download = waiting.value
    assert download.url == f"{reader_site.url}/luu/bai-viet/{key.pk}.pdf"
    # Browsers take the Vietnamese name (filename*) over the ASCII one.
    assert download.suggested_filename == KEY_ARTICLE_TITLE + ".pdf"
    with open(download.path(), "rb") as file:
        reader = PdfReader(io.BytesIO(file.read()))
    assert KEY_ARTICLE_TITLE in " ".join(reader.pages[0].extract_text().split())
    assert console_errors == []


def test_printing_a_photo_story_shows_every_photo_and_caption(
    reader_site, new_page, console_errors
):
    content = build_newsroom()
    url = reader_site.url + content["story"].reader_path
    page = new_page()
    page.goto(url)
    page.emulate_media(media="print")
    expect(page.get_by_role("navigation", name="Chuyên mục")).to_be_hidden()
    expect(page.get_by_role("navigation", name="Chọn ảnh")).to_be_hidden()
    expect(page.get_by_role("link", name="Ảnh sau (2/3)")).to_be_hidden()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mùa vàng Hòa Sơn")
    for number in (1, 2, 3):
        slide = page.locator(f"#anh-{number}")
        expect(slide.locator("img")).to_be_visible()
        expect(slide.locator("figcaption")).to_contain_text(
            f"Ảnh {number}/3. Khoảnh khắc thứ {number}"
        )
    expect(page.locator("[data-print-only]")).to_contain_text(url)
    assert console_errors == []


def test_printing_a_document_shows_its_record_and_nothing_around_it(
    reader_site, new_page, console_errors, home
):
    import datetime

    from tests.factories import DocumentIndexPageFactory, DocumentPageFactory

    decision = DocumentPageFactory(
        parent=DocumentIndexPageFactory(parent=home),
        number="15/2024/QĐ-UBND",
        title="Về việc ban hành Quy chế quản lý đề án chuyển đổi số",
        issuer="Ủy ban nhân dân tỉnh Hòa Sơn",
        signer="Chủ tịch Nguyễn Văn An",
        issued_on=datetime.date(2024, 3, 5),
    )
    url = reader_site.url + decision.reader_path
    page = new_page()
    page.goto(url)
    menu = page.get_by_role("navigation", name="Chuyên mục")
    expect(menu).to_be_visible()
    expect(page.get_by_role("button", name="In văn bản")).to_be_visible()
    expect(page.get_by_role("link", name="Lưu văn bản (PDF)")).to_be_visible()

    page.emulate_media(media="print")
    for hidden in (
        menu,
        page.get_by_role("search", name="Tìm kiếm trên trang"),
        page.get_by_role("navigation", name="Vị trí"),
        page.locator(".site-header"),
        page.locator(".site-footer"),
        page.get_by_role("button", name="In văn bản"),
        page.get_by_role("link", name="Lưu văn bản (PDF)"),
    ):
        expect(hidden).to_be_hidden()
    assert page.locator("nav:visible").count() == 0
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Quyết định số 15/2024/QĐ-UBND"
    )
    expect(page.get_by_text(decision.title)).to_be_visible()
    fields = page.locator(".document-fields")
    for text in (
        "Ủy ban nhân dân tỉnh Hòa Sơn",
        "Chủ tịch Nguyễn Văn An",
        "05/03/2024",
        "Còn hiệu lực",
    ):
        expect(fields).to_contain_text(text)
    expect(page.locator(".document-files li")).to_have_count(1)
    expect(page.locator("[data-print-only]")).to_be_visible()
    expect(page.locator("[data-print-only]")).to_contain_text(url)
    overflow = page.evaluate(
        "() => { const root = document.documentElement;"
        " return root.scrollWidth - root.clientWidth; }"
    )
    assert overflow <= 0
    assert console_errors == []
