from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "cms.portal"
    label = "portal"
    verbose_name = "Cổng thông tin"

    def ready(self):
        from cms.core.generation import bump_on_change

        from . import sites
        from .models import PortalSettings

        # A portal's name, unit or closing is in the answers readers get.
        bump_on_change(PortalSettings)
        sites.connect_signal_handlers()
