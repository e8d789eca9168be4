from django.db import models
from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.images.models import (
    AbstractImage,
    AbstractRendition,
    Image,
    ImageQuerySet,
)
from wagtail.models import Collection, CollectionViewRestriction

# The widths readers' devices ask for (phones, tablets, desktops), each made in
# WebP with a JPEG fallback. Never wider than the original: Wagtail does not
# upscale, so a small original is given once, at its own width.
READER_WIDTHS = (320, 640, 960, 1280)
READER_FORMATS = ("webp", "jpeg")


def reader_filter_spec(width: int, image_format: str) -> str:
    return f"width-{width}|format-{image_format}"


READER_FILTER_SPECS = tuple(
    reader_filter_spec(width, image_format)
    for width in READER_WIDTHS
    for image_format in READER_FORMATS
)


def private_collections():
    """Collections behind a view restriction, on themselves or an ancestor."""
    restricted_ancestor = CollectionViewRestriction.objects.filter(
        collection__path=Substr(OuterRef("path"), 1, Length("collection__path"))
    )
    return Collection.objects.filter(Exists(restricted_ancestor))


class CustomImageQuerySet(ImageQuerySet):
    def visible_to_readers(self):
        """Images readers may see: those outside private collections."""
        return self.exclude(collection__in=private_collections())

    def prefetch_reader_renditions(self):
        return self.prefetch_renditions(*READER_FILTER_SPECS)


class CustomImage(AbstractImage):
    """An image that carries its caption and credit wherever it is used.

    Wagtail's ``description`` field serves as the alt text for screen readers.
    """

    objects = CustomImageQuerySet.as_manager()

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

    def reader_widths(self) -> list[int]:
        """The widths this image is offered at: every reader width below its
        own, then one that gives the original width (Wagtail does not upscale)."""
        widths = [width for width in READER_WIDTHS if width < self.width]
        larger = [width for width in READER_WIDTHS if width >= self.width]
        return widths + larger[:1]

    def reader_filter_specs(self) -> list[str]:
        return [
            reader_filter_spec(width, image_format)
            for width in self.reader_widths()
            for image_format in READER_FORMATS
        ]

    def generate_rendition_instance(self, filter, source):
        # Renditions made together are bulk-created, without save(): note the
        # size while the new file is still in memory.
        rendition = super().generate_rendition_instance(filter, source)
        rendition.file_size = rendition.file.size
        return rendition

    def reader_renditions(self) -> list[dict]:
        """The existing renditions readers get, one entry per width that has
        both formats: ``{"width", "height", "webp", "jpeg", "jpeg_size"}`` with
        storage URLs (``jpeg_size`` in bytes, None when not known).

        Reads only: renditions are made on upload and on publish
        (cms/images/renditions.py), never while answering a reader. Uses the
        renditions prefetched by ``prefetch_reader_renditions()`` when there.
        """
        renditions = getattr(self, "prefetched_renditions", None)
        if renditions is None:
            renditions = self.renditions.filter(filter_spec__in=READER_FILTER_SPECS)
        by_spec = {rendition.filter_spec: rendition for rendition in renditions}
        answer = []
        for width in self.reader_widths():
            webp = by_spec.get(reader_filter_spec(width, "webp"))
            jpeg = by_spec.get(reader_filter_spec(width, "jpeg"))
            if webp is None or jpeg is None:
                continue
            answer.append(
                {
                    "width": webp.width,
                    "height": webp.height,
                    "webp": webp.url,
                    "jpeg": jpeg.url,
                    "jpeg_size": jpeg.file_size,
                }
            )
        return answer

    class Meta(AbstractImage.Meta):
        verbose_name = "ảnh"
        verbose_name_plural = "ảnh"
        permissions = [("choose_image", "Can choose image")]


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(
        CustomImage, related_name="renditions", on_delete=models.CASCADE
    )
    # Kept so that answers (feeds' enclosures) never ask the storage, which
    # may be S3, for a size.
    file_size = models.PositiveIntegerField(
        "dung lượng tệp (byte)", null=True, editable=False
    )

    def save(self, *args, **kwargs):
        if self.file_size is None and self.file:
            self.file_size = self.file.size
        super().save(*args, **kwargs)

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
