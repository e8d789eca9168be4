import datetime
import json

import pytest
import time_machine
import wagtail_factories
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from cms.articles.models import RelatedArticle
from tests.factories import ArticlePageFactory, ImageFactory, SectionPageFactory

LIST = "/api/v1/articles/"
DETAIL = "/api/v1/articles/{id}/"


def get(api, url, **params):
    response = api.get(url, params)
    return response, json.loads(response.content)


@pytest.fixture
def news(home):
    return SectionPageFactory(title="Tin tức")


def test_list_is_newest_first_with_light_summaries(api, openapi, news):
    older = ArticlePageFactory(
        parent=news,
        title="Hội nghị tổng kết",
        display_date=timezone.make_aware(datetime.datetime(2026, 1, 5, 8, 30)),
        hero_image=ImageFactory(),
    )
    newer = ArticlePageFactory(
        parent=news,
        display_date=timezone.make_aware(datetime.datetime(2026, 2, 1, 9, 0)),
    )
    response, body = get(api, LIST)
    openapi.validate(LIST, response)
    assert [item["id"] for item in body["results"]] == [newer.pk, older.pk]
    item = body["results"][1]
    assert list(item) == [
        "id",
        "type",
        "title",
        "lead",
        "date",
        "path",
        "url",
        "section",
        "portal",
        "thumbnail",
        "view_count",
    ]
    assert item["portal"] == {"hostname": "localhost", "name": "Cổng thông tin điện tử"}
    assert item["type"] == "article"
    assert item["title"] == "Hội nghị tổng kết"
    assert item["date"] == "2026-01-05T08:30:00+07:00"
    assert item["path"] == older.reader_path
    assert item["url"] == "http://127.0.0.1:8000" + older.reader_path
    assert item["section"] == {"id": news.pk, "title": "Tin tức", "path": "/tin-tuc/"}
    assert item["view_count"] == 0
    thumbnail = item["thumbnail"]
    assert thumbnail["alt"] == "Người dân xã Tân Lập gặt lúa trên cánh đồng"
    assert (thumbnail["width"], thumbnail["height"]) == (640, 400)
    assert [r["width"] for r in thumbnail["renditions"]] == [320, 640]
    first = thumbnail["renditions"][0]
    assert first["height"] == 200
    assert first["webp"].startswith("http://testserver/media/images/")
    assert first["webp"].endswith(".width-320.format-webp.webp")
    assert first["jpeg"].endswith(".width-320.format-jpeg.jpg")
    assert body["results"][0]["thumbnail"] is None


def test_section_filter_includes_subsections(api, news):
    district = SectionPageFactory(parent=news, title="Tin huyện")
    culture = SectionPageFactory(title="Văn hóa")
    in_news = ArticlePageFactory(parent=news)
    in_district = ArticlePageFactory(parent=district)
    ArticlePageFactory(parent=culture)
    _, body = get(api, LIST, section=news.pk)
    assert {item["id"] for item in body["results"]} == {in_news.pk, in_district.pk}
    _, body = get(api, LIST, section=district.pk)
    assert [item["id"] for item in body["results"]] == [in_district.pk]
    assert body["results"][0]["section"]["path"] == "/tin-tuc/tin-huyen/"


def test_tag_filter_with_ascii_slugs(api, news):
    tagged = ArticlePageFactory(parent=news, publish=False)
    tagged.tags.add("chuyển đổi số")
    tagged.save_revision().publish()
    ArticlePageFactory(parent=news)
    _, body = get(api, LIST, tag="chuyen-doi-so")
    assert [item["id"] for item in body["results"]] == [tagged.pk]
    response, detail = get(api, DETAIL.format(id=tagged.pk))
    assert detail["tags"] == [{"name": "chuyển đổi số", "slug": "chuyen-doi-so"}]


def test_date_range_uses_local_days(api, news):
    def at(day, hour):
        return timezone.make_aware(datetime.datetime(2026, 3, day, hour, 0))

    before = ArticlePageFactory(parent=news, display_date=at(9, 23))
    first = ArticlePageFactory(parent=news, display_date=at(10, 0))
    last = ArticlePageFactory(parent=news, display_date=at(11, 23))
    ArticlePageFactory(parent=news, display_date=at(12, 0))
    _, body = get(api, LIST, date_from="2026-03-10", date_to="2026-03-11")
    assert [item["id"] for item in body["results"]] == [last.pk, first.pk]
    _, body = get(api, LIST, date_to="2026-03-09")
    assert [item["id"] for item in body["results"]] == [before.pk]


