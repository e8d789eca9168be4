"""Renditions for readers are made ahead of time: when an image is uploaded
(or its file replaced) and when a page that shows it is published. A reader's
request only ever reads them (see ``CustomImage.reader_renditions``)."""

import logging
from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published

from .models import CustomImage, CustomRendition

logger = logging.getLogger(__name__)


def ensure_reader_renditions(image: CustomImage) -> None:
    """Make whichever reader renditions of ``image`` are missing."""
    try:
        image.get_renditions(*image.reader_filter_specs())
    except Exception:
        # A broken or missing original must not fail an upload or a publish:
        # readers then get the image without renditions.
        logger.exception("Could not make renditions of image %s", image.pk)


def _ensure_for_image_id(image_id: int) -> None:
    image = CustomImage.objects.filter(pk=image_id).first()
    if image is not None:
        ensure_reader_renditions(image)


@receiver(post_save, sender=CustomImage)
def make_renditions_on_upload(sender, instance, raw=False, **kwargs):
    if not raw and instance.file:
        ensure_reader_renditions(instance)


@receiver(post_delete, sender=CustomRendition)
def remake_renditions_after_purge(sender, instance, **kwargs):
    # Replacing an image's file in the admin deletes its renditions after the
    # image is saved; make them again once that deletion is committed. (When
    # the image itself is being deleted, it is gone by then and nothing runs.)
    transaction.on_commit(partial(_ensure_for_image_id, instance.image_id))


@receiver(page_published)
def make_renditions_on_publish(sender, instance, **kwargs):
    reader_images = getattr(instance.specific, "reader_images", None)
    if reader_images is None:
        return
    for image in reader_images():
        ensure_reader_renditions(image)
