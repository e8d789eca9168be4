"""The files of an official document: PDF, DOC or DOCX, told by their bytes
(cms/security/uploads.py's signatures), and no larger than
``settings.OFFICIAL_DOCUMENT_MAX_SIZE``."""

import os

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat

ALLOWED_EXTENSIONS = ("pdf", "doc", "docx")
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def _size(num_bytes: int) -> str:
    return filesizeformat(num_bytes).replace("\xa0", " ")


def sniffed_type(f) -> str | None:
    """ "pdf", "doc" or "docx" as the first bytes of ``f`` show it, or None."""
    # Imported here: cms.security.uploads imports Wagtail's admin forms, which
    # query the database's models and so cannot load with this app's models.
    from cms.security.uploads import DOCUMENT_SIGNATURES

    for extension in ALLOWED_EXTENSIONS:
        if DOCUMENT_SIGNATURES[extension](f):
            return extension
    return None


def check_document_file(document) -> None:
    """Raises ValidationError (in Vietnamese) unless ``document`` (a Wagtail
    document) is a PDF, DOC or DOCX whose bytes match its name, within the
    size limit."""
    extension = os.path.splitext(document.file.name)[1].lower().lstrip(".")
    allowed = ", ".join(ext.upper() for ext in ALLOWED_EXTENSIONS)
    if extension not in ALLOWED_EXTENSIONS:
        raise ValidationError(
            f"Tệp “{document.title}” không phải {allowed}: văn bản chỉ nhận "
            "các loại tệp này.",
            code="invalid_extension",
        )
    try:
        size = document.file.size
        document.file.open("rb")
        try:
            found = sniffed_type(document.file)
        finally:
            document.file.close()
    except OSError as exc:
        raise ValidationError(
            f"Không đọc được tệp “{document.title}”. Hãy tải tệp lên lại.",
            code="missing_file",
        ) from exc
    limit = settings.OFFICIAL_DOCUMENT_MAX_SIZE
    if size > limit:
        raise ValidationError(
            f"Tệp “{document.title}” quá lớn ({_size(size)}). Dung lượng tối đa "
            f"là {_size(limit)}.",
            code="file_too_large",
        )
    if found != extension:
        raise ValidationError(
            f"Nội dung tệp “{document.title}” không phải là tài liệu "
            f"{extension.upper()} (có thể tệp bị đổi đuôi hoặc bị hỏng).",
            code="invalid_content",
        )
