from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand
from wagtail.models import Site

from cms.demo.accounts import COMMUNE_ACCOUNTS, DEMO_ACCOUNTS
from cms.portal.models import PortalSettings


class Command(BaseCommand):
    help = (
        "Print the demo portals' addresses and the demo accounts' logins "
        "(accounts only where DEBUG is on)."
    )

    def handle(self, *args, **options):
        self._portals()
        if not settings.DEBUG:
            self.stdout.write("Demo accounts exist only where DEBUG is on.")
            return
        self.stdout.write("  Demo accounts (username / password):")
        self._accounts("Province (every portal)", DEMO_ACCOUNTS)
        names = dict(Site.objects.values_list("hostname", "site_name"))
        for host, accounts in COMMUNE_ACCOUNTS.items():
            if host in names:
                self._accounts(f"{names[host]} ({host} only)", accounts)

    def _portals(self):
        """Each open portal at the reader site's port (``*.localhost`` resolves
        to 127.0.0.1 in browsers)."""
        closed = set(PortalSettings.objects.closed().values_list("site_id", flat=True))
        sites = [
            site
            for site in Site.objects.order_by("-is_default_site", "hostname")
            if site.pk not in closed
        ]
        if not sites:
            return
        reader = urlsplit(settings.FRONTEND_URL)
        port = f":{reader.port}" if reader.port else ""
        self.stdout.write("  Portals (reader site):")
        for site in sites:
            default = (
                "  (default: also every other host)" if site.is_default_site else ""
            )
            self.stdout.write(
                f"    {reader.scheme}://{site.hostname}{port}/"
                f"  {site.site_name}{default}"
            )
        self.stdout.write("")

    def _accounts(self, heading, accounts):
        self.stdout.write(f"   {heading}:")
        for account in accounts:
            self.stdout.write(
                f"    {account.username:<15} / {account.password:<23} {account.role}"
            )