def test_pagination_envelope_and_links(api, openapi, news):
    articles = [ArticlePageFactory(parent=news) for _ in range(5)]
    response, body = get(api, LIST, page=2, page_size=2, section=news.pk)
    openapi.validate(LIST, response)
    next_cursor, previous_cursor = body["next_cursor"], body["previous_cursor"]
    assert next_cursor and previous_cursor
    assert {k: v for k, v in body.items() if k != "results"} == {
        "count": 5,
        "page": 2,
        "page_size": 2,
        "num_pages": 3,
        "next": "http://testserver/api/v1/articles/?page_size=2"
        f"&section={news.pk}&cursor={next_cursor}",
        "previous": "http://testserver/api/v1/articles/?page_size=2"
        f"&section={news.pk}&cursor={previous_cursor}",
        "next_cursor": next_cursor,
        "previous_cursor": previous_cursor,
    }
    assert [item["id"] for item in body["results"]] == [
        articles[2].pk,
        articles[1].pk,
    ]
    _, empty = get(api, LIST, date_from="2000-01-01", date_to="2000-01-02")
    assert empty == {
        "count": 0,
        "page": 1,
        "page_size": 20,
        "num_pages": 1,
        "next": None,
        "previous": None,
        "next_cursor": None,
        "previous_cursor": None,
        "results": [],
    }


def test_following_next_and_previous_links_walks_the_list_as_page_numbers_do(
    api, openapi, news
):
    for _ in range(7):
        ArticlePageFactory(parent=news)
    by_number = [
        [item["id"] for item in get(api, LIST, page=n, page_size=3)[1]["results"]]
        for n in (1, 2, 3)
    ]

    walked, pages, url = [], [], LIST + "?page_size=3"
    while url:
        response = api.get(url)
        openapi.validate(LIST, response)
        body = json.loads(response.content)
        walked.append([item["id"] for item in body["results"]])
        pages.append(body["page"])
        url = body["next"]
    assert walked == by_number
    assert pages == [1, 2, 3]

    back = []
    url = body["previous"]
    while url:
        body = json.loads(api.get(url).content)
        back.append([item["id"] for item in body["results"]])
        url = body["previous"]
    assert back == by_number[:2][::-1]


def test_a_cursor_resumes_after_its_item_when_newer_articles_arrive(api, news):
    for _ in range(4):
        ArticlePageFactory(parent=news)
    first = get(api, LIST, page_size=2)[1]
    ArticlePageFactory(parent=news)  # published meanwhile: lands on page 1

    second = get(api, LIST, page_size=2, cursor=first["next_cursor"])[1]

    shown = {item["id"] for item in first["results"]}
    assert not shown & {item["id"] for item in second["results"]}
    assert len(second["results"]) == 2


@pytest.mark.parametrize(
    "cursor",
    [
        "nonsense",
        "W10",
        "WzEsIm9sZGVyIiwibm90LWEtZGF0ZSIsMV0",
        "x" * 201,
        "WzAsMSwyLDNd",
    ],
)
def test_a_cursor_the_api_did_not_make_is_a_400(api, news, cursor):
    response, body = get(api, LIST, cursor=cursor)
    assert response.status_code == 400
    assert "cursor" in body["error"]["fields"]


def test_a_deep_page_reads_no_more_rows_than_the_first(api, news):
    for _ in range(12):
        ArticlePageFactory(parent=news)
    first = get(api, LIST, page_size=2)[1]
    cursor = first["next_cursor"]
    for _ in range(4):
        cursor = get(api, LIST, page_size=2, cursor=cursor)[1]["next_cursor"]
    get(api, LIST, page_size=2, cursor=cursor)  # its summaries' fragments made

    cache.clear()  # both uncached, their counts included
    with CaptureQueriesContext(connection) as deep:
        get(api, LIST, page_size=2, cursor=cursor)
    cache.clear()
    with CaptureQueriesContext(connection) as top:
        get(api, LIST, page_size=2, page=1)

    def id_query(queries):
        return next(q["sql"] for q in queries if "LIMIT 2" in q["sql"])

    assert "OFFSET" not in id_query(deep.captured_queries)
    assert len(deep.captured_queries) == len(top.captured_queries)


