"""Backups of the database and the media files, in one tar archive.

An archive holds ``database.sqlite3`` (SQLite's online backup API: a consistent
copy taken while the site keeps running) or ``database.pgdump`` (``pg_dump`` in
custom format), the files under MEDIA_ROOT as ``media/...``, and
``manifest.json`` with a SHA-256 for every one of them. The database is copied
before the media, so every file the copied database refers to is in the archive
(Wagtail never rewrites an uploaded file in place).

A restore checks every checksum before it changes anything, then replaces the
database, then swaps the media directory. docs/backup.md has the procedure.
"""

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.core.cache import cache
from django.core.files.storage import FileSystemStorage, default_storage
from django.db import connections
from django.utils import timezone

FORMAT = 1
MANIFEST = "manifest.json"
ARCHIVE_PREFIX = "backup-"
ARCHIVE_SUFFIX = ".tar"
_CHUNK = 1024 * 1024


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why, in Vietnamese."""


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


# --- Databases ---------------------------------------------------------------


class SqliteDatabase:
    member = "database.sqlite3"

    def __init__(self, config):
        self.name = str(config["NAME"])
        self.timeout = config.get("OPTIONS", {}).get("timeout", 20)

    def _connect(self):
        return sqlite3.connect(
            self.name, uri=self.name.startswith("file:"), timeout=self.timeout
        )

    def dump(self, target: Path):
        source, copy = self._connect(), sqlite3.connect(target)
        try:
            # Page by page under SQLite's own locking: writers may go on.
            source.backup(copy)
            (result,) = copy.execute("PRAGMA integrity_check").fetchone()
        finally:
            copy.close()
            source.close()
        if result != "ok":
            raise BackupError(f"Bản sao cơ sở dữ liệu bị lỗi: {result}")

    def load(self, dump: Path):
        copy = sqlite3.connect(dump)
        try:
            (result,) = copy.execute("PRAGMA integrity_check").fetchone()
            if result != "ok":
                raise BackupError(f"Cơ sở dữ liệu trong bản sao lưu bị lỗi: {result}")
            path = Path(self.name)
            path.parent.mkdir(parents=True, exist_ok=True)
            if not self.name.startswith("file:") and not path.exists():
                # A write-ahead log left beside a deleted database would be
                # replayed into the restored one.
                for suffix in ("-wal", "-shm"):
                    Path(self.name + suffix).unlink(missing_ok=True)
            target = self._connect()
            try:
                # The backup API in reverse replaces every page of the target,
                # under SQLite's locks and journal, so a crash halfway leaves the
                # old database rather than a mix.
                copy.backup(target)
            finally:
                target.close()
        finally:
            copy.close()


class PostgresDatabase:
    member = "database.pgdump"

    def __init__(self, config):
        self.name = config["NAME"]
        self.config = config

    def _env(self) -> dict[str, str]:
        env = dict(os.environ)
        for key, variable in (
            ("HOST", "PGHOST"),
            ("PORT", "PGPORT"),
            ("USER", "PGUSER"),
            ("PASSWORD", "PGPASSWORD"),
        ):
            if self.config.get(key):
                env[variable] = str(self.config[key])
        sslmode = self.config.get("OPTIONS", {}).get("sslmode")
        if sslmode:
            env["PGSSLMODE"] = sslmode
        return env

    def _run(self, args: list[str]):
        executable = shutil.which(args[0])
        if executable is None:
            raise BackupError(
                f"Không tìm thấy {args[0]}: hãy cài gói postgresql-client."
            )
        result = subprocess.run(  # noqa: S603 - fixed program, arguments from settings
            [executable, *args[1:]],
            env=self._env(),
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise BackupError(f"{args[0]} thất bại:\n{result.stderr.strip()}")

    def dump(self, target: Path):
        self._run(["pg_dump", "--format=custom", f"--file={target}", self.name])

    def _ensure_database(self):
        """Create the database if it is gone (the disk it lived on was lost)."""
        import psycopg
        from psycopg import sql

        params = {
            "dbname": "postgres",
            "host": self.config.get("HOST") or None,
            "port": self.config.get("PORT") or None,
            "user": self.config.get("USER") or None,
            "password": self.config.get("PASSWORD") or None,
        }
        with psycopg.connect(
            **{k: v for k, v in params.items() if v}, autocommit=True
        ) as admin:
            exists = admin.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", [self.name]
            ).fetchone()
            if not exists:
                admin.execute(
                    sql.SQL("CREATE DATABASE {}").format(sql.Identifier(self.name))
                )

    def load(self, dump: Path):
        self._ensure_database()
        self._run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                "--exit-on-error",
                f"--dbname={self.name}",
                str(dump),
            ]
        )


ENGINES = {
    "django.db.backends.sqlite3": ("sqlite", SqliteDatabase),
    "django.db.backends.postgresql": ("postgresql", PostgresDatabase),
}


def current_database():
    config = connections["default"].settings_dict
    try:
        label, cls = ENGINES[config["ENGINE"]]
    except KeyError:
        raise BackupError(
            f"Chưa hỗ trợ sao lưu cơ sở dữ liệu {config['ENGINE']}."
        ) from None
    return label, cls(config)


# --- Media -------------------------------------------------------------------


def media_is_local() -> bool:
    """Media on S3-compatible storage is not copied: the bucket's versioning
    and replication are its backup (docs/backup.md)."""
    return isinstance(default_storage, FileSystemStorage)


def _media_files(root: Path):
    if not root.is_dir():
        return
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            yield path


class _HashingReader:
    """Hashes a file while tarfile copies it, so each file is read once."""

    def __init__(self, f):
        self.f = f
        self.digest = hashlib.sha256()

    def read(self, size=-1):
        data = self.f.read(size)
        self.digest.update(data)
        return data


# --- Backup ------------------------------------------------------------------


def archive_name(moment: datetime) -> str:
    return f"{ARCHIVE_PREFIX}{timezone.localtime(moment):%Y%m%d-%H%M%S}{ARCHIVE_SUFFIX}"


def create_backup(directory: Path) -> Path:
    """Write a new archive into directory and return its path."""
    label, database = current_database()
    directory.mkdir(parents=True, exist_ok=True)
    directory.chmod(0o700)  # password hashes and sessions are in there
    final = directory / archive_name(timezone.now())
    if final.exists():
        raise BackupError(f"Đã có bản sao lưu {final.name}; hãy chờ một giây.")

    with tempfile.TemporaryDirectory(dir=directory, prefix=".backup-") as work:
        work = Path(work)
        dump = work / database.member
        database.dump(dump)

        partial = work / final.name
        manifest = {
            "format": FORMAT,
            "created_at": timezone.localtime().isoformat(),
            "engine": label,
            "database": {"name": database.member, "sha256": _sha256(dump)},
            "media": None,
        }
        with tarfile.open(partial, "w") as tar:
            tar.add(dump, arcname=database.member)
            if media_is_local():
                manifest["media"] = _add_media(tar, Path(settings.MEDIA_ROOT))
            data = json.dumps(manifest, indent=2, ensure_ascii=False).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size = len(data)
            info.mtime = int(timezone.now().timestamp())
            tar.addfile(info, _BytesReader(data))
        with partial.open("rb") as f:
            os.fsync(f.fileno())
        partial.chmod(0o600)
        # Only a complete archive ever carries the final name.
        partial.rename(final)
    return final


class _BytesReader:
    def __init__(self, data: bytes):
        self.data, self.offset = data, 0

    def read(self, size=-1):
        end = len(self.data) if size is None or size < 0 else self.offset + size
        chunk = self.data[self.offset : end]
        self.offset += len(chunk)
        return chunk


def _add_media(tar: tarfile.TarFile, root: Path) -> dict:
    files = {}
    for path in _media_files(root):
        relative = path.relative_to(root).as_posix()
        try:
            f = path.open("rb")
        except FileNotFoundError:
            continue  # deleted since the listing: the copied database predates it
        with f:
            info = tar.gettarinfo(fileobj=f, arcname=f"media/{relative}")
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            reader = _HashingReader(f)
            tar.addfile(info, reader)
        files[relative] = reader.digest.hexdigest()
    return {"files": files}


def prune(directory: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` archives (names sort by time)."""
    archives = sorted(directory.glob(f"{ARCHIVE_PREFIX}*{ARCHIVE_SUFFIX}"))
    old = archives[:-keep] if keep > 0 else []
    for path in old:
        path.unlink()
    return old


