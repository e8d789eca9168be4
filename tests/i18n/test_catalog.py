"""The admin's messages reach editors in Vietnamese, and our catalogue is sound."""

import functools
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from django.utils import translation

from .catalogues import measure
from .conftest import REPORTED_PROPERTY

ROOT = Path(__file__).resolve().parents[2]
BUILD_SCRIPT = ROOT / "locale" / "tools" / "build_catalog.py"
REQUIRED_SHARE = 0.98


@functools.cache
def load_build_module():
    """locale/tools/build_catalog.py is a script, not a package module."""
    spec = importlib.util.spec_from_file_location("build_catalog", BUILD_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    # Its dataclasses look their module up in sys.modules.
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_at_least_98_percent_of_wagtails_admin_messages_are_vietnamese(
    client, record_property
):
    coverage = measure(client)
    line = (
        f"{coverage.translated} of {coverage.total} Wagtail admin messages"
        f" (server and JavaScript) resolve to Vietnamese: {coverage.share:.1%}"
    )
    record_property(REPORTED_PROPERTY, line)
    print(line)
    missing = "\n".join(f"  [{m.domain}] {m.msgid!r}" for m in coverage.missing[:40])
    assert coverage.share >= REQUIRED_SHARE, f"{line}; untranslated:\n{missing}"


def test_without_our_catalogue_the_check_sees_wagtails_own_sixth(client, settings):
    # The measurement itself, against Wagtail's shipped Vietnamese alone.
    settings.LOCALE_PATHS = []
    coverage = measure(client)
    assert 0.10 < coverage.share < 0.25, coverage.share


def test_the_admins_javascript_gets_vietnamese_from_the_served_catalogue(client):
    from .catalogues import served_js_catalogue

    catalogue = served_js_catalogue(client)
    assert catalogue["Write something or type ‘/’ to insert a block"] == (
        "Viết nội dung hoặc gõ ‘/’ để chèn khối"
    )
    # One plural form in Vietnamese, whatever the count.
    assert catalogue["%(num)s error"] == ["%(num)s lỗi"]
    assert client.get("/admin/jsi18n/").content.decode().count("pluralidx") >= 1


def test_newsroom_words_win_over_wagtails_own_vietnamese():
    # Wagtail's own catalogue says "Phê chuẩn", "Luồng công việc mới" and
    # "Thu hồi xuất bản"; the glossary says otherwise, and LOCALE_PATHS wins.
    with translation.override("vi"):
        assert translation.gettext("Approve") == "Duyệt"
        assert translation.gettext("New workflow") == "Quy trình duyệt mới"
        assert translation.gettext("Unpublish") == "Gỡ xuất bản"
        assert translation.gettext("Submit for moderation") == "Gửi duyệt"
        assert (
            translation.ngettext("1 page", "%(counter)s pages", 7) % {"counter": 7}
            == "7 trang"
        )


def test_the_committed_catalogues_are_what_the_build_makes():
    result = subprocess.run(  # noqa: S603 - our own script, fixed arguments
        [sys.executable, str(BUILD_SCRIPT), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("Delete %(title)s", "Xóa %(tilte)s"),  # misspelt name
        ("Delete %(title)s", "Xóa"),  # dropped
        ("Page %s of %s", "Trang %s"),  # positional dropped
        ("Locked by <b>%(user)s</b>", "Khóa bởi %(user)s"),  # tag dropped
        ("<b>'{title}' is locked</b>.", "<b>'{tieu_de}' đang bị khóa</b>."),
        ("Line one\n", "Dòng một"),  # trailing newline lost
    ],
)
def test_the_build_rejects_a_translation_that_breaks_a_placeholder(msgid, msgstr):
    build = load_build_module()
    assert build.placeholder_problems(msgid, msgstr)


def test_the_build_accepts_reordered_named_placeholders():
    build = load_build_module()
    assert not build.placeholder_problems(
        "%(action)s by <b>%(who)s</b> at <b>%(at)s</b>",
        "<b>%(who)s</b> %(action)s lúc <b>%(at)s</b>",
    )


def test_the_build_rejects_words_the_glossary_avoids():
    build = load_build_module()
    avoided = build.avoided_words()
    assert build.glossary_problems("Thu hồi xuất bản", avoided)
    assert build.glossary_problems("Phê duyệt bài", avoided)
    assert build.glossary_problems("Xoá", avoided)
    assert not build.glossary_problems("Gỡ xuất bản", avoided)


def test_the_build_fails_on_a_broken_batch_file(tmp_path, monkeypatch):
    build = load_build_module()
    folder = tmp_path / "django"
    folder.mkdir()
    (folder / "01.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Delete %(title)s"\nmsgstr "Xóa %(ten)s"\n\n'
        'msgid "A message Wagtail never had"\nmsgstr "Một thông điệp lạ"\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(build, "TRANSLATIONS_DIR", tmp_path)
    with pytest.raises(build.BuildError) as error:
        build.build("django")
    assert "%(title)s" in str(error.value)
    assert "A message Wagtail never had" in str(error.value)
