"""The reader site's API client against the CMS faked at the HTTP layer: caching,
ETag revalidation, one fetch per burst, stale answers while the API is down, and
how errors are mapped."""

import threading

import httpx
import pytest

from frontend.api import (
    FAILURES_BEFORE_DOWN,
    RETRY_AFTER_SECONDS,
    ApiError,
    ApiUnavailable,
    CmsApi,
    NotFound,
)
from frontend.config import Config

from .conftest import API_URL, recorded


@pytest.fixture
def cms_api(fake_cms, clock, reader_config):
    client = CmsApi(
        reader_config, transport=httpx.MockTransport(fake_cms.handler), clock=clock
    )
    yield client
    client.close()


def test_answers_are_served_from_the_cache_while_fresh(cms_api, fake_cms, clock):
    assert cms_api.site()["name"] == "Cổng thông tin điện tử huyện Hòa Sơn"
    clock.advance(29)
    cms_api.site()
    assert fake_cms.calls == [("/site/", False)]


def test_old_answers_are_revalidated_with_their_etag(cms_api, fake_cms, clock):
    cms_api.site()
    clock.advance(31)
    assert cms_api.site()["unit"] == "Trung tâm Văn hóa và Truyền thông huyện Hòa Sơn"
    # The second request was conditional and the fake answered 304 (no body).
    assert fake_cms.calls == [("/site/", False), ("/site/", True)]
    # A 304 makes the answer fresh again.
    clock.advance(29)
    cms_api.site()
    assert fake_cms.count("/site/") == 2


def test_a_changed_answer_replaces_the_cached_one(cms_api, fake_cms, clock):
    cms_api.site()
    changed = {**recorded("site.json"), "name": "Cổng thông tin mới"}
    fake_cms.set("/site/", changed)
    clock.advance(31)
    assert cms_api.site()["name"] == "Cổng thông tin mới"


def test_a_burst_of_readers_reaches_the_cms_once(fake_cms, clock, reader_config):
    started = threading.Event()
    release = threading.Event()

    def slow_handler(request):
        started.set()
        release.wait(timeout=10)
        return fake_cms.handler(request)

    client = CmsApi(
        reader_config, transport=httpx.MockTransport(slow_handler), clock=clock
    )
    results = []
    threads = [
        threading.Thread(target=lambda: results.append(client.site()["name"]))
        for _ in range(8)
    ]
    for thread in threads:
        thread.start()
    assert started.wait(timeout=10)
    release.set()
    for thread in threads:
        thread.join(timeout=10)
    client.close()
    assert len(results) == 8
    assert fake_cms.count("/site/") == 1


def test_query_parameters_are_part_of_the_cache_key(cms_api, fake_cms):
    cms_api.articles(page_size=9)
    cms_api.articles(section=3, page_size=4)
    cms_api.articles(page_size=4, section=3)
    assert fake_cms.count("/articles/?page_size=9") == 1
    assert fake_cms.count("/articles/?page_size=4&section=3") == 1


def test_stale_answers_are_served_while_the_api_is_down(cms_api, fake_cms, clock):
    cms_api.site()
    fake_cms.down = True
    clock.advance(3600)
    assert cms_api.site()["name"] == "Cổng thông tin điện tử huyện Hòa Sơn"


def test_answers_older_than_the_stale_limit_are_not_served(fake_cms, clock):
    config = Config(api_url=API_URL, cache_ttl=30, cache_stale_ttl=600)
    client = CmsApi(
        config, transport=httpx.MockTransport(fake_cms.handler), clock=clock
    )
    client.site()
    fake_cms.down = True
    clock.advance(601)
    with pytest.raises(ApiUnavailable):
        client.site()


def test_without_a_cached_answer_a_down_api_raises_unavailable(cms_api, fake_cms):
    fake_cms.down = True
    with pytest.raises(ApiUnavailable):
        cms_api.site()


def test_after_a_failure_the_cms_is_left_alone_for_a_moment(cms_api, fake_cms, clock):
    cms_api.site()
    fake_cms.down = True
    clock.advance(60)
    cms_api.site()  # tries, fails, serves the stale answer
    with pytest.raises(ApiUnavailable):
        cms_api.sections()  # not cached: fails fast without asking
    assert fake_cms.count("/sections/") == 0
    fake_cms.down = False
    clock.advance(RETRY_AFTER_SECONDS)
    assert cms_api.sections()[0]["title"] == "Tin tức"


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(500, json={"error": {"status": 500}}),
        httpx.Response(502, text="Bad gateway"),
        httpx.Response(200, text="<html>not json</html>"),
    ],
)
def test_server_errors_and_garbage_mean_unavailable(answer, clock, reader_config):
    client = CmsApi(
        reader_config, transport=httpx.MockTransport(lambda r: answer), clock=clock
    )
    with pytest.raises(ApiUnavailable):
        client.site()


def test_timeouts_mean_unavailable(clock, reader_config):
    def hang(request):
        raise httpx.ReadTimeout("timed out", request=request)

    client = CmsApi(reader_config, transport=httpx.MockTransport(hang), clock=clock)
    with pytest.raises(ApiUnavailable):
        client.site()


