"""`manage.py create_portal --host xa-a.tinh.gov.vn --name "Xã A" --unit "UBND xã A"`:
a portal ready to use (cms/portal/provisioning.py)."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from cms.portal.provisioning import create_portal, province_site


class Command(BaseCommand):
    help = (
        "Tạo một cổng thông tin: tên miền, trang chủ, thông tin cổng, thư mục ảnh, "
        "ba nhóm biên tập và quy trình duyệt hai cấp riêng."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--host", required=True, help="Tên miền, ví dụ xa-a.localhost"
        )
        parser.add_argument("--name", required=True, help="Tên cổng, ví dụ “Xã A”")
        parser.add_argument("--unit", default="", help="Đơn vị chủ quản")
        kind = parser.add_mutually_exclusive_group()
        kind.add_argument(
            "--parent",
            help="Tên miền của cổng cấp tỉnh mà cổng xã này thuộc về "
            "(mặc định: cổng mặc định, nếu là cổng cấp tỉnh)",
        )
        kind.add_argument(
            "--province",
            action="store_true",
            help="Tạo cổng cấp tỉnh (không thuộc cổng nào)",
        )

    def handle(self, *args, host, name, unit, parent, province, **options):
        if province:
            parent_site = None
        elif parent:
            parent_site = Site.objects.filter(hostname=parent.lower()).first()
            if parent_site is None:
                raise CommandError(f"Không có cổng thông tin nào ở “{parent}”.")
        else:
            parent_site = province_site()
        try:
            portal = create_portal(
                hostname=host, name=name, unit=unit, parent=parent_site
            )
        except ValidationError as exc:
            messages = [
                message for errors in exc.message_dict.values() for message in errors
            ]
            raise CommandError(" ".join(messages)) from exc
        self.stdout.write(
            f"Đã tạo cổng “{portal.site.site_name}” ở {portal.site.hostname} "
            f"(trang chủ {portal.home.pk}); nhóm: "
            + ", ".join(group.name for group in portal.groups.values())
        )
