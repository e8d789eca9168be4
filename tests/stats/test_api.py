"""The statistics endpoints through HTTP, as the reader site's browser script,
its <noscript> image and the reader box use them; every answer is checked
against the API's own OpenAPI document."""

import io
import json

import pytest
import time_machine
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from PIL import Image

from cms.stats.models import DailyPageStats
from tests.api.schema import SchemaValidator
from tests.factories import ArticlePageFactory, ImageFactory, PhotoStoryPageFactory
from tests.redis_monitor import redis_commands

from .conftest import BROWSER, REDIS_URL, local, settle
from .test_privacy import (
    ADDRESS,
    USER_AGENT,
    assert_nothing_identifying,
    everything_in_the_database,
)

pytestmark = pytest.mark.django_db

HITS = "/api/v1/stats/hits/"
PIXEL = "/api/v1/stats/hit.gif"
FIGURES = "/api/v1/stats/"
MOST_READ = "/api/v1/stats/most-read/"
CLOSED_PORT = "redis://127.0.0.1:6390/0"


@pytest.fixture
def browser():
    """A reader's browser: a real user agent, its own address."""
    return Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="198.51.100.20")


@pytest.fixture
def openapi(db):
    return SchemaValidator.from_view()


def beacon(client, path, **extra):
    return client.post(
        HITS, json.dumps({"path": path}), content_type="application/json", **extra
    )


def figures(client) -> dict:
    return json.loads(client.get(FIGURES).content)


# The beacon ------------------------------------------------------------------


def test_a_page_view_is_counted_once(backend, browser, openapi, article):
    response = beacon(browser, article.reader_path)
    assert openapi.validate(HITS, response, "post") == {"counted": True}
    assert response.status_code == 202
    assert response["Cache-Control"] == "no-store"
    assert "Set-Cookie" not in response

    again = beacon(browser, article.reader_path)
    assert openapi.validate(HITS, again, "post") == {"counted": False}
    assert figures(browser)["today"] == {"views": 1, "visitors": 1}


def test_a_beacon_is_one_round_trip_to_redis(redis_backend, settings, article):
    """The rate limit's count and the view's count in one script run, and the
    map of the sites checked at most every BEACON_SITE_MAP_SECONDS."""
    settings.BEACON_SITE_MAP_SECONDS = 60
    readers = [
        Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=f"198.51.100.{n}")
        for n in range(30, 34)
    ]
    # Connections opened, the script loaded, the map built and checked.
    assert beacon(readers[0], article.reader_path).status_code == 202
    with redis_commands(REDIS_URL) as commands:
        answers = [beacon(reader, article.reader_path) for reader in readers]
        answers.append(beacon(readers[1], article.reader_path))
    assert [answer.status_code for answer in answers] == [202] * 5
    assert [json.loads(a.content)["counted"] for a in answers] == [
        False,  # the first reader's reload
        True,
        True,
        True,
        False,
    ]
    assert len(commands) == 5, "\n".join(c[:60] for c in commands)
    assert all(command.startswith("EVALSHA") for command in commands), commands
    settle()
    assert DailyPageStats.objects.get(page=article).views == 4


def test_the_beacon_accepts_text_plain_as_send_beacon_posts_it(
    database_backend, browser, article
):
    response = browser.post(
        HITS,
        json.dumps({"path": article.reader_path}),
        content_type="text/plain;charset=UTF-8",
    )
    assert response.status_code == 202
    assert json.loads(response.content) == {"counted": True}


def test_bots_get_an_answer_but_are_not_counted(database_backend, openapi, article):
    bot = Client(HTTP_USER_AGENT="facebookexternalhit/1.1")
    response = beacon(bot, article.reader_path)
    assert openapi.validate(HITS, response, "post") == {"counted": False}
    assert figures(bot)["today"]["views"] == 0


@pytest.mark.parametrize(
    ("body", "content_type", "field"),
    [
        ({"path": "https://evil.example/tin-tuc/"}, "application/json", "path"),
        ({"path": ""}, "application/json", "path"),
        ({"path": 42}, "application/json", "path"),
        ({"page": "/"}, "application/json", "path"),
        ({"path": "/" + "a" * 600 + "/"}, "application/json", "path"),
        (["/"], "application/json", None),
        ("{not json", "application/json", None),
    ],
    ids=["full-url", "empty", "number", "missing", "too-long", "list", "broken"],
)
def test_bad_beacons_are_a_400(
    database_backend, browser, openapi, db, body, content_type, field
):
    data = body if isinstance(body, str) else json.dumps(body)
    response = browser.post(HITS, data, content_type=content_type)
    answer = openapi.validate(HITS, response, "post")
    assert response.status_code == 400
    assert answer["error"]["code"] == "invalid_parameter"
    if field:
        assert field in answer["error"]["fields"]


