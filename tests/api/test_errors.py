"""Errors are JSON with one shape; bad parameters are 400s naming the
parameter; nothing a client sends produces a 500."""

import json

import pytest

from tests.factories import ArticlePageFactory, SectionPageFactory


@pytest.fixture
def news(home):
    return SectionPageFactory(title="Tin tức")


def error_of(response, status):
    assert response.status_code == status, response.content
    body = json.loads(response.content)
    assert set(body) == {"error"}
    assert body["error"]["status"] == status
    assert body["error"]["message"]
    return body["error"]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"page": "abc"}, "page"),
        ({"page": "0"}, "page"),
        ({"page": "-1"}, "page"),
        ({"page": "1.5"}, "page"),
        ({"page_size": "51"}, "page_size"),
        ({"page_size": "0"}, "page_size"),
        ({"page_size": "x"}, "page_size"),
        ({"section": "abc"}, "section"),
        ({"section": "999999"}, "section"),
        ({"tag": "khong-co-tu-nay"}, "tag"),
        ({"tag": "a b"}, "tag"),
        ({"date_from": "2026-13-01"}, "date_from"),
        ({"date_from": "01/02/2026"}, "date_from"),
        ({"date_to": "hôm qua"}, "date_to"),
        ({"date_from": "2026-03-02", "date_to": "2026-03-01"}, "date_to"),
    ],
)
@pytest.mark.parametrize("url", ["/api/v1/articles/", "/api/v1/photo-stories/"])
def test_bad_list_parameters_are_400(api, openapi, news, url, params, field):
    response = api.get(url, params)
    openapi.validate(url, response)
    error = error_of(response, 400)
    assert error["code"] == "invalid_parameter"
    assert list(error["fields"]) == [field]
    assert error["message"] == error["fields"][field][0]


def test_an_empty_parameter_counts_as_absent(api, news):
    ArticlePageFactory(parent=news)
    response = api.get("/api/v1/articles/", {"page": "", "section": "", "tag": ""})
    assert response.status_code == 200
    assert json.loads(response.content)["count"] == 1


def test_a_section_id_that_is_not_a_section_is_400(api, news):
    article = ArticlePageFactory(parent=news)
    error = error_of(api.get("/api/v1/articles/", {"section": article.pk}), 400)
    assert "section" in error["fields"]


def test_a_page_past_the_last_is_404(api, openapi, news):
    ArticlePageFactory(parent=news)
    response = api.get("/api/v1/articles/", {"page": 2})
    openapi.validate("/api/v1/articles/", response)
    assert error_of(response, 404)["code"] == "not_found"


@pytest.mark.parametrize(
    "params",
    [{}, {"path": ""}, {"path": "tin-tuc/"}, {"path": "/" + "a" * 1001}],
)
def test_bad_paths_are_400(api, openapi, params):
    response = api.get("/api/v1/pages/by-path/", params)
    openapi.validate("/api/v1/pages/by-path/", response)
    assert "path" in error_of(response, 400)["fields"]


@pytest.mark.parametrize(
    ("url", "params"),
    [
        ("/api/v1/pages/by-path/", {"path": "/tin-tuc/\x00/"}),
        ("/api/v1/search/", {"q": "lúa\x00"}),
        ("/api/v1/preview/", {"token": "abc\x00"}),
        ("/api/v1/articles/", {"tag": "a\x00"}),
    ],
)
def test_control_characters_are_400_on_every_database(api, news, url, params):
    # PostgreSQL refuses NUL in a string outright: it must never reach it.
    assert error_of(api.get(url, params), 400)["code"] == "invalid_parameter"


def test_a_tag_url_with_a_nul_is_404(api):
    assert error_of(api.get("/api/v1/tags/a%00b/"), 404)["code"] == "not_found"


@pytest.mark.parametrize(
    "path", ["/khong-co/", "/tin-tuc/%00/", "/../../etc/passwd", "/tin tuc/"]
)
def test_unknown_paths_are_404(api, openapi, news, path):
    response = api.get("/api/v1/pages/by-path/", {"path": path})
    openapi.validate("/api/v1/pages/by-path/", response)
    assert error_of(response, 404)["code"] == "not_found"


@pytest.fixture(params=[False, True], ids=["debug-off", "debug-on"])
def debug(request, settings):
    """Both ways: with DEBUG on (make run) Django's own 404 page is HTML, and
    an app developer tries the API against make run first."""
    settings.DEBUG = request.param
    return request.param


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/khong-co/",
        "/api/v1/nope/",
        "/api/v1/articles/abc/",
        "/api/v1/articles/abc",
        "/api/v1/articles/0/",
        "/api/v1/articles/99999999999999999999/",
        "/api/v1/photo-stories/1/2/",
        "/api/v1/tags/khong-co/",
        "/api/v1/tags/a%20b/",
        "/api/v1/stats/khong-co/",
        "/api/v1/articles/?format=xml",
        "/api/v1/",
        "/api/v1",
        "/api/v2/pages/",
        "/api/v3/",
        "/api/",
        "/api",
        "/api/anything",
        "/api/anything/else/",
    ],
)
def test_unknown_urls_are_json_404(api, debug, url):
    response = api.get(url)
    assert response["Content-Type"] == "application/json"
    assert response["Cache-Control"] == "no-store"
    assert error_of(response, 404)["code"] == "not_found"


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete", "options"])
def test_unknown_urls_are_json_404_whatever_the_method(api, debug, method):
    response = getattr(api, method)(
        "/api/v1/nope/", data="{}", content_type="application/json"
    )
    assert error_of(response, 404)["code"] == "not_found"


