from django.apps import AppConfig
from django.conf import settings


class SecurityConfig(AppConfig):
    name = "cms.security"
    label = "security"
    verbose_name = "Bảo mật"

    def ready(self):
        from PIL import Image

        from . import checks  # noqa: F401 - registers the system checks

        # The upload form refuses images over WAGTAILIMAGES_MAX_IMAGE_PIXELS, but
        # images also reach Pillow by other paths (renditions of files copied in by
        # a command or the demo loader). Pillow warns above MAX_IMAGE_PIXELS and
        # refuses above twice that, so a bomb is stopped at 2 x our limit instead
        # of at Pillow's default of about 179 megapixels.
        Image.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
