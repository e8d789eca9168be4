import time

from django.core.management.base import BaseCommand
from tqdm import tqdm

from cms.core import search_index


class Command(BaseCommand):
    help = (
        "Rebuild readers' search index (cms/core/search.py) from every live news "
        "page, in bulk, with a progress bar, and the other apps' indexes (the "
        "documents' one). Publishing keeps them up to date; run "
        "this after restoring a database or loading pages without publishing "
        "them. Wagtail's own index, for the admin's page search, is rebuilt by "
        "update_index."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--chunk", type=int, default=1_000, help="Pages per transaction"
        )
        parser.add_argument(
            "--no-progress", action="store_true", help="No progress bar"
        )

    def handle(self, *args, **options):
        started = time.perf_counter()
        bar = tqdm(
            total=search_index.count_to_index(),
            desc="Chỉ mục tìm kiếm",
            unit="trang",
            disable=options["no_progress"] or options["verbosity"] == 0,
        )
        with bar:
            count = search_index.rebuild(chunk=options["chunk"], progress=bar.update)
        seconds = time.perf_counter() - started
        if options["verbosity"]:
            self.stdout.write(f"Đã lập chỉ mục {count} trang trong {seconds:.1f} giây.")
        for index in search_index.other_indexes():
            started = time.perf_counter()
            bar = tqdm(
                total=index.count(),
                desc=index.name,
                unit=index.unit,
                disable=options["no_progress"] or options["verbosity"] == 0,
            )
            with bar:
                count = index.rebuild(chunk=options["chunk"], progress=bar.update)
            seconds = time.perf_counter() - started
            if options["verbosity"]:
                self.stdout.write(
                    f"{index.name}: {count} {index.unit} trong {seconds:.1f} giây."
                )
