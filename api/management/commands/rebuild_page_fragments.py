"""`manage.py rebuild_page_fragments [--host HOST …] [--scheme https]`: build
the per-page fragments of every news page readers may see (api/fragments.py),
for the hosts readers' requests name. Never needed for correctness (a miss
builds a page's fragments); it spares the first readers after an import."""

from django.core.management.base import BaseCommand
from wagtail.models import Site

from api import fragments
from api.models import PageFragment


class Command(BaseCommand):
    help = "Dựng lại các mảnh câu trả lời (bài viết, tin ảnh) của API."

    def add_arguments(self, parser):
        parser.add_argument(
            "--host",
            action="append",
            help="Host header of readers' requests (repeatable); default: each "
            "site's hostname (and port).",
        )
        parser.add_argument("--scheme", default="http", choices=["http", "https"])

    def handle(self, *args, host=None, scheme="http", verbosity=1, **options):
        PageFragment.objects.all().delete()
        for site in Site.objects.select_related("root_page"):
            own = site.hostname
            if site.port not in (80, 443):
                own = f"{own}:{site.port}"
            hosts = host or [own]
            count = 0
            for model in fragments.SUMMARY_SERIALIZERS:
                ids = list(
                    model.objects.visible_to_readers()
                    .in_site(site)
                    .values_list("pk", flat=True)
                )
                for name in hosts:
                    request = fragments.request_for(scheme, name)
                    fragments.rebuild(request, site, model, ids)
                count += len(ids)
            if verbosity:
                self.stdout.write(f"{site.hostname}: {count} trang, {len(hosts)} host")
