"""Search snippets: a short excerpt around the first match, the matched words in
<mark>, everything else escaped."""

import re
from html import escape

from cms.core.text import fold_with_offsets

SNIPPET_LENGTH = 180
_CONTEXT_BEFORE = 60


def snippet(texts: list[str], terms: tuple[str, ...]) -> str:
    texts = [" ".join(text.split()) for text in texts if text and text.strip()]
    if not texts:
        return ""
    pattern = re.compile(
        r"(?<![a-z0-9])(?:"
        + "|".join(re.escape(term) for term in sorted(terms, key=len, reverse=True))
        + r")(?![a-z0-9])"
    )
    for text in texts:
        folded, offsets = fold_with_offsets(text)
        spans = [
            (offsets[match.start()], offsets[match.end() - 1] + 1)
            for match in pattern.finditer(folded)
        ]
        if spans:
            return _excerpt(text, _merge(text, spans))
    text = texts[0]
    if len(text) <= SNIPPET_LENGTH:
        return escape(text)
    return escape(_cut_end(text, SNIPPET_LENGTH)) + " …"


def _merge(text, spans):
    """Joins marks separated only by spaces: "<mark>cải cách</mark>"."""
    merged = [spans[0]]
    for start, end in spans[1:]:
        last_start, last_end = merged[-1]
        if not text[last_end:start].strip():
            merged[-1] = (last_start, end)
        else:
            merged.append((start, end))
    return merged


def _cut_end(text, length):
    if len(text) <= length:
        return text
    cut = text.rfind(" ", 0, length)
    return text[: cut if cut > length // 2 else length]


def _excerpt(text, spans):
    start = max(0, spans[0][0] - _CONTEXT_BEFORE)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < spans[0][0] else start
    end = min(len(text), start + SNIPPET_LENGTH)
    if end < len(text):
        space = text.rfind(" ", spans[0][1], end)
        end = space if space > 0 else end
    parts, position = [], start
    for span_start, span_end in spans:
        if span_start >= end:
            break
        parts.append(escape(text[position:span_start]))
        parts.append(f"<mark>{escape(text[span_start : min(span_end, end)])}</mark>")
        position = min(span_end, end)
    parts.append(escape(text[position:end]))
    return ("… " if start else "") + "".join(parts) + (" …" if end < len(text) else "")
