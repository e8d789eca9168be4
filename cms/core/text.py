"""Vietnamese text helpers shared by slugs and search."""

from anyascii import anyascii
from django.utils.text import slugify


def fold_diacritics(text: str) -> str:
    """Vietnamese (or any) text with its diacritics folded to ASCII.

    Unicode normalisation alone keeps "đ"/"Đ", which are letters of their own
    rather than "d" plus a mark; anyascii folds them too.
    """
    return anyascii(text or "")


def ascii_slugify(text: str) -> str:
    """'Đẩy mạnh cải cách' -> 'day-manh-cai-cach'."""
    return slugify(fold_diacritics(text))
