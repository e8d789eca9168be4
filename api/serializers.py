"""How content looks in the API: the contract. Each answer is made by the
serializer that describes it in the OpenAPI document (api/schema.py only adds
what a document needs beyond that: unions, parameters, errors).

Read-only serializers over instances that the querysets of cms/ have already
loaded with everything needed (``for_summaries()``, ``for_details()``): no
serializer method queries the database for an item of a list."""

from typing import NamedTuple

from django.conf import settings
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from wagtail.models import Page

from cms.articles.models import ArticlePage
from cms.core.models import reader_path_for
from cms.officialdocs.files import CONTENT_TYPES
from cms.photostories.models import PhotoStoryPage
from cms.portal.sites import known_site_map
from cms.sections.models import HomePage, SectionPage

from . import richtext


class ConstantField(serializers.Field):
    """The same string for every item, e.g. ``"type": "article"``; the schema
    gives it as a one-value enum (api/schema.py), so clients can switch on it."""

    def __init__(self, value: str, **kwargs):
        self.value = value
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, instance):
        return self.value


class ReaderDateTimeField(serializers.DateTimeField):
    """ISO 8601 in Vietnam's time, to the second: "2026-11-20T08:30:00+07:00"."""

    def to_representation(self, value):
        if value is None:
            return None
        return super().to_representation(value.replace(microsecond=0))


class AbsoluteURLField(serializers.URLField):
    """A URL of this server (a storage URL, often relative) made absolute for
    the request."""

    def to_representation(self, value):
        return self.context["request"].build_absolute_uri(value)


class TypedListField(serializers.Field):
    """A list whose items have several shapes, each told by its ``type``: an
    item is serialised by the serializer ``shapes`` gives for its class. The
    document describes it as the tagged union ``component_name``
    (api/schema.py)."""

    def __init__(self, component_name: str, shapes: dict, **kwargs):
        self.component_name = component_name
        self.shapes = shapes
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, items):
        serializers_by_class = {
            item_class: serializer_class(context=self.context)
            for item_class, serializer_class in self.shapes.items()
        }
        return [
            serializers_by_class[type(item)].to_representation(item) for item in items
        ]


def frontend_url(path: str) -> str:
    return settings.FRONTEND_URL + path


# Images ----------------------------------------------------------------------


class RenditionSerializer(serializers.Serializer):
    width = serializers.IntegerField()
    height = serializers.IntegerField()
    webp = AbsoluteURLField(help_text="Ảnh WebP, địa chỉ tuyệt đối.")
    jpeg = AbsoluteURLField(help_text="Ảnh JPEG (dự phòng), địa chỉ tuyệt đối.")
    jpeg_size = serializers.IntegerField(
        allow_null=True,
        help_text="Dung lượng ảnh JPEG (byte), ví dụ cho enclosure của RSS; null "
        "nếu chưa biết.",
    )


class ImageSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    width = serializers.IntegerField(help_text="Chiều rộng ảnh gốc (px).")
    height = serializers.IntegerField(help_text="Chiều cao ảnh gốc (px).")
    alt = serializers.CharField(source="alt_text", help_text="Văn bản thay thế.")
    caption = serializers.CharField()
    credit = serializers.CharField()
    renditions = RenditionSerializer(
        many=True,
        source="reader_renditions",
        read_only=True,
        help_text="Các cỡ ảnh từ nhỏ đến lớn, không rộng hơn ảnh gốc, để dựng srcset.",
    )


# Pages -------------------------------------------------------------------------


class SectionRef(NamedTuple):
    """A news page's section, from the annotations of ``for_summaries()``."""

    id: int
    title: str
    reader_path: str


# A section (a SectionPage or a SectionRef) in a few fields. (Docstrings of
# serializers would become descriptions in the document: comments here.)
class SectionRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    path = serializers.CharField(
        source="reader_path", help_text="Đường dẫn trên trang tin."
    )


