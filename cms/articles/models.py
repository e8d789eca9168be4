from django.db import models
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from cms.core.blocks import ArticleBodyBlock
from cms.core.models import NewsPage


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
        index.SearchField("lead"),
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    parent_page_types = ["sections.SectionPage"]
    subpage_types = []

    class Meta:
        verbose_name = "bài viết"
        verbose_name_plural = "bài viết"

    def searchable_texts(self) -> list[str]:
        return [
            *super().searchable_texts(),
            self.lead,
            *(str(text) for text in self.body.get_searchable_content()),
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
