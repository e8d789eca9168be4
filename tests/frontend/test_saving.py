"""Print and save on the reader site (Decree 42/2022, Art. 7): the buttons and
the printed source line of an article or photo story, and the PDF streamed
from the CMS on the portal's own host."""

import io
import unicodedata

import pytest
from pypdf import PdfReader

from .conftest import ARTICLE_PATH, FRONTEND_URL, PHOTO_STORY_PATH, soup
from .live import KEY_ARTICLE_TEXT, KEY_ARTICLE_TITLE, build_newsroom


def test_an_article_offers_print_and_a_pdf_on_this_host(client):
    page = soup(client.get(ARTICLE_PATH))
    actions = page.find(class_="print-save")
    button = actions.find("button", attrs={"data-print": True})
    assert button.get_text() == "In bài"
    # Shown by the script: without it, only the browser's menu prints.
    assert button.has_attr("hidden")
    save = actions.find("a", string="Lưu bài (PDF)")
    assert save["href"] == "/luu/bai-viet/100.pdf"
    assert save.has_attr("download")
    source = page.find(attrs={"data-print-only": True})
    assert source.has_attr("hidden")
    assert source.get_text() == (
        f"Nguồn: Cổng thông tin điện tử huyện Hòa Sơn – {FRONTEND_URL}{ARTICLE_PATH}"
    )
    print_css = page.find("link", rel="stylesheet", media="print")
    assert print_css["href"].startswith("/static/print.css?v=")
    assert client.get(print_css["href"]).status_code == 200


def test_a_photo_story_offers_its_pdf(client):
    page = soup(client.get(PHOTO_STORY_PATH))
    save = page.find(class_="print-save").find("a", string="Lưu bài (PDF)")
    assert save["href"] == "/luu/tin-anh/300.pdf"


def test_a_document_offers_print_and_its_record_as_a_pdf(client):
    page = soup(client.get("/van-ban/5/"))
    actions = page.find(class_="print-save")
    assert actions["aria-label"] == "In và lưu văn bản"
    assert actions.find("button", attrs={"data-print": True}).get_text() == (
        "In văn bản"
    )
    save = actions.find("a", string="Lưu văn bản (PDF)")
    assert save["href"] == "/luu/van-ban/5.pdf"
    source = page.find(attrs={"data-print-only": True})
    assert source.get_text() == (
        f"Nguồn: Cổng thông tin điện tử huyện Hòa Sơn – {FRONTEND_URL}/van-ban/5/"
    )


def test_a_preview_has_no_pdf_to_save(client):
    page = soup(client.get("/preview/?token=draft-token"))
    actions = page.find(class_="print-save")
    assert actions.find("button", attrs={"data-print": True})
    assert actions.find("a") is None


@pytest.mark.parametrize(
    "path", ["/luu/to-chuc/100.pdf", "/luu/bai-viet/0.pdf", "/luu/bai-viet/abc.pdf"]
)
def test_no_such_saved_copy_is_a_404_page(client, fake_cms, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response.mimetype == "text/html"
    assert not [key for key, _ in fake_cms.calls if "/pdf/" in key]


def test_a_missing_page_is_a_404_page_and_a_down_cms_a_503(client, fake_cms):
    missing = client.get("/luu/bai-viet/999.pdf")
    assert missing.status_code == 404
    assert "/articles/999/pdf/" in [key for key, _ in fake_cms.calls]
    assert "Không tìm thấy" in missing.get_data(as_text=True)
    fake_cms.down = True
    down = client.get("/luu/tin-anh/300.pdf")
    assert down.status_code == 503
    assert down.headers["Retry-After"]


# Against the real CMS -------------------------------------------------------------


def test_the_reader_site_streams_the_cms_pdf(reader_site):
    content = build_newsroom()
    key, story = content["key"], content["story"]
    response = reader_site.get(f"/luu/bai-viet/{key.pk}.pdf")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/pdf"
    assert response.headers["Content-Disposition"].startswith(
        f'attachment; filename="{key.slug}.pdf"'
    )
    assert response.headers["X-Robots-Tag"] == "noindex"
    reader = PdfReader(io.BytesIO(response.content))
    text = unicodedata.normalize(
        "NFC", " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    )
    assert KEY_ARTICLE_TITLE in text
    assert KEY_ARTICLE_TEXT in text
    assert "Người dân nộp hồ sơ tại xã (Ảnh: Thu Hà)" in text
    assert f"{reader_site.url}{key.reader_path}" in text

    # The page links to it, and a photo story has its own.
    page = reader_site.get(key.reader_path).text
    assert f'href="/luu/bai-viet/{key.pk}.pdf"' in page
    photo_pdf = reader_site.get(f"/luu/tin-anh/{story.pk}.pdf")
    assert photo_pdf.headers["Content-Type"] == "application/pdf"


def test_the_reader_site_streams_a_documents_pdf_and_hides_a_drafts(reader_site, home):
    from tests.factories import DocumentIndexPageFactory, DocumentPageFactory

    library = DocumentIndexPageFactory(parent=home)
    decision = DocumentPageFactory(
        parent=library,
        number="15/2024/QĐ-UBND",
        title="Về việc ban hành Quy chế quản lý đề án chuyển đổi số",
    )
    draft = DocumentPageFactory(parent=library, publish=False)
    response = reader_site.get(f"/luu/van-ban/{decision.pk}.pdf")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    text = unicodedata.normalize(
        "NFC", " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    )
    assert "15/2024/QĐ-UBND" in text
    assert "Về việc ban hành Quy chế quản lý đề án chuyển đổi số" in text
    assert f"{reader_site.url}{decision.reader_path}" in text
    page = reader_site.get(decision.reader_path).text
    assert f'href="/luu/van-ban/{decision.pk}.pdf"' in page
    missing = reader_site.get(f"/luu/van-ban/{draft.pk}.pdf")
    assert missing.status_code == 404
    assert missing.headers["Content-Type"].startswith("text/html")


def test_a_draft_has_no_saved_copy_on_the_reader_site(reader_site):
    from tests.factories import ArticlePageFactory

    content = build_newsroom()
    draft = ArticlePageFactory(parent=content["news"], publish=False)
    response = reader_site.get(f"/luu/bai-viet/{draft.pk}.pdf")
    assert response.status_code == 404
    assert response.headers["Content-Type"].startswith("text/html")
    # The article readers may see: but not through a photo story's address.
    wrong_kind = reader_site.get(f"/luu/tin-anh/{content['key'].pk}.pdf")
    assert wrong_kind.status_code == 404