def test_one_slow_answer_fails_its_page_alone(fake_cms, clock, reader_config):
    """A search that times out under load must not turn every other uncached
    page of the worker into a 503 for the next seconds."""

    def slow_search(request):
        if request.url.path.endswith("/search/"):
            raise httpx.ReadTimeout("timed out", request=request)
        return fake_cms.handler(request)

    client = CmsApi(
        reader_config, transport=httpx.MockTransport(slow_search), clock=clock
    )
    with pytest.raises(ApiUnavailable):
        client.search("hoa son")
    assert client.sections()[0]["title"] == "Tin tức"
    assert fake_cms.count("/sections/") == 1


def test_failures_in_a_row_mean_the_api_is_down(fake_cms, clock, reader_config):
    def overloaded(request):
        if request.url.path.endswith("/sections/"):
            return fake_cms.handler(request)
        return httpx.Response(503, text="Service Unavailable")

    client = CmsApi(
        reader_config, transport=httpx.MockTransport(overloaded), clock=clock
    )
    for attempt in range(FAILURES_BEFORE_DOWN):
        with pytest.raises(ApiUnavailable):
            client.search(f"lan {attempt}")
    with pytest.raises(ApiUnavailable, match="not tried"):
        client.sections()
    assert fake_cms.count("/sections/") == 0
    clock.advance(RETRY_AFTER_SECONDS)
    assert client.sections()[0]["title"] == "Tin tức"


def test_a_success_between_failures_starts_the_count_again(
    fake_cms, clock, reader_config
):
    def flaky(request):
        if request.url.path.endswith("/search/"):
            raise httpx.ReadTimeout("timed out", request=request)
        return fake_cms.handler(request)

    client = CmsApi(reader_config, transport=httpx.MockTransport(flaky), clock=clock)
    for attempt in range(FAILURES_BEFORE_DOWN * 2):
        with pytest.raises(ApiUnavailable):
            client.search(f"lan {attempt}")
        if attempt % 2:
            client.get("/site/", cache=False)
    assert client.sections()[0]["title"] == "Tin tức"


def test_not_found_is_mapped_and_cached(cms_api, fake_cms):
    for _ in range(2):
        with pytest.raises(NotFound) as caught:
            cms_api.by_path("/khong-co/")
    assert caught.value.status == 404
    assert fake_cms.count("/pages/by-path/?path=/khong-co/") == 1


def test_client_errors_carry_the_api_message(cms_api, fake_cms):
    error = {
        "error": {
            "status": 400,
            "code": "invalid_parameter",
            "message": "Tham số không hợp lệ.",
            "fields": {"q": ["Từ khóa quá ngắn."]},
        }
    }
    fake_cms.set("/search/?page=1&q=a", error, status=400)
    with pytest.raises(ApiError) as caught:
        cms_api.search("a")
    assert caught.value.status == 400
    assert caught.value.payload == error
    assert not isinstance(caught.value, NotFound)


def test_previews_are_never_cached(cms_api, fake_cms):
    cms_api.preview("draft-token")
    cms_api.preview("draft-token")
    assert fake_cms.calls == [
        ("/preview/?token=draft-token", False),
        ("/preview/?token=draft-token", False),
    ]


def test_statistics_have_their_own_short_lifetime(cms_api, fake_cms, clock):
    cms_api.stats()
    clock.advance(16)
    cms_api.stats()
    assert fake_cms.calls == [("/stats/", False), ("/stats/", True)]


def test_the_cache_keeps_at_most_its_limit(fake_cms, clock):
    config = Config(api_url=API_URL, cache_max_entries=2)
    client = CmsApi(
        config, transport=httpx.MockTransport(fake_cms.handler), clock=clock
    )
    client.site()
    client.sections()
    client.stats()  # evicts /site/, the least recently used
    client.sections()
    client.site()
    assert fake_cms.count("/site/") == 2
    assert fake_cms.count("/sections/") == 1


def test_the_cache_keeps_at_most_its_byte_budget(fake_cms, clock):
    site_bytes = len(fake_cms.handler(httpx.Request("GET", API_URL + "/site/")).content)
    config = Config(api_url=API_URL, cache_max_bytes=site_bytes + 10)
    client = CmsApi(
        config, transport=httpx.MockTransport(fake_cms.handler), clock=clock
    )
    measured = fake_cms.count("/site/")
    client.site()
    client.site()
    assert fake_cms.count("/site/") == measured + 1  # fits: kept
    client.sections()  # the two together exceed the budget: /site/ goes
    client.site()
    assert fake_cms.count("/site/") == measured + 2


def test_an_answer_bigger_than_the_budget_is_still_kept_alone(fake_cms, clock):
    config = Config(api_url=API_URL, cache_max_bytes=10)
    client = CmsApi(
        config, transport=httpx.MockTransport(fake_cms.handler), clock=clock
    )
    client.site()
    client.site()
    assert fake_cms.count("/site/") == 1


def test_requests_go_to_the_configured_api_root(cms_api, fake_cms):
    seen = []

    def record(request):
        seen.append(str(request.url))
        return fake_cms.handler(request)

    client = CmsApi(cms_api.config, transport=httpx.MockTransport(record))
    with pytest.raises(NotFound):  # no recorded answer for page 2
        client.search("cải cách", page=2)
    client.close()
    assert seen == [f"{API_URL}/search/?page=2&q=c%E1%BA%A3i+c%C3%A1ch"]


def test_a_404_page_from_a_proxy_is_still_not_found(cms_api, fake_cms):
    fake_cms.set("/tags/cu/", b"<html>Not Found</html>", status=404)
    with pytest.raises(NotFound):
        cms_api.tag("cu")
    # Not an outage: the next uncached request still goes to the CMS.
    assert cms_api.site()["name"]
