"""Hostile values in every public parameter of every /api/v1/ endpoint: each
gets a clear 4xx JSON error or a correct answer, never a 5xx; and a very long
search does bounded work (how many queries, how many and how long the terms)."""

import json

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from cms.core import search as reader_search
from cms.photostories.models import PhotoStoryPhoto
from tests.factories import ArticlePageFactory, ImageFactory, PhotoStoryPageFactory

API = "/api/v1"
LONG = "tin " * 2500  # 10,000 characters, 2,500 words

# Raw query-string / path fragments: already percent-encoded where they must
# be, so the invalid UTF-8 and the NUL byte reach Django exactly as a
# hostile client sends them.
HOSTILE = {
    "negative": "-1",
    "zero": "0",
    "huge": "9" * 40,
    "above_int64": str(2**63),
    "float": "1.5",
    "non_numeric": "abc",
    "long": LONG.replace(" ", "+"),
    "invalid_utf8": "%FF%FE",
    "nul": "a%00b",
    "sql": "1%27%20OR%20%271%27%3D%271%27%3B%20DROP%20TABLE%20wagtailcore_page%3B--",
    "html": "%3Cscript%3Ealert(1)%3C%2Fscript%3E"
    "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
    "empty": "",
}

# Every endpoint with each of its public query parameters.
QUERY_PARAMETERS = {
    "/articles/": ["page", "page_size", "section", "tag", "date_from", "date_to"],
    "/photo-stories/": ["page", "page_size", "section", "tag", "date_from", "date_to"],
    "/articles/1/": [],
    "/photo-stories/1/": [],
    "/tags/tin/": [],
    "/pages/by-path/": ["path"],
    "/search/": ["q", "page", "page_size"],
    "/preview/": ["token"],
    "/stats/most-read/": ["days", "limit"],
    "/stats/hit.gif": ["path"],
    # No parameters of their own: unknown ones must be ignored, not crash.
    "/sections/": ["page"],
    "/site/": ["page"],
    "/stats/": ["days"],
    "/portals/": ["page", "portal"],
}
# Every reader endpoint also takes the portal it answers for.
for _endpoint, _names in QUERY_PARAMETERS.items():
    if _endpoint != "/portals/":
        _names.append("portal")
# Path parameters: the placeholder is replaced by the hostile fragment.
PATH_PARAMETERS = [
    "/articles/{}/",
    "/photo-stories/{}/",
    "/articles/{}/pdf/",
    "/photo-stories/{}/pdf/",
    "/tags/{}/",
]

# Endpoints that need another parameter for the one under test to be reached.
COMPANIONS = {
    "/search/": "q=tin",
    "/pages/by-path/": "path=/",
    "/preview/": "token=abc",
    "/stats/hit.gif": "path=/",
}


def _cases():
    for endpoint, names in QUERY_PARAMETERS.items():
        for name in names:
            yield pytest.param(endpoint, name, id=f"{endpoint}{name}")


@pytest.fixture
def api(db):
    return Client()


@pytest.fixture
def no_response_cache(monkeypatch):
    """Every request builds its answer, so its queries can be counted."""
    monkeypatch.setattr("api.caching.RESPONSE_CACHE_SECONDS", 0)


@pytest.fixture
def content(home):
    article = ArticlePageFactory(title="Tin Hòa Sơn")
    article.tags.add("tin")
    article.save_revision().publish()
    # One photo (renditions are the costly part of a page) and no word of the
    # searches below, so that the searches find exactly the article.
    PhotoStoryPageFactory(
        title="Mùa gặt ở Cẩm Khê",
        intro="Cánh đồng lúa chín.",
        source_unit="Đài truyền thanh Cẩm Khê",
        photos=[PhotoStoryPhoto(image=ImageFactory(), caption="Cánh đồng")],
    )
    return article


def unclear_answer(response) -> str | None:
    """What is wrong with an answer to hostile input, or None if it is clear:
    below 500, and JSON with a status and a message when it is an error."""
    if response.status_code >= 500:
        return f"{response.status_code}: {response.content[:300]!r}"
    content_type = response.get("Content-Type", "")
    if response.status_code == 204 or content_type.startswith("image/"):
        return None
    if not content_type.startswith("application/json"):
        return f"{response.status_code} answered as {content_type!r}"
    body = json.loads(response.content)
    if response.status_code >= 400:
        error = body.get("error") or {}
        if error.get("status") != response.status_code or not error.get("message"):
            return f"{response.status_code} without a clear error: {body!r:.300}"
    return None


def assert_all_clear(api, urls):
    # Every hostile value of one parameter in one test: the content is built
    # once, and a failure lists every value that broke, not only the first.
    problems = {}
    for label, url in urls:
        problem = unclear_answer(api.get(url))
        if problem:
            problems[label] = f"{url[:120]} -> {problem}"
    assert not problems, problems


