"""export_stats and flush_stats, run as an operator runs them."""

import io
from datetime import date

import pytest
import time_machine
from django.core.management import CommandError, call_command

from cms.stats.models import DailySiteStats
from cms.stats.paths import Target

from .conftest import default_site, local, view

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    out = io.StringIO()
    call_command("export_stats", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


@pytest.fixture
def march(db):
    site = default_site()
    DailySiteStats.objects.create(
        site=site, date=date(2026, 3, 1), views=120, visitors=40
    )
    DailySiteStats.objects.create(
        site=site, date=date(2026, 3, 3), views=1234, visitors=321
    )


def test_exports_every_day_in_the_range_as_csv(march):
    assert run("--from", "2026-02-28", "--to", "2026-03-03").splitlines() == [
        "Ngày,Lượt xem,Khách truy cập",
        "2026-02-28,0,0",
        "2026-03-01,120,40",
        "2026-03-02,0,0",
        "2026-03-03,1234,321",
    ]


def test_defaults_run_from_the_first_day_with_figures_to_today(march):
    with time_machine.travel(local(2026, 3, 4, 0, 30), tick=False):
        lines = run().splitlines()
    assert lines[1] == "2026-03-01,120,40"
    assert lines[-1] == "2026-03-04,0,0"
    assert len(lines) == 5


def test_writes_a_file_excel_reads_as_utf8(march, tmp_path):
    target = tmp_path / "thong-ke.csv"
    assert run("--from", "2026-03-01", "--to", "2026-03-01", "--output", target) == ""
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8-sig").splitlines() == [
        "Ngày,Lượt xem,Khách truy cập",
        "2026-03-01,120,40",
    ]


def test_includes_views_not_yet_flushed_from_redis(redis_backend, db):
    with time_machine.travel(local(2026, 3, 5, 9, 0), tick=False):
        view(Target("path:/tim-kiem/"))
        assert run("--from", "2026-03-05").splitlines()[1] == "2026-03-05,1,1"


def test_an_unwritable_output_is_refused_clearly(march, tmp_path):
    with pytest.raises(CommandError, match="Không ghi được"):
        run("--output", tmp_path / "khong-co-thu-muc" / "thong-ke.csv")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "05/03/2026"], "YYYY-MM-DD"),
        (["--to", "2026-02-30"], "YYYY-MM-DD"),
        (["--from", "2026-03-05", "--to", "2026-03-01"], "--from"),
    ],
)
def test_bad_dates_are_refused_clearly(db, args, message):
    with pytest.raises(CommandError, match=message):
        run(*args)


def test_flush_stats_writes_redis_counters_and_prunes(redis_backend, db):
    view(Target("path:/tim-kiem/"))
    out = io.StringIO()
    call_command("flush_stats", stdout=out)
    assert "Đã ghi 1 lượt xem" in out.getvalue()
    assert DailySiteStats.objects.get().views == 1


def test_flush_stats_with_the_database_backend_has_nothing_to_write(database_backend):
    view(Target("path:/tim-kiem/"))
    out = io.StringIO()
    call_command("flush_stats", stdout=out)
    assert "Đã ghi 0 lượt xem" in out.getvalue()
    assert DailySiteStats.objects.get().views == 1
