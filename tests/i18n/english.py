"""Finding English on a screen that should be all Vietnamese.

Vietnamese words written without diacritics ("tin", "trang", "theo") are plain
ASCII too, so ASCII alone does not make a word English. Every Vietnamese word is
one syllable of a fixed shape (onset, vowels, one of eight endings), and nearly
every English content word breaks that shape ("Save", "draft", "Publish",
"image", "Tag"). A word is reported when it is ASCII, is not a Vietnamese
syllable and is not a name or abbreviation on the short list below.
"""

import re

ALLOWED = {
    # Names and abbreviations that Vietnamese editors read as they are.
    "wagtail",
    "facebook",
    "zalo",
    "youtube",
    "embedly",
    "javascript",
    "url",
    "seo",
    "id",
    "email",
    "html",
    "api",
    "utc",
    "csv",
    "xlsx",
    "json",
    "pdf",
    "jpeg",
    "jpg",
    "png",
    "webp",
    "gif",
    "svg",
    "ubnd",  # Ủy ban nhân dân
    "vh",  # "VH&TT": Văn hóa và Thông tin
    "tt",
    # Loanwords of Vietnamese newsrooms.
    "sapo",  # the lead paragraph
    "video",
    "camera",
    "web",  # "trang web"
    # Units, and key names as printed on keyboards.
    "px",
    "kb",
    "mb",
    "gb",
    "ctrl",
    "alt",
    "shift",
    "enter",
    "esc",
}

_ONSET = r"(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdghklmnprstvx])?"
_RIME = r"[aeiouy]{1,3}(?:ch|nh|ng|[cmnpt])?"
VIETNAMESE_SYLLABLE = re.compile(rf"{_ONSET}{_RIME}")

WORD = re.compile(r"[^\W\d_]+")
# Machine text that is not language: addresses, host names, file names, user
# names.
NOT_LANGUAGE = re.compile(
    r"https?://\S+|\S+@\S+|\b[\w-]+\.(?:jpe?g|png|webp|gif|pdf|docx?|xlsx|csv)\b"
    r"|\b\w*[a-z]\d\w*\b"
    # Host names: a portal is named with its host in the admin.
    r"|\b(?:[\w-]+\.)*localhost\b|\b[\w-]+(?:\.[\w-]+)+\.[a-z]{2,}\b"
    # A word cut short by an ellipsis is no longer a word.
    r"|\w+…",
    re.IGNORECASE,
)


def english_words(text: str, also_allowed=()) -> set[str]:
    """The words in ``text`` that look English, as written."""
    allowed = ALLOWED | {w.lower() for w in also_allowed}
    found = set()
    for word in WORD.findall(NOT_LANGUAGE.sub(" ", text)):
        if not word.isascii() or len(word) < 2:
            continue
        lowered = word.lower()
        if lowered in allowed or VIETNAMESE_SYLLABLE.fullmatch(lowered):
            continue
        found.add(word)
    return found
