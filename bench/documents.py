"""Official documents for the benchmark corpus: a library of ``count``
documents written with bulk inserts, numbered and summarised as a province
and its communes number theirs, one a day back from ``now``."""

import datetime
import random

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page

from bench.corpus import _Children, _insert_rows, _page_fields, _update_numchild
from cms.core.text import folded_words
from cms.officialdocs.models import (
    DocumentIndexPage,
    DocumentPage,
    DocumentType,
    number_tokens,
)
from cms.officialdocs.search_index import index_documents
from cms.officialdocs.services import ensure_document_index

CHUNK = 2_000
# The query the benchmark asks for: a number typed without diacritics.
NUMBER_QUERY = "15 2024 qd ubnd"
SUMMARY_QUERY = "chuyen doi so"
SYMBOLS = {
    "Quyết định": "QĐ-UBND",
    "Nghị quyết": "NQ-HĐND",
    "Kế hoạch": "KH-UBND",
    "Công văn": "UBND-VX",
    "Thông báo": "TB-UBND",
    "Báo cáo": "BC-UBND",
}
SUMMARIES = [
    "Về việc ban hành Kế hoạch chuyển đổi số năm {year}",
    "Về việc phê duyệt dự toán ngân sách xã năm {year}",
    "Về tăng cường công tác phòng, chống thiên tai năm {year}",
    "Tổ chức khai giảng năm học {year}–{next} trên địa bàn xã",
    "Lịch tiếp công dân định kỳ quý {quarter} năm {year}",
    "Về việc thu hồi đất thực hiện dự án đường giao thông nông thôn",
]
ISSUERS = ["Ủy ban nhân dân tỉnh Hòa Sơn", "Ủy ban nhân dân xã Tân Lập"]


def _spaced(tokens) -> str:
    return " " + " ".join(tokens) + " "


def insert_documents(home, count: int, *, now=None, seed: int = 11) -> int:
    """``count`` live documents in ``home``'s library (made if missing)."""
    rng = random.Random(seed)
    now = now or timezone.now()
    library: DocumentIndexPage = ensure_document_index(home)
    types = {t.name: t for t in DocumentType.objects.filter(name__in=SYMBOLS)}
    content_type = ContentType.objects.get_for_model(DocumentPage)
    locale = Locale.get_default()
    zone = timezone.get_current_timezone()
    tree = _Children(library)
    serial: dict[tuple[str, int], int] = {}
    for start in range(0, count, CHUNK):
        pages, documents = [], []
        for number in range(start, min(count, start + CHUNK)):
            issued = (now - datetime.timedelta(days=number // 3)).date()
            kind = list(SYMBOLS)[number % len(SYMBOLS)]
            key = (kind, issued.year)
            serial[key] = serial.get(key, 0) + 1
            code = f"{serial[key]}/{issued.year}/{SYMBOLS[kind]}"
            summary = rng.choice(SUMMARIES).format(
                year=issued.year, next=issued.year + 1, quarter="I"
            )
            when = datetime.datetime.combine(issued, datetime.time(8), zone)
            slug = f"van-ban-{number}"
            pages.append(
                Page(
                    **_page_fields(
                        title=summary,
                        slug=slug,
                        path=tree.path(),
                        depth=library.depth + 1,
                        url_path=f"{library.url_path}{slug}/",
                        content_type=content_type,
                        locale=locale,
                        when=when,
                    )
                )
            )
            documents.append(
                DocumentPage(
                    document_type=types[kind],
                    number=code,
                    issuer=ISSUERS[number % len(ISSUERS)],
                    signer="Chủ tịch Trần Minh Quang",
                    issued_on=issued,
                    status=DocumentPage.Status.IN_FORCE,
                    sort_date=datetime.datetime.combine(
                        issued, datetime.time.min, zone
                    ),
                    search_number=_spaced(number_tokens(code)),
                    search_text=_spaced(folded_words(summary)),
                )
            )
        with transaction.atomic():
            Page.objects.bulk_create(pages)
            for page, document in zip(pages, documents, strict=True):
                document.page_ptr_id = document.id = page.pk
            _insert_rows(DocumentPage, documents)
            # Indexed as publishing indexes them, a chunk at a time.
            index_documents(
                DocumentPage.objects.filter(pk__in=[page.pk for page in pages])
            )
    _update_numchild([tree])
    return count
