from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "cms.portal"
    label = "portal"
    verbose_name = "Cổng thông tin"

    def ready(self):
        from cms.core.generation import bump_on_change
        from cms.core.models import provide_reader_site_url

        from . import sites
        from .models import PortalSettings

        # A portal's name, unit or closing is in the answers readers get.
        bump_on_change(PortalSettings)
        sites.connect_signal_handlers()
        # Previews open on the reader site of the page's own portal.
        provide_reader_site_url(sites.reader_site_url)