# --- Restore -----------------------------------------------------------------


@dataclass
class Restored:
    engine: str
    created_at: str
    media_files: int | None


def _safe_member_path(name: str) -> PurePosixPath:
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or not path.parts:
        raise BackupError(f"Tệp lạ trong bản sao lưu: {name!r}")
    return path


def _extract_members(tar: tarfile.TarFile, work: Path) -> dict:
    try:
        manifest = json.loads(tar.extractfile(tar.getmember(MANIFEST)).read())
    except (KeyError, ValueError) as exc:
        raise BackupError("Tệp này không phải là bản sao lưu.") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError("Không nhận định dạng của bản sao lưu này.")
    for member in tar:
        if member.name == MANIFEST:
            continue
        relative = _safe_member_path(member.name)
        if not member.isreg():
            raise BackupError(f"Tệp lạ trong bản sao lưu: {member.name!r}")
        target = work.joinpath(*relative.parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        with tar.extractfile(member) as source, target.open("wb") as out:
            shutil.copyfileobj(source, out, _CHUNK)
    return manifest


def _extract(archive: Path, work: Path) -> dict:
    """Extract regular files only, each under work, and check every checksum."""
    try:
        with tarfile.open(archive, "r") as tar:
            manifest = _extract_members(tar, work)
    except (OSError, tarfile.TarError) as exc:
        raise BackupError(f"Không đọc được {archive}: {exc}") from exc

    database = manifest["database"]
    dump = work / database["name"]
    if not dump.is_file() or _sha256(dump) != database["sha256"]:
        raise BackupError("Cơ sở dữ liệu trong bản sao lưu bị hỏng (sai mã kiểm tra).")
    if manifest["media"] is not None:
        media = work / "media"
        expected = manifest["media"]["files"]
        found = {
            path.relative_to(media).as_posix(): path for path in _media_files(media)
        }
        if set(found) != set(expected):
            raise BackupError("Bản sao lưu thiếu hoặc thừa tệp media.")
        for relative, path in found.items():
            if _sha256(path) != expected[relative]:
                raise BackupError(f"Tệp media bị hỏng: {relative}")
    return manifest


def restore_backup(archive: Path) -> Restored:
    """Replace the database and the media files with the archive's."""
    label, database = current_database()
    media_root = Path(settings.MEDIA_ROOT)
    media_root.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=media_root.parent, prefix=".restore-") as work:
        work = Path(work)
        manifest = _extract(archive, work)
        if manifest["engine"] != label:
            raise BackupError(
                f"Bản sao lưu là của {manifest['engine']}, còn hệ thống đang dùng "
                f"{label}: hãy khôi phục vào đúng loại cơ sở dữ liệu."
            )
        # Every check has passed: from here on the current data is replaced.
        connections.close_all()
        database.load(work / manifest["database"]["name"])
        media_files = None
        if manifest["media"] is not None:
            _swap_media(work / "media", media_root)
            media_files = len(manifest["media"]["files"])
    clear_cached_answers()
    return Restored(label, manifest["created_at"], media_files)


def _swap_media(restored: Path, media_root: Path):
    restored.mkdir(exist_ok=True)
    old = media_root.with_name(f".{media_root.name}-before-restore")
    if old.exists():
        shutil.rmtree(old)
    if media_root.exists():
        media_root.rename(old)
    restored.rename(media_root)
    if old.exists():
        shutil.rmtree(old)


def clear_cached_answers():
    """Cached API answers describe the content before the restore."""
    if hasattr(cache, "delete_pattern"):
        # django-redis: only this cache's keys. clear() would empty the whole
        # Redis database, statistics counters waiting to be flushed included.
        cache.delete_pattern("*")
    else:
        cache.clear()
