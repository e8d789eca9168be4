from django.conf import settings
from django.core.management.base import BaseCommand

from cms.demo.accounts import DEMO_ACCOUNTS


class Command(BaseCommand):
    help = "Print the demo accounts' logins (only where DEBUG is on)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            self.stdout.write("Demo accounts exist only where DEBUG is on.")
            return
        self.stdout.write("  Demo accounts (username / password):")
        for account in DEMO_ACCOUNTS:
            self.stdout.write(
                f"    {account.username:<10} / {account.password:<20} {account.role}"
            )
