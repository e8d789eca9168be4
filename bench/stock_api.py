"""Wagtail's stock API v2 pages endpoint at /api/v2/ (bench/urls.py): the
baseline the benchmarks compare /api/v1/ with. Mounted only by the benchmarks'
settings, never in the product's. Limited to what readers may see, like
/api/v1/: Wagtail's own rules plus the one definition of public (expired pages
are hidden even before the scheduler unpublishes them)."""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from cms.core.models import reader_pages


class ReaderPagesAPIViewSet(PagesAPIViewSet):
    def get_base_queryset(self):
        visible = reader_pages().visible_to_readers().values("pk")
        return super().get_base_queryset().filter(pk__in=visible)


router = WagtailAPIRouter("wagtailapi_v2")
router.register_endpoint("pages", ReaderPagesAPIViewSet)
