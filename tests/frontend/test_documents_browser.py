"""A reader finds an official document by its number typed without
diacritics, opens it and downloads its file: headless Chromium against a real
running CMS."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from tests.factories import DocumentIndexPageFactory, DocumentPageFactory

pytestmark = pytest.mark.browser


def test_a_reader_finds_a_document_by_number_and_downloads_it(
    reader_site, new_page, console_errors, home
):
    library = DocumentIndexPageFactory(parent=home)
    wanted = DocumentPageFactory(
        parent=library,
        number="15/2025/QĐ-UBND",
        title="Về việc ban hành Quy chế quản lý Cổng thông tin điện tử",
        issued_on=datetime.date(2025, 8, 12),
    )
    DocumentPageFactory(parent=library, number="16/2025/QĐ-UBND")
    page = new_page()
    page.goto(reader_site.url + "/")
    page.get_by_role("navigation", name="Chuyên mục").get_by_role(
        "link", name="Văn bản"
    ).click()
    expect(page).to_have_url(reader_site.url + "/van-ban/")
    page.get_by_label("Số/ký hiệu hoặc trích yếu").fill("qd-ubnd 15/2025")
    page.get_by_role("button", name="Tìm văn bản").click()
    rows = page.locator(".document-table tbody tr")
    expect(rows).to_have_count(1)
    rows.get_by_role("link", name="15/2025/QĐ-UBND").click()
    expect(page).to_have_url(reader_site.url + wanted.reader_path)
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Quyết định số 15/2025/QĐ-UBND"
    )
    link = page.get_by_role("link", name=re.compile("^Tải về"))
    expect(page.locator(".document-files")).to_contain_text("PDF")
    href = link.get_attribute("href")
    # Wagtail serves a PDF inline (the browser shows it; Chromium's headless
    # viewer has no download event): what counts is the file the reader gets.
    with page.expect_response(href) as answer:
        link.click()
    response = answer.value
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    # Chromium's viewer stands in for the body: fetch the bytes as the
    # reader's browser does, with its context.
    assert page.request.get(href).body().startswith(b"%PDF-")
    # The PDF's tab asks the CMS for a favicon.ico, which it has not.
    console_errors[:] = [e for e in console_errors if not e.startswith(href)]
    assert console_errors == []
