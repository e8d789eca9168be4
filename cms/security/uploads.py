"""Upload validation for the admin's image and document forms.

Wagtail already checks an image's size, extension, real format and pixel count
from its header; these fields keep those checks, word their errors in Vietnamese,
and add what Wagtail leaves out: a full decode of every image (a truncated file
would otherwise be stored and break every rendition later), and for documents the
extension list and a cheap look at the first bytes, so that a program or web page
renamed ``.pdf`` is refused. Every check runs before anything is written, so a
refused file leaves no database row and no file in MEDIA_ROOT.

Both forms are installed with WAGTAILIMAGES_IMAGE_FORM_BASE and
WAGTAILDOCS_DOCUMENT_FORM_BASE, which every upload path in the admin uses (add,
multiple add, chooser upload, replacing the file on edit).
"""

import os
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from PIL import Image as PILImage
from wagtail.documents.fields import WagtailDocumentField
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm


def _size(num_bytes: int) -> str:
    return filesizeformat(num_bytes).replace("\xa0", " ")


def _megapixels(pixels: int) -> str:
    return f"{pixels / 1_000_000:g} triệu"


class UploadImageField(WagtailImageField):
    """Wagtail's image field with Vietnamese errors and a full decode."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        formats = ", ".join(ext.upper() for ext in self.allowed_image_extensions)
        self.help_text = (
            f"Nhận ảnh {formats}; tối đa {_size(self.max_upload_size)} "
            f"và {_megapixels(self.max_image_pixels)} điểm ảnh."
        )

    def _messages(self, f) -> dict[str, str]:
        formats = ", ".join(ext.upper() for ext in self.allowed_image_extensions)
        size = getattr(f, "size", None)
        return {
            "invalid_image": (
                "Tệp này không phải là ảnh hoặc đã bị hỏng. "
                f"Hãy chọn một ảnh {formats}."
            ),
            "invalid_image_extension": (
                f"Không nhận định dạng này. Chỉ nhận ảnh {formats}."
            ),
            "invalid_image_known_format": (
                "Đuôi tệp không khớp với nội dung: tệp không phải ảnh "
                f"{os.path.splitext(getattr(f, 'name', ''))[1].lstrip('.').upper()}. "
                "Hãy lưu lại ảnh bằng phần mềm chỉnh ảnh rồi tải lên."
            ),
            "file_too_large": (
                f"Tệp quá lớn ({_size(size or 0)}). "
                f"Dung lượng tối đa là {_size(self.max_upload_size or 0)}."
            ),
            "file_too_many_pixels": (
                "Ảnh có quá nhiều điểm ảnh: tối đa "
                f"{_megapixels(self.max_image_pixels or 0)} điểm ảnh "
                "(ví dụ 8000 × 5000). Hãy thu nhỏ ảnh trước khi tải lên."
            ),
            "truncated_image": (
                "Ảnh bị hỏng hoặc chưa tải lên đủ (tệp bị cắt cụt). "
                "Hãy mở ảnh trên máy, lưu lại rồi tải lên lần nữa."
            ),
        }

    def to_python(self, data):
        if data:
            self.check_pixels_from_header(data)
        try:
            f = super().to_python(data)
        except ValidationError as error:
            message = self._messages(data).get(error.code)
            if message is None:
                raise
            raise ValidationError(message, code=error.code) from error
        except Exception as exc:
            # Willow decodes the image to measure it and lets a decoder error
            # (a truncated JPEG: OSError) escape as a server error.
            raise self._refusal(data, "truncated_image") from exc
        if f is not None:
            self.check_image_decodes(f)
        return f

    def run_validators(self, value):
        try:
            super().run_validators(value)
        except ValidationError as error:
            if error.code != "invalid_extension":
                raise
            raise self._refusal(value, "invalid_image_extension") from error

    def _refusal(self, f, code: str) -> ValidationError:
        return ValidationError(self._messages(f)[code], code=code)

    def check_pixels_from_header(self, data):
        """Refuse an image with too many pixels from its header alone.

        Wagtail counts pixels through Willow, which decodes the whole image
        first: a 64-megapixel PNG would be decoded and only then refused.
        Pillow's open() reads just the header (and refuses outright above twice
        its MAX_IMAGE_PIXELS, which the app config sets to our limit)."""
        if self.max_image_pixels is None or not hasattr(data, "seek"):
            return
        if self.max_upload_size is not None and data.size > self.max_upload_size:
            return  # refused for its size by Wagtail's check, without opening it
        data.seek(0)
        try:
            with PILImage.open(data) as image:
                pixels = image.width * image.height * getattr(image, "n_frames", 1)
        except PILImage.DecompressionBombError as exc:
            raise self._refusal(data, "file_too_many_pixels") from exc
        except Exception:
            # Not an image Pillow knows; Wagtail's checks say what is wrong.
            return
        finally:
            data.seek(0)
        if pixels > self.max_image_pixels:
            raise self._refusal(data, "file_too_many_pixels")

    def check_image_decodes(self, f):
        """Decode every frame; a truncated frame would break every rendition
        later. The header check has bounded the pixel count, so the cost too."""
        f.seek(0)
        try:
            with PILImage.open(f) as image:
                if image.format == "JPEG":
                    # Decoding at 1/8 scale reads every byte of the stream but
                    # needs 1/64 of the memory.
                    image.draft(image.mode, (image.width // 8, image.height // 8))
                for frame in range(getattr(image, "n_frames", 1)):
                    image.seek(frame)
                    image.load()
        except Exception as exc:
            raise self._refusal(f, "truncated_image") from exc
        finally:
            f.seek(0)


def _looks_like_ooxml(part: str):
    def check(f) -> bool:
        return part in (_zip_names(f) or ())

    return check


def _zip_names(f) -> set[str] | None:
    f.seek(0)
    try:
        with zipfile.ZipFile(f) as archive:
            return set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    finally:
        f.seek(0)


def _is_odt(f) -> bool:
    f.seek(0)
    try:
        with zipfile.ZipFile(f) as archive:
            return (
                archive.read("mimetype") == b"application/vnd.oasis.opendocument.text"
            )
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        return False
    finally:
        f.seek(0)


def _head(f, size: int = 64 * 1024) -> bytes:
    f.seek(0)
    try:
        return f.read(size)
    finally:
        f.seek(0)


def _is_text(f) -> bool:
    head = _head(f)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True  # UTF-16 with a byte-order mark, as some spreadsheets save CSV
    # Programs, images and archives have NUL bytes within their first kilobytes;
    # text in any 8-bit encoding (UTF-8, Windows-1258, TCVN3) has none.
    return b"\x00" not in head


# What the first bytes of each allowed document type must look like. A type
# missing here is accepted on its extension alone.
DOCUMENT_SIGNATURES = {
    "pdf": lambda f: _head(f, 1024).lstrip().startswith(b"%PDF-"),
    "rtf": lambda f: _head(f, 16).startswith(b"{\\rtf"),
    # Word 97-2003: an OLE2 compound file.
    "doc": lambda f: _head(f, 8) == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    "docx": _looks_like_ooxml("word/document.xml"),
    "xlsx": _looks_like_ooxml("xl/workbook.xml"),
    "pptx": _looks_like_ooxml("ppt/presentation.xml"),
    "odt": _is_odt,
    "txt": _is_text,
    "csv": _is_text,
}


def _allowed_document_extensions() -> list[str]:
    return [ext.lower() for ext in settings.WAGTAILDOCS_EXTENSIONS]


class UploadDocumentField(WagtailDocumentField):
    """Wagtail's document field with the extension list and content sniffing."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.help_text = (
            f"Nhận tài liệu {', '.join(_allowed_document_extensions()).upper()}; "
            f"tối đa {_size(self.max_upload_size)}."
        )

    def to_python(self, data):
        try:
            f = super().to_python(data)
        except ValidationError as error:
            if error.code != "file_too_large":
                raise
            raise ValidationError(
                f"Tệp quá lớn ({_size(data.size)}). "
                f"Dung lượng tối đa là {_size(self.max_upload_size)}.",
                code="file_too_large",
            ) from error
        if f is None:
            return None
        allowed = _allowed_document_extensions()
        extension = os.path.splitext(f.name)[1].lower().lstrip(".")
        if extension not in allowed:
            raise ValidationError(
                "Không nhận loại tệp này. Chỉ nhận tài liệu "
                f"{', '.join(ext.upper() for ext in allowed)}.",
                code="invalid_extension",
            )
        looks_right = DOCUMENT_SIGNATURES.get(extension)
        if looks_right is not None and not looks_right(f):
            raise ValidationError(
                f"Nội dung tệp không phải là tài liệu {extension.upper()} "
                "(có thể tệp bị đổi đuôi hoặc bị hỏng). Hãy lưu lại tài liệu "
                "bằng phần mềm văn phòng rồi tải lên.",
                code="invalid_content",
            )
        return f


def _replace_field(form, name, field_class):
    """Swap a generated form field for our subclass, keeping its widget (with the
    attributes Wagtail's JavaScript relies on), label and requiredness."""
    field = form.fields.get(name)
    if field is None or isinstance(field, field_class):
        return
    form.fields[name] = field_class(
        label=field.label,
        required=field.required,
        widget=field.widget,
        max_length=getattr(field, "max_length", None),
    )


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _replace_field(self, "file", UploadImageField)


class DocumentForm(BaseDocumentForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _replace_field(self, "file", UploadDocumentField)

    def _post_clean(self):
        refused = list(self.errors.get("file", ()))
        super()._post_clean()
        if refused:
            # Document.clean() then checks the extension of the file that was
            # never accepted and adds "File extension “” is not allowed" in
            # English; the editor needs only our reason.
            self.errors["file"] = self.error_class(refused)
