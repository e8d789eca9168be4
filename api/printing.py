"""Readers' saved copies (Decree 42/2022, Art. 7): the PDF endpoints, and the
file, made from the API's own detail answer (api/answers.py), so that it
shows exactly what readers may see, through cms/printing, which knows no
content type. Another kind of page gets its PDF by turning its answer into
a ``PrintDocument`` here."""

import datetime
import re
from dataclasses import dataclass
from urllib.parse import quote

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view

from cms.articles.models import ArticlePage
from cms.core.text import ascii_slugify
from cms.photostories.models import PhotoStoryPage
from cms.portal.models import PortalSettings
from cms.printing import images, richtext
from cms.printing.document import (
    Figure,
    Heading,
    ListItem,
    Note,
    Paragraph,
    PrintDocument,
    Quote,
    Run,
)
from cms.printing.pdf import render_pdf

from . import answers
from .caching import cached_file, query_names
from .params import NewsDetailParams, validated
from .schema import CONDITIONAL_HEADERS, responses
from .views import ReaderView

# Characters no file system takes in a name, and control characters.
_UNSAFE_IN_NAME = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')
NAME_LENGTH = 120


@dataclass
class PdfFile:
    content: bytes
    filename: str  # ASCII
    title: str

    def content_disposition(self) -> str:
        """An attachment named by its slug, and by its Vietnamese title for
        browsers that read ``filename*`` (RFC 6266; all current ones do)."""
        name = _UNSAFE_IN_NAME.sub(" ", self.title).strip()[:NAME_LENGTH].strip()
        header = f'attachment; filename="{self.filename}"'
        if name:
            header += f"; filename*=UTF-8''{quote(name + '.pdf', safe='')}"
        return header


def _moment(value: str | None) -> datetime.datetime | None:
    return datetime.datetime.fromisoformat(value) if value else None


def _figure(image: dict | None, caption: str, credit: str, jpegs: dict) -> Figure:
    found = jpegs.get(image["id"]) if image else None
    data, width, height = found or (None, 0, 0)
    return Figure(data, width, height, caption=caption or "", credit=credit or "")


def _left_out(count: int) -> Note:
    return Note(f"Bản lưu này không in {count} ảnh sau cùng; xem đủ ở địa chỉ nguồn.")


def article_document(data: dict, portal_name: str) -> PrintDocument:
    """An article's detail answer as printed."""
    hero = data.get("hero_image")
    image_ids = ([hero["id"]] if hero else []) + [
        block["image"]["id"] for block in data["body"] if block["type"] == "image"
    ]
    jpegs = images.print_jpegs(image_ids)
    blocks, figures = [], 0
    if hero:
        blocks.append(_figure(hero, hero["caption"], hero["credit"], jpegs))
        figures += 1
    for block in data["body"]:
        kind = block["type"]
        if kind == "paragraph":
            blocks += richtext.flatten(block["html"])
        elif kind == "image":
            figures += 1
            if figures <= images.MAX_FIGURES:
                blocks.append(
                    _figure(block["image"], block["caption"], block["credit"], jpegs)
                )
        elif kind == "quote":
            blocks.append(Quote(block["text"], block["attribution"]))
        elif kind == "video":
            label = f"Video: {block['caption']} " if block["caption"] else "Video: "
            blocks.append(Note(label + block["url"]))
        elif kind == "attachment":
            blocks.append(Note(f"Tệp đính kèm: {block['title']} ({block['url']})"))
    if figures > images.MAX_FIGURES:
        blocks.append(_left_out(figures - images.MAX_FIGURES))
    return PrintDocument(
        title=data["title"],
        portal_name=portal_name,
        source_url=data["url"],
        date=_moment(data["date"]),
        lead=data["lead"],
        blocks=blocks,
        author=data["author"],
        unit=data["unit"],
        modified=_moment(data["last_published_at"]),
    )