class TagSerializer(serializers.Serializer):
    name = serializers.CharField()
    slug = serializers.CharField()


# A page's SEO title and description, else its title and the field named
# ``description_fallback`` (its lead).
class SeoSerializer(serializers.Serializer):
    title = serializers.SerializerMethodField()
    description = serializers.SerializerMethodField()

    def __init__(self, *args, description_fallback: str, **kwargs):
        self.description_fallback = description_fallback
        super().__init__(*args, **kwargs)

    def get_title(self, page) -> str:
        return page.seo_title or page.title

    def get_description(self, page) -> str:
        return page.search_description or getattr(page, self.description_fallback) or ""


def _parent_path(url_path: str) -> str:
    return reader_path_for(url_path.rstrip("/").rsplit("/", 1)[0] + "/")


SUMMARY_ORDER = [
    "id",
    "type",
    "title",
    "lead",
    "date",
    "path",
    "url",
    "section",
    "portal",
]


# The portal whose page tree holds an item: the reader site links an item of
# another portal to that portal's host.
class PortalRefSerializer(serializers.Serializer):
    hostname = serializers.CharField(
        help_text="Tên miền của cổng (như trong /api/v1/portals/)."
    )
    name = serializers.CharField(help_text="Tên cổng thông tin.")


class NewsSummarySerializer(serializers.Serializer):
    """Fields shared by article and photo story summaries."""

    def get_fields(self):
        # The contract's order: the keys every summary has first.
        fields = super().get_fields()
        first = {name: fields.pop(name) for name in SUMMARY_ORDER if name in fields}
        return {**first, **fields}

    id = serializers.IntegerField()
    title = serializers.CharField()
    date = ReaderDateTimeField(source="reader_date", allow_null=True)
    path = serializers.CharField(source="reader_path")
    url = serializers.SerializerMethodField(help_text="Địa chỉ đầy đủ trên trang tin.")
    section = serializers.SerializerMethodField()
    portal = serializers.SerializerMethodField(
        help_text="Cổng thông tin có tin này trong cây trang của mình."
    )
    thumbnail = serializers.SerializerMethodField(allow_null=True)
    view_count = serializers.SerializerMethodField(help_text="Tổng lượt xem.")

    def get_url(self, page) -> str:
        return frontend_url(page.reader_path)

    @extend_schema_field(PortalRefSerializer)
    def get_portal(self, page):
        # From the process's map of sites, by the page's tree path: no query.
        site_map = known_site_map()
        portal = site_map.portal_of(page.path or "")
        if portal is None:
            # A page not created yet (a preview) is in the request's portal.
            portal = site_map.portal(self.context["site"].pk)
        return {"hostname": portal.hostname, "name": portal.name}

    @extend_schema_field(SectionRefSerializer)
    def get_section(self, page):
        section = SectionRef(
            page.section_id, page.section_title, _parent_path(page.url_path)
        )
        return SectionRefSerializer(section).data

    def get_view_count(self, page) -> int:
        return getattr(page, "view_count", 0) or 0


class ArticleSummarySerializer(NewsSummarySerializer):
    type = ConstantField("article")
    lead = serializers.CharField()
    thumbnail = ImageSerializer(source="hero_image", allow_null=True)


class PhotoStorySummarySerializer(NewsSummarySerializer):
    type = ConstantField("photo_story")
    lead = serializers.CharField(source="intro", help_text="Lời dẫn của tin ảnh.")
    photo_count = serializers.IntegerField()

    @extend_schema_field(ImageSerializer(allow_null=True))
    def get_thumbnail(self, page):
        covers = page.cover_photos
        if not covers:
            return None
        return ImageSerializer(covers[0].image, context=self.context).data


class ParagraphBlockSerializer(serializers.Serializer):
    type = ConstantField("paragraph")
    html = serializers.CharField(
        help_text="HTML đã làm sạch; liên kết nội bộ là đường dẫn trên trang tin."
    )


