"""Backups: `manage.py backup` while the site holds content, wipe everything,
`manage.py restore`, and the database (every row, statistics included) and the
media files (every checksum) are back as they were at the backup.

The round trip runs in fresh processes on a file database, as an operator runs
it: on SQLite always, on PostgreSQL too when DATABASE_URL points at one (as CI
does)."""

import io
import json
import os
import shutil
import tarfile
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
import time_machine
from django.core.management import call_command
from django.core.management.base import CommandError

from cms.backup.archive import archive_name, prune
from tests.hardening.processes import copy_database, manage, production_env, shell

CREATE_CONTENT = """
import datetime
from django.apps import apps
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Site
from tests.factories import (
    ArticlePageFactory, PhotoStoryPageFactory, SectionPageFactory, UserFactory)

section = SectionPageFactory(title="Thời sự")
article = ArticlePageFactory(parent=section, title="Hòa Sơn khánh thành cầu Tân Lập")
story = PhotoStoryPageFactory(parent=section, title="Mùa vàng trên cánh đồng Hòa Sơn")
story.photos.first().image.get_rendition("fill-320x200")  # a rendition file too
get_document_model().objects.create(
    title="Công văn số 12", file=ContentFile(b"%PDF-1.4 cong van", name="cv-12.pdf"))
UserFactory(username="bientapvien")
if apps.is_installed("cms.stats"):
    day = datetime.date(2026, 5, 19)
    apps.get_model("stats", "DailySiteStats").objects.create(
        date=day, views=12345, visitors=678,
        site=Site.objects.get(is_default_site=True))
    apps.get_model("stats", "DailyPageStats").objects.create(
        date=day, page=article, views=4321)
print("ok")
"""

# Every row of every table, through dumpdata, and every media file's checksum.
SNAPSHOT = """
import hashlib, io, json
from pathlib import Path
from django.conf import settings
from django.core.management import call_command
from wagtail.models import Page

from django.apps import apps
tables = [f"{m._meta.app_label}.{m._meta.object_name}" for m in apps.get_models()
          if m._meta.managed and not m._meta.proxy]
rows = io.StringIO()
call_command("dumpdata", *tables, "--all", "--indent=0", stdout=rows)
media = Path(settings.MEDIA_ROOT)
def key(row):
    return row["model"], str(row["pk"])
def checksum(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()
print(json.dumps({
    "rows": sorted(json.loads(rows.getvalue()), key=key),
    "titles": sorted(Page.objects.values_list("title", flat=True)),
    "media": {p.relative_to(media).as_posix(): checksum(p)
              for p in sorted(media.rglob("*")) if p.is_file()},
}))
"""

ADD_AFTER_BACKUP = """
from tests.factories import ArticlePageFactory, ImageFactory
ArticlePageFactory(title="Bài viết sau bản sao lưu")
ImageFactory()
print("ok")
"""


def _postgres_url() -> str | None:
    url = os.environ.get("DATABASE_URL", "")
    return url if url.startswith(("postgres://", "postgresql://")) else None


def _postgres(url: str, statement: str):
    import psycopg

    parts = urlsplit(url)
    admin = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(statement)


@pytest.fixture(
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def site(request, tmp_path, migrated_sqlite):
    """A CMS installation in its own directory, with its own database."""
    var_dir = tmp_path / "site"
    backups = tmp_path / "backups"
    if request.param == "sqlite":
        copy_database(migrated_sqlite, var_dir)
        env = production_env(var_dir, BACKUP_DIR=str(backups))
        yield env, lambda: _wipe_sqlite(var_dir)
        return

    url = _postgres_url()
    if url is None:
        pytest.skip("DATABASE_URL does not point at PostgreSQL")
    parts = urlsplit(url)
    name = parts.path.lstrip("/") + "_backup_round_trip"
    own_url = urlunsplit(parts._replace(path=f"/{name}"))
    drop = f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'
    _postgres(url, drop)
    _postgres(url, f'CREATE DATABASE "{name}"')
    env = production_env(var_dir, BACKUP_DIR=str(backups), DATABASE_URL=own_url)
    manage(["migrate", "--no-input", "-v0"], env)
    yield env, lambda: (_postgres(url, drop), _wipe_media(var_dir))
    _postgres(url, drop)


def _wipe_media(var_dir: Path):
    shutil.rmtree(var_dir / "media")


def _wipe_sqlite(var_dir: Path):
    for name in ("db.sqlite3", "db.sqlite3-wal", "db.sqlite3-shm"):
        (var_dir / name).unlink(missing_ok=True)
    _wipe_media(var_dir)


def test_round_trip_brings_back_content_media_and_statistics(site):
    env, wipe = site
    assert shell(CREATE_CONTENT, env) == "ok"
    before = json.loads(shell(SNAPSHOT, env))
    assert "Hòa Sơn khánh thành cầu Tân Lập" in before["titles"]
    assert len(before["media"]) >= 5  # 3 photos, a rendition, a document

    manage(["backup"], env)
    (archive,) = Path(env["BACKUP_DIR"]).glob("backup-*.tar")
    assert oct(archive.stat().st_mode & 0o777) == "0o600"

    # Work goes on after the backup, then the disk is lost.
    shell(ADD_AFTER_BACKUP, env)
    wipe()

    result = manage(["restore", str(archive), "--no-input"], env)
    assert "Đã khôi phục" in result.stdout

    after = json.loads(shell(SNAPSHOT, env))
    assert after["titles"] == before["titles"]
    assert after["media"] == before["media"]
    assert after["rows"] == before["rows"]
    # The schema is the code's: nothing left to migrate.
    manage(["migrate", "--check"], env)


def test_archive_names_sort_by_local_time():
    with time_machine.travel("2026-05-19 23:30:00+00:00", tick=False):
        from django.utils import timezone

        # 06:30 the next morning in Hồ Chí Minh City.
        assert archive_name(timezone.now()) == "backup-20260520-063000.tar"


def test_prune_keeps_the_newest_archives(tmp_path):
    names = [f"backup-2026051{d}-020000.tar" for d in range(5)]
    for name in names:
        (tmp_path / name).write_bytes(b"")
    (tmp_path / "ghi-chu.txt").write_text("not an archive")
    removed = prune(tmp_path, keep=2)
    assert sorted(p.name for p in removed) == names[:3]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        *names[3:],
        "ghi-chu.txt",
    ]
    assert prune(tmp_path, keep=0) == []