@pytest.mark.parametrize(
    ("url", "method"),
    [
        ("/api/v1/articles", "get"),
        ("/api/v1/sections", "get"),
        ("/api/v1/stats/hits", "post"),
    ],
)
def test_an_endpoint_without_its_final_slash_is_a_404_naming_it(
    api, debug, url, method
):
    # Not Django's redirect: a client's POST would come back as a GET (or, with
    # DEBUG on, as a crash).
    response = api.generic(method.upper(), url, "{}", "application/json")
    error = error_of(response, 404)
    assert error["code"] == "not_found"
    assert f"{url}/" in error["message"]


def test_a_page_of_the_reader_site_is_not_an_api_address(api):
    # Only /api and what is below it: "/apidocs/" is Wagtail's, as before.
    response = api.get("/apidocs/")
    assert response.status_code == 404
    assert not response["Content-Type"].startswith("application/json")


READ_ONLY = [
    "/api/v1/articles/",
    "/api/v1/photo-stories/",
    "/api/v1/sections/",
    "/api/v1/site/",
    "/api/v1/search/",
    "/api/v1/pages/by-path/",
    "/api/v1/preview/",
    "/api/v1/stats/",
    "/api/v1/stats/most-read/",
    "/api/v1/schema/",
]


@pytest.mark.parametrize("url", READ_ONLY)
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_writing_is_405(api, debug, url, method):
    response = getattr(api, method)(url, data="{}", content_type="application/json")
    assert response["Content-Type"] == "application/json"
    assert error_of(response, 405)["code"] == "method_not_allowed"
    assert set(response["Allow"].split(", ")) == {"GET", "HEAD", "OPTIONS"}


@pytest.mark.parametrize("url", ["/api/v1/docs/", "/api/v1/docs/redoc/"])
def test_the_interactive_docs_refuse_writing_in_json_too(api, url):
    # They render HTML: their errors must not.
    response = api.post(url)
    assert response["Content-Type"] == "application/json"
    assert error_of(response, 405)["code"] == "method_not_allowed"
    assert "GET" in response["Allow"]


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("/api/v1/stats/hits/", {"POST", "OPTIONS"}),
        ("/api/v1/stats/hit.gif", {"GET", "OPTIONS"}),
    ],
)
def test_the_beacon_takes_only_its_own_method(api, debug, url, allowed):
    wrong = "get" if "POST" in allowed else "post"
    response = getattr(api, wrong)(url)
    assert error_of(response, 405)["code"] == "method_not_allowed"
    assert set(response["Allow"].split(", ")) == allowed


def test_a_detail_is_read_only_too(api, openapi, news):
    article = ArticlePageFactory(parent=news)
    url = f"/api/v1/articles/{article.pk}/"
    for method in ("post", "put", "patch", "delete"):
        response = getattr(api, method)(url)
        assert error_of(response, 405)["code"] == "method_not_allowed"
        assert "GET" in response["Allow"]
    tag_url = "/api/v1/tags/chuyen-doi-so/"
    assert error_of(api.delete(tag_url), 405)["code"] == "method_not_allowed"
    assert api.get(url).status_code == 200


def test_an_unexpected_failure_is_a_json_500(api, monkeypatch):
    from django.test import Client

    def broken(*args, **kwargs):
        raise RuntimeError("database on fire")

    monkeypatch.setattr("api.answers.section_tree", broken)
    client = Client(raise_request_exception=False)
    response = client.get("/api/v1/sections/")
    error = error_of(response, 500)
    assert error["code"] == "server_error"
    assert "fire" not in response.content.decode()


def test_a_non_api_404_stays_html(api):
    response = api.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    assert not response["Content-Type"].startswith("application/json")


@pytest.mark.parametrize(
    "query",
    [
        {"page": "9" * 30},
        {"page_size": "9" * 30},
        {"section": "9" * 30},
        {"date_from": "9999-99-99"},
        {"date_from": "0000-01-01"},
        {"tag": "x" * 500},
    ],
)
def test_extreme_values_never_fail(api, news, query):
    response = api.get("/api/v1/articles/", query)
    assert response.status_code in (400, 404)
    json.loads(response.content)


def test_cors_allows_the_reader_site_only(api, settings):
    settings.CORS_ALLOWED_ORIGINS = ["http://127.0.0.1:8000"]
    allowed = api.get("/api/v1/sections/", headers={"Origin": "http://127.0.0.1:8000"})
    assert allowed["Access-Control-Allow-Origin"] == "http://127.0.0.1:8000"
    other = api.get("/api/v1/sections/", headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in other
    preflight = api.options(
        "/api/v1/articles/",
        headers={
            "Origin": "http://127.0.0.1:8000",
            "Access-Control-Request-Method": "GET",
        },
    )
    assert preflight.status_code == 200
    assert preflight["Access-Control-Allow-Origin"] == "http://127.0.0.1:8000"
    assert "GET" in preflight["Access-Control-Allow-Methods"]
    admin = api.get("/admin/login/", headers={"Origin": "http://127.0.0.1:8000"})
    assert "Access-Control-Allow-Origin" not in admin
