from django.db import models
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class CustomImage(AbstractImage):
    """An image that carries its caption and credit wherever it is used.

    Wagtail's ``description`` field serves as the alt text for screen readers.
    """

    description = models.CharField(
        "mô tả ảnh (văn bản thay thế)",
        max_length=255,
        blank=True,
        default="",
        help_text="Tả ngắn nội dung ảnh cho người khiếm thị và khi ảnh không tải được.",
    )
    caption = models.CharField(
        "chú thích ảnh",
        max_length=500,
        blank=True,
        help_text="Hiện dưới ảnh, ví dụ: Lãnh đạo xã trao quà cho các hộ nghèo.",
    )
    credit = models.CharField(
        "tác giả ảnh",
        max_length=255,
        blank=True,
        help_text="Người chụp hoặc nguồn ảnh, ví dụ: Ảnh: Minh Anh.",
    )

    admin_form_fields = (
        *Image.admin_form_fields[:3],
        "caption",
        "credit",
        *Image.admin_form_fields[3:],
    )

    @property
    def alt_text(self) -> str:
        return self.description or self.caption or self.title

    @property
    def default_alt_text(self):
        return self.alt_text

    class Meta(AbstractImage.Meta):
        verbose_name = "ảnh"
        verbose_name_plural = "ảnh"
        permissions = [("choose_image", "Can choose image")]


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(
        CustomImage, related_name="renditions", on_delete=models.CASCADE
    )

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