class ImageBlockSerializer(serializers.Serializer):
    type = ConstantField("image")
    image = ImageSerializer()
    caption = serializers.CharField(
        help_text="Chú thích của khối, hoặc của ảnh nếu khối để trống."
    )
    credit = serializers.CharField(
        help_text="Tác giả ảnh của khối, hoặc của ảnh nếu khối để trống."
    )


class QuoteBlockSerializer(serializers.Serializer):
    type = ConstantField("quote")
    text = serializers.CharField()
    attribution = serializers.CharField()


class VideoBlockSerializer(serializers.Serializer):
    type = ConstantField("video")
    url = serializers.URLField()
    embed_html = serializers.CharField(
        allow_null=True,
        help_text="Mã nhúng (iframe) nếu đã có sẵn, nếu không thì null.",
    )
    caption = serializers.CharField()


class AttachmentBlockSerializer(serializers.Serializer):
    type = ConstantField("attachment")
    title = serializers.CharField()
    url = serializers.URLField()
    extension = serializers.CharField()
    size = serializers.IntegerField(allow_null=True, help_text="Cỡ tệp (byte).")


class DocumentTypeSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()


class DocumentRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    number = serializers.CharField(help_text="Số/ký hiệu, ví dụ 15/2025/QĐ-UBND.")
    title = serializers.CharField(help_text="Trích yếu.")
    path = serializers.CharField(source="reader_path")
    url = serializers.SerializerMethodField(help_text="Địa chỉ đầy đủ trên trang tin.")

    def get_url(self, page) -> str:
        return frontend_url(page.reader_path)


class DocumentCitationSerializer(DocumentRefSerializer):
    document_type = DocumentTypeSerializer()


class DocumentCitationBlockSerializer(serializers.Serializer):
    type = ConstantField("document")
    document = DocumentCitationSerializer(
        help_text="Văn bản mà bài viết trích dẫn (chỉ khi bạn đọc xem được)."
    )


class BodyField(TypedListField):
    """A StreamField body as the API's blocks (api/richtext.py)."""

    def __init__(self, **kwargs):
        super().__init__(
            "BodyBlock",
            {
                richtext.Paragraph: ParagraphBlockSerializer,
                richtext.Image: ImageBlockSerializer,
                richtext.Quote: QuoteBlockSerializer,
                richtext.Video: VideoBlockSerializer,
                richtext.Attachment: AttachmentBlockSerializer,
                richtext.DocumentCitation: DocumentCitationBlockSerializer,
            },
            **kwargs,
        )

    def to_representation(self, body):
        renderer = richtext.BodyRenderer(self.context["request"], self.context["site"])
        return super().to_representation(renderer.render(body.raw_data))


class ArticleDetailSerializer(ArticleSummarySerializer):
    hero_image = ImageSerializer(allow_null=True)
    author = serializers.CharField(source="author_name")
    unit = serializers.CharField(source="source_unit")
    tags = TagSerializer(many=True, source="tags.all")
    body = BodyField()
    related = serializers.SerializerMethodField()
    first_published_at = ReaderDateTimeField(allow_null=True)
    last_published_at = ReaderDateTimeField(allow_null=True)
    seo = SeoSerializer(source="*", description_fallback="lead")

    @extend_schema_field(ArticleSummarySerializer(many=True))
    def get_related(self, page):
        return ArticleSummarySerializer(
            self.context["related"], many=True, context=self.context
        ).data


class PhotoSerializer(serializers.Serializer):
    image = ImageSerializer()
    caption = serializers.CharField(source="display_caption")


