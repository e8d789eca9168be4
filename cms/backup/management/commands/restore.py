from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cms.backup.archive import BackupError, restore_backup


class Command(BaseCommand):
    help = (
        "Replace the database and the media files with those in a backup archive. "
        "Stop the CMS and the scheduler first, run `migrate` after. "
        "See docs/backup.md."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path, help="A backup-*.tar archive")
        parser.add_argument(
            "--no-input",
            action="store_false",
            dest="interactive",
            help="Do not ask for confirmation",
        )

    def handle(self, *args, **options):
        archive = options["archive"]
        if not archive.is_file():
            raise CommandError(f"Không thấy tệp {archive}")
        if options["interactive"]:
            answer = input(
                "Toàn bộ cơ sở dữ liệu và tệp media hiện tại sẽ bị thay bằng bản "
                f"sao lưu {archive.name}. Gõ 'dong y' để tiếp tục: "
            )
            if answer.strip().lower() != "dong y":
                raise CommandError("Đã hủy, chưa thay đổi gì.")
        try:
            restored = restore_backup(archive)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        media = (
            "media trên S3 giữ nguyên"
            if restored.media_files is None
            else f"{restored.media_files} tệp media"
        )
        self.stdout.write(
            f"Đã khôi phục cơ sở dữ liệu ({restored.engine}) và {media} "
            f"từ bản sao lưu lúc {restored.created_at}."
        )
