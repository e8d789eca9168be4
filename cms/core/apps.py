from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "cms.core"
    label = "core"
    verbose_name = "Lõi"

    def ready(self):
        from . import search_index
        from .generation import connect_signal_handlers

        connect_signal_handlers()
        search_index.connect_signal_handlers()
