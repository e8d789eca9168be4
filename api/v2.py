"""Wagtail's stock API v2 (pages, images) at /api/v2/: the baseline the
benchmarks compare /api/v1/ with. Read-only and limited to what readers may
see, like the rest of the API: Wagtail's own rules plus the one definition of
public (expired pages are hidden even before the scheduler unpublishes them)."""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from cms.core.models import reader_pages


class ReaderPagesAPIViewSet(PagesAPIViewSet):
    def get_base_queryset(self):
        visible = reader_pages().visible_to_readers().values("pk")
        return super().get_base_queryset().filter(pk__in=visible)


router = WagtailAPIRouter("wagtailapi_v2")
router.register_endpoint("pages", ReaderPagesAPIViewSet)
router.register_endpoint("images", ImagesAPIViewSet)