class PhotoStoryDetailSerializer(PhotoStorySummarySerializer):
    intro = serializers.CharField()
    author = serializers.CharField(source="author_name")
    unit = serializers.CharField(source="source_unit")
    tags = TagSerializer(many=True, source="tags.all")
    photos = PhotoSerializer(many=True, source="reader_photos")
    first_published_at = ReaderDateTimeField(allow_null=True)
    last_published_at = ReaderDateTimeField(allow_null=True)
    seo = SeoSerializer(source="*", description_fallback="intro")


SNIPPET_HELP = "Đoạn trích có từ khóa trong <mark>; mọi thứ khác đã thoát HTML."


class ArticleSearchResultSerializer(ArticleSummarySerializer):
    snippet = serializers.CharField(
        source="search_snippet",
        help_text=SNIPPET_HELP,
    )


class PhotoStorySearchResultSerializer(PhotoStorySummarySerializer):
    snippet = serializers.CharField(
        source="search_snippet",
        help_text=SNIPPET_HELP,
    )


# Sections, home, site ----------------------------------------------------------


# A section and, below it, the sections readers may see (``tree_children``,
# set by the answer, api/answers.py).
class SectionTreeSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    path = serializers.CharField(source="reader_path")
    intro = serializers.CharField()
    show_on_home = serializers.BooleanField()
    show_in_menus = serializers.BooleanField(
        help_text="Biên tập viên chọn hiện chuyên mục này trên thanh điều hướng."
    )

    def get_fields(self):
        # Sections nest: a section's children have the section's shape. A
        # field cannot name its own class in the class body, so it is added
        # here, when the serializer's fields are built.
        fields = super().get_fields()
        fields["children"] = SectionTreeSerializer(
            many=True,
            source="tree_children",
            help_text="Các chuyên mục con, cùng dạng.",
        )
        return fields


class SectionTreeAnswerSerializer(serializers.Serializer):
    results = SectionTreeSerializer(many=True)


class SectionDetailSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    path = serializers.CharField(source="reader_path")
    intro = serializers.CharField()
    parent = serializers.SerializerMethodField(allow_null=True)
    children = serializers.SerializerMethodField()

    @extend_schema_field(SectionRefSerializer(allow_null=True))
    def get_parent(self, page: SectionPage):
        parent = (
            SectionPage.objects.visible_to_readers()
            .filter(path=page.path[: -Page.steplen])
            .only("pk", "title", "url_path")
            .first()
        )
        return SectionRefSerializer(parent).data if parent else None

    @extend_schema_field(SectionRefSerializer(many=True))
    def get_children(self, page: SectionPage):
        if not page.path:
            return []
        children = (
            SectionPage.objects.visible_to_readers()
            .child_of(page)
            .only("pk", "title", "url_path")
            .order_by("path")
        )
        return SectionRefSerializer(children, many=True).data


class HomeDetailSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    path = serializers.CharField(source="reader_path")
    intro = serializers.CharField()


# The by-path and preview answers, ``{"type", "page"}``: one per kind of page.


class ArticleAnswerSerializer(serializers.Serializer):
    type = ConstantField("article")
    page = ArticleDetailSerializer(source="*")


class PhotoStoryAnswerSerializer(serializers.Serializer):
    type = ConstantField("photo_story")
    page = PhotoStoryDetailSerializer(source="*")


class SectionAnswerSerializer(serializers.Serializer):
    type = ConstantField("section")
    page = SectionDetailSerializer(source="*")


class HomeAnswerSerializer(serializers.Serializer):
    type = ConstantField("home")
    page = HomeDetailSerializer(source="*")


PAGE_ANSWERS = {
    ArticlePage: ArticleAnswerSerializer,
    PhotoStoryPage: PhotoStoryAnswerSerializer,
    SectionPage: SectionAnswerSerializer,
    HomePage: HomeAnswerSerializer,
}


class SocialSerializer(serializers.Serializer):
    facebook = serializers.CharField(source="facebook_url")
    zalo = serializers.CharField(source="zalo_url")
    youtube = serializers.CharField(source="youtube_url")


