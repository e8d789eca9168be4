from django.db import models
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from cms.core.models import NewsPage


class PhotoStoryPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "photostories.PhotoStoryPage",
        related_name="tagged_items",
        on_delete=models.CASCADE,
    )


class PhotoStoryPage(NewsPage):
    """A photo story ("Tin ảnh"): an ordered set of photos with captions and a
    short text."""

    intro = models.TextField(
        "lời dẫn", blank=True, max_length=2000, help_text="Vài câu giới thiệu bộ ảnh."
    )
    tags = ClusterTaggableManager(
        "từ khóa",
        through=PhotoStoryPageTag,
        blank=True,
        help_text="Cách nhau bởi dấu phẩy.",
    )

    content_panels = [
        *NewsPage.content_panels,
        FieldPanel("intro"),
        InlinePanel("photos", label="Ảnh", min_num=1),
        MultiFieldPanel(
            [FieldPanel("author_name"), FieldPanel("source_unit")],
            heading="Ký tên",
        ),
        FieldPanel("tags"),
    ]
    settings_panels = [FieldPanel("display_date"), *NewsPage.settings_panels]

    search_fields = [
        *NewsPage.search_fields,
        index.SearchField("intro"),
        index.RelatedFields("photos", [index.SearchField("caption")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    parent_page_types = ["sections.SectionPage"]
    subpage_types = []

    class Meta:
        verbose_name = "tin ảnh"
        verbose_name_plural = "tin ảnh"

    @property
    def cover_photo(self):
        first = self.photos.first()
        return first.image if first else None

    def searchable_texts(self) -> list[str]:
        return [
            *super().searchable_texts(),
            self.intro,
            *(photo.display_caption for photo in self.photos.all()),
            *(tag.name for tag in self.tags.all()),
        ]


class PhotoStoryPhoto(Orderable):
    page = ParentalKey(PhotoStoryPage, related_name="photos", on_delete=models.CASCADE)
    image = models.ForeignKey(
        "images.CustomImage",
        verbose_name="ảnh",
        on_delete=models.PROTECT,
        related_name="+",
    )
    caption = models.CharField(
        "chú thích",
        max_length=500,
        blank=True,
        help_text="Để trống để dùng chú thích đã lưu cùng ảnh.",
    )

    panels = [FieldPanel("image"), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        verbose_name = "ảnh"
        verbose_name_plural = "ảnh"

    @property
    def display_caption(self) -> str:
        return self.caption or self.image.caption
