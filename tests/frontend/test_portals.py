"""One reader site, many portals: the request's host chooses the portal, every
API call carries it, and each portal's pages, addresses, feeds and sitemaps are
its own. The CMS is faked at the HTTP layer (conftest.FakeCms), per portal as
the API's `portal` parameter chooses."""

import copy

import pytest

from .conftest import PORTAL, recorded, soup

COMMUNE = "xa-a.hoason.example.vn"
COMMUNE_NAME = "Cổng thông tin điện tử xã A"
COMMUNE_ARTICLE = {
    "path": "/tin-tuc/xa-a-khanh-thanh-nha-van-hoa/",
    "title": "Xã A khánh thành nhà văn hóa thôn Đông",
}


def commune_item(**changes) -> dict:
    item = copy.deepcopy(recorded("articles-latest.json")["results"][0])
    item.update(
        id=9001,
        title=COMMUNE_ARTICLE["title"],
        lead="Nhà văn hóa mới phục vụ bà con thôn Đông.",
        path=COMMUNE_ARTICLE["path"],
        url=f"https://{COMMUNE}{COMMUNE_ARTICLE['path']}",
        portal={"hostname": COMMUNE, "name": COMMUNE_NAME},
        section=None,
        thumbnail=None,
        **changes,
    )
    return item


def listing(items: list[dict]) -> dict:
    answer = copy.deepcopy(recorded("articles-latest.json"))
    answer.update(count=len(items), num_pages=1, results=items)
    return answer


@pytest.fixture
def commune(fake_cms):
    """A commune portal beside the recorded (default) one, with one article."""
    fake_cms.add_portal(COMMUNE, COMMUNE_NAME, unit="UBND xã A")
    site = dict(recorded("site.json"), name=COMMUNE_NAME, unit="UBND xã A")
    fake_cms.set("/site/", site, portal=COMMUNE)
    fake_cms.set("/sections/", {"results": []}, portal=COMMUNE)
    fake_cms.set("/stats/", recorded("stats.json"), portal=COMMUNE)
    items = listing([commune_item()])
    for key in (
        "/articles/?page_size=9",
        "/articles/?page_size=30",
        "/articles/?page=1&page_size=50",
    ):
        fake_cms.set(key, items, portal=COMMUNE)
    empty = dict(recorded("photo-stories-home.json"), count=0, num_pages=1)
    empty["results"] = []
    fake_cms.set("/photo-stories/?page_size=4", empty, portal=COMMUNE)
    fake_cms.set("/photo-stories/?page=1&page_size=50", empty, portal=COMMUNE)
    return COMMUNE


def on(host: str) -> dict:
    return {"base_url": f"https://{host}"}


def test_each_host_shows_its_own_portal(client, commune):
    province = client.get("/", **on(PORTAL)).get_data(as_text=True)
    page = client.get("/", **on(commune))
    assert page.status_code == 200
    text = page.get_data(as_text=True)
    assert COMMUNE_NAME in text and COMMUNE_ARTICLE["title"] in text
    assert "Hội nghị tổng kết công tác năm 2023" not in text
    assert COMMUNE_ARTICLE["title"] not in province
    html = soup(page)
    assert html.find("link", rel="canonical")["href"] == f"https://{commune}/"
    feed = html.find("link", type="application/rss+xml")["href"]
    assert feed == f"https://{commune}/rss.xml"
    assert html.html["data-portal"] == commune


def test_every_api_call_of_a_request_names_its_portal(client, fake_cms, commune):
    fake_cms.portal_calls.clear()
    client.get("/", **on(commune))
    asked = [(portal, key) for portal, key in fake_cms.portal_calls]
    assert asked, "the page asked the API nothing"
    assert {p for p, key in asked if key != "/portals/"} == {commune}
    assert all(p is None for p, key in asked if key == "/portals/")