# Restores of damaged or hostile archives stop before changing anything.


def _archive(tmp_path, members: dict[str, bytes], manifest: dict | None) -> Path:
    path = tmp_path / "backup-20260519-020000.tar"
    with tarfile.open(path, "w") as tar:
        entries = dict(members)
        if manifest is not None:
            entries["manifest.json"] = json.dumps(manifest).encode()
        for name, data in entries.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def _manifest(engine, database_sha="0" * 64, media=None):
    return {
        "format": 1,
        "created_at": "2026-05-19T02:00:00+07:00",
        "engine": engine,
        "database": {"name": "database.sqlite3", "sha256": database_sha},
        "media": media,
    }


@pytest.fixture
def current_engine(settings):
    return (
        "sqlite"
        if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3")
        else "postgresql"
    )


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEDIA_ROOT.mkdir()
    (settings.MEDIA_ROOT / "anh.jpg").write_bytes(b"current photo")
    return settings.MEDIA_ROOT


def _refused(archive, media_root, expected):
    from wagtail.models import Page

    pages = Page.objects.count()
    with pytest.raises(CommandError, match=expected):
        call_command("restore", str(archive), interactive=False)
    assert Page.objects.count() == pages
    assert [p.name for p in media_root.iterdir()] == ["anh.jpg"]
    assert (media_root / "anh.jpg").read_bytes() == b"current photo"
    # No half-extracted copy is left beside the media directory.
    assert sorted(p.name for p in media_root.parent.iterdir()) == sorted(
        ["media", archive.name]
    )


@pytest.mark.django_db
def test_restore_refuses_a_damaged_database_copy(tmp_path, media_root, current_engine):
    archive = _archive(
        tmp_path, {"database.sqlite3": b"damaged"}, _manifest(current_engine)
    )
    _refused(archive, media_root, "sai mã kiểm tra")


@pytest.mark.django_db
def test_restore_refuses_a_member_outside_the_archive(
    tmp_path, media_root, current_engine
):
    archive = _archive(
        tmp_path,
        {"database.sqlite3": b"x", "media/../../evil.py": b"import os"},
        _manifest(current_engine),
    )
    _refused(archive, media_root, "Tệp lạ")
    assert not (tmp_path.parent / "evil.py").exists()


@pytest.mark.django_db
def test_restore_refuses_missing_media(tmp_path, media_root, current_engine):
    import hashlib

    database = b"x"
    manifest = _manifest(
        current_engine,
        database_sha=hashlib.sha256(database).hexdigest(),
        media={"files": {"original_images/anh.jpg": "0" * 64}},
    )
    archive = _archive(tmp_path, {"database.sqlite3": database}, manifest)
    _refused(archive, media_root, "thiếu hoặc thừa")


@pytest.mark.django_db
def test_restore_refuses_another_database_engine(tmp_path, media_root, current_engine):
    import hashlib

    database = b"x"
    other = "postgresql" if current_engine == "sqlite" else "sqlite"
    manifest = _manifest(other, database_sha=hashlib.sha256(database).hexdigest())
    archive = _archive(tmp_path, {"database.sqlite3": database}, manifest)
    _refused(archive, media_root, "đúng loại cơ sở dữ liệu")


@pytest.mark.django_db
def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path, media_root):
    archive = _archive(tmp_path, {"notes.txt": b"hello"}, manifest=None)
    _refused(archive, media_root, "không phải là bản sao lưu")


@pytest.mark.django_db
def test_restore_asks_before_replacing_anything(tmp_path, media_root, monkeypatch):
    archive = _archive(tmp_path, {"notes.txt": b"hello"}, manifest=None)
    monkeypatch.setattr("builtins.input", lambda prompt: "khong")
    with pytest.raises(CommandError, match="Đã hủy"):
        call_command("restore", str(archive))


@pytest.mark.redis
@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="REDIS_URL is not set")
def test_after_a_restore_only_this_caches_keys_are_deleted(settings):
    """Cached API answers describe the content before the restore and go; keys
    other code keeps in the same Redis database (statistics counters waiting to
    be flushed) stay."""
    import redis
    from django.core.cache import cache

    from cms.backup.archive import clear_cached_answers

    client = redis.Redis.from_url(settings.REDIS_URL)
    other = f"{settings.CACHES['default']['KEY_PREFIX']}:stats:test-backup"
    client.set(other, "42")
    cache.set("api:articles:page-1", "before the restore")
    try:
        clear_cached_answers()
        assert cache.get("api:articles:page-1") is None
        assert client.get(other) == b"42"
    finally:
        client.delete(other)