def test_unknown_and_hidden_pages_are_a_404(
    database_backend, browser, openapi, article
):
    draft = ArticlePageFactory(parent=article.get_parent(), publish=False)
    for path in ("/khong-co-trang-nay/", draft.reader_path):
        response = beacon(browser, path)
        assert openapi.validate(HITS, response, "post")["error"]["code"] == "not_found"
        assert response.status_code == 404
    assert figures(browser)["today"]["views"] == 0


def test_the_body_is_capped(database_backend, browser, openapi, article):
    padded = json.dumps({"path": article.reader_path, "x": "a" * 3000})
    response = browser.post(HITS, padded, content_type="application/json")
    answer = openapi.validate(HITS, response, "post")
    assert response.status_code == 413
    assert answer["error"]["code"] == "payload_too_large"
    assert response["Cache-Control"] == "no-store"
    assert figures(browser)["today"]["views"] == 0


def test_other_methods_and_media_types_are_refused(
    database_backend, browser, openapi, db
):
    response = browser.get(HITS)
    assert response.status_code == 405
    assert json.loads(response.content)["error"]["code"] == "method_not_allowed"
    form = browser.post(
        HITS, "path=/", content_type="application/x-www-form-urlencoded"
    )
    assert openapi.validate(HITS, form, "post")["error"]["status"] == 415


def test_cors_lets_the_reader_site_post(database_backend, settings, article):
    origin = "https://tin.hoason.example.vn"
    settings.CORS_ALLOWED_ORIGINS = [origin]
    client = Client(HTTP_USER_AGENT=BROWSER)
    preflight = client.options(
        HITS,
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert preflight.status_code == 200
    assert preflight["Access-Control-Allow-Origin"] == origin
    assert "POST" in preflight["Access-Control-Allow-Methods"]
    assert "content-type" in preflight["Access-Control-Allow-Headers"].lower()

    response = beacon(client, article.reader_path, headers={"Origin": origin})
    assert response.status_code == 202
    assert response["Access-Control-Allow-Origin"] == origin

    other = client.options(
        HITS,
        headers={
            "Origin": "https://evil.example",
            "Access-Control-Request-Method": "POST",
        },
    )
    assert "Access-Control-Allow-Origin" not in other


# The <noscript> image ----------------------------------------------------------


def test_the_pixel_counts_and_is_never_cached(backend, browser, openapi, article):
    response = browser.get(PIXEL, {"path": article.reader_path})
    assert response.status_code == 200
    assert response["Content-Type"] == "image/gif"
    assert response["Cache-Control"] == "no-store"
    image = Image.open(io.BytesIO(response.content))
    assert (image.format, image.size) == ("GIF", (1, 1))
    assert "transparency" in image.info
    assert figures(browser)["today"] == {"views": 1, "visitors": 1}
    described = openapi.document["paths"][PIXEL]["get"]["responses"]["200"]
    assert "image/gif" in described["content"]

    missing = browser.get(PIXEL)
    assert openapi.validate(PIXEL, missing)["error"]["fields"]["path"]
    unknown = browser.get(PIXEL, {"path": "/khong-co/"})
    assert openapi.validate(PIXEL, unknown)["error"]["code"] == "not_found"


# The reader box -----------------------------------------------------------------


def test_the_reader_box_figures(backend, openapi, article):
    with time_machine.travel(local(2026, 3, 10, 9, 0), tick=False):
        for number in range(3):
            reader = Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=f"198.51.100.{number}")
            beacon(reader, article.reader_path)
        reader = Client()
        response = reader.get(FIGURES)
        answer = openapi.validate(FIGURES, response)
    assert answer == {
        "online": 3,
        "today": {"views": 3, "visitors": 3},
        "yesterday": {"views": 0, "visitors": 0},
        "this_month": {"views": 3, "visitors": 3},
        "total": {"views": 3, "visitors": 3},
    }
    assert response["Cache-Control"] == "public, max-age=10"
    assert response["Last-Modified"]
    with time_machine.travel(local(2026, 3, 10, 9, 0, 5), tick=False):
        unchanged = reader.get(FIGURES, headers={"If-None-Match": response["ETag"]})
    assert unchanged.status_code == 304


def test_redis_down_leaves_the_api_answering(settings, browser, article):
    settings.REDIS_URL = CLOSED_PORT
    settings.STATS_BACKEND = "redis"
    response = beacon(browser, article.reader_path)
    assert response.status_code == 202
    assert json.loads(response.content) == {"counted": True}
    answer = browser.get(FIGURES)
    assert answer.status_code == 200
    assert json.loads(answer.content)["today"] == {"views": 1, "visitors": 1}
    assert browser.get(MOST_READ).status_code == 200


def test_the_test_clients_address_is_in_no_stored_row(backend, article):
    client = Client(HTTP_USER_AGENT=USER_AGENT, REMOTE_ADDR=ADDRESS)
    assert beacon(client, article.reader_path).status_code == 202
    assert client.get(PIXEL, {"path": "/"}).status_code == 200
    settle()
    assert figures(client)["today"]["views"] == 2
    assert_nothing_identifying(everything_in_the_database())


