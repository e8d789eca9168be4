"""Presentation helpers used as Jinja filters: Vietnamese dates and numbers,
responsive image sources, the picture a shared link shows, search snippets."""

import re
from datetime import datetime
from email.utils import format_datetime
from html import escape, unescape
from zoneinfo import ZoneInfo

from markupsafe import Markup

LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
# Monday first, as datetime.weekday() counts.
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def parse_datetime(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=LOCAL_TZ)
    return moment.astimezone(LOCAL_TZ)


def vn_datetime(value: str | None) -> str:
    """ "2023-08-24T01:30:00Z" -> "Thứ Năm, 24/08/2023 08:30" (Hà Nội time)."""
    moment = parse_datetime(value)
    if moment is None:
        return ""
    return f"{WEEKDAYS[moment.weekday()]}, {moment:%d/%m/%Y %H:%M}"


def vn_date(value: str | None) -> str:
    moment = parse_datetime(value)
    return "" if moment is None else f"{moment:%d/%m/%Y}"


def iso_datetime(value: str | None) -> str:
    moment = parse_datetime(value)
    return "" if moment is None else moment.isoformat()


def rfc822(value: str | None) -> str:
    moment = parse_datetime(value)
    return "" if moment is None else format_datetime(moment)


def vn_number(value) -> str:
    """1234567 -> "1.234.567", as Vietnamese readers write numbers."""
    if value is None or value == "":
        return "—"
    try:
        return f"{int(value):,}".replace(",", ".")
    except (TypeError, ValueError):
        return "—"


def image_sources(image: dict | None, preferred_width: int = 640) -> dict | None:
    """srcset strings and a fallback source from the API's renditions.

    The fallback `src` (for browsers without srcset) is the rendition closest to
    `preferred_width`; its width and height reserve the box so nothing shifts.
    """
    if not image:
        return None
    renditions = sorted(
        (r for r in image.get("renditions") or [] if r.get("jpeg") and r.get("width")),
        key=lambda r: r["width"],
    )
    if not renditions:
        return None
    fallback = min(renditions, key=lambda r: abs(r["width"] - preferred_width))
    return {
        "webp_srcset": ", ".join(
            f"{r['webp']} {r['width']}w" for r in renditions if r.get("webp")
        ),
        "jpeg_srcset": ", ".join(f"{r['jpeg']} {r['width']}w" for r in renditions),
        "src": fallback["jpeg"],
        "width": fallback["width"],
        "height": fallback["height"],
        "alt": image.get("alt") or "",
    }


def share_image(image: dict | None) -> dict | None:
    """The largest JPEG rendition: Facebook and Zalo previews want at least
    600 px and do not all read WebP."""
    if not image:
        return None
    renditions = [r for r in image.get("renditions") or [] if r.get("jpeg")]
    if not renditions:
        return None
    best = max(renditions, key=lambda r: r["width"])
    return {
        "url": best["jpeg"],
        "width": best["width"],
        "height": best["height"],
        "alt": image.get("alt") or "",
        "size": best.get("jpeg_size"),  # bytes, None when the CMS does not know
    }


def page_share_image(page: dict, site: dict | None) -> dict | None:
    """The picture Facebook and Zalo show for a shared article or photo story:
    its hero image (or thumbnail), else the first photo of its body or story,
    else the portal's share image, else its logo. None only when the portal
    has no picture at all."""
    candidates = [page.get("hero_image"), page.get("thumbnail")]
    candidates += [
        block.get("image")
        for block in page.get("body") or []
        if block.get("type") == "image"
    ]
    candidates += [photo.get("image") for photo in page.get("photos") or []]
    candidates += [(site or {}).get("share_image"), (site or {}).get("logo")]
    return next(
        (share for share in map(share_image, candidates) if share is not None), None
    )


_MARK = re.compile(r"(</?mark>)")


def snippet_html(snippet: str | None) -> Markup:
    """Search snippets carry <mark> around the matched words. Keep exactly those
    tags and escape everything else, whatever the API sent."""
    if not snippet:
        return Markup("")
    parts = []
    for piece in _MARK.split(snippet):
        if piece in ("<mark>", "</mark>"):
            parts.append(piece)
        else:
            parts.append(escape(unescape(piece), quote=False))
    html = "".join(parts)
    # Drop unbalanced tags so that a cut snippet cannot leave <mark> open.
    if html.count("<mark>") != html.count("</mark>"):
        html = html.replace("<mark>", "").replace("</mark>", "")
    return Markup(html)  # noqa: S704 - escaped above, only <mark> is kept
