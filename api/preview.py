"""The preview answer: the unsaved page kept by ``BasePage.serve_preview``
(cms/core/preview.py), given the attributes the detail querysets give a
published page, then serialised exactly like one."""

from wagtail.models import Page

from cms.articles.models import ArticlePage
from cms.core.models import NewsPage
from cms.images.models import CustomImage
from cms.photostories.models import PhotoStoryPage

from .answers import page_answer


def _visible_images(ids) -> dict:
    ids = [pk for pk in ids if pk]
    if not ids:
        return {}
    return (
        CustomImage.objects.visible_to_readers()
        .prefetch_reader_renditions()
        .in_bulk(ids)
    )


def _prepare_news(page: NewsPage) -> None:
    parent = (
        Page.objects.filter(path=page.path[: -Page.steplen]).only("pk", "title").first()
    )
    page.section_id = parent.pk if parent else None
    page.section_title = parent.title if parent else ""
    page.view_count = 0
    if page.pk:
        saved = type(page).objects.filter(pk=page.pk).with_view_counts().first()
        page.view_count = saved.view_count if saved else 0


def _prepare_article(page: ArticlePage) -> None:
    images = _visible_images([page.hero_image_id])
    page.hero_image = images.get(page.hero_image_id)


def _prepare_photo_story(page: PhotoStoryPage) -> None:
    photos = list(page.photos.all())
    images = _visible_images([photo.image_id for photo in photos])
    visible = []
    for photo in photos:
        if photo.image_id in images:
            photo.image = images[photo.image_id]
            visible.append(photo)
    page.reader_photos = visible
    page.cover_photos = visible[:1]
    page.photo_count = len(visible)


def preview_answer(request, site, page) -> dict:
    if isinstance(page, NewsPage):
        _prepare_news(page)
    if isinstance(page, ArticlePage):
        _prepare_article(page)
    elif isinstance(page, PhotoStoryPage):
        _prepare_photo_story(page)
    return page_answer(request, site, page)
