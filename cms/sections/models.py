from django.db import models
from wagtail.admin.panels import FieldPanel

from cms.core.models import BasePage


class HomePage(BasePage):
    """The portal's root: one per site."""

    intro = models.TextField(
        "giới thiệu",
        blank=True,
        help_text="Một câu giới thiệu cổng thông tin, dùng cho mô tả khi chia sẻ.",
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["sections.SectionPage", "officialdocs.DocumentIndexPage"]

    class Meta:
        verbose_name = "trang chủ"
        verbose_name_plural = "trang chủ"


class SectionPage(BasePage):
    """A news section ("chuyên mục"), e.g. Tin tức or Văn hóa – Xã hội; may nest."""

    intro = models.TextField("giới thiệu chuyên mục", blank=True)
    show_on_home = models.BooleanField(
        "hiện trên trang chủ",
        default=True,
        help_text="Trang chủ có một khối tin mới nhất của chuyên mục này.",
    )

    collects_commune_news = models.BooleanField(
        "nhận tin cơ sở",
        default=False,
        help_text="Chuyên mục “Tin cơ sở” của cổng tỉnh: ngoài bài của mình, còn "
        "liệt kê các bài của cổng xã, phường mà tỉnh đã nhận (bạn đọc được đưa "
        "tới trang gốc của xã).",
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    promote_panels = [
        *BasePage.promote_panels,
        FieldPanel("show_on_home"),
        FieldPanel("collects_commune_news"),
    ]

    parent_page_types = ["sections.HomePage", "sections.SectionPage"]
    subpage_types = [
        "sections.SectionPage",
        "articles.ArticlePage",
        "photostories.PhotoStoryPage",
    ]

    class Meta:
        verbose_name = "chuyên mục"
        verbose_name_plural = "chuyên mục"