class HomeInfoSerializer(serializers.Serializer):
    title = serializers.CharField()
    intro = serializers.SerializerMethodField()

    def get_intro(self, home) -> str:
        # The site's root page is a HomePage, unless someone set another.
        return getattr(home, "intro", "")


# The portal's settings (PortalSettings), with ``reader_logo`` set to its logo
# where readers may see it (api/answers.py).
class SiteSerializer(serializers.Serializer):
    name = serializers.CharField()
    unit = serializers.CharField()
    logo = ImageSerializer(source="reader_logo", allow_null=True)
    share_image = ImageSerializer(
        source="reader_share_image",
        allow_null=True,
        help_text="Ảnh cho lượt chia sẻ một bài không có ảnh nào (og:image); "
        "null thì dùng logo.",
    )
    address = serializers.CharField()
    phone = serializers.CharField()
    email = serializers.CharField()
    footer_text = serializers.CharField()
    social = SocialSerializer(source="*")
    home = HomeInfoSerializer(source="site.root_page.specific")
    admin_url = serializers.SerializerMethodField()

    @extend_schema_field(OpenApiTypes.URI)
    def get_admin_url(self, portal) -> str:
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/admin/"


# A tag, with ``article_count`` and ``photo_story_count`` set by the answer
# (api/answers.py).
class TagDetailSerializer(serializers.Serializer):
    name = serializers.CharField()
    slug = serializers.CharField()
    article_count = serializers.IntegerField(
        help_text="Số bài viết đang hiện có từ khóa này."
    )
    photo_story_count = serializers.IntegerField(
        help_text="Số tin ảnh đang hiện có từ khóa này."
    )


# Portals -----------------------------------------------------------------------


# A portal (cms/portal/sites.py, Portal) as /api/v1/portals/ lists it.
class PortalSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="site_id")
    hostname = serializers.CharField(
        help_text="Tên miền bạn đọc dùng cho cổng này; giá trị của tham số "
        "portal ở các endpoint khác."
    )
    name = serializers.CharField(help_text="Tên cổng thông tin.")
    unit = serializers.CharField(help_text="Đơn vị chủ quản.")
    is_default = serializers.BooleanField(
        help_text="Cổng trả lời khi tên miền của yêu cầu không thuộc cổng nào."
    )
    parent = serializers.CharField(
        allow_null=True,
        help_text="hostname của cổng tỉnh với cổng của một xã, phường; null với "
        "cổng tỉnh.",
    )


class PortalListSerializer(serializers.Serializer):
    count = serializers.IntegerField(help_text="Số cổng.")
    results = PortalSerializer(many=True)


# Official documents (cms/officialdocs) --------------------------------------------


class DocumentSummarySerializer(DocumentRefSerializer):
    type = ConstantField("document")
    document_type = DocumentTypeSerializer()
    issuer = serializers.CharField(help_text="Cơ quan ban hành.")
    issued_on = serializers.DateField(help_text="Ngày ban hành.")
    effective_on = serializers.DateField(
        allow_null=True, help_text="Ngày có hiệu lực; null nếu văn bản không ghi."
    )
    status = serializers.ChoiceField(
        choices=["in_force", "expired", "replaced"],
        help_text="in_force: còn hiệu lực; expired: hết hiệu lực; replaced: bị "
        "thay thế (xem replaced_by).",
    )
    status_label = serializers.CharField(
        source="get_status_display", help_text="Tình trạng hiệu lực, bằng chữ."
    )


