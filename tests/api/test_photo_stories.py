import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.photostories.models import PhotoStoryPhoto
from tests.factories import ImageFactory, PhotoStoryPageFactory, SectionPageFactory

LIST = "/api/v1/photo-stories/"


def _story(section, photos=2):
    return PhotoStoryPageFactory(
        parent=section,
        photos=[
            PhotoStoryPhoto(image=ImageFactory(), caption=f"Ảnh {n}")
            for n in range(photos)
        ],
    )


def _count(api, url, **params):
    with CaptureQueriesContext(connection) as queries:
        response = api.get(url, params)
    assert response.status_code == 200
    return len(queries), json.loads(response.content)


@pytest.mark.usefixtures("no_response_cache")
def test_list_query_count_does_not_grow_with_page_size(api, home):
    section = SectionPageFactory()
    _story(section)
    api.get(LIST, {"page_size": 50})  # its summaries' fragments made
    one, body = _count(api, LIST, page_size=50)
    assert body["count"] == 1
    for _ in range(49):
        _story(section)
    # Counts the list again (once per content change), makes the fragments.
    api.get(LIST, {"page_size": 50})
    fifty, body = _count(api, LIST, page_size=50)
    assert len(body["results"]) == 50
    assert all(
        item["thumbnail"] and item["photo_count"] == 2 for item in body["results"]
    )
    assert one == fifty


@pytest.mark.usefixtures("no_response_cache")
def test_detail_query_count_does_not_grow_with_photos(api, home):
    section = SectionPageFactory()
    few = _story(section, photos=1)
    many = _story(section, photos=12)
    api.get(f"/api/v1/photo-stories/{few.pk}/")
    api.get(f"/api/v1/photo-stories/{many.pk}/")  # both fragments made
    one, body = _count(api, f"/api/v1/photo-stories/{few.pk}/")
    twelve, body = _count(api, f"/api/v1/photo-stories/{many.pk}/")
    assert len(body["photos"]) == 12
    assert one == twelve
