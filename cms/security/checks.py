"""System checks that keep the upload limits explicit: Wagtail treats a missing
or None limit as "no limit", which would silently undo the upload protection."""

from django.conf import settings
from django.core.checks import Error, register

# Types a browser may run as a page or script when served from our domain.
ACTIVE_CONTENT_EXTENSIONS = {"svg", "svgz", "html", "htm", "xhtml", "xml", "js", "mjs"}


@register()
def check_upload_limits(app_configs, **kwargs):
    errors = []
    for name in (
        "WAGTAILIMAGES_MAX_UPLOAD_SIZE",
        "WAGTAILIMAGES_MAX_IMAGE_PIXELS",
        "WAGTAILDOCS_MAX_UPLOAD_SIZE",
        "WAGTAILIMAGES_EXTENSIONS",
        "WAGTAILDOCS_EXTENSIONS",
    ):
        if not getattr(settings, name, None):
            errors.append(
                Error(f"{name} must be set explicitly.", id="security.E001", obj=name)
            )
    for name in ("WAGTAILIMAGES_EXTENSIONS", "WAGTAILDOCS_EXTENSIONS"):
        active = ACTIVE_CONTENT_EXTENSIONS & {
            ext.lower() for ext in getattr(settings, name, None) or ()
        }
        if active:
            errors.append(
                Error(
                    f"{name} allows {', '.join(sorted(active))}, which a browser can "
                    "run as a page or script.",
                    id="security.E002",
                    obj=name,
                )
            )
    return errors