# View counts and most read ---------------------------------------------------------


def read(page, times: int):
    for number in range(times):
        reader = Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=f"203.0.113.{number}")
        assert beacon(reader, page.reader_path).status_code == 202


def test_view_counts_in_lists_and_details(backend, openapi, article):
    photo_story = PhotoStoryPageFactory(parent=article.get_parent())
    read(article, 3)
    read(photo_story, 2)
    settle()  # with Redis, per-page counts reach the database on flush
    client = Client()
    listing = openapi.validate("/api/v1/articles/", client.get("/api/v1/articles/"))
    assert listing["results"][0]["view_count"] == 3
    detail = client.get(f"/api/v1/articles/{article.pk}/")
    assert openapi.validate("/api/v1/articles/{id}/", detail)["view_count"] == 3
    stories = client.get("/api/v1/photo-stories/")
    assert (
        openapi.validate("/api/v1/photo-stories/", stories)["results"][0]["view_count"]
        == 2
    )


@pytest.fixture
def ranked(article):
    section = article.get_parent()
    photo_story = PhotoStoryPageFactory(parent=section)
    quiet = ArticlePageFactory(parent=section)
    with time_machine.travel(local(2026, 3, 1, 9, 0), tick=False):
        read(quiet, 4)  # 19 days before "now": in 30 days, not in 7
    with time_machine.travel(local(2026, 3, 19, 9, 0), tick=False):
        read(article, 3)
        read(photo_story, 2)
    settle()
    return article, photo_story, quiet


def test_most_read_over_seven_and_thirty_days(backend, openapi, ranked):
    article, photo_story, quiet = ranked
    client = Client()
    with time_machine.travel(local(2026, 3, 20, 9, 0), tick=False):
        week = openapi.validate(MOST_READ, client.get(MOST_READ))
        month = openapi.validate(MOST_READ, client.get(MOST_READ, {"days": 30}))
        top = openapi.validate(
            MOST_READ, client.get(MOST_READ, {"days": 30, "limit": 1})
        )
    assert [(i["id"], i["type"], i["views_in_period"]) for i in week["results"]] == [
        (article.pk, "article", 3),
        (photo_story.pk, "photo_story", 2),
    ]
    assert [i["id"] for i in month["results"]] == [quiet.pk, article.pk, photo_story.pk]
    assert [i["id"] for i in top["results"]] == [quiet.pk]
    item = week["results"][0]
    assert item["view_count"] == 3
    assert item["url"].endswith(article.reader_path)


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"days": 14}, "days"),
        ({"days": "bay"}, "days"),
        ({"limit": 0}, "limit"),
        ({"limit": 51}, "limit"),
        ({"limit": "muoi"}, "limit"),
    ],
)
def test_most_read_refuses_bad_parameters(openapi, db, params, field):
    response = Client().get(MOST_READ, params)
    answer = openapi.validate(MOST_READ, response)
    assert response.status_code == 400
    assert field in answer["error"]["fields"]


def test_most_read_query_count_does_not_grow_with_the_list(
    database_backend, article, monkeypatch
):
    monkeypatch.setattr("api.caching.RESPONSE_CACHE_SECONDS", 0)
    section = article.get_parent()
    today = local(2026, 3, 20, 9, 0)
    # Articles (with photos) and photo stories in turn: 60, 50, 40, … views.
    pages = []
    for _ in range(3):
        pages.append(ArticlePageFactory(parent=section, hero_image=ImageFactory()))
        pages.append(PhotoStoryPageFactory(parent=section))
    for rank, page in enumerate(pages):
        DailyPageStats.objects.create(date=today.date(), page=page, views=60 - rank)
    client = Client()

    def queries(limit):
        with (
            time_machine.travel(today, tick=False),
            CaptureQueriesContext(connection) as captured,
        ):
            response = client.get(MOST_READ, {"limit": limit})
        types = [item["type"] for item in json.loads(response.content)["results"]]
        return len(captured), types

    queries(1)  # the process's map of sites is built by its first request
    two, six = queries(2), queries(6)
    assert two[1] == ["article", "photo_story"]
    assert six[1] == ["article", "photo_story"] * 3
    assert two[0] == six[0]


def test_the_statistics_endpoints_are_in_the_schema(openapi):
    paths = openapi.document["paths"]
    assert set(paths[HITS]) >= {"post"}
    assert {FIGURES, MOST_READ, PIXEL} <= set(paths)
    body = paths[HITS]["post"]["requestBody"]["content"]
    assert {"application/json", "text/plain"} <= set(body)
    assert {"202", "400", "404", "413"} <= set(paths[HITS]["post"]["responses"])
    days = next(p for p in paths[MOST_READ]["get"]["parameters"] if p["name"] == "days")
    assert days["schema"]["enum"] == [7, 30]