def _walk(api, **params) -> list[list[int]]:
    """Every page of the list as the ``next`` links (cursors) give it."""
    pages, url = [], LIST + "?" + "&".join(f"{k}={v}" for k, v in params.items())
    while url:
        body = json.loads(api.get(url).content)
        pages.append([item["id"] for item in body["results"]])
        url = body["next"]
    return pages


@pytest.mark.parametrize(
    ("total", "page_size"),
    [
        (7, 3),  # odd total, last page partial, no middle page
        (10, 2),  # odd number of pages: page 3 is exactly the middle
        (9, 2),  # the middle page full, the last partial
        (8, 2),  # even number of pages, each full
        (1, 2),  # a single partial page
    ],
)
def test_every_page_by_number_is_the_page_the_cursors_give(api, news, total, page_size):
    # Pairs share a date, so the id breaks the ties in both directions.
    day = timezone.make_aware(datetime.datetime(2026, 3, 1, 8, 0))
    for n in range(total):
        date = day + datetime.timedelta(hours=n // 2)
        ArticlePageFactory(parent=news, display_date=date)
    walked = _walk(api, page_size=page_size)
    assert sum(len(page) for page in walked) == total
    by_number = []
    for number in range(1, len(walked) + 1):
        body = get(api, LIST, page=number, page_size=page_size)[1]
        assert body["page"] == number
        by_number.append([item["id"] for item in body["results"]])
    assert by_number == walked


def test_the_last_page_by_number_costs_what_the_first_does(api, news):
    for _ in range(11):
        ArticlePageFactory(parent=news)

    def id_query(queries):
        return next(q["sql"] for q in queries if "LIMIT" in q["sql"])

    cache.clear()  # both uncached, their counts included
    with CaptureQueriesContext(connection) as top:
        get(api, LIST, page_size=2, page=1)
    cache.clear()
    with CaptureQueriesContext(connection) as last:
        response, body = get(api, LIST, page_size=2, page=6)
    assert response.status_code == 200
    assert len(body["results"]) == 1
    assert len(last.captured_queries) == len(top.captured_queries)
    # Read from the other end of the index: no OFFSET past the rows it shows.
    assert "OFFSET" not in id_query(last.captured_queries)
    assert "OFFSET" not in id_query(top.captured_queries)


def _body_article(news):
    other = ArticlePageFactory(parent=news, title="Bài khác")
    draft = ArticlePageFactory(parent=news, title="Bản nháp", publish=False)
    document = wagtail_factories.DocumentFactory(
        title="Báo cáo tổng kết",
        file=ContentFile(b"%PDF-1.4 demo", name="bao-cao.pdf"),
    )
    document.file_size = document.file.size
    document.save()
    image = ImageFactory(caption="Chú thích của ảnh", credit="Thu Hà")
    video_url = "https://www.youtube.com/watch?v=abc123"
    Embed.objects.create(
        url=video_url,
        max_width=None,
        hash=get_embed_hash(video_url),
        type="video",
        html='<iframe src="https://www.youtube.com/embed/abc123" '
        'onload="alert(1)" allowfullscreen></iframe>',
        provider_name="YouTube",
    )
    body = [
        {
            "type": "paragraph",
            "value": (
                f'<p>Xem <a linktype="page" id="{other.pk}">bài khác</a>, '
                f'<a linktype="page" id="{draft.pk}">bản nháp</a> và '
                f'<a linktype="document" id="{document.pk}">báo cáo</a>, '
                '<a href="https://example.vn/">trang ngoài</a>.</p>'
                '<script>alert(1)</script><p onclick="x()">Hết.</p>'
            ),
        },
        {"type": "image", "value": {"image": image.pk, "caption": "", "credit": ""}},
        {
            "type": "image",
            "value": {"image": image.pk, "caption": "Khối riêng", "credit": "Lan"},
        },
        {
            "type": "quote",
            "value": {"text": "Lấy dân làm gốc.", "attribution": "Chủ tịch"},
        },
        {"type": "video", "value": {"video": video_url, "caption": "Phóng sự"}},
        {
            "type": "video",
            "value": {"video": "https://vimeo.com/1", "caption": ""},
        },
        {"type": "attachment", "value": {"document": document.pk, "title": ""}},
    ]
    article = ArticlePageFactory(parent=news, body=body, title="Bài có đủ khối")
    return article, other, document


def test_detail_has_every_field_and_typed_blocks(api, openapi, news):
    article, other, document = _body_article(news)
    RelatedArticle.objects.create(page=article, article=other, sort_order=0)
    article.save_revision().publish()
    response, page = get(api, DETAIL.format(id=article.pk))
    openapi.validate("/api/v1/articles/{id}/", response)
    assert page["author"] == "Minh Anh"
    assert page["unit"] == "Trung tâm VH&TT huyện Hòa Sơn"
    assert page["seo"] == {"title": "Bài có đủ khối", "description": article.lead}
    assert page["first_published_at"] and page["last_published_at"]
    assert [item["id"] for item in page["related"]] == [other.pk]
    paragraph, image, own, quote, video, no_embed, attachment = page["body"]
    assert paragraph["type"] == "paragraph"
    html = paragraph["html"]
    assert f'<a href="{other.reader_path}"' in html
    assert "bản nháp" in html and "Bản nháp" not in html
    assert f"/documents/{document.pk}/" in html
    assert 'href="https://example.vn/"' in html
    assert "script" not in html and "onclick" not in html and "linktype" not in html
    assert image["caption"] == "Chú thích của ảnh" and image["credit"] == "Thu Hà"
    assert image["image"]["renditions"]
    assert own["caption"] == "Khối riêng" and own["credit"] == "Lan"
    assert quote == {
        "type": "quote",
        "text": "Lấy dân làm gốc.",
        "attribution": "Chủ tịch",
    }
    assert video["url"] == "https://www.youtube.com/watch?v=abc123"
    assert video["embed_html"].startswith("<iframe")
    assert "onload" not in video["embed_html"]
    assert video["caption"] == "Phóng sự"
    assert no_embed["embed_html"] is None
    assert attachment == {
        "type": "attachment",
        "title": "Báo cáo tổng kết",
        "url": f"http://testserver{document.url}",
        "extension": "pdf",
        "size": document.file_size,
    }


def test_detail_of_unknown_or_other_type_is_404(api, openapi, news):
    section_id = news.pk
    response = api.get(DETAIL.format(id=section_id))
    openapi.validate("/api/v1/articles/{id}/", response)
    assert response.status_code == 404
    assert json.loads(response.content)["error"]["code"] == "not_found"
    assert api.get(DETAIL.format(id=999999)).status_code == 404


def _count_queries(api, url, **params):
    with CaptureQueriesContext(connection) as queries:
        response = api.get(url, params)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.usefixtures("no_response_cache")
def test_list_query_count_does_not_grow_with_page_size(api, news):
    tag_page = ArticlePageFactory(parent=news, hero_image=ImageFactory())
    # Each measured after a first request: it warms Wagtail's site cache and
    # counts the list (once per content change: a test above).
    api.get(LIST, {"page_size": 50})
    one = _count_queries(api, LIST, page_size=50)
    for _ in range(49):
        ArticlePageFactory(parent=news, hero_image=ImageFactory())
    api.get(LIST, {"page_size": 50})
    fifty = _count_queries(api, LIST, page_size=50)
    assert tag_page.pk
    assert one == fifty


@pytest.mark.usefixtures("no_response_cache")
def test_detail_query_count_does_not_grow_with_body(api, news):
    small, _other, _document = _body_article(news)
    api.get(DETAIL.format(id=small.pk))
    before = _count_queries(api, DETAIL.format(id=small.pk))
    body = [dict(block) for block in small.body.raw_data] * 10
    small.body = body
    small.save_revision().publish()
    # The publish starts a new generation: warm its shared values (the next
    # expiry) as before the first count.
    api.get(DETAIL.format(id=small.pk))
    after = _count_queries(api, DETAIL.format(id=small.pk))
    assert before == after


def test_future_display_date_is_shown_as_set(api, news):
    with time_machine.travel(datetime.datetime(2026, 5, 1, 12, tzinfo=datetime.UTC)):
        article = ArticlePageFactory(parent=news)
        _, body = get(api, DETAIL.format(id=article.pk))
    assert body["date"] == "2026-05-01T19:00:00+07:00"


def test_a_list_counts_its_items_once_per_content_change(api, news):
    for _ in range(5):
        ArticlePageFactory(parent=news)

    def counts(**params):
        with CaptureQueriesContext(connection) as queries:
            body = get(api, LIST, page_size=2, **params)[1]
        return body["count"], sum("COUNT(" in q["sql"] for q in queries)

    assert counts(page=1) == (5, 1)
    assert counts(page=2) == (5, 0)  # another page, the same list: counted
    ArticlePageFactory(parent=news)
    assert counts(page=2) == (6, 1)
