"""Official documents (văn bản): decisions, resolutions, plans, letters... each a
page, so that it goes through the portal's approval workflow like an article,
with its number (số/ký hiệu), issuing body, dates, effectiveness and files.

The one definition of which documents readers may see, and how readers look
them up, is ``DocumentPageQuerySet``."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count
from django.utils import timezone
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
    TitleFieldPanel,
)
from wagtail.models import Orderable, PageManager

from cms.core.models import BasePage, ReaderPageQuerySet
from cms.core.text import folded_words

from . import search
from .files import check_document_file
from .forms import DocumentPageForm

# At most this many words of a query are looked for.
MAX_QUERY_TERMS = 10
READER_PATH = "/van-ban/"


class DocumentType(models.Model):
    """Loại văn bản: a list the administrator extends (Snippets)."""

    name = models.CharField("tên loại", max_length=100, unique=True)
    sort_order = models.PositiveIntegerField(
        "thứ tự", default=100, help_text="Số nhỏ hiện trước trong bộ lọc."
    )

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = "loại văn bản"
        verbose_name_plural = "loại văn bản"

    def __str__(self):
        return self.name


class DocumentSubject(models.Model):
    """Lĩnh vực: a list the administrator extends (Snippets)."""

    name = models.CharField("tên lĩnh vực", max_length=100, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = "lĩnh vực"
        verbose_name_plural = "lĩnh vực"

    def __str__(self):
        return self.name


class DocumentIndexPage(BasePage):
    """The portal's library of documents ("Văn bản"), below its home page."""

    intro = models.TextField(
        "giới thiệu",
        blank=True,
        help_text="Một câu giới thiệu thư viện văn bản của cổng.",
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["sections.HomePage"]
    subpage_types = ["officialdocs.DocumentPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "thư viện văn bản"
        verbose_name_plural = "thư viện văn bản"

    @property
    def reader_path(self) -> str:
        return READER_PATH


def number_tokens(text: str) -> list[str]:
    """'15/2024/QĐ-UBND' -> ['15', '2024', 'qd', 'ubnd']: a number as readers
    type it, whatever the separators, case and diacritics."""
    return folded_words(text)


def _spaced(tokens) -> str:
    # Spaces on both sides, so that " 15 " matches a whole token only.
    return " " + " ".join(tokens) + " "


class DocumentPageQuerySet(ReaderPageQuerySet):
    def for_readers(self, site):
        """The documents of ``site`` readers may see, newest issued first."""
        return self.visible_to_readers().in_site(site).newest_first()

    def newest_first(self):
        """In the order of the (sort_date, id) index: a list page reads only
        its own rows of it, and a keyset cursor resumes there."""
        return self.order_by("-sort_date", "-pk")

    def newest_matches(self, query: str, site=None) -> tuple[list[int], bool]:
        """The ids of the ``search.MAX_RESULTS`` newest issued documents of
        this queryset that match ``query``, newest first, and whether more
        match: every filter of the queryset applies before the cut. A
        document matches if its number has every part of ``query`` (the last
        may be the start of a part: "qđ-ubnd 15", "15 2024 QD UBND",
        "2024/QĐ"), or its summary (trích yếu) every word of it (the last may
        be the start of a word: "chuyen doi s"), without regard to case or
        diacritics; of ``site``'s portal only, when given. Asked of the
        documents' search index (cms/officialdocs/search.py), which holds the
        live documents: two queries whatever the number of matches."""
        tokens = folded_words(query)[:MAX_QUERY_TERMS]
        if not tokens:
            return [], False
        portal = site.root_page.path if site is not None else None
        sql, params = search.matching_ids(tokens, portal)
        few = search.probe(sql, params)
        if few is None:
            rows = self.filter(search.walked(sql, params))
        else:
            rows = self.filter(pk__in=few)
        rows = rows.newest_first().values_list("pk", flat=True)
        limit = search.MAX_RESULTS
        with search.newest_first_walk(few is None):
            ids = list(rows[: limit + 1])
        return ids[:limit], len(ids) > limit

    def of_type(self, type_id: int):
        return self.filter(document_type_id=type_id)

    def issued_by(self, issuer: str):
        return self.filter(issuer=issuer)

    def in_subject(self, subject_id: int):
        return self.filter(subjects__id=subject_id)

    def issued_in(self, year: int):
        """Issued in ``year``: a range of the sort index, not a function of a
        column."""
        zone = timezone.get_current_timezone()
        start = datetime.datetime(year, 1, 1, tzinfo=zone)
        end = datetime.datetime(year + 1, 1, 1, tzinfo=zone)
        return self.filter(sort_date__gte=start, sort_date__lt=end)

    def with_status(self, status: str):
        return self.filter(status=status)

    def for_summaries(self):
        """What a row of the result table shows, in one query."""
        return self.select_related("document_type")

    def for_details(self):
        return self.for_summaries().prefetch_related(
            "subjects", "files__document", "replaced_by"
        )

    def facets(self):
        """The choices of each filter, with how many documents each has."""
        types = (
            self.values("document_type_id", "document_type__name")
            .annotate(count=Count("pk", distinct=True))
            .order_by("document_type__sort_order", "document_type__name")
        )
        subjects = (
            self.filter(subjects__isnull=False)
            .values("subjects__id", "subjects__name")
            .annotate(count=Count("pk", distinct=True))
            .order_by("subjects__name")
        )
        issuers = self.values("issuer").annotate(count=Count("pk")).order_by("issuer")
        years = (
            self.values("issued_on__year")
            .annotate(count=Count("pk"))
            .order_by("-issued_on__year")
        )
        statuses = dict(
            self.values_list("status").annotate(count=Count("pk")).order_by()
        )
        return {
            "types": [
                {
                    "id": t["document_type_id"],
                    "name": t["document_type__name"],
                    "count": t["count"],
                }
                for t in types
            ],
            "subjects": [
                {
                    "id": s["subjects__id"],
                    "name": s["subjects__name"],
                    "count": s["count"],
                }
                for s in subjects
            ],
            "issuers": [{"name": i["issuer"], "count": i["count"]} for i in issuers],
            "years": [
                {"year": y["issued_on__year"], "count": y["count"]} for y in years
            ],
            "statuses": [
                {"value": value, "label": str(label), "count": statuses[value]}
                for value, label in DocumentPage.Status.choices
                if value in statuses
            ],
        }


DocumentPageManager = PageManager.from_queryset(DocumentPageQuerySet)


class DocumentPage(BasePage):
    """One official document. Its page title is its summary (trích yếu)."""

    class Status(models.TextChoices):
        IN_FORCE = "in_force", "Còn hiệu lực"
        EXPIRED = "expired", "Hết hiệu lực"
        REPLACED = "replaced", "Bị thay thế"

    document_type = models.ForeignKey(
        DocumentType,
        verbose_name="loại văn bản",
        on_delete=models.PROTECT,
        related_name="+",
    )
    number = models.CharField(
        "số/ký hiệu",
        max_length=100,
        help_text="Đúng như trên văn bản, ví dụ: 15/2025/QĐ-UBND.",
    )
    issuer = models.CharField(
        "cơ quan ban hành",
        max_length=255,
        help_text="Ví dụ: Ủy ban nhân dân tỉnh. Viết thống nhất một cách để bộ "
        "lọc gom đúng.",
    )
    signer = models.CharField(
        "người ký",
        max_length=255,
        blank=True,
        help_text="Chức vụ và họ tên, ví dụ: Chủ tịch Nguyễn Văn An.",
    )
    issued_on = models.DateField("ngày ban hành")
    effective_on = models.DateField(
        "ngày có hiệu lực",
        null=True,
        blank=True,
        help_text="Để trống nếu văn bản không ghi ngày có hiệu lực.",
    )
    status = models.CharField(
        "tình trạng hiệu lực",
        max_length=20,
        choices=Status.choices,
        default=Status.IN_FORCE,
    )
    replaced_by = models.ForeignKey(
        "self",
        verbose_name="văn bản thay thế",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="replaces",
        help_text="Bắt buộc khi tình trạng là “Bị thay thế”: văn bản mới thay "
        "cho văn bản này.",
    )
    subjects = ParentalManyToManyField(
        DocumentSubject,
        verbose_name="lĩnh vực",
        blank=True,
        related_name="+",
    )
    # Kept by save(), for lists and search: the issue date as the (date, id)
    # index sorts it, and the number and summary folded to ASCII words, which
    # the search index (search_index.py) is made of.
    sort_date = models.DateTimeField(editable=False, null=True)
    search_number = models.TextField(editable=False, default="")
    search_text = models.TextField(editable=False, default="")

    content_panels = [
        TitleFieldPanel(
            "title",
            heading="Trích yếu",
            help_text="Nội dung tóm tắt của văn bản, ví dụ: Về việc ban hành Kế "
            "hoạch chuyển đổi số năm 2025.",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("document_type"), FieldPanel("number")]),
                FieldPanel("issuer"),
                FieldPanel("signer"),
                FieldRowPanel([FieldPanel("issued_on"), FieldPanel("effective_on")]),
            ],
            heading="Thông tin văn bản",
        ),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                PageChooserPanel("replaced_by", "officialdocs.DocumentPage"),
            ],
            heading="Hiệu lực",
        ),
        FieldPanel("subjects"),
        InlinePanel(
            "files",
            label="Tệp văn bản",
            min_num=1,
            help_text="PDF, DOC hoặc DOCX. Ít nhất một tệp.",
        ),
    ]

    base_form_class = DocumentPageForm
    parent_page_types = ["officialdocs.DocumentIndexPage"]
    subpage_types = []

    objects = DocumentPageManager()

    class Meta:
        verbose_name = "văn bản"
        verbose_name_plural = "văn bản"
        indexes = [
            models.Index(fields=["sort_date", "page_ptr"], name="officialdoc_newest")
        ]

    def __str__(self):
        return f"{self.number} – {self.title}" if self.number else self.title

    @property
    def reader_path(self) -> str:
        return f"{READER_PATH}{self.pk}/"

    def get_url_parts(self, request=None):
        parts = super().get_url_parts(request=request)
        if parts is None:
            return None
        site_id, root_url, _page_path = parts
        return site_id, root_url, self.reader_path

    def clean(self):
        super().clean()
        errors = {}
        if self.status == self.Status.REPLACED and self.replaced_by_id is None:
            errors["replaced_by"] = "Văn bản bị thay thế: chọn văn bản thay thế nó."
        elif self.replaced_by_id is not None:
            if self.status != self.Status.REPLACED:
                errors["replaced_by"] = (
                    "Chỉ chọn văn bản thay thế khi tình trạng là “Bị thay thế”."
                )
            elif self.pk is not None and self.replaced_by_id == self.pk:
                errors["replaced_by"] = "Văn bản không thể thay thế chính nó."
        if self.effective_on and self.issued_on and self.effective_on < self.issued_on:
            errors["effective_on"] = "Ngày có hiệu lực không thể trước ngày ban hành."
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if self.issued_on:
            self.sort_date = datetime.datetime.combine(
                self.issued_on, datetime.time.min, timezone.get_current_timezone()
            )
        self.search_number = _spaced(number_tokens(self.number))
        self.search_text = _spaced(folded_words(self.title))
        super().save(*args, **kwargs)


class DocumentFile(Orderable):
    page = ParentalKey(DocumentPage, related_name="files", on_delete=models.CASCADE)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name="tệp",
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = "tệp văn bản"
        verbose_name_plural = "tệp văn bản"

    def clean(self):
        super().clean()
        if self.document_id is not None:
            try:
                check_document_file(self.document)
            except ValidationError as error:
                raise ValidationError({"document": error.messages}) from error


class DocumentSearchEntry(models.Model):
    """A live document as the documents' search knows it (search.py). The
    words, its number's and its summary's, are in the database's own
    full-text index beside this table (an FTS5 table keyed by the page id on
    SQLite, a ``tsvector`` column with a GIN index on PostgreSQL), which
    migration 0003 creates."""

    page = models.OneToOneField(
        DocumentPage, primary_key=True, on_delete=models.CASCADE, related_name="+"
    )

    class Meta:
        verbose_name = "mục tìm kiếm văn bản"
        verbose_name_plural = "mục tìm kiếm văn bản"

    def __str__(self):
        return f"Văn bản {self.page_id}"
