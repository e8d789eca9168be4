from pathlib import Path

from django.conf import settings
from django.core.management import call_command, get_commands
from django.core.management.base import BaseCommand, CommandError

from cms.backup.archive import BackupError, create_backup, media_is_local, prune


class Command(BaseCommand):
    help = (
        "Back up the database and the media files into a timestamped archive "
        "under BACKUP_DIR, safe while the site runs, and keep the newest "
        "BACKUP_KEEP archives. See docs/backup.md."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dir", type=Path, default=None, help="Directory (default: BACKUP_DIR)"
        )
        parser.add_argument(
            "--keep",
            type=int,
            default=None,
            help="Archives to keep, newest first; 0 keeps all (default: BACKUP_KEEP)",
        )

    def handle(self, *args, **options):
        directory = options["dir"] or Path(settings.BACKUP_DIR)
        keep = settings.BACKUP_KEEP if options["keep"] is None else options["keep"]
        self._flush_statistics()
        try:
            archive = create_backup(directory)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        removed = prune(directory, keep)
        self.stdout.write(f"Đã sao lưu vào {archive}")
        if not media_is_local():
            self.stdout.write(
                "Media nằm trên kho lưu trữ S3: bản sao lưu này chỉ có cơ sở dữ "
                "liệu; hãy bật versioning cho bucket (docs/backup.md)."
            )
        for path in removed:
            self.stdout.write(f"Đã xóa bản sao lưu cũ {path.name}")

    def _flush_statistics(self):
        """Views counted in Redis reach the database only at the next flush;
        flushing first puts them in this backup."""
        if "flush_stats" not in get_commands():
            return
        try:
            call_command("flush_stats", stdout=self.stdout)
        except Exception as exc:
            self.stderr.write(
                f"Không ghi được số liệu thống kê trước khi sao lưu: {exc}"
            )