def photo_story_document(data: dict, portal_name: str) -> PrintDocument:
    """A photo story's detail answer as printed: every photo with its caption."""
    photos = data["photos"]
    jpegs = images.print_jpegs([photo["image"]["id"] for photo in photos])
    total = len(photos)
    blocks = [
        _figure(
            photo["image"],
            f"Ảnh {number}/{total}. {photo['caption']}".strip(),
            photo["image"]["credit"],
            jpegs,
        )
        for number, photo in enumerate(photos[: images.MAX_FIGURES], start=1)
    ]
    if total > images.MAX_FIGURES:
        blocks.append(_left_out(total - images.MAX_FIGURES))
    return PrintDocument(
        title=data["title"],
        portal_name=portal_name,
        source_url=data["url"],
        date=_moment(data["date"]),
        lead=data["intro"],
        blocks=blocks,
        author=data["author"],
        unit=data["unit"],
        kind="Tin ảnh",
        modified=_moment(data["last_published_at"]),
    )


def _vn_date(value: str | None) -> str:
    return datetime.date.fromisoformat(value).strftime("%d/%m/%Y") if value else ""


def _field(label: str, value: str) -> Paragraph:
    return Paragraph([Run(f"{label}: ", bold=True), Run(value)])


def official_document(data: dict, portal_name: str) -> PrintDocument:
    """An official document's detail answer as printed: its record (number,
    type, issuer, signer, dates, effectiveness, fields), its summary as the
    lead, and its files with their addresses (paper cannot hold them)."""
    status = data["status_label"]
    if data["replaced_by"]:
        status += f": thay thế bởi văn bản số {data['replaced_by']['number']}"
    fields = [
        ("Số/ký hiệu", data["number"]),
        ("Loại văn bản", data["document_type"]["name"]),
        ("Cơ quan ban hành", data["issuer"]),
        ("Người ký", data["signer"]),
        ("Ngày ban hành", _vn_date(data["issued_on"])),
        ("Ngày có hiệu lực", _vn_date(data["effective_on"]) or "Không ghi"),
        ("Tình trạng hiệu lực", status),
        ("Lĩnh vực", ", ".join(subject["name"] for subject in data["subjects"])),
        ("Thay thế văn bản", ", ".join(old["number"] for old in data["replaces"])),
    ]
    blocks = [_field(label, value) for label, value in fields if value]
    if data["files"]:
        blocks.append(Heading("Tệp văn bản"))
        blocks += [
            ListItem(
                [
                    Run(f"{file['title']} ({file['extension'].upper()}): "),
                    Run(file["url"], italic=True),
                ]
            )
            for file in data["files"]
        ]
    return PrintDocument(
        title=f"{data['document_type']['name']} số {data['number']}",
        portal_name=portal_name,
        source_url=data["url"],
        lead=data["title"],
        blocks=blocks,
        kind="Văn bản",
        modified=_moment(data["last_published_at"]),
    )


DOCUMENTS = {
    ArticlePage: article_document,
    PhotoStoryPage: photo_story_document,
}


def portal_name(site) -> str:
    portal = PortalSettings.objects.filter(site=site).only("name").first()
    return (portal.name if portal else "") or site.site_name or site.hostname


def news_pdf(request, site, model, pk: int) -> PdfFile:
    """The PDF of one news page readers may see (NotFound otherwise, as its
    detail answer)."""
    data = answers.news_detail(request, site, model, pk)
    document = DOCUMENTS[model](data, portal_name(site))
    slug = data["path"].rstrip("/").rsplit("/", 1)[-1]
    filename = (ascii_slugify(slug) or f"bai-{pk}") + ".pdf"
    return PdfFile(render_pdf(document), filename, data["title"])


def official_document_pdf(request, site, pk: int) -> PdfFile:
    """The PDF of one official document readers may see (NotFound
    otherwise, as its detail answer)."""
    data = answers.document_detail(request, site, pk)
    document = official_document(data, portal_name(site))
    filename = (ascii_slugify(f"van-ban {data['number']}") or f"van-ban-{pk}") + ".pdf"
    return PdfFile(render_pdf(document), filename, document.title)


