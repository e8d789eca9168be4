"""Photos for print: the JPEG renditions readers already get (made when the
image was uploaded or its page published, cms/images/renditions.py), read
from storage. Nothing is resized while a reader waits, and the cost is
bounded: at most ``MAX_FIGURES`` photos, each at most ``MAX_JPEG_BYTES``."""

import logging

from cms.images.models import CustomRendition, reader_filter_spec

logger = logging.getLogger(__name__)

# 960 px across a 174 mm column is about 140 dpi: sharp on paper, and a few
# hundred kilobytes a photo.
PRINT_WIDTH = 960
MAX_FIGURES = 24
MAX_JPEG_BYTES = 1_500_000


def print_jpegs(image_ids: list[int]) -> dict[int, tuple[bytes, int, int]]:
    """``{image id: (JPEG bytes, width, height)}`` for the first ``MAX_FIGURES``
    of ``image_ids``: each image's widest JPEG rendition up to PRINT_WIDTH.
    An image without one (or whose file cannot be read) is left out."""
    wanted = list(dict.fromkeys(image_ids))[:MAX_FIGURES]
    if not wanted:
        return {}
    specs = {
        reader_filter_spec(width, "jpeg"): width for width in (320, 640, PRINT_WIDTH)
    }
    best: dict[int, CustomRendition] = {}
    renditions = CustomRendition.objects.filter(
        image_id__in=wanted, filter_spec__in=specs
    ).only("image_id", "filter_spec", "file", "width", "height", "file_size")
    for rendition in renditions:
        current = best.get(rendition.image_id)
        if current is None or specs[rendition.filter_spec] > specs[current.filter_spec]:
            best[rendition.image_id] = rendition
    found = {}
    for image_id in wanted:
        rendition = best.get(image_id)
        if rendition is None:
            continue
        if rendition.file_size and rendition.file_size > MAX_JPEG_BYTES:
            continue
        try:
            with rendition.file.open("rb") as file:
                data = file.read(MAX_JPEG_BYTES + 1)
        except OSError:
            logger.warning(
                "Rendition %s of image %s is missing", rendition.pk, image_id
            )
            continue
        if len(data) <= MAX_JPEG_BYTES:
            found[image_id] = (data, rendition.width, rendition.height)
    return found
