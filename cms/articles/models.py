from django.db import models
from django.db.models import Prefetch
from django.db.models.signals import pre_save
from django.dispatch import receiver
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, PageManager
from wagtail.search import index

from cms.core.blocks import ArticleBodyBlock, searchable_content
from cms.core.models import NewsPage, NewsPageQuerySet
from cms.core.text import ascii_slugify
from cms.images.models import CustomImage


@receiver(pre_save, sender=Tag)
def fold_tag_slug(sender, instance, raw=False, **kwargs):
    """Tag slugs in ASCII ("chuyển đổi số" -> "chuyen-doi-so"), like page slugs:
    taggit keeps Vietnamese letters, which makes links hard to share."""
    if raw or not instance.slug or instance.slug.isascii():
        return
    base = ascii_slugify(instance.slug) or "tu-khoa"
    slug, suffix = base, 1
    while Tag.objects.filter(slug=slug).exclude(pk=instance.pk).exists():
        slug, suffix = f"{base}_{suffix}", suffix + 1
    instance.slug = slug


class ArticlePageQuerySet(NewsPageQuerySet):
    def tagged(self, tag_slug: str):
        return self.filter(tagged_items__tag__slug=tag_slug)

    def for_summaries(self):
        """Everything an article's summary shows, in a fixed number of
        queries whatever the number of articles: section and view count
        (annotations), the thumbnail (the hero image, if readers may see it)
        and its renditions."""
        return self.prefetch_related(
            Prefetch(
                "hero_image",
                queryset=CustomImage.objects.visible_to_readers().prefetch_reader_renditions(),
            )
        )

    def for_details(self):
        return self.for_summaries().prefetch_related("tags", "related_links")

    def for_search_results(self):
        # The lead and body a snippet is cut from are columns of the same row.
        return self.for_summaries()


ArticlePageManager = PageManager.from_queryset(ArticlePageQuerySet)


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "articles.ArticlePage", related_name="tagged_items", on_delete=models.CASCADE
    )


class ArticlePage(NewsPage):
    """A news article: lead, body with photos and captions, signed by author and
    unit."""

    lead = models.TextField(
        "sapo",
        blank=True,
        max_length=1000,
        help_text="Đoạn mở đầu tóm tắt bài viết, hiện in đậm dưới tiêu đề.",
    )
    hero_image = models.ForeignKey(
        "images.CustomImage",
        verbose_name="ảnh đại diện",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Hiện ở danh sách tin và khi chia sẻ lên Zalo, Facebook.",
    )
    body = StreamField(ArticleBodyBlock(), verbose_name="nội dung", blank=True)
    tags = ClusterTaggableManager(
        "từ khóa",
        through=ArticlePageTag,
        blank=True,
        help_text="Cách nhau bởi dấu phẩy.",
    )

    content_panels = [
        *NewsPage.content_panels,
        FieldPanel("lead"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("author_name"), FieldPanel("source_unit")],
            heading="Ký tên",
        ),
        FieldPanel("tags"),
        InlinePanel("related_links", label="Bài liên quan"),
    ]
    settings_panels = [FieldPanel("display_date"), *NewsPage.settings_panels]

    search_fields = [
        *NewsPage.search_fields,
        # The body is left to readers' search (cms/core/search.py): editors
        # look an article up by its title, lead or tags.
        index.SearchField("lead"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]
    search_prefetch = ("tags",)

    parent_page_types = ["sections.SectionPage"]
    subpage_types = []

    objects = ArticlePageManager()

    class Meta:
        verbose_name = "bài viết"
        verbose_name_plural = "bài viết"
        # Lists walk them newest first (NewsPageQuerySet.listed_newest_first):
        # a portal's list its own part of the first (in_portal), anything
        # across portals the second.
        indexes = [
            models.Index(
                fields=["portal", "display_date", "page_ptr"],
                name="article_portal_newest",
            ),
            models.Index(fields=["display_date", "page_ptr"], name="article_newest"),
        ]

    def reader_images(self) -> list:
        images = [self.hero_image] if self.hero_image_id else []
        images += [
            block.value["image"]
            for block in self.body
            if block.block_type == "image" and block.value["image"] is not None
        ]
        return [image for image in images if image is not None]

    def snippet_texts(self) -> list[str]:
        return [
            self.lead,
            *searchable_content(self.body),
        ]

    def searchable_texts(self) -> list[str]:
        return [
            *super().searchable_texts(),
            self.lead,
            *searchable_content(self.body),
            *(tag.name for tag in self.tags.all()),
        ]


class RelatedArticle(Orderable):
    page = ParentalKey(
        ArticlePage, related_name="related_links", on_delete=models.CASCADE
    )
    article = models.ForeignKey(
        ArticlePage,
        verbose_name="bài viết",
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("article")]

    class Meta(Orderable.Meta):
        verbose_name = "bài liên quan"
        verbose_name_plural = "bài liên quan"
