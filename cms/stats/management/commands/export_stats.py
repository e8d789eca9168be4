import csv
from datetime import date

from django.core.management.base import BaseCommand, CommandError

from cms.portal.sites import find_for_hostname
from cms.stats import services
from cms.stats.hits import local_day

HEADER = ["Ngày", "Lượt xem", "Khách truy cập"]


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CommandError(
            f"Ngày không hợp lệ: {value!r}; hãy viết theo dạng YYYY-MM-DD."
        ) from None


class Command(BaseCommand):
    help = (
        "Write daily page views and unique visitors as CSV (date, views, "
        "visitors), one row per day including days without views. Days are "
        "local days (Asia/Ho_Chi_Minh). Every portal's figures added together, "
        "or one portal's with --portal."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--from",
            dest="first",
            help="First day, YYYY-MM-DD (default: the first day with figures).",
        )
        parser.add_argument(
            "--to", dest="last", help="Last day, YYYY-MM-DD (default: today)."
        )
        parser.add_argument(
            "--portal",
            help="Only this portal's figures: its host name, e.g. xa-a.tinh.gov.vn "
            "(default: every portal added together).",
        )
        parser.add_argument(
            "--output",
            help="File to write (UTF-8 with a byte-order mark, so that Excel "
            "shows Vietnamese correctly); standard output if not given.",
        )

    def handle(self, *args, first, last, output, portal=None, **options):
        site_id = None
        if portal:
            site = find_for_hostname(portal)
            if site is None:
                raise CommandError(f"Không có cổng thông tin nào ở “{portal}”.")
            site_id = site.pk
        last = _date(last) if last else local_day()
        if first:
            first = _date(first)
        else:
            earliest = services.first_day(site_id)
            first = min(earliest, last) if earliest else last
        if first > last:
            raise CommandError("--from phải trước hoặc bằng --to.")

        rows = services.daily_figures(first, last, site_id)
        if output:
            try:
                with open(output, "w", encoding="utf-8-sig", newline="") as stream:
                    self._write(stream, rows)
            except OSError as error:
                raise CommandError(
                    f"Không ghi được {output}: {error.strerror}"
                ) from None
            self.stderr.write(f"Đã ghi {len(rows)} ngày vào {output}")
        else:
            self._write(self.stdout, rows)

    def _write(self, stream, rows):
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(HEADER)
        for row in rows:
            writer.writerow([row.date.isoformat(), row.views, row.visitors])
