"""Many portals in one installation, through the API: a portal is chosen by
the ``portal`` parameter or by the request's host; nothing of one portal is
returned for another; /api/v1/portals/ lists them; every news item names its
portal."""

import json

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from cms.core.preview import store_preview
from cms.portal.models import PortalSettings
from cms.portal.provisioning import create_portal
from tests.factories import (
    ArticlePageFactory,
    ImageFactory,
    PhotoStoryPageFactory,
    SectionPageFactory,
)
from tests.stats.conftest import BROWSER

A = "localhost"  # the default site the migrations make
B = "xa-b.localhost"


@pytest.fixture
def portals(home):
    """Portal A (the default site, "Tỉnh Mẫu") and portal B ("Xã Bình An"),
    each with a section, an article and a photo story, under the same paths
    where they can be: only the portal tells them apart."""
    default = Site.objects.get(is_default_site=True)
    settings = PortalSettings.for_site(default)
    settings.name = "Tỉnh Mẫu"
    settings.save()
    b = create_portal(hostname=B, name="Xã Bình An", unit="UBND xã Bình An")
    content = {}
    for key, root in (("a", home), ("b", b.home)):
        news = SectionPageFactory(parent=root, title="Tin tức")
        article = ArticlePageFactory(parent=news, title="Họp dân đầu năm")
        article.tags.add("hop-dan", f"rieng-{key}")
        article.save_revision().publish()
        only_here = ArticlePageFactory(parent=news, title=f"Chỉ có ở {key}")
        story = PhotoStoryPageFactory(parent=news, title="Mùa gặt")
        content[key] = {
            "news": news,
            "article": article,
            "only_here": only_here,
            "story": story,
        }
    return content


def get(client, url, portal=None, host=None, **params):
    if portal:
        params["portal"] = portal
    headers = {"Host": host} if host else {}
    return client.get(url, params, headers=headers)


def ids(response) -> list[int]:
    assert response.status_code == 200, response.content[:300]
    return [item["id"] for item in json.loads(response.content)["results"]]


# Choosing the portal --------------------------------------------------------


@pytest.mark.parametrize("how", ["parameter", "host"])
def test_lists_details_and_paths_are_the_portals_own(
    api, openapi, portals, settings, how
):
    settings.ALLOWED_HOSTS = ["testserver", B]
    a, b = portals["a"], portals["b"]

    def ask(url, portal, **params):
        if how == "parameter":
            return get(api, url, portal=portal, **params)
        return get(api, url, host="testserver" if portal == A else portal, **params)

    for url, key in (
        ("/api/v1/articles/", "article"),
        ("/api/v1/photo-stories/", "story"),
    ):
        assert set(ids(ask(url, A))) >= {a[key].pk}
        assert b[key].pk not in ids(ask(url, A))
        assert a[key].pk not in ids(ask(url, B))
        assert b[key].pk in ids(ask(url, B))
    for url, key in (
        ("/api/v1/articles/{}/", "article"),
        ("/api/v1/photo-stories/{}/", "story"),
    ):
        assert ask(url.format(b[key].pk), A).status_code == 404
        assert ask(url.format(a[key].pk), B).status_code == 404
        response = ask(url.format(b[key].pk), B)
        openapi.validate(url.replace("{}", "{id}"), response)
        assert json.loads(response.content)["portal"] == {
            "hostname": B,
            "name": "Xã Bình An",
        }
    path = a["article"].reader_path
    assert path == b["article"].reader_path  # the same path in both portals
    for portal, key in ((A, "a"), (B, "b")):
        answer = json.loads(ask("/api/v1/pages/by-path/", portal, path=path).content)
        assert answer["page"]["id"] == portals[key]["article"].pk
    assert (
        ask("/api/v1/pages/by-path/", A, path="/tin-tuc/chi-co-o-b/").status_code == 404
    )
    # A section of B is no filter of A's lists.
    assert ask("/api/v1/articles/", A, section=b["news"].pk).status_code == 400
    assert ids(ask("/api/v1/articles/", B, section=b["news"].pk))


