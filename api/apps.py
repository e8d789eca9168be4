from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "api"
    label = "api"
    verbose_name = "API công khai"

    def ready(self):
        from . import (
            fragments,
            schema,  # noqa: F401  (registers the schema extensions)
        )

        fragments.connect_signal_handlers()
