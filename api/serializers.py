"""How content looks in the API. Read-only serializers over instances that the
querysets of cms/ have already loaded with everything needed
(``for_summaries()``, ``for_details()``): no serializer method queries the
database for an item of a list."""

from django.conf import settings
from drf_spectacular.utils import (
    PolymorphicProxySerializer,
    extend_schema_field,
    inline_serializer,
)
from rest_framework import serializers
from wagtail.models import Page

from cms.core.models import reader_path_for
from cms.images.models import CustomImage
from cms.sections.models import SectionPage

from .richtext import BodyRenderer


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


def absolute(request, url: str) -> str:
    return request.build_absolute_uri(url)


def frontend_url(path: str) -> str:
    return settings.FRONTEND_URL + path


# Images ----------------------------------------------------------------------


class RenditionSerializer(serializers.Serializer):
    width = serializers.IntegerField()
    height = serializers.IntegerField()
    webp = serializers.URLField(help_text="Ảnh WebP, địa chỉ tuyệt đối.")
    jpeg = serializers.URLField(help_text="Ảnh JPEG (dự phòng), địa chỉ tuyệt đối.")
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
    renditions = serializers.SerializerMethodField(
        help_text="Các cỡ ảnh từ nhỏ đến lớn, không rộng hơn ảnh gốc, để dựng srcset."
    )

    @extend_schema_field(RenditionSerializer(many=True))
    def get_renditions(self, image: CustomImage):
        request = self.context["request"]
        return [
            {
                **rendition,
                "webp": absolute(request, rendition["webp"]),
                "jpeg": absolute(request, rendition["jpeg"]),
            }
            for rendition in image.reader_renditions()
        ]


def image_data(image, context):
    return ImageSerializer(image, context=context).data if image else None


# Pages -------------------------------------------------------------------------


class SectionRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    path = serializers.CharField(help_text="Đường dẫn trên trang tin.")


class TagSerializer(serializers.Serializer):
    name = serializers.CharField()
    slug = serializers.CharField()


class SeoSerializer(serializers.Serializer):
    title = serializers.CharField()
    description = serializers.CharField()


def _parent_path(url_path: str) -> str:
    return reader_path_for(url_path.rstrip("/").rsplit("/", 1)[0] + "/")


SUMMARY_ORDER = ["id", "type", "title", "lead", "date", "path", "url", "section"]


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
    thumbnail = serializers.SerializerMethodField(allow_null=True)
    view_count = serializers.SerializerMethodField(help_text="Tổng lượt xem.")

    def get_url(self, page) -> str:
        return frontend_url(page.reader_path)

    @extend_schema_field(SectionRefSerializer)
    def get_section(self, page):
        return {
            "id": page.section_id,
            "title": page.section_title,
            "path": _parent_path(page.url_path),
        }

    def get_view_count(self, page) -> int:
        return getattr(page, "view_count", 0) or 0


class ArticleSummarySerializer(NewsSummarySerializer):
    type = ConstantField("article")
    lead = serializers.CharField()

    @extend_schema_field(ImageSerializer(allow_null=True))
    def get_thumbnail(self, page):
        return image_data(page.hero_image, self.context)


class PhotoStorySummarySerializer(NewsSummarySerializer):
    type = ConstantField("photo_story")
    lead = serializers.CharField(source="intro", help_text="Lời dẫn của tin ảnh.")
    photo_count = serializers.IntegerField()

    @extend_schema_field(ImageSerializer(allow_null=True))
    def get_thumbnail(self, page):
        covers = page.cover_photos
        return image_data(covers[0].image, self.context) if covers else None


def _seo(page, description):
    return {
        "title": page.seo_title or page.title,
        "description": page.search_description or description or "",
    }


def _tags(page):
    return [{"name": tag.name, "slug": tag.slug} for tag in page.tags.all()]


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


BODY_BLOCK_SCHEMA = PolymorphicProxySerializer(
    component_name="BodyBlock",
    serializers={
        "paragraph": ParagraphBlockSerializer,
        "image": ImageBlockSerializer,
        "quote": QuoteBlockSerializer,
        "video": VideoBlockSerializer,
        "attachment": AttachmentBlockSerializer,
    },
    resource_type_field_name="type",
    many=True,
)


class ArticleDetailSerializer(ArticleSummarySerializer):
    hero_image = serializers.SerializerMethodField(allow_null=True)
    author = serializers.CharField(source="author_name")
    unit = serializers.CharField(source="source_unit")
    tags = serializers.SerializerMethodField()
    body = serializers.SerializerMethodField()
    related = serializers.SerializerMethodField()
    first_published_at = ReaderDateTimeField(allow_null=True)
    last_published_at = ReaderDateTimeField(allow_null=True)
    seo = serializers.SerializerMethodField()

    @extend_schema_field(ImageSerializer(allow_null=True))
    def get_hero_image(self, page):
        return image_data(page.hero_image, self.context)

    @extend_schema_field(TagSerializer(many=True))
    def get_tags(self, page):
        return _tags(page)

    @extend_schema_field(BODY_BLOCK_SCHEMA)
    def get_body(self, page):
        renderer = BodyRenderer(
            self.context["request"], self.context["site"], ImageSerializer
        )
        return renderer.render(page.body.raw_data)

    @extend_schema_field(ArticleSummarySerializer(many=True))
    def get_related(self, page):
        return ArticleSummarySerializer(
            self.context["related"], many=True, context=self.context
        ).data

    @extend_schema_field(SeoSerializer)
    def get_seo(self, page):
        return _seo(page, page.lead)