def test_search_tags_sections_and_site_are_the_portals_own(api, openapi, portals):
    a, b = portals["a"], portals["b"]
    found = get(api, "/api/v1/search/", portal=B, q="hop dan")
    openapi.validate("/api/v1/search/", found)
    assert ids(found) == [b["article"].pk]
    assert json.loads(found.content)["results"][0]["portal"]["hostname"] == B
    assert ids(get(api, "/api/v1/search/", q="hop dan")) == [a["article"].pk]
    assert ids(get(api, "/api/v1/search/", portal=A, q="chi co o b")) == []

    assert get(api, "/api/v1/tags/rieng-b/", portal=A).status_code == 404
    tag = get(api, "/api/v1/tags/rieng-b/", portal=B)
    assert json.loads(tag.content)["article_count"] == 1
    shared = json.loads(get(api, "/api/v1/tags/hop-dan/", portal=B).content)
    assert shared["article_count"] == 1

    assert ids(get(api, "/api/v1/sections/", portal=B)) == [b["news"].pk]
    assert ids(get(api, "/api/v1/sections/", portal=A)) == [a["news"].pk]

    site = get(api, "/api/v1/site/", portal=B)
    openapi.validate("/api/v1/site/", site)
    assert json.loads(site.content)["name"] == "Xã Bình An"
    assert json.loads(get(api, "/api/v1/site/").content)["name"] == "Tỉnh Mẫu"


def test_the_portal_parameter_is_case_insensitive_and_blank_means_the_host(
    api, portals
):
    b = portals["b"]
    assert b["article"].pk in ids(
        get(api, "/api/v1/articles/", portal="XA-B.Localhost")
    )
    assert b["article"].pk not in ids(get(api, "/api/v1/articles/", portal=""))


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/articles/",
        "/api/v1/articles/1/",
        "/api/v1/photo-stories/",
        "/api/v1/photo-stories/1/",
        "/api/v1/pages/by-path/?path=/",
        "/api/v1/sections/",
        "/api/v1/tags/hop-dan/",
        "/api/v1/site/",
        "/api/v1/search/?q=hop",
        "/api/v1/preview/?token=abc",
        "/api/v1/stats/",
        "/api/v1/stats/most-read/",
        "/api/v1/stats/hit.gif?path=/",
    ],
)
def test_an_unknown_portal_is_a_json_404(api, openapi, portals, url):
    joiner = "&" if "?" in url else "?"
    for portal in ("xa-khong-co.localhost", "localhost:8000", "a%00b"):
        response = api.get(f"{url}{joiner}portal={portal}")
        assert response.status_code == 404, (portal, response.content[:200])
        body = json.loads(response.content)
        assert body["error"]["code"] == "not_found"
        assert (
            body["error"]["message"] == "Không có cổng thông tin nào có tên miền này."
        )


def test_answers_are_cached_per_portal(api, portals):
    """The same host and query but another portal is another answer, also
    from the cache."""
    for _ in range(2):
        assert portals["a"]["article"].pk in ids(get(api, "/api/v1/articles/"))
        assert portals["b"]["article"].pk in ids(
            get(api, "/api/v1/articles/", portal=B)
        )
        names = {
            json.loads(get(api, "/api/v1/site/", portal=portal).content)["name"]
            for portal in (A, B)
        }
        assert names == {"Tỉnh Mẫu", "Xã Bình An"}


# Statistics and preview -----------------------------------------------------


def test_beacons_most_read_and_figures_follow_the_portal(api, openapi, portals):
    browser = Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="198.51.100.20")
    b_only = portals["b"]["only_here"].reader_path

    def beacon(path, portal=None):
        url = "/api/v1/stats/hits/" + (f"?portal={portal}" if portal else "")
        return browser.post(url, json.dumps({"path": path}), "application/json")

    assert beacon(b_only).status_code == 404
    assert beacon(b_only, portal="xa-khong-co.localhost").status_code == 404
    counted = beacon(b_only, portal=B)
    assert counted.status_code == 202
    assert json.loads(counted.content) == {"counted": True}
    pixel = browser.get("/api/v1/stats/hit.gif", {"path": b_only, "portal": B})
    assert pixel.status_code == 200
    assert browser.get("/api/v1/stats/hit.gif", {"path": b_only}).status_code == 404
    call_command("flush_stats")  # with Redis, the counters reach the database

    most_read_b = get(api, "/api/v1/stats/most-read/", portal=B)
    openapi.validate("/api/v1/stats/most-read/", most_read_b)
    assert ids(most_read_b) == [portals["b"]["only_here"].pk]
    assert json.loads(most_read_b.content)["results"][0]["portal"]["hostname"] == B
    assert ids(get(api, "/api/v1/stats/most-read/", portal=A)) == []
    figures = get(api, "/api/v1/stats/", portal=B)
    openapi.validate("/api/v1/stats/", figures)
    assert figures.status_code == 200