class DocumentFileSerializer(serializers.Serializer):
    title = serializers.CharField(source="document.title")
    name = serializers.SerializerMethodField(help_text="Tên tệp khi tải về.")
    url = serializers.SerializerMethodField(help_text="Địa chỉ tải tệp.")
    size = serializers.IntegerField(
        source="document.file_size", allow_null=True, help_text="Cỡ tệp (byte)."
    )
    extension = serializers.CharField(
        source="document.file_extension", help_text="pdf, doc hoặc docx."
    )
    content_type = serializers.SerializerMethodField(help_text="Kiểu MIME.")

    def get_name(self, item) -> str:
        return item.document.filename

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, item) -> str:
        return self.context["request"].build_absolute_uri(item.document.url)

    def get_content_type(self, item) -> str:
        return CONTENT_TYPES.get(
            item.document.file_extension.lower(), "application/octet-stream"
        )


class DocumentDetailSerializer(DocumentSummarySerializer):
    signer = serializers.CharField(help_text="Người ký.")
    subjects = DocumentTypeSerializer(
        many=True, source="subjects.all", help_text="Lĩnh vực."
    )
    files = DocumentFileSerializer(many=True, source="files.all")
    replaced_by = DocumentRefSerializer(
        source="reader_replaced_by",
        allow_null=True,
        help_text="Văn bản thay thế văn bản này (nếu bạn đọc xem được).",
    )
    replaces = DocumentRefSerializer(
        many=True,
        source="reader_replaces",
        help_text="Các văn bản mà văn bản này thay thế.",
    )
    first_published_at = ReaderDateTimeField(allow_null=True)
    last_published_at = ReaderDateTimeField(allow_null=True)


class FacetSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    count = serializers.IntegerField()


class IssuerFacetSerializer(serializers.Serializer):
    name = serializers.CharField()
    count = serializers.IntegerField()


class YearFacetSerializer(serializers.Serializer):
    year = serializers.IntegerField()
    count = serializers.IntegerField()


class StatusFacetSerializer(serializers.Serializer):
    value = serializers.ChoiceField(choices=["in_force", "expired", "replaced"])
    label = serializers.CharField()
    count = serializers.IntegerField()


# The choices of each filter of the document library, with how many
# documents readers may see have each.
class DocumentFacetsSerializer(serializers.Serializer):
    types = FacetSerializer(many=True, help_text="Loại văn bản.")
    subjects = FacetSerializer(many=True, help_text="Lĩnh vực.")
    issuers = IssuerFacetSerializer(many=True, help_text="Cơ quan ban hành.")
    years = YearFacetSerializer(many=True, help_text="Năm ban hành, mới trước.")
    statuses = StatusFacetSerializer(many=True, help_text="Tình trạng hiệu lực.")


# Envelopes ---------------------------------------------------------------------


# A page of a list: the envelope of api/pagination.py, and ``results``, which
# each list declares.
class PaginatedSerializer(serializers.Serializer):
    count = serializers.IntegerField(help_text="Tổng số mục.")
    page = serializers.IntegerField()
    page_size = serializers.IntegerField()
    num_pages = serializers.IntegerField()
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)


class CursorPaginatedSerializer(PaginatedSerializer):
    """A news list, paged by key: api/pagination.paginate_newest_first."""

    next_cursor = serializers.CharField(
        allow_null=True, help_text="Tham số cursor của trang sau (null ở trang cuối)."
    )
    previous_cursor = serializers.CharField(
        allow_null=True,
        help_text="Tham số cursor của trang trước (null ở trang đầu).",
    )


class ArticleListSerializer(CursorPaginatedSerializer):
    results = ArticleSummarySerializer(many=True)


class PhotoStoryListSerializer(CursorPaginatedSerializer):
    results = PhotoStorySummarySerializer(many=True)


class DocumentListSerializer(CursorPaginatedSerializer):
    count_is_estimate = serializers.BooleanField(
        help_text="true khi tìm theo q có nhiều văn bản hơn số trả về (count, "
        "tối đa 500, mới ban hành nhất): khi đó count là số tối thiểu, nên hiện "
        '"hơn 500 văn bản". Luôn false khi không có q.'
    )
    results = DocumentSummarySerializer(many=True)