class PhotoSerializer(serializers.Serializer):
    image = ImageSerializer()
    caption = serializers.CharField(source="display_caption")


class PhotoStoryDetailSerializer(PhotoStorySummarySerializer):
    intro = serializers.CharField()
    author = serializers.CharField(source="author_name")
    unit = serializers.CharField(source="source_unit")
    tags = serializers.SerializerMethodField()
    photos = PhotoSerializer(many=True, source="reader_photos")
    first_published_at = ReaderDateTimeField(allow_null=True)
    last_published_at = ReaderDateTimeField(allow_null=True)
    seo = serializers.SerializerMethodField()

    @extend_schema_field(TagSerializer(many=True))
    def get_tags(self, page):
        return _tags(page)

    @extend_schema_field(SeoSerializer)
    def get_seo(self, page):
        return _seo(page, page.intro)


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


SEARCH_RESULT_SCHEMA = PolymorphicProxySerializer(
    component_name="SearchResult",
    serializers={
        "article": ArticleSearchResultSerializer,
        "photo_story": PhotoStorySearchResultSerializer,
    },
    resource_type_field_name="type",
    many=True,
)


# Sections, home, site ----------------------------------------------------------


def section_ref(page) -> dict:
    return {"id": page.pk, "title": page.title, "path": reader_path_for(page.url_path)}


class SectionTreeSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    path = serializers.CharField()
    intro = serializers.CharField()
    show_on_home = serializers.BooleanField()
    show_in_menus = serializers.BooleanField(
        help_text="Biên tập viên chọn hiện chuyên mục này trên thanh điều hướng."
    )


# Sections nest: a section's children have the same shape as the section.
SectionTreeSerializer._declared_fields["children"] = SectionTreeSerializer(
    many=True, help_text="Các chuyên mục con, cùng dạng."
)


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
        return section_ref(parent) if parent else None

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
        return [section_ref(child) for child in children]


class HomeDetailSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    path = serializers.CharField(source="reader_path")
    intro = serializers.CharField()


def _answer(name, type_value, page_serializer):
    return inline_serializer(
        name=name,
        fields={
            "type": ConstantField(type_value),
            "page": page_serializer,
        },
    )


PAGE_ANSWER_SCHEMA = PolymorphicProxySerializer(
    component_name="PageAnswer",
    serializers={
        "article": _answer("ArticleAnswer", "article", ArticleDetailSerializer()),
        "photo_story": _answer(
            "PhotoStoryAnswer", "photo_story", PhotoStoryDetailSerializer()
        ),
        "section": _answer("SectionAnswer", "section", SectionDetailSerializer()),
        "home": _answer("HomeAnswer", "home", HomeDetailSerializer()),
    },
    resource_type_field_name="type",
)


class SocialSerializer(serializers.Serializer):
    facebook = serializers.CharField()
    zalo = serializers.CharField()
    youtube = serializers.CharField()


class HomeInfoSerializer(serializers.Serializer):
    title = serializers.CharField()
    intro = serializers.CharField()


class SiteSerializer(serializers.Serializer):
    name = serializers.CharField()
    unit = serializers.CharField()
    logo = ImageSerializer(allow_null=True)
    share_image = ImageSerializer(
        allow_null=True,
        help_text="Ảnh cho lượt chia sẻ một bài không có ảnh nào (og:image); "
        "null thì dùng logo.",
    )
    address = serializers.CharField()
    phone = serializers.CharField()
    email = serializers.CharField()
    footer_text = serializers.CharField()
    social = SocialSerializer()
    home = HomeInfoSerializer()
    admin_url = serializers.URLField()


class TagDetailSerializer(serializers.Serializer):
    name = serializers.CharField()
    slug = serializers.CharField()
    article_count = serializers.IntegerField(
        help_text="Số bài viết đang hiện có từ khóa này."
    )
    photo_story_count = serializers.IntegerField(
        help_text="Số tin ảnh đang hiện có từ khóa này."
    )


# Envelopes ---------------------------------------------------------------------


def paginated(name: str, item):
    return inline_serializer(
        name=name,
        fields={
            "count": serializers.IntegerField(help_text="Tổng số mục."),
            "page": serializers.IntegerField(),
            "page_size": serializers.IntegerField(),
            "num_pages": serializers.IntegerField(),
            "next": serializers.URLField(allow_null=True),
            "previous": serializers.URLField(allow_null=True),
            "results": item,
        },
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


class ErrorSerializer(serializers.Serializer):
    error = ErrorDetailSerializer()
