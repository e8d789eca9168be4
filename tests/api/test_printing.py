"""The saved copy of an article or photo story (Decree 42/2022, Art. 7): a PDF
that opens, holds what readers see with every Vietnamese letter, and is
hidden exactly when the page is."""

import io
import json
import unicodedata
from urllib.parse import quote

import pytest
from pypdf import PdfReader
from wagtail.models import Site

from cms.articles.models import ArticlePage
from cms.photostories.models import PhotoStoryPhoto
from cms.portal.models import PortalSettings
from tests.factories import (
    ArticlePageFactory,
    ImageFactory,
    PhotoStoryPageFactory,
    SectionPageFactory,
)

ARTICLE_PDF = "/api/v1/articles/{id}/pdf/"
PHOTO_STORY_PDF = "/api/v1/photo-stories/{id}/pdf/"
TITLE = "Đảng bộ huyện Hòa Sơn ưu tiên chuyển đổi số"
BODY = [
    {
        "type": "paragraph",
        "value": "<p>Nghị quyết của <b>Đảng bộ</b> huyện nêu rõ những việc "
        "<i>ưu tiên</i> trong năm tới.</p>"
        "<h2>Kết quả nổi bật</h2>"
        "<ul><li>Hộ nghèo giảm còn 2,1%</li><li>Đường liên xã được nâng cấp</li></ul>",
    },
    {"type": "image", "value": {"image": None, "caption": "", "credit": ""}},
    {
        "type": "quote",
        "value": {"text": "Lấy dân làm gốc.", "attribution": "Bí thư Huyện ủy"},
    },
]


@pytest.fixture
def portal(home):
    portal = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    portal.name = "Cổng thông tin điện tử huyện Hòa Sơn"
    portal.save()
    return portal


@pytest.fixture
def article(portal):
    body = json.loads(json.dumps(BODY))
    body[1]["value"]["image"] = ImageFactory(
        caption="Người dân nộp hồ sơ tại xã", credit="Thu Hà"
    ).pk
    return ArticlePageFactory(
        parent=SectionPageFactory(title="Tin tức", slug="tin-tuc"),
        title=TITLE,
        slug="dang-bo-huyen-uu-tien-chuyen-doi-so",
        lead="Sáng nay, huyện Hòa Sơn tổng kết công tác năm.",
        # Another colour: the PDF keeps one copy of identical photos.
        hero_image=ImageFactory(
            caption="Quang cảnh hội nghị", credit="Minh Anh", file__color="blue"
        ),
        body=body,
        author_name="Minh Anh",
        source_unit="Trung tâm VH&TT huyện Hòa Sơn",
    )


def read(response) -> tuple[PdfReader, str]:
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    text = "\n".join(page.extract_text() for page in reader.pages)
    # Words are matched as readers write them, composed.
    return reader, unicodedata.normalize("NFC", " ".join(text.split()))


def images_in(reader: PdfReader) -> int:
    return sum(len(page.images) for page in reader.pages)


def test_an_article_is_saved_with_its_text_photos_and_captions(api, article):
    response = api.get(ARTICLE_PDF.format(id=article.pk))
    reader, text = read(response)
    assert reader.metadata.title == TITLE
    for expected in (
        TITLE,
        "Sáng nay, huyện Hòa Sơn tổng kết công tác năm.",
        "Nghị quyết của Đảng bộ huyện nêu rõ những việc ưu tiên trong năm tới.",
        "Kết quả nổi bật",
        "• Hộ nghèo giảm còn 2,1%",
        "• Đường liên xã được nâng cấp",
        "Lấy dân làm gốc.",
        "— Bí thư Huyện ủy",
        "Quang cảnh hội nghị (Ảnh: Minh Anh)",
        "Người dân nộp hồ sơ tại xã (Ảnh: Thu Hà)",
        "Minh Anh",
        "Trung tâm VH&TT huyện Hòa Sơn",
        "Nguồn: Cổng thông tin điện tử huyện Hòa Sơn",
        "http://127.0.0.1:8000/tin-tuc/dang-bo-huyen-uu-tien-chuyen-doi-so/",
    ):
        assert expected in text, expected
    assert images_in(reader) == 2
    # The fonts travel with the file: every font is embedded (a subset).
    fonts = {
        font["/BaseFont"]
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
        for font in [font.get_object()]
    }
    assert fonts and all("+DejaVuSans" in name for name in fonts)


def test_the_file_is_an_attachment_named_by_slug_and_by_title(api, article):
    response = api.get(ARTICLE_PDF.format(id=article.pk))
    disposition = response["Content-Disposition"]
    assert disposition.startswith(
        'attachment; filename="dang-bo-huyen-uu-tien-chuyen-doi-so.pdf"; '
    )
    assert disposition.endswith("filename*=UTF-8''" + quote(TITLE + ".pdf", safe=""))
    assert disposition.isascii()


