"""Vietnamese text helpers shared by slugs and search."""

import re
import unicodedata

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


# Words as readers type them; "\w" keeps Vietnamese letters together ("Đảng").
_WORD = re.compile(r"\w+")
# Folded text is re-split: anyascii may turn one character into several
# ("½" -> "1/2"), and only plain ASCII letters and digits are safe to hand to
# every search engine (no operators, quotes or wildcards).
_ASCII_WORD = re.compile(r"[a-z0-9]+")


def words(text: str) -> list[str]:
    """'Đảng ủy, xã' -> ['Đảng', 'ủy', 'xã'] (composed: NFC)."""
    return _WORD.findall(unicodedata.normalize("NFC", text or ""))


def folded_words(text: str) -> list[str]:
    """'Đảng ủy xã' -> ['dang', 'uy', 'xa']."""
    return _ASCII_WORD.findall(fold_diacritics(text).lower())


def accent_token(word: str) -> str:
    """An ASCII token that stands for one word spelled with its diacritics.

    Search engines fold or ignore marks in their own ways (SQLite's FTS5 drops
    single marks but keeps "đ"; PostgreSQL keeps them but lowercases only in
    some locales), so "exact spelling" cannot be asked of them directly.
    Instead each accented word is indexed once more as ``"v" + UTF-8 hex``:
    "cải" -> "v63e1baa369". The token is plain ASCII, so no engine changes it,
    and it matches only the same word with the same marks.
    """
    return "v" + unicodedata.normalize("NFC", word.casefold()).encode().hex()


def accent_tokens(text: str) -> list[str]:
    """Tokens for the words of ``text`` that carry diacritics, each once, in
    order. Words without marks are already matched by the folded text."""
    # Each distinct word once: an article repeats most of its words.
    marked = dict.fromkeys(
        word.casefold() for word in words(text) if not word.isascii()
    )
    return list(dict.fromkeys(accent_token(word) for word in marked))


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """``text`` folded and lowercased, with, for each folded character, the
    index of the character of ``text`` it came from, so that a match found in
    the folded text can be highlighted in the original."""
    folded, offsets = [], []
    for index, char in enumerate(text):
        piece = fold_diacritics(char).lower() if not char.isascii() else char.lower()
        folded.append(piece)
        offsets.extend([index] * len(piece))
    return "".join(folded), offsets


# SQLite's FTS5 folds every Vietnamese mark (``remove_diacritics 2``) but not
# "đ", a letter of its own; PostgreSQL's unaccent folds it but the same text
# goes to both. Folded by us, and in the query the same way.
_D_STROKE = str.maketrans({"đ": "d", "Đ": "D"})
# Letters and digits only: "_" and every operator of FTS5 and tsquery split.
_TERM = re.compile(r"[^\W_]+")


def index_text(text: str) -> str:
    """``text`` as the search index receives it: composed (NFC), "đ" as "d"."""
    return unicodedata.normalize("NFC", text or "").translate(_D_STROKE)


def search_terms(text: str) -> list[str]:
    """'Đảng ủy, xã_Tân' -> ['dảng', 'ủy', 'xã', 'tân']: the words of a query as
    the index folds them (lowercase, "đ" as "d"; the engine folds the marks)."""
    return _TERM.findall(index_text(text).lower())
