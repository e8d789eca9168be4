from django.db import models
from django.db.models import Count, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, PageManager
from wagtail.search import index

from cms.core.models import NewsPage, NewsPageQuerySet
from cms.images.models import READER_FILTER_SPECS, CustomImage, CustomRendition


def _visible_photos():
    """Photos readers may see: not from a private collection."""
    return PhotoStoryPhoto.objects.filter(
        image__in=CustomImage.objects.visible_to_readers()
    ).order_by("sort_order", "pk")


def _reader_photos():
    """Visible photos, in order, with their image and its renditions."""
    return (
        _visible_photos()
        .select_related("image")
        .prefetch_related(
            Prefetch(
                "image__renditions",
                queryset=CustomRendition.objects.filter(
                    filter_spec__in=READER_FILTER_SPECS
                ),
                to_attr="prefetched_renditions",
            )
        )
    )


class PhotoStoryPageQuerySet(NewsPageQuerySet):
    def tagged(self, tag_slug: str):
        return self.filter(tagged_items__tag__slug=tag_slug)

    def for_summaries(self):
        """Everything a photo story's summary shows, in a fixed number of
        queries: section and view count, the number of photos readers may see
        (annotations) and the first of them as thumbnail, with renditions."""
        first_visible = _visible_photos().filter(page=OuterRef("page")).values("pk")
        counted = (
            _visible_photos()
            .filter(page=OuterRef("pk"))
            .order_by()
            .values("page")
            .annotate(count=Count("pk"))
            .values("count")
        )
        return self.annotate(
            photo_count=Coalesce(Subquery(counted), 0)
        ).prefetch_related(
            Prefetch(
                "photos",
                queryset=_reader_photos().filter(pk=Subquery(first_visible[:1])),
                to_attr="cover_photos",
            )
        )

    def for_details(self):
        return self.for_summaries().prefetch_related(
            "tags",
            Prefetch("photos", queryset=_reader_photos(), to_attr="reader_photos"),
        )

    def for_search_results(self):
        """Summaries plus the captions a search snippet may be cut from."""
        return self.for_summaries().prefetch_related(
            Prefetch("photos", queryset=_reader_photos(), to_attr="reader_photos")
        )


PhotoStoryPageManager = PageManager.from_queryset(PhotoStoryPageQuerySet)


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
        # The captions are left to readers' search (cms/core/search.py).
        index.SearchField("intro"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]
    search_prefetch = ("tags", "photos__image")

    parent_page_types = ["sections.SectionPage"]
    subpage_types = []

    objects = PhotoStoryPageManager()

    class Meta:
        verbose_name = "tin ảnh"
        verbose_name_plural = "tin ảnh"
        # Lists walk them newest first (NewsPageQuerySet.listed_newest_first):
        # a portal's list its own part of the first (in_portal), anything
        # across portals the second.
        indexes = [
            models.Index(
                fields=["portal", "display_date", "page_ptr"],
                name="photo_story_portal_newest",
            ),
            models.Index(
                fields=["display_date", "page_ptr"], name="photo_story_newest"
            ),
        ]

    def reader_images(self) -> list:
        return [photo.image for photo in self.photos.all() if photo.image_id]

    def snippet_texts(self) -> list[str]:
        photos = getattr(self, "reader_photos", None)
        if photos is None:
            photos = self.photos.all()
        return [self.intro, *(photo.display_caption for photo in photos)]

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
