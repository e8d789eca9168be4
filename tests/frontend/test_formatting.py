"""Vietnamese dates and numbers, responsive images, snippets and JSON-LD."""

import pytest

from frontend import formatting


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-08-24T08:30:00+07:00", "Thứ Năm, 24/08/2023 08:30"),
        # UTC from elsewhere is shown in Hà Nội time, the next day here.
        ("2023-08-26T18:05:00+00:00", "Chủ Nhật, 27/08/2023 01:05"),
        ("2023-08-21T00:00:00+07:00", "Thứ Hai, 21/08/2023 00:00"),
        ("2023-08-26T12:00:00+07:00", "Thứ Bảy, 26/08/2023 12:00"),
        ("", ""),
        (None, ""),
        ("not a date", ""),
    ],
)
def test_vn_datetime(value, expected):
    assert formatting.vn_datetime(value) == expected


def test_other_date_forms():
    value = "2023-08-26T18:05:00Z"
    assert formatting.vn_date(value) == "27/08/2023"
    assert formatting.iso_datetime(value) == "2023-08-27T01:05:00+07:00"
    assert formatting.rfc822(value) == "Sun, 27 Aug 2023 01:05:00 +0700"


@pytest.mark.parametrize(
    ("value", "expected"),
    [(0, "0"), (999, "999"), (1234, "1.234"), (1234567, "1.234.567"), (None, "—")],
)
def test_vn_number(value, expected):
    assert formatting.vn_number(value) == expected


IMAGE = {
    "id": 1,
    "width": 1000,
    "height": 500,
    "alt": "Cầu sông Ngàn",
    "renditions": [
        {"width": 640, "height": 320, "webp": "a-640.webp", "jpeg": "a-640.jpg"},
        {"width": 320, "height": 160, "webp": "a-320.webp", "jpeg": "a-320.jpg"},
        {
            "width": 960,
            "height": 480,
            "webp": "a-960.webp",
            "jpeg": "a-960.jpg",
            "jpeg_size": 48_213,
        },
    ],
}


def test_image_sources():
    sources = formatting.image_sources(IMAGE)
    assert sources == {
        "webp_srcset": "a-320.webp 320w, a-640.webp 640w, a-960.webp 960w",
        "jpeg_srcset": "a-320.jpg 320w, a-640.jpg 640w, a-960.jpg 960w",
        "src": "a-640.jpg",
        "width": 640,
        "height": 320,
        "alt": "Cầu sông Ngàn",
    }
    assert formatting.image_sources(IMAGE, preferred_width=300)["src"] == "a-320.jpg"
    assert formatting.image_sources(None) is None
    assert formatting.image_sources({**IMAGE, "renditions": []}) is None


def test_share_image_is_the_largest_jpeg():
    assert formatting.share_image(IMAGE) == {
        "url": "a-960.jpg",
        "width": 960,
        "height": 480,
        "alt": "Cầu sông Ngàn",
        "size": 48_213,
    }


def _image(name: str, alt: str = "") -> dict:
    jpeg = {"width": 640, "height": 360, "webp": f"{name}.webp", "jpeg": f"{name}.jpg"}
    return {"alt": alt, "renditions": [jpeg]}


@pytest.mark.parametrize(
    ("page", "site", "expected"),
    [
        ({"hero_image": _image("hero")}, {"logo": _image("logo")}, "hero.jpg"),
        ({"thumbnail": _image("thumb")}, {}, "thumb.jpg"),
        (
            {
                "hero_image": None,
                "body": [
                    {"type": "paragraph", "html": "<p>Tin</p>"},
                    {"type": "image", "image": _image("first")},
                    {"type": "image", "image": _image("second")},
                ],
            },
            {"share_image": _image("share")},
            "first.jpg",
        ),
        ({"photos": [{"image": _image("photo")}]}, {}, "photo.jpg"),
        (
            {"hero_image": None, "body": [{"type": "quote", "text": "…"}]},
            {"share_image": _image("share"), "logo": _image("logo")},
            "share.jpg",
        ),
        ({"body": []}, {"share_image": None, "logo": _image("logo")}, "logo.jpg"),
    ],
)
def test_page_share_image_falls_back_body_photo_share_image_logo(page, site, expected):
    assert formatting.page_share_image(page, site)["url"] == expected


def test_page_share_image_is_none_when_the_portal_has_no_picture():
    assert formatting.page_share_image({"body": []}, None) is None
    assert formatting.page_share_image({}, {"share_image": None, "logo": None}) is None


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        (
            "… <mark>cải cách</mark> hành chính …",
            "… <mark>cải cách</mark> hành chính …",
        ),
        ("a &amp; b <mark>c</mark>", "a &amp; b <mark>c</mark>"),
        (
            "<script>x</script><mark>y</mark>",
            "&lt;script&gt;x&lt;/script&gt;<mark>y</mark>",
        ),
        ("<mark onclick=x>y</mark>", "&lt;mark onclick=x&gt;y"),
        ("cut <mark>off", "cut off"),
        ("&lt;mark&gt; is text", "&lt;mark&gt; is text"),
    ],
)
def test_snippet_html_keeps_only_mark(snippet, expected):
    assert str(formatting.snippet_html(snippet)) == expected
