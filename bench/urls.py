"""The benchmarks' URLs: the product's, and Wagtail's stock API v2 at /api/v2/
(bench/stock_api.py) ahead of the API's JSON 404 for unknown addresses."""

from django.urls import path

from backend.urls import handler404, handler500
from backend.urls import urlpatterns as product_urlpatterns

from .stock_api import router

urlpatterns = [path("api/v2/", router.urls), *product_urlpatterns]

__all__ = ["handler404", "handler500", "urlpatterns"]