@pytest.mark.parametrize(("endpoint", "name"), list(_cases()))
def test_query_parameter(api, content, endpoint, name):
    companion = COMPANIONS.get(endpoint)
    urls = []
    for label, value in HOSTILE.items():
        query = "&".join(filter(None, [companion, f"{name}={value}"]))
        urls.append((label, f"{API}{endpoint}?{query}"))
    assert_all_clear(api, urls)


@pytest.mark.parametrize("template", PATH_PARAMETERS)
def test_path_parameter(api, content, template):
    urls = [
        (label, API + template.format(value))
        for label, value in HOSTILE.items()
        if value
    ]
    assert_all_clear(api, urls)


@pytest.mark.parametrize(
    ("endpoint", "query", "status"),
    [
        ("/articles/", "page=-1", 400),
        ("/articles/", "page=" + "9" * 40, 400),
        ("/articles/", f"page={2**62}", 404),
        ("/articles/", "page_size=0", 400),
        ("/articles/", "page_size=100000", 400),
        ("/articles/", "section=abc", 400),
        ("/articles/", "tag=%FF%FE", 400),
        ("/articles/", "date_from=2026-13-45", 400),
        ("/search/", "q=", 400),
        ("/search/", "q=%00", 400),
        ("/search/", "q=tin&page=-5", 400),
        ("/pages/by-path/", "path=abc", 400),
        ("/pages/by-path/", "path=/" + "a" * 2000, 400),
        ("/preview/", "token=" + "x" * 100, 400),
    ],
)
def test_bad_values_are_named_400s_or_404s(api, content, endpoint, query, status):
    response = api.get(f"{API}{endpoint}?{query}")
    assert response.status_code == status, response.content[:300]
    assert json.loads(response.content)["error"]["status"] == status


def test_hostile_strings_are_answered_as_text_not_code(api, content):
    """A search for SQL or HTML is an ordinary search: a correct (empty) answer,
    the tables intact, the string never echoed as markup."""
    for q in ["' OR '1'='1", "<script>alert(1)</script>", "tin'; DROP TABLE x;--"]:
        response = api.get(f"{API}/search/", {"q": q})
        assert response.status_code in (200, 400), response.content[:300]
        assert b"<script>" not in response.content
    assert api.get(f"{API}/articles/").json()["count"] == 1


def test_sql_looking_search_still_finds_the_words_it_contains(api, content):
    response = api.get(f"{API}/search/", {"q": "Hòa' OR 1=1 --"})
    assert response.status_code == 200
    # "1" is a word too and no page contains it: AND semantics, no results,
    # and certainly not every page as an injected OR would give.
    assert response.json()["count"] == 0
    response = api.get(f"{API}/search/", {"q": "<b>Hòa</b>"})
    assert [r["id"] for r in response.json()["results"]] == [content.pk]


def test_long_search_does_bounded_work(api, content, no_response_cache, monkeypatch):
    parsed = []
    real_parse = reader_search.ReaderQuery.parse.__func__

    def recording_parse(cls, text):
        query = real_parse(cls, text)
        parsed.append(query)
        return query

    monkeypatch.setattr(
        reader_search.ReaderQuery, "parse", classmethod(recording_parse)
    )
    # The process's map of sites is built by its first request (cms/portal/sites.py),
    # and what lists remember per content generation by the first search (which
    # portals accepted pages: cms/core/models.py); another word, so that
    # nothing kept for one query text is warm.
    api.get(f"{API}/sections/")
    api.get(f"{API}/search/", {"q": "son"})
    with CaptureQueriesContext(connection) as short:
        assert api.get(f"{API}/search/", {"q": "tin"}).status_code == 200
    with CaptureQueriesContext(connection) as long:
        response = api.get(f"{API}/search/", {"q": LONG})
    assert response.status_code == 200, response.content[:300]
    assert response.json()["count"] == 1

    query = parsed[-1]
    assert len(query.text) <= reader_search.MAX_QUERY_LENGTH
    assert len(query.folded) <= reader_search.MAX_TERMS
    # The same number of queries as a one-word search, and none of them
    # carries more than the bounded query text.
    assert len(long.captured_queries) == len(short.captured_queries)
    longest = max(len(q["sql"]) for q in long.captured_queries)
    shortest_longest = max(len(q["sql"]) for q in short.captured_queries)
    assert longest < shortest_longest + 2 * reader_search.MAX_QUERY_LENGTH


def test_many_distinct_words_are_cut_to_the_term_limit(
    api, content, no_response_cache, monkeypatch
):
    parsed = []
    real_parse = reader_search.ReaderQuery.parse.__func__
    monkeypatch.setattr(
        reader_search.ReaderQuery,
        "parse",
        classmethod(
            lambda cls, text: parsed.append(real_parse(cls, text)) or parsed[-1]
        ),
    )
    q = " ".join(f"w{i}" for i in range(3000))
    with CaptureQueriesContext(connection) as queries:
        response = api.get(f"{API}/search/", {"q": q})
    assert response.status_code == 200
    assert len(parsed[-1].folded) == reader_search.MAX_TERMS
    assert all("w11" not in q["sql"] for q in queries.captured_queries)
