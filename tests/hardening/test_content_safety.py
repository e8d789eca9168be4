"""Script and event-handler HTML typed (or pasted) by an editor into rich text,
titles, leads, captions, credits and alt text: the API's rich text carries no
script, handler or javascript: link, and in a real browser none of it runs on
any page of the reader site."""

import json

import pytest
from django.test import Client

from cms.images.models import CustomImage
from cms.photostories.models import PhotoStoryPhoto
from tests.factories import (
    ArticlePageFactory,
    ImageFactory,
    PhotoStoryPageFactory,
    SectionPageFactory,
)

# Each payload sets its own flag, or opens a dialog, if it ever runs.
PAYLOADS = [
    "<script>window.__xss_script = true</script>",
    '<img src="x" onerror="window.__xss_img = true; alert(1)">',
    '<svg onload="window.__xss_svg = true"><circle r="1"/></svg>',
    '<a href="javascript:window.__xss_link = true">Xem thêm</a>',
    '<iframe src="javascript:parent.__xss_iframe = true"></iframe>',
    '"><img src=x onerror="window.__xss_attr = true">',
    "<p style=\"background:url('javascript:window.__xss_css=true')\">x</p>",
]
HOSTILE = " ".join(PAYLOADS)
# Short enough for a title or caption (255 characters at most).
SHORT = (
    "<script>window.__xss_script=1</script>"
    '<img src=x onerror="window.__xss_img=1;alert(1)">'
    '<svg onload="window.__xss_svg=1">'
    '<a href="javascript:window.__xss_link=1">x</a>'
)
FLAGS = ["script", "img", "svg", "link", "iframe", "attr", "css"]
WORD = "Phanxiphang"  # a word to search for, found only in hostile pages


def hostile_content():
    section = SectionPageFactory(title=f"Chuyên mục {SHORT}", slug="nguy-hiem")
    image = ImageFactory(
        title=f"Ảnh {SHORT}",
        description=f"Mô tả {SHORT}",
        caption=f"Chú thích {SHORT}",
        credit=f"Tác giả {SHORT}",
    )
    article = ArticlePageFactory(
        parent=section,
        slug="bai-nguy-hiem",
        title=f"{WORD} {SHORT}",
        lead=f"{WORD} tóm tắt {SHORT}",
        author_name=f"Tác giả {SHORT}",
        hero_image=image,
        body=[
            {"type": "paragraph", "value": f"<p>{WORD} đoạn văn</p>{HOSTILE}"},
            {
                "type": "image",
                "value": {
                    "image": image.pk,
                    "caption": f"Chú thích khối {SHORT}",
                    "credit": SHORT,
                },
            },
        ],
    )
    story = PhotoStoryPageFactory(
        parent=section,
        slug="tin-anh-nguy-hiem",
        title=f"{WORD} ảnh {SHORT}",
        intro=SHORT,
        photos=[PhotoStoryPhoto(image=image, caption=f"Ảnh một {SHORT}")],
    )
    return {"section": section, "article": article, "story": story, "image": image}


def _strings(node):
    if isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)
    elif isinstance(node, str):
        yield node


def _html_fields(node, key=None):
    """The fields the API documents as HTML (rich text, embeds, snippets)."""
    if isinstance(node, dict):
        for name, value in node.items():
            if isinstance(value, str) and name in {"html", "embed_html"}:
                yield value
            else:
                yield from _html_fields(value, name)
    elif isinstance(node, list):
        for value in node:
            yield from _html_fields(value, key)


@pytest.mark.django_db
def test_api_rich_text_is_sanitised(home):
    content = hostile_content()
    client = Client()
    for url in [
        f"/api/v1/articles/{content['article'].pk}/",
        f"/api/v1/photo-stories/{content['story'].pk}/",
        "/api/v1/pages/by-path/?path=/nguy-hiem/bai-nguy-hiem/",
    ]:
        response = client.get(url)
        assert response.status_code == 200, response.content[:300]
        body = json.loads(response.content)
        html = list(_html_fields(body))
        if "photo-stories" not in url:  # a photo story's texts are all plain
            assert html, url  # the body's rich text is there, sanitised
        for fragment in html:
            lowered = fragment.lower()
            for forbidden in ["<script", "onerror", "onload", "javascript:", "<svg"]:
                assert forbidden not in lowered, (url, fragment)
            for forbidden in ["<iframe", "style="]:
                assert forbidden not in lowered, (url, fragment)
        # Plain-text fields stay text (a title about "<script>" is a title):
        # they are served as JSON strings, which the reader site escapes.
        assert body.get("title", "").startswith(WORD) or url.endswith("bai-nguy-hiem/")
        assert all(isinstance(s, str) for s in _strings(body))
    # The search snippet is text with only the searched word marked.
    response = client.get("/api/v1/search/", {"q": WORD})
    assert response.json()["count"] == 2
    for result in response.json()["results"]:
        assert "<script" not in json.dumps(result.get("snippet", ""))


@pytest.mark.browser
def test_nothing_hostile_runs_in_the_reader_site(reader_site, new_page):
    content = hostile_content()
    CustomImage.objects.filter(pk=content["image"].pk).update(
        description=f"Mô tả {SHORT}"
    )
    page = new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    paths = [
        "/",
        "/nguy-hiem/",
        content["article"].reader_path,
        content["story"].reader_path,
        f"/tim-kiem/?q={WORD}",
    ]
    for path in paths:
        response = page.goto(reader_site.url + path)
        assert response.status == 200, path
        page.wait_for_load_state("load")
        # The hostile text is on the page, as text.
        assert WORD in page.content(), path
        # No javascript: link or handler survived to be clicked or fired.
        assert page.locator('a[href^="javascript:" i]').count() == 0, path
        assert page.locator("[onerror], [onload], [onclick]").count() == 0, path
        assert page.locator("main script, main svg, main iframe").count() == 0, path
        fired = page.evaluate(
            "names => names.filter(n => window['__xss_' + n] !== undefined)", FLAGS
        )
        assert fired == [], (path, fired)
    assert dialogs == []