# The endpoints ------------------------------------------------------------------


def file_responses(media_type: str, description: str, *error_codes) -> dict:
    """As ``schema.responses`` (304, the errors every reader endpoint
    answers), for an answer that is a file of ``media_type``; errors stay
    JSON."""
    described = responses(None, *error_codes)
    del described[200]
    return {
        (200, media_type): OpenApiResponse(
            OpenApiTypes.BINARY, description=description
        ),
        **{
            (code, "application/json") if code >= 400 else code: response
            for code, response in described.items()
        },
    }


# One news page of ``model`` as a PDF readers may save.
class NewsPdfView(ReaderView):
    model = None
    query_names = query_names(NewsDetailParams)

    def perform_content_negotiation(self, request, force=False):
        # The file is not one of DRF's renderings: a client asking for
        # application/pdf must get it (or a JSON error), not a 406.
        return super().perform_content_negotiation(request, force=True)

    def get(self, request, **path):
        site = self.site()
        params = validated(NewsDetailParams, request, path)

        def build():
            saved = self.saved_copy(request, site, params["id"])
            return saved.content, {"Content-Disposition": saved.content_disposition()}

        return cached_file(request, build, content_type="application/pdf")

    def saved_copy(self, request, site, pk: int) -> PdfFile:
        return news_pdf(request, site, self.model, pk)


def pdf_schema(operation_id: str, summary: str, tag: str):
    return extend_schema(
        operation_id=operation_id,
        summary=summary,
        description="Bản lưu A4 để bạn đọc tải về (Nghị định 42/2022/NĐ-CP, "
        "Điều 7): tiêu đề, ngày, sapo, nội dung, ảnh và chú thích, tác giả, "
        "đơn vị, địa chỉ nguồn. Phông chữ nhúng sẵn. Content-Disposition: "
        "attachment, với tên tệp ASCII (filename) và tên có dấu (filename*). "
        "Cùng quy tắc hiển thị như bản JSON: trang nháp hay đã gỡ là 404.",
        parameters=CONDITIONAL_HEADERS,
        responses=file_responses("application/pdf", "Tệp PDF.", 404),
        tags=[tag],
    )


@extend_schema_view(
    get=pdf_schema("articles_pdf", "Một bài viết, bản PDF để lưu", "articles")
)
class ArticlePdfView(NewsPdfView):
    model = ArticlePage


@extend_schema_view(
    get=pdf_schema("photo_stories_pdf", "Một tin ảnh, bản PDF để lưu", "photo-stories")
)
class PhotoStoryPdfView(NewsPdfView):
    model = PhotoStoryPage


@extend_schema_view(
    get=extend_schema(
        operation_id="documents_pdf",
        summary="Một văn bản, bản PDF để lưu",
        description="Bản lưu A4 của thông tin văn bản để bạn đọc tải về: số/ký "
        "hiệu, loại, cơ quan ban hành, người ký, ngày ban hành, ngày có hiệu "
        "lực, tình trạng hiệu lực, lĩnh vực, trích yếu, danh sách tệp kèm địa "
        "chỉ tải, địa chỉ nguồn. Không gồm nội dung các tệp (tải riêng). Phông "
        "chữ nhúng sẵn. Content-Disposition: attachment, với tên tệp ASCII "
        "(filename) và tên có dấu (filename*). Cùng quy tắc hiển thị như bản "
        "JSON: văn bản nháp, đã gỡ hay hết hạn là 404.",
        parameters=CONDITIONAL_HEADERS,
        responses=file_responses("application/pdf", "Tệp PDF.", 404),
        tags=["documents"],
    )
)
class DocumentPdfView(NewsPdfView):
    """One official document as a PDF readers may save (its detail answer
    takes the same parameters as a news page's)."""

    def saved_copy(self, request, site, pk: int) -> PdfFile:
        return official_document_pdf(request, site, pk)
