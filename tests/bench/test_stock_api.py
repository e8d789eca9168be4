"""Wagtail's stock API v2, the benchmarks' baseline: mounted by the
benchmarks' URLs only, and limited there to what readers may see."""

import datetime
import json

import pytest
import time_machine
from django.test import Client
from django.utils import timezone

from tests.factories import ArticlePageFactory, SectionPageFactory

NOW = datetime.datetime(2026, 6, 1, 3, 0, tzinfo=datetime.UTC)


@pytest.fixture
def news(home):
    return SectionPageFactory(title="Tin tức")


@pytest.mark.urls("bench.urls")
def test_stock_v2_pages_show_only_what_readers_may_see(db, news):
    api = Client()
    live = ArticlePageFactory(parent=news, title="Hiện ở v2")
    draft = ArticlePageFactory(parent=news, title="Nháp v2", publish=False)
    with time_machine.travel(NOW, tick=False):
        expired = ArticlePageFactory(
            parent=news, expire_at=timezone.now() + datetime.timedelta(minutes=1)
        )
    response = api.get("/api/v2/pages/", {"type": "articles.ArticlePage"})
    ids = [item["id"] for item in json.loads(response.content)["items"]]
    assert live.pk in ids
    assert draft.pk not in ids and expired.pk not in ids
    assert api.get(f"/api/v2/pages/{live.pk}/").status_code == 200
    assert api.get(f"/api/v2/pages/{draft.pk}/").status_code == 404
    assert api.post("/api/v2/pages/").status_code == 405
    # Only what the benchmark measures: no stock images endpoint.
    assert api.get("/api/v2/images/").status_code == 404
    # The product's API is all there too.
    assert api.get("/api/v1/articles/").status_code == 200


def test_the_product_does_not_mount_v2(db, news):
    ArticlePageFactory(parent=news)
    response = Client().get("/api/v2/pages/")
    assert response.status_code == 404
    assert json.loads(response.content)["error"]["code"] == "not_found"
