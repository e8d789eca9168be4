from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "cms.core"
    label = "core"
    verbose_name = "Lõi"

    def ready(self):
        from . import generation, news_portals, search_index

        generation.connect_signal_handlers()
        search_index.connect_signal_handlers()
        news_portals.connect_signal_handlers()