def test_a_preview_is_served_only_to_its_own_portal(api, portals):
    page = type(portals["b"]["article"]).objects.get(pk=portals["b"]["article"].pk)
    page.title = "Bản nháp của xã"
    token = store_preview(page)
    assert get(api, "/api/v1/preview/", token=token).status_code == 404
    assert get(api, "/api/v1/preview/", portal=A, token=token).status_code == 404
    answer = get(api, "/api/v1/preview/", portal=B, token=token)
    assert answer.status_code == 200
    body = json.loads(answer.content)
    assert body["page"]["title"] == "Bản nháp của xã"
    assert body["page"]["portal"] == {"hostname": B, "name": "Xã Bình An"}


# The list of portals --------------------------------------------------------


def test_the_portals_are_listed_province_first_then_by_name(api, openapi, portals):
    create_portal(hostname="xa-a.localhost", name="Phường An Khê")
    response = api.get("/api/v1/portals/")
    body = openapi.validate("/api/v1/portals/", response)
    assert body["count"] == 3
    assert [(p["hostname"], p["name"], p["is_default"]) for p in body["results"]] == [
        (A, "Tỉnh Mẫu", True),
        ("xa-a.localhost", "Phường An Khê", False),
        (B, "Xã Bình An", False),
    ]
    second = body["results"][2]
    assert second["unit"] == "UBND xã Bình An"
    assert second["parent"] is None
    assert second["id"] == Site.objects.get(hostname=B).pk
    assert (
        api.get(
            "/api/v1/portals/", headers={"If-None-Match": response["ETag"]}
        ).status_code
        == 304
    )


def test_a_new_or_renamed_portal_is_listed_at_once(api, portals):
    def listed():
        body = json.loads(api.get("/api/v1/portals/").content)
        return {p["hostname"]: p["name"] for p in body["results"]}

    assert listed() == {A: "Tỉnh Mẫu", B: "Xã Bình An"}
    create_portal(hostname="xa-c.localhost", name="Xã Cát Tiên")
    settings = PortalSettings.for_site(Site.objects.get(hostname=B))
    settings.name = "Xã Bình An Mới"
    settings.save()
    assert listed() == {
        A: "Tỉnh Mẫu",
        B: "Xã Bình An Mới",
        "xa-c.localhost": "Xã Cát Tiên",
    }
    # Items name the portal as it is now called.
    item = json.loads(get(api, "/api/v1/articles/", portal=B).content)["results"][0]
    assert item["portal"]["name"] == "Xã Bình An Mới"


# Cost -----------------------------------------------------------------------


def test_naming_the_portal_of_each_item_costs_no_query(api, portals, no_response_cache):
    news = portals["b"]["news"]

    def add(n):
        ArticlePageFactory(
            parent=news, title=f"Họp dân thôn {n}", hero_image=ImageFactory()
        )
        PhotoStoryPageFactory(parent=news, title=f"Ảnh họp dân {n}")

    add(0)

    def queries(url, **params):
        get(api, url, portal=B, **params)  # what any process has warm
        with CaptureQueriesContext(connection) as captured:
            response = get(api, url, portal=B, **params)
        assert response.status_code == 200
        return len(captured)

    few = {
        url: queries(url, **params)
        for url, params in (
            ("/api/v1/articles/", {}),
            ("/api/v1/photo-stories/", {}),
            ("/api/v1/search/", {"q": "hop dan"}),
        )
    }
    for n in range(1, 5):
        add(n)
    assert few == {
        url: queries(url, **params)
        for url, params in (
            ("/api/v1/articles/", {}),
            ("/api/v1/photo-stories/", {}),
            ("/api/v1/search/", {"q": "hop dan"}),
        )
    }


# Each news page's portal (NewsPage.portal) -----------------------------------


def test_a_new_page_gets_its_portal(portals):
    b_site = Site.objects.get(hostname=B)
    a_site = Site.objects.get(is_default_site=True)
    for key, site in (("a", a_site), ("b", b_site)):
        for name in ("article", "only_here", "story"):
            page = portals[key][name]
            assert type(page).objects.get(pk=page.pk).portal_id == site.pk


