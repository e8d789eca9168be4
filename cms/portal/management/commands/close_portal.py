"""`manage.py close_portal HOST --gone | --redirect URL | --reopen`: close a
portal (its content kept, hidden from readers and the API) or open it again
(cms/portal/lifecycle.py)."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from cms.portal.lifecycle import close_portal, reopen_portal


class Command(BaseCommand):
    help = (
        "Đóng một cổng thông tin (giữ nguyên nội dung; địa chỉ của cổng trả lời "
        "410 hoặc chuyển hướng) hoặc mở lại."
    )

    def add_arguments(self, parser):
        parser.add_argument("host", help="Tên miền của cổng, ví dụ xa-a.localhost")
        how = parser.add_mutually_exclusive_group(required=True)
        how.add_argument(
            "--gone", action="store_true", help="Đóng: địa chỉ cũ trả lời 410"
        )
        how.add_argument(
            "--redirect", metavar="URL", help="Đóng và chuyển bạn đọc tới URL"
        )
        how.add_argument("--reopen", action="store_true", help="Mở lại cổng")

    def handle(self, *args, host, gone, redirect, reopen, **options):
        site = Site.objects.filter(hostname=host.strip().lower()).first()
        if site is None:
            raise CommandError(f"Không có cổng thông tin nào ở “{host}”.")
        try:
            if reopen:
                reopen_portal(site)
            else:
                close_portal(site, redirect_url=redirect or "")
        except ValidationError as exc:
            messages = [
                message for errors in exc.message_dict.values() for message in errors
            ]
            raise CommandError(" ".join(messages)) from exc
        if reopen:
            self.stdout.write(f"Đã mở lại cổng ở {site.hostname}.")
        elif redirect:
            self.stdout.write(f"Đã đóng cổng ở {site.hostname}, chuyển tới {redirect}.")
        else:
            self.stdout.write(f"Đã đóng cổng ở {site.hostname} (410).")
