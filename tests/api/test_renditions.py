"""Renditions are made when an image is uploaded (or its file replaced) and
when a page showing it is published; answering a reader only reads them."""

import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image

from cms.images.models import CustomImage, CustomRendition
from cms.photostories.models import PhotoStoryPhoto
from tests.factories import (
    ArticlePageFactory,
    ImageFactory,
    PhotoStoryPageFactory,
    SectionPageFactory,
    UserFactory,
)


def specs(image):
    return sorted(image.renditions.values_list("filter_spec", flat=True))


def jpeg(width, height):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "green").save(buffer, "JPEG")
    return buffer.getvalue()


def test_an_upload_makes_every_width_up_to_the_original(db):
    image = ImageFactory(file__width=1000, file__height=500)
    assert specs(image) == sorted(
        f"width-{width}|format-{fmt}"
        for width in (320, 640, 960, 1280)
        for fmt in ("jpeg", "webp")
    )
    # "width-1280" of a 1000-pixel original is the original's own width:
    # Wagtail does not upscale.
    widths = [r["width"] for r in image.reader_renditions()]
    assert widths == [320, 640, 960, 1000]
    large = ImageFactory(file__width=2000, file__height=1000)
    assert [r["width"] for r in large.reader_renditions()] == [320, 640, 960, 1280]
    small = ImageFactory(file__width=200, file__height=100)
    assert [(r["width"], r["height"]) for r in small.reader_renditions()] == [
        (200, 100)
    ]


def test_an_upload_through_the_admin_makes_renditions(client, db):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    response = client.post(
        "/admin/images/add/",
        {
            "title": "Ảnh tải lên",
            "file": SimpleUploadedFile("anh.jpg", jpeg(700, 400), "image/jpeg"),
            "collection": "1",
            "description": "Mô tả",
            "caption": "",
            "credit": "",
            "tags": "",
        },
    )
    assert response.status_code == 302, response.content[:2000]
    image = CustomImage.objects.get(title="Ảnh tải lên")
    assert [r["width"] for r in image.reader_renditions()] == [320, 640, 700]


def test_replacing_the_file_in_the_admin_remakes_them(
    client, db, django_capture_on_commit_callbacks
):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    image = ImageFactory(file__width=400, file__height=300)
    old = set(image.renditions.values_list("pk", flat=True))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/images/{image.pk}/",
            {
                "title": image.title,
                "file": SimpleUploadedFile("moi.jpg", jpeg(900, 600), "image/jpeg"),
                "collection": "1",
                "description": "Mô tả",
                "caption": "",
                "credit": "",
                "tags": "",
            },
        )
    assert response.status_code == 302, response.content[:2000]
    image.refresh_from_db()
    assert image.width == 900
    assert not old & set(image.renditions.values_list("pk", flat=True))
    assert [r["width"] for r in image.reader_renditions()] == [320, 640, 900]


def test_publishing_makes_missing_renditions(home):
    section = SectionPageFactory()
    hero, in_body = ImageFactory(), ImageFactory()
    story_photo = ImageFactory()
    CustomRendition.objects.all().delete()
    ArticlePageFactory(
        parent=section,
        hero_image=hero,
        body=[{"type": "image", "value": {"image": in_body.pk, "caption": ""}}],
    )
    PhotoStoryPageFactory(
        parent=section, photos=[PhotoStoryPhoto(image=story_photo, caption="")]
    )
    for image in (hero, in_body, story_photo):
        assert len(image.reader_renditions()) == 2


def test_no_get_creates_a_rendition_and_missing_ones_are_left_out(api, home):
    section = SectionPageFactory()
    image = ImageFactory()
    article = ArticlePageFactory(
        parent=section,
        hero_image=image,
        body=[{"type": "image", "value": {"image": image.pk, "caption": ""}}],
    )
    story = PhotoStoryPageFactory(parent=section)
    CustomRendition.objects.filter(filter_spec__endswith="jpeg").delete()
    CustomRendition.objects.filter(filter_spec="width-640|format-webp").delete()
    before = CustomRendition.objects.count()
    urls = [
        "/api/v1/articles/",
        f"/api/v1/articles/{article.pk}/",
        "/api/v1/photo-stories/",
        f"/api/v1/photo-stories/{story.pk}/",
        f"/api/v1/pages/by-path/?path={article.reader_path}",
        "/api/v1/search/?q=bai viet",
        "/api/v1/site/",
        "/api/v1/sections/",
    ]
    with CaptureQueriesContext(connection) as queries:
        for url in urls:
            assert api.get(url).status_code == 200, url
    assert CustomRendition.objects.count() == before
    # The one write a GET may make is the answers' own per-page fragments
    # (api/fragments.py), never content.
    writes = [
        q["sql"]
        for q in queries
        if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
        and "api_pagefragment" not in q["sql"]
    ]
    assert writes == []
    detail = json.loads(api.get(f"/api/v1/articles/{article.pk}/").content)
    assert detail["hero_image"]["renditions"] == []
    assert detail["body"][0]["image"]["renditions"] == []


@pytest.mark.parametrize("bad", [b"not an image", b""])
def test_a_broken_original_does_not_break_the_upload(db, bad, caplog):
    image = ImageFactory()
    CustomRendition.objects.filter(image=image).delete()
    with open(image.file.path, "wb") as original:
        original.write(bad)
    image.title = "Ảnh hỏng"
    image.save()
    assert image.reader_renditions() == []
    assert "Could not make renditions" in caplog.text


def test_renditions_know_their_size_in_bytes_without_asking_the_storage(db):
    image = ImageFactory(file__width=1000, file__height=500)
    single = image.get_rendition("width-200")  # made alone: get_or_create
    assert single.file_size == single.file.storage.size(single.file.name) > 0
    answered = image.reader_renditions()  # made together: bulk-created
    by_url = {r.url: r for r in image.renditions.all()}
    for entry in answered:
        rendition = by_url[entry["jpeg"]]
        assert entry["jpeg_size"] == rendition.file.storage.size(rendition.file.name)


def test_the_migration_notes_the_sizes_of_older_renditions(db):
    from importlib import import_module

    from django.apps import apps

    migration = import_module("cms.images.migrations.0002_rendition_file_size")
    image = ImageFactory(file__width=700, file__height=400)
    image.renditions.update(file_size=None)
    lost = image.renditions.first()
    lost.file.storage.delete(lost.file.name)
    migration.note_sizes(apps, None)
    sizes = dict(image.renditions.values_list("pk", "file_size"))
    assert sizes.pop(lost.pk) is None
    assert all(size > 0 for size in sizes.values())
