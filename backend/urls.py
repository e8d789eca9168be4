from django.conf import settings
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from api.errors import not_found as api_not_found

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v1/", include("api.urls")),
    # Any other address under /api/ is the API's JSON 404, DEBUG on or off.
    re_path(r"^api(?:/|$)", api_not_found),
]

# JSON errors under /api/, Django's own pages elsewhere.
handler404 = "api.errors.handler404"
handler500 = "api.errors.handler500"

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's page serving stays last: the CMS is headless, but Wagtail still uses it
# for the admin's "view live" links, which redirect to the reader site.
urlpatterns += [path("", include(wagtail_urls))]
