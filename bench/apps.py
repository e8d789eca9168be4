from django.apps import AppConfig
from django.core.exceptions import ImproperlyConfigured

from backend.settings.env import env_bool


class BenchConfig(AppConfig):
    """Only in bench/settings.py, never in the product's settings."""

    name = "bench"
    label = "bench"
    verbose_name = "Benchmarks"

    def ready(self):
        declare_stock_api_fields()
        if not env_bool("BENCH_RESPONSE_CACHE", True):
            disable_response_cache()


def declare_stock_api_fields():
    """The fields a site on stock Wagtail would declare to serve articles
    through the v2 pages endpoint, as Wagtail's documentation shows
    (``api_fields`` with an ``ImageRenditionField`` for the thumbnail). The
    product serves readers through /api/v1/ and declares none; the benchmark
    needs the same fields from both to compare them."""
    from wagtail.api import APIField
    from wagtail.images.api.fields import ImageRenditionField

    from cms.articles.models import ArticlePage, RelatedArticle

    ArticlePage.api_fields = [
        APIField("lead"),
        APIField("display_date"),
        APIField("author_name"),
        APIField("source_unit"),
        APIField("hero_image"),
        # A rendition the images app has already made (cms/images/models.py).
        APIField(
            "hero_thumbnail",
            serializer=ImageRenditionField(
                "width-640|format-webp", source="hero_image"
            ),
        ),
        APIField("body"),
        APIField("tags"),
        APIField("related_links"),
    ]
    RelatedArticle.api_fields = [APIField("article")]


def disable_response_cache():
    """The "uncached" server: every request builds its answer (queries,
    serialisers, rendering, ETag), as on a cache miss. Conditional requests
    and the content generation still work as in production."""
    from api import caching

    if not hasattr(caching, "RESPONSE_CACHE_SECONDS"):
        raise ImproperlyConfigured(
            "api.caching.RESPONSE_CACHE_SECONDS is gone: update bench/apps.py."
        )
    caching.RESPONSE_CACHE_SECONDS = 0