def test_a_commune_item_on_the_province_links_to_its_own_portal(
    client, fake_cms, commune
):
    latest = recorded("articles-latest.json")
    latest["results"] = [*latest["results"], commune_item()]
    fake_cms.set("/articles/?page_size=9", latest)
    page = soup(client.get("/", **on(PORTAL)))
    link = page.find("a", string=COMMUNE_ARTICLE["title"])
    assert link["href"] == f"https://{commune}{COMMUNE_ARTICLE['path']}"
    card = link.find_parent("article")
    assert card.find(class_="source").get_text() == COMMUNE_NAME
    # The province's own items stay relative, without a portal's name.
    own = page.find("a", href=latest["results"][1]["path"]).find_parent("article")
    assert own.find(class_="source") is None


def test_a_commune_item_in_the_province_feed_has_its_canonical_link(
    client, fake_cms, commune
):
    feed = recorded("articles-feed.json")
    feed["results"] = [commune_item(), *feed["results"]]
    fake_cms.set("/articles/?page_size=30", feed)
    xml = client.get("/rss.xml", **on(PORTAL)).get_data(as_text=True)
    assert f"<link>https://{commune}{COMMUNE_ARTICLE['path']}</link>" in xml
    assert f"<link>https://{PORTAL}{feed['results'][1]['path']}</link>" in xml


def test_feeds_sitemaps_and_robots_are_the_portals_own(client, commune):
    base = f"https://{commune}"
    rss = client.get("/rss.xml", **on(commune)).get_data(as_text=True)
    assert f"<link>{base}{COMMUNE_ARTICLE['path']}</link>" in rss
    assert PORTAL not in rss
    index = client.get("/sitemap.xml", **on(commune)).get_data(as_text=True)
    assert f"<loc>{base}/sitemap-articles-1.xml</loc>" in index
    assert PORTAL not in index
    items = client.get("/sitemap-articles-1.xml", **on(commune)).get_data(as_text=True)
    assert f"<loc>{base}{COMMUNE_ARTICLE['path']}</loc>" in items
    robots = client.get("/robots.txt", **on(commune)).get_data(as_text=True)
    assert f"Sitemap: {base}/sitemap.xml" in robots
    assert f"Sitemap: {base}/sitemap-news.xml" in robots


def test_the_province_sitemap_leaves_commune_pages_to_their_portal(
    client, fake_cms, commune
):
    page = recorded("articles-sitemap-page-1.json")
    page["results"] = [commune_item(), *page["results"]]
    fake_cms.set("/articles/?page=1&page_size=50", page)
    xml = client.get("/sitemap-articles-1.xml", **on(PORTAL)).get_data(as_text=True)
    assert COMMUNE not in xml
    assert f"<loc>https://{PORTAL}{page['results'][1]['path']}</loc>" in xml


@pytest.mark.parametrize("path", ["/", "/tin-tuc/", "/rss.xml", "/robots.txt"])
def test_an_unknown_host_gets_a_clear_page_and_no_portals_content(
    client, fake_cms, commune, path
):
    fake_cms.portal_calls.clear()
    response = client.get(path, base_url="https://xa-khong-co.example.vn")
    assert response.status_code == 404
    assert response.headers["Cache-Control"] == "no-store"
    text = response.get_data(as_text=True)
    assert "Không có cổng thông tin nào ở địa chỉ này" in text
    assert "xa-khong-co.example.vn" in text
    assert "Hòa Sơn" not in text and COMMUNE_NAME not in text
    # The portals list, and whether the host is a closed portal's (a 404 here).
    assert {key for _, key in fake_cms.portal_calls} <= {"/portals/", "/site/"}


def test_the_host_is_matched_without_its_port_or_case(client, commune):
    response = client.get("/", headers={"Host": "XA-A.hoason.example.vn:8443"})
    assert response.status_code == 200
    assert COMMUNE_NAME in response.get_data(as_text=True)


