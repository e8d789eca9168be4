from django.apps import AppConfig


class ImagesConfig(AppConfig):
    name = "cms.images"
    label = "images"
    verbose_name = "Ảnh"

    def ready(self):
        from . import renditions  # noqa: F401  (connects the signal handlers)
