from django.core.management.base import BaseCommand

from cms.stats import services


class Command(BaseCommand):
    help = (
        "Write the statistics counters held in Redis to the database and delete "
        "expired salts and visitor hashes. run_scheduler does both on its own; "
        "this is for cron or before a planned Redis restart."
    )

    def handle(self, *args, **options):
        written = services.flush()
        services.prune()
        self.stdout.write(f"Đã ghi {written} lượt xem vào cơ sở dữ liệu.")