def test_a_page_moved_to_another_portal_is_listed_there(api, portals):
    a, b = portals["a"], portals["b"]
    moved = a["only_here"]
    assert moved.pk in ids(get(api, "/api/v1/articles/", portal=A))
    type(moved).objects.get(pk=moved.pk).move(b["news"], pos="last-child")
    assert moved.pk not in ids(get(api, "/api/v1/articles/", portal=A))
    listed = ids(get(api, "/api/v1/articles/", portal=B))
    assert moved.pk in listed
    # In its place by date among B's own, and in B's section.
    assert ids(get(api, "/api/v1/articles/", portal=B, section=b["news"].pk)) == (
        listed
    )
    assert get(api, f"/api/v1/articles/{moved.pk}/", portal=B).status_code == 200


def test_a_section_moved_to_another_portal_takes_its_pages_along(api, portals, home):
    events = SectionPageFactory(parent=home, title="Sự kiện")
    article = ArticlePageFactory(parent=events, title="Lễ hội mùa xuân")
    story = PhotoStoryPageFactory(parent=events, title="Ảnh lễ hội")
    events.move(portals["b"]["news"].get_parent(), pos="last-child")
    for url, page in (
        ("/api/v1/articles/", article),
        ("/api/v1/photo-stories/", story),
    ):
        assert page.pk not in ids(get(api, url, portal=A))
        assert page.pk in ids(get(api, url, portal=B))


def test_a_portal_made_over_an_existing_tree_lists_its_pages(api, portals):
    a = portals["a"]
    Site.objects.create(hostname="xa-c.localhost", root_page=a["news"], port=80)
    listed = ids(get(api, "/api/v1/articles/", portal="xa-c.localhost"))
    assert set(listed) == {a["article"].pk, a["only_here"].pk}
    assert a["article"].pk not in ids(get(api, "/api/v1/articles/", portal=A))


def test_a_site_given_another_root_page_takes_its_lists_along(api, portals, home):
    a = portals["a"]
    c = Site.objects.create(hostname="xa-c.localhost", root_page=a["news"], port=80)
    other = SectionPageFactory(parent=home, title="Sự kiện")
    kept = ArticlePageFactory(parent=other, title="Lễ hội")
    c.root_page = other
    c.save()
    assert ids(get(api, "/api/v1/articles/", portal="xa-c.localhost")) == [kept.pk]
    # The pages the site left are the province's again.
    assert {a["article"].pk, a["only_here"].pk} <= set(
        ids(get(api, "/api/v1/articles/", portal=A))
    )


def test_the_migration_fills_the_portal_of_existing_rows(
    api, portals, no_response_cache
):
    import importlib

    from django.apps import apps

    from cms.articles.models import ArticlePage
    from cms.core.generation import bump_content_generation
    from cms.photostories.models import PhotoStoryPage

    before = {
        portal: ids(get(api, url, portal=portal))
        for portal in (A, B)
        for url in ("/api/v1/articles/",)
    }
    # Raw updates, as a migration makes: no signal marks a new content
    # generation, so the test does (the lists' counts are kept per generation).
    ArticlePage.objects.update(portal=None)
    PhotoStoryPage.objects.update(portal=None)
    bump_content_generation()
    assert ids(get(api, "/api/v1/articles/", portal=B)) == []
    assert ids(get(api, "/api/v1/photo-stories/", portal=B)) == []
    for module in (
        "cms.articles.migrations.0005_news_portal",
        "cms.photostories.migrations.0003_news_portal",
    ):
        importlib.import_module(module).fill_portals(apps, None)
    bump_content_generation()
    assert before == {
        portal: ids(get(api, url, portal=portal))
        for portal in (A, B)
        for url in ("/api/v1/articles/",)
    }
    assert ids(get(api, "/api/v1/photo-stories/", portal=B)) == [
        portals["b"]["story"].pk
    ]


def test_a_communes_list_costs_the_same_however_many_portals(
    api, portals, no_response_cache
):
    def queries():
        get(api, "/api/v1/articles/", portal=B)  # what any process has warm
        with CaptureQueriesContext(connection) as captured:
            response = get(api, "/api/v1/articles/", portal=B)
        assert response.status_code == 200
        return len(captured), response.json()["count"]

    alone = queries()
    for n in range(3):
        other = create_portal(hostname=f"xa-{n}.localhost", name=f"Xã {n}", unit="")
        news = SectionPageFactory(parent=other.home, title="Tin tức")
        ArticlePageFactory(parent=news, title=f"Tin xã {n}")
    assert queries() == alone