class SearchResultListSerializer(PaginatedSerializer):
    count_is_estimate = serializers.BooleanField(
        help_text="true khi có nhiều kết quả hơn số trả về (count, tối đa 500): "
        'khi đó count là số tối thiểu, nên hiện "hơn 500 kết quả".'
    )
    results = TypedListField(
        "SearchResult",
        {
            ArticlePage: ArticleSearchResultSerializer,
            PhotoStoryPage: PhotoStorySearchResultSerializer,
        },
    )


SEARCH_COUNT_IS_ESTIMATE = serializers.BooleanField(
    help_text="true khi có nhiều kết quả hơn số trả về (count, tối đa 500): khi "
    'đó count là số tối thiểu, nên hiện "hơn 500 kết quả".'
)


class ErrorDetailSerializer(serializers.Serializer):
    status = serializers.IntegerField()
    code = serializers.CharField(
        help_text="invalid_parameter, not_found, method_not_allowed, …"
    )
    message = serializers.CharField(help_text="Lời giải thích cho người đọc.")
    fields = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        required=False,
        help_text="Với lỗi 400: lời giải thích cho từng tham số sai.",
    )
    redirect_url = serializers.URLField(
        required=False,
        help_text="Với lỗi 410 (cổng đã đóng): địa chỉ người quản trị chọn để "
        "chuyển bạn đọc tới; không có thì cổng đã ngừng hẳn.",
    )


class ErrorSerializer(serializers.Serializer):
    error = ErrorDetailSerializer()


# The organisation (cms/organisation) ------------------------------------------


# A unit or official with ``display`` set by the answer (api/answers.py): the
# text in the language asked for, each field falling back to the Vietnamese.
class UntranslatedField(serializers.ListField):
    def __init__(self, **kwargs):
        super().__init__(
            child=serializers.CharField(),
            source="display.untranslated",
            help_text="Với lang=en: các trường chưa có bản tiếng Anh, đang hiện "
            'tiếng Việt (ví dụ ["functions"]). Rỗng khi đã dịch đủ, và với '
            "lang=vi.",
            **kwargs,
        )


class OfficialSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    position = serializers.CharField(source="display.position")
    unit_id = serializers.IntegerField(allow_null=True)
    phone = serializers.CharField()
    email = serializers.CharField()
    untranslated = UntranslatedField()


class OrganisationUnitSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField(source="display.name")
    functions = serializers.CharField(
        source="display.functions",
        help_text="Chức năng, nhiệm vụ: HTML đã làm sạch (p, ul, ol, strong…).",
    )
    officials = OfficialSerializer(many=True, source="display.officials")
    untranslated = UntranslatedField()

    def get_fields(self):
        fields = super().get_fields()
        # The chart is a tree: the children are units too (a field cannot
        # name its own class in the class body).
        fields["children"] = OrganisationUnitSerializer(
            many=True, source="display.children"
        )
        return fields


class PortalContactSerializer(serializers.Serializer):
    name = serializers.CharField()
    unit = serializers.CharField()
    address = serializers.CharField()
    phone = serializers.CharField()
    email = serializers.CharField()


class OrganisationSerializer(serializers.Serializer):
    lang = serializers.ChoiceField(
        choices=["vi", "en"], help_text="Ngôn ngữ của câu trả lời."
    )
    complete = serializers.BooleanField(
        help_text="false khi có trường nào chưa dịch và đang hiện tiếng Việt "
        "(xem untranslated của từng mục)."
    )
    portal = PortalContactSerializer(
        help_text="Thông tin liên hệ của cổng (thông tin cổng), như ở /site/."
    )
    units = OrganisationUnitSerializer(
        many=True,
        help_text="Sơ đồ tổ chức: các đơn vị đứng đầu, mỗi đơn vị "
        "với các đơn vị trực thuộc trong children.",
    )
    officials = OfficialSerializer(
        many=True, help_text="Mọi cán bộ phụ trách, theo thứ tự."
    )