def colourful_photos(count: int) -> list[PhotoStoryPhoto]:
    colours = ["green", "blue", "red", "yellow"]
    return [
        PhotoStoryPhoto(
            image=ImageFactory(file__color=colours[n]),
            caption=f"Khoảnh khắc thứ {n + 1}",
        )
        for n in range(count)
    ]


def test_a_photo_story_is_saved_with_every_photo_and_caption(api, portal):
    story = PhotoStoryPageFactory(
        title="Mùa vàng ở xã Tân Lập", photos=colourful_photos(3)
    )
    reader, text = read(api.get(PHOTO_STORY_PDF.format(id=story.pk)))
    assert "TIN ẢNH" in text
    assert "Mùa vàng ở xã Tân Lập" in text
    assert "Những khoảnh khắc đẹp trong ngày hội." in text
    for number in (1, 2, 3):
        assert f"Ảnh {number}/3. Khoảnh khắc thứ {number} (Ảnh: Minh Anh)" in text
    assert images_in(reader) == 3


def test_what_readers_may_not_see_has_no_pdf(api, openapi, article):
    draft = ArticlePageFactory(publish=False, title="Bản nháp chưa duyệt")
    for url in (
        ARTICLE_PDF.format(id=draft.pk),
        ARTICLE_PDF.format(id=999_999),
        # A photo story's id is not an article's.
        PHOTO_STORY_PDF.format(id=article.pk),
    ):
        response = api.get(url)
        assert response.status_code == 404, url
        assert response["Content-Type"] == "application/json"
        assert json.loads(response.content)["error"]["code"] == "not_found"
    openapi.validate("/api/v1/articles/{id}/pdf/", api.get(ARTICLE_PDF.format(id=0)))

    assert api.get(ARTICLE_PDF.format(id=article.pk)).status_code == 200
    ArticlePage.objects.get(pk=article.pk).unpublish()
    assert api.get(ARTICLE_PDF.format(id=article.pk)).status_code == 404


def test_a_photo_in_a_private_collection_is_not_printed(api, article):
    from wagtail.models import Collection, CollectionViewRestriction

    private = Collection.get_first_root_node().add_child(name="Nội bộ")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    article.hero_image.collection = private
    article.hero_image.save()
    reader, text = read(api.get(ARTICLE_PDF.format(id=article.pk)))
    assert "Quang cảnh hội nghị" not in text
    assert images_in(reader) == 1


