from django.conf import settings
from django.core.management.base import BaseCommand
from tqdm import tqdm

from cms.demo.loader import DemoLoader


class Command(BaseCommand):
    help = (
        "Load the demo portal (sections, 40 articles, photo stories, photos and, "
        "where DEBUG is on, demo accounts). Safe to run again: nothing is duplicated."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-progress", action="store_true", help="Hide the progress bars."
        )

    def handle(self, *args, **options):
        show = not options["no_progress"] and options["verbosity"] > 0

        def progress(iterable, **kwargs):
            return tqdm(iterable, disable=not show, leave=False, **kwargs)

        report = DemoLoader(progress=progress).load(with_accounts=settings.DEBUG)
        if options["verbosity"] > 0:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Nội dung mẫu: {report.created_pages} trang, "
                    f"{report.created_images} ảnh, "
                    f"{report.created_accounts} tài khoản mới."
                )
            )
