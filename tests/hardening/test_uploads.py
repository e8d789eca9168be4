"""Hostile uploads through every admin upload screen are refused with a form
error in Vietnamese, and leave nothing behind: no row, no file in MEDIA_ROOT."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageFile
from wagtail.documents import get_document_model
from wagtail.models import UploadedFile

from cms.images.models import CustomImage
from cms.security.checks import check_upload_limits
from tests.factories import ImageFactory
from tests.hardening import files

pytestmark = pytest.mark.django_db

Document = get_document_model()


def _media_files() -> set[Path]:
    return {p for p in Path(settings.MEDIA_ROOT).rglob("*") if p.is_file()}


def _form_error(response) -> str:
    assert response.status_code == 200, response.status_code
    errors = response.context["form"].errors.get("file")
    assert errors, response.context["form"].errors
    # The editor sees it on the page, not only in the form object.
    assert errors[0] in response.content.decode()
    return " ".join(errors)


def _upload_single(client, url, name, content):
    response = client.post(
        url, {"title": "Tệp thử", "file": SimpleUploadedFile(name, content)}
    )
    if response.status_code == 302:
        return None
    return _form_error(response)


def _upload_multiple(client, url, name, content):
    response = client.post(url, {"files[]": SimpleUploadedFile(name, content)})
    assert response.status_code == 200, response.status_code
    data = response.json()
    if data["success"]:
        # Either stored straight away or parked for its metadata; both accept it.
        return None
    return data["error_message"]


def _upload_chooser(client, url, name, content):
    # The chooser's form fields carry a prefix: /admin/images/chooser/create/
    # uses "image-chooser-upload", documents "document-chooser-upload".
    prefix = url.split("/")[2].rstrip("s") + "-chooser-upload"
    response = client.post(
        url,
        {
            f"{prefix}-title": "Tệp thử",
            f"{prefix}-file": SimpleUploadedFile(name, content),
        },
    )
    assert response.status_code == 200, response.status_code
    data = response.json()
    if data["step"] != "reshow_creation_form":
        return None
    errors = response.context["form"].errors["file"]
    assert errors[0] in data["htmlFragment"]
    return " ".join(errors)


IMAGE_SCREENS = {
    "add": ("/admin/images/add/", _upload_single),
    "multiple": ("/admin/images/multiple/add/", _upload_multiple),
    "chooser": ("/admin/images/chooser/create/", _upload_chooser),
}
DOCUMENT_SCREENS = {
    "add": ("/admin/documents/add/", _upload_single),
    "multiple": ("/admin/documents/multiple/add/", _upload_multiple),
    "chooser": ("/admin/documents/chooser/create/", _upload_chooser),
}


def _stored_count():
    return (
        CustomImage.objects.count()
        + Document.objects.count()
        + UploadedFile.objects.count()
    )


def _assert_refused(client, screen, name, content, expected):
    url, upload = screen
    media_before, rows_before = _media_files(), _stored_count()
    error = upload(client, url, name, content)
    assert error is not None, f"{name} was accepted"
    assert expected in error
    assert _stored_count() == rows_before
    assert _media_files() == media_before


HOSTILE_IMAGES = [
    ("text-renamed-jpg", "bao-cao.jpg", b"Day la van ban, khong phai anh.\n" * 20,
     "không phải là ảnh"),
    ("truncated-jpeg", "anh-hong.jpg", files.truncated(files.image_bytes("JPEG")),
     "bị cắt cụt"),
    ("truncated-png", "anh-hong.png", files.truncated(files.image_bytes("PNG")),
     "bị cắt cụt"),
    # The first frame is whole, so only decoding every frame finds the cut.
    ("truncated-animated-gif", "dong.gif",
     files.truncated(files.animated_gif_bytes(), keep=0.8), "bị cắt cụt"),
    ("bomb-20000x20000", "bom.png", files.png_declaring(20_000, 20_000),
     "quá nhiều điểm ảnh"),
    # 64 megapixels passes Wagtail's default limit (128) and Pillow's (89 with a
    # warning, 179 refused): only our explicit limit stops it.
    ("over-our-pixel-limit", "lon.png", files.png_declaring(8_000, 8_000),
     "quá nhiều điểm ảnh"),
    ("svg-with-script", "logo.svg", files.SVG_WITH_SCRIPT, "Không nhận định dạng"),
    ("svg-renamed-png", "logo.png", files.SVG_WITH_SCRIPT, "không khớp"),
    ("png-renamed-jpg", "anh.jpg", files.image_bytes("PNG"), "không khớp"),
]  # fmt: skip


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
@pytest.mark.parametrize("screen", IMAGE_SCREENS)
@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [case[1:] for case in HOSTILE_IMAGES],
    ids=[case[0] for case in HOSTILE_IMAGES],
)
def test_hostile_image_is_refused(admin_client, screen, name, content, expected):
    _assert_refused(admin_client, IMAGE_SCREENS[screen], name, content, expected)


@pytest.mark.parametrize("screen", IMAGE_SCREENS)
def test_image_over_the_size_limit_is_refused(admin_client, screen):
    limit = settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
    content = files.padded(files.image_bytes("PNG"), limit + 1)
    _assert_refused(
        admin_client, IMAGE_SCREENS[screen], "to.png", content, "Tệp quá lớn"
    )


def test_size_limit_follows_the_setting(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 50_000
    content = files.padded(files.image_bytes("PNG"), 60_000)
    _assert_refused(
        admin_client, IMAGE_SCREENS["add"], "to.png", content, "tối đa là 48,8 KB"
    )


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
@pytest.mark.parametrize("side", [20_000, 8_000])
def test_too_many_pixels_are_refused_before_decoding(admin_client, monkeypatch, side):
    """Reading the header is enough. Decoding 20000 x 20000 pixels would take
    400 MB; 8000 x 8000 is under Pillow's own guard and Wagtail (through Willow)
    would decode it before counting. Every decode in the request is recorded."""
    decoded_sizes = []
    real_load = ImageFile.ImageFile.load

    def recording_load(image):
        decoded_sizes.append(image.size)
        return real_load(image)

    monkeypatch.setattr(ImageFile.ImageFile, "load", recording_load)
    _assert_refused(
        admin_client,
        IMAGE_SCREENS["add"],
        "bom.png",
        files.png_declaring(side, side),
        "quá nhiều điểm ảnh",
    )
    limit = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
    assert all(w * h <= limit for w, h in decoded_sizes), decoded_sizes


def test_pillow_refuses_bombs_outside_the_admin_too():
    """Renditions of files that never went through the form (a command, the demo
    loader) still meet our limit: 81 megapixels is under Pillow's default guard
    (179) but over twice ours."""
    import io

    with pytest.raises(Image.DecompressionBombError):
        Image.open(io.BytesIO(files.png_declaring(9_000, 9_000)))


@pytest.mark.parametrize("screen", IMAGE_SCREENS)
@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "GIF", "WEBP"])
def test_good_images_are_accepted(admin_client, screen, fmt):
    url, upload = IMAGE_SCREENS[screen]
    name = f"anh-dep.{fmt.lower()}"
    error = upload(admin_client, url, name, files.image_bytes(fmt, (640, 480)))
    assert error is None
    assert CustomImage.objects.count() + UploadedFile.objects.count() == 1


def test_replacing_an_image_file_with_a_truncated_one_is_refused(admin_client):
    image = ImageFactory()
    original = image.file.name
    response = admin_client.post(
        f"/admin/images/{image.pk}/",
        {
            "title": image.title,
            "file": SimpleUploadedFile(
                "moi.jpg", files.truncated(files.image_bytes("JPEG"))
            ),
        },
    )
    assert "bị cắt cụt" in _form_error(response)
    image.refresh_from_db()
    assert image.file.name == original


HOSTILE_DOCUMENTS = [
    ("svg-with-script", "so-do.svg", files.SVG_WITH_SCRIPT, "Không nhận loại tệp"),
    ("html-page", "thong-bao.html", b"<html><script>alert(1)</script></html>",
     "Không nhận loại tệp"),
    ("program", "cai-dat.exe", files.EXE_BYTES, "Không nhận loại tệp"),
    ("svg-renamed-pdf", "so-do.pdf", files.SVG_WITH_SCRIPT,
     "không phải là tài liệu PDF"),
    ("program-renamed-pdf", "cong-van.pdf", files.EXE_BYTES,
     "không phải là tài liệu PDF"),
    ("program-renamed-txt", "ghi-chu.txt", files.EXE_BYTES,
     "không phải là tài liệu TXT"),
    ("zip-renamed-docx", "bao-cao.docx", files.zip_bytes({"a.txt": b"x"}),
     "không phải là tài liệu DOCX"),
    ("pdf-renamed-docx", "bao-cao.docx", files.pdf_bytes(),
     "không phải là tài liệu DOCX"),
    ("docx-renamed-odt", "bao-cao.odt", files.docx_bytes(),
     "không phải là tài liệu ODT"),
    ("text-renamed-rtf", "bao-cao.rtf", b"khong phai rtf",
     "không phải là tài liệu RTF"),
]  # fmt: skip


@pytest.mark.parametrize("screen", DOCUMENT_SCREENS)
@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [case[1:] for case in HOSTILE_DOCUMENTS],
    ids=[case[0] for case in HOSTILE_DOCUMENTS],
)
def test_hostile_document_is_refused(admin_client, screen, name, content, expected):
    _assert_refused(admin_client, DOCUMENT_SCREENS[screen], name, content, expected)


def test_refused_document_shows_one_reason(admin_client):
    error = _upload_single(
        admin_client, "/admin/documents/add/", "so-do.svg", files.SVG_WITH_SCRIPT
    )
    assert "not allowed" not in error


@pytest.mark.parametrize("screen", DOCUMENT_SCREENS)
def test_document_over_the_size_limit_is_refused(admin_client, screen, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 4096
    content = files.pdf_bytes() + b"%" * 5000
    _assert_refused(
        admin_client, DOCUMENT_SCREENS[screen], "lon.pdf", content, "Tệp quá lớn"
    )


def test_a_document_just_over_twenty_megabytes_is_refused(admin_client):
    # The limit as shipped (no setting changed): 20 MiB.
    content = files.pdf_bytes() + b"%" * (20 * 1024 * 1024)
    _assert_refused(
        admin_client, DOCUMENT_SCREENS["add"], "lon.pdf", content, "Tệp quá lớn"
    )


GOOD_DOCUMENTS = [
    ("cong-van.pdf", files.pdf_bytes()),
    ("bao-cao.docx", files.docx_bytes()),
    ("bao-cao.odt", files.odt_bytes()),
    ("bang-so-lieu.xlsx", files.zip_bytes({"xl/workbook.xml": b"<workbook/>"})),
    ("trinh-chieu.pptx", files.zip_bytes({"ppt/presentation.xml": b"<p/>"})),
    ("bien-ban.rtf", b"{\\rtf1\\ansi Bien ban}"),
    ("ghi-chu.txt", "Thông báo lịch tiếp công dân tháng 6.\n".encode()),
    ("so-lieu.csv", "xã,số hộ\nTân Lập,1200\n".encode()),
    ("so-lieu-utf16.csv", "xã,số hộ\n".encode("utf-16")),
]


@pytest.mark.parametrize("screen", DOCUMENT_SCREENS)
@pytest.mark.parametrize(
    ("name", "content"), GOOD_DOCUMENTS, ids=[n for n, _ in GOOD_DOCUMENTS]
)
def test_good_documents_are_accepted(admin_client, screen, name, content):
    url, upload = DOCUMENT_SCREENS[screen]
    assert upload(admin_client, url, name, content) is None
    assert Document.objects.count() + UploadedFile.objects.count() == 1


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("WAGTAILIMAGES_MAX_UPLOAD_SIZE", None),
        ("WAGTAILIMAGES_MAX_IMAGE_PIXELS", None),
        ("WAGTAILDOCS_MAX_UPLOAD_SIZE", None),
        ("WAGTAILIMAGES_EXTENSIONS", ["png", "svg"]),
        ("WAGTAILDOCS_EXTENSIONS", ["pdf", "html"]),
    ],
)
def test_system_check_catches_a_weakened_limit(settings, name, value):
    assert check_upload_limits(None) == []
    setattr(settings, name, value)
    assert check_upload_limits(None)