def test_the_pdf_is_cached_by_content_and_revalidated(api, article):
    url = ARTICLE_PDF.format(id=article.pk)
    first = api.get(url)
    assert first["Cache-Control"].startswith("public, max-age=")
    again = api.get(url, headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304
    assert not again.content

    article.title = "Đảng bộ huyện Hòa Sơn sơ kết quý IV"
    article.save_revision().publish()
    changed = api.get(url, headers={"If-None-Match": first["ETag"]})
    _, text = read(changed)
    assert "Đảng bộ huyện Hòa Sơn sơ kết quý IV" in text


def test_a_client_asking_for_pdf_gets_it_and_errors_stay_json(api, article):
    response = api.get(
        ARTICLE_PDF.format(id=article.pk), headers={"Accept": "application/pdf"}
    )
    read(response)
    missing = api.get(ARTICLE_PDF.format(id=1), headers={"Accept": "application/pdf"})
    assert missing.status_code == 404
    assert missing["Content-Type"] == "application/json"


def test_photos_past_the_limit_are_left_out_and_said_so(api, portal, monkeypatch):
    monkeypatch.setattr("cms.printing.images.MAX_FIGURES", 2)
    story = PhotoStoryPageFactory(title="Lễ hội đình làng", photos=colourful_photos(3))
    reader, text = read(api.get(PHOTO_STORY_PDF.format(id=story.pk)))
    assert images_in(reader) == 2
    assert "Ảnh 2/3." in text and "Ảnh 3/3." not in text
    assert "Bản lưu này không in 1 ảnh sau cùng; xem đủ ở địa chỉ nguồn." in text


def test_odd_text_still_makes_a_file(api, portal):
    # Decomposed marks (pasted from some editors), an emoji the font lacks,
    # a control character: the file is still made, with the letters composed.
    decomposed = unicodedata.normalize("NFD", "Ngày hội đại đoàn kết")
    article = ArticlePageFactory(
        title=f"{decomposed} 🎉",
        lead="Dòng một\x07 và tiếp",
        body=[{"type": "paragraph", "value": "<p><b><i>Đậm nghiêng</i></b></p>"}],
    )
    _, text = read(api.get(ARTICLE_PDF.format(id=article.pk)))
    assert "Ngày hội đại đoàn kết" in text
    assert "Dòng một và tiếp" in text
    assert "Đậm nghiêng" in text


def test_more_photos_cost_no_more_queries(api, portal, no_response_cache):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = []
    # The first request of a process builds its site map (cms/portal/sites.py).
    api.get("/api/v1/site/")
    for photos in (2, 4):
        story = PhotoStoryPageFactory(photos=colourful_photos(photos))
        with CaptureQueriesContext(connection) as queries:
            read(api.get(PHOTO_STORY_PDF.format(id=story.pk)))
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_deep_lists_and_endless_words_still_fit_the_page(api, portal):
    nested = "<ul><li>Cấp 1" + "<ul><li>Cấp sâu hơn" * 40 + "</li></ul>" * 41
    endless = "Đ" * 3000
    article = ArticlePageFactory(
        title="Đ" * 255,
        body=[
            {"type": "paragraph", "value": nested},
            {"type": "paragraph", "value": f"<p>{endless}</p><h2>{endless}</h2>"},
        ],
    )
    reader, text = read(api.get(ARTICLE_PDF.format(id=article.pk)))
    assert "• Cấp 1" in text
    assert text.count("Cấp sâu hơn") == 40


# Official documents ----------------------------------------------------------------

DOCUMENT_PDF = "/api/v1/documents/{id}/pdf/"
SUMMARY = "Về việc ban hành Quy chế quản lý đề án chuyển đổi số của tỉnh Hòa Sơn"


@pytest.fixture
def decision(portal, home):
    import datetime

    from tests.factories import DocumentIndexPageFactory, DocumentPageFactory

    library = DocumentIndexPageFactory(parent=home)
    newer = DocumentPageFactory(parent=library, number="20/2025/QĐ-UBND")
    return DocumentPageFactory(
        parent=library,
        number="15/2024/QĐ-UBND",
        title=SUMMARY,
        issuer="Ủy ban nhân dân tỉnh Hòa Sơn",
        signer="Chủ tịch Nguyễn Văn An",
        issued_on=datetime.date(2024, 3, 5),
        effective_on=datetime.date(2024, 3, 20),
        status="replaced",
        replaced_by=newer,
    )


def test_a_document_is_saved_with_its_record_and_files(api, decision):
    response = api.get(DOCUMENT_PDF.format(id=decision.pk))
    reader, text = read(response)
    assert reader.metadata.title == "Quyết định số 15/2024/QĐ-UBND"
    (file,) = decision.files.all()
    for expected in (
        "VĂN BẢN",
        "Quyết định số 15/2024/QĐ-UBND",
        SUMMARY,
        "Số/ký hiệu: 15/2024/QĐ-UBND",
        "Loại văn bản: Quyết định",
        "Cơ quan ban hành: Ủy ban nhân dân tỉnh Hòa Sơn",
        "Người ký: Chủ tịch Nguyễn Văn An",
        "Ngày ban hành: 05/03/2024",
        "Ngày có hiệu lực: 20/03/2024",
        "Tình trạng hiệu lực: Bị thay thế: thay thế bởi văn bản số 20/2025/QĐ-UBND",
        "Tệp văn bản",
        f"• {file.document.title} (PDF):",
        "Nguồn: Cổng thông tin điện tử huyện Hòa Sơn",
        f"/van-ban/{decision.pk}/",
    ):
        assert expected in text, expected
    disposition = response["Content-Disposition"]
    assert disposition.startswith('attachment; filename="van-ban-152024qd-ubnd.pdf"')
    assert disposition.isascii()


def test_a_draft_or_unpublished_document_has_no_pdf(api, openapi, decision):
    from cms.officialdocs.models import DocumentPage
    from tests.factories import DocumentPageFactory

    draft = DocumentPageFactory(parent=decision.get_parent(), publish=False)
    for url in (
        DOCUMENT_PDF.format(id=draft.pk),
        DOCUMENT_PDF.format(id=999_999),
        # An article's address is not a document's, nor the reverse.
        ARTICLE_PDF.format(id=decision.pk),
    ):
        response = api.get(url)
        assert response.status_code == 404, url
        assert response["Content-Type"] == "application/json"
        assert json.loads(response.content)["error"]["code"] == "not_found"
    openapi.validate(
        "/api/v1/documents/{id}/pdf/", api.get(DOCUMENT_PDF.format(id=draft.pk))
    )
    assert api.get(DOCUMENT_PDF.format(id=decision.pk)).status_code == 200
    DocumentPage.objects.get(pk=decision.pk).unpublish()
    assert api.get(DOCUMENT_PDF.format(id=decision.pk)).status_code == 404