def test_the_cache_keeps_portals_apart(client, fake_cms, commune):
    client.get("/", **on(PORTAL))
    client.get("/", **on(commune))
    assert fake_cms.portal_calls.count((commune, "/site/")) == 1
    assert fake_cms.portal_calls.count((PORTAL, "/site/")) == 1
    client.get("/", **on(commune))  # fresh: from the cache, no new call
    assert fake_cms.portal_calls.count((commune, "/site/")) == 1


def test_a_hundred_portals_stay_within_the_cache_bounds(fake_cms, clock):
    import httpx

    from frontend.app import create_app
    from frontend.config import Config

    from .conftest import API_URL, FRONTEND_URL, PortalClient

    hosts = [f"xa-{n}.hoason.example.vn" for n in range(100)]
    for host in hosts:
        fake_cms.add_portal(host, f"Xã {host}")
        for key, (status, payload) in list(fake_cms.answers.items()):
            if key != "/portals/":
                fake_cms.set(key, payload, status, portal=host)
    bound = 300_000
    config = Config(api_url=API_URL, frontend_url=FRONTEND_URL, cache_max_bytes=bound)
    app = create_app(
        config, transport=httpx.MockTransport(fake_cms.handler), clock=clock
    )
    app.test_client_class = PortalClient
    client = app.test_client()
    cms = app.extensions["cms"]
    largest = 0
    for host in hosts:
        for path in ("/", "/tin-tuc/", "/rss.xml"):
            assert client.get(path, base_url=f"https://{host}").status_code == 200
            entries, size = cms.cache_size()
            largest = max(largest, size)
            assert size <= bound and entries <= config.cache_max_entries
    # The bound was reached (answers were evicted), not merely never approached.
    assert largest > bound * 0.8
    assert fake_cms.portal_calls.count((hosts[0], "/site/")) == 1
    client.get("/", base_url=f"https://{hosts[0]}")
    assert fake_cms.portal_calls.count((hosts[0], "/site/")) == 2  # evicted
    cms.close()


CLOSED = "xa-da-dong.example.vn"


def closed_answer(redirect_url: str = "") -> dict:
    error = {
        "status": 410,
        "code": "portal_closed",
        "message": "Cổng thông tin này đã đóng.",
    }
    if redirect_url:
        error["redirect_url"] = redirect_url
    return {"error": error}


def test_a_closed_portal_without_a_redirect_answers_gone(client, fake_cms):
    # A closed portal is not in /portals/; the API answers its name with 410.
    fake_cms.other_portals[CLOSED] = {}
    fake_cms.set("/site/", closed_answer(), status=410, portal=CLOSED)
    response = client.get("/tin-tuc/mot-bai/", base_url=f"https://{CLOSED}")
    assert response.status_code == 410
    text = response.get_data(as_text=True)
    assert "đã ngừng hoạt động" in text
    assert "Hòa Sơn" not in text


def test_a_closed_portal_with_a_redirect_sends_readers_on(client, fake_cms):
    fake_cms.other_portals[CLOSED] = {}
    fake_cms.set(
        "/site/",
        closed_answer("https://xa-moi.example.vn/"),
        status=410,
        portal=CLOSED,
    )
    response = client.get("/", base_url=f"https://{CLOSED}")
    assert response.status_code == 301
    assert response.headers["Location"] == "https://xa-moi.example.vn/"


def test_the_statistics_box_shows_each_portals_own_figures(client, fake_cms, commune):
    own = copy.deepcopy(recorded("stats.json"))
    own["online"] = 7
    own["today"] = {"views": 4321, "visitors": 1234}
    fake_cms.set("/stats/", own, portal=commune)

    def box(host):
        html = soup(client.get("/", **on(host)))
        return {
            dd["data-stat"]: dd.get_text(strip=True)
            for dd in html.find(attrs={"data-stats": True}).find_all("dd")
        }

    assert box(commune)["today"] == "4.321"
    assert box(commune)["online"] == "7"
    assert box(PORTAL)["today"] == "1.250"  # the recorded (province) answer
    assert box(PORTAL)["online"] == "3"
