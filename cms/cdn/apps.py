from django.apps import AppConfig


class CdnConfig(AppConfig):
    name = "cms.cdn"
    label = "cdn"
    verbose_name = "Xóa bộ nhớ đệm CDN"

    def ready(self):
        from .purge import connect_signal_handlers

        connect_signal_handlers()
