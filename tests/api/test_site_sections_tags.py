import json

import pytest
from wagtail.models import Site

from cms.portal.models import PortalSettings
from cms.sections.models import HomePage
from tests.factories import (
    ArticlePageFactory,
    ImageFactory,
    PhotoStoryPageFactory,
    SectionPageFactory,
)


def get(api, url, openapi=None, template=None, **params):
    response = api.get(url, params)
    if openapi:
        openapi.validate(template or url, response)
    return response, json.loads(response.content)


def test_site_gives_portal_settings(api, openapi, home):
    logo = ImageFactory(description="Biểu trưng huyện")
    PortalSettings.objects.create(
        site=Site.objects.get(is_default_site=True),
        name="Cổng thông tin điện tử huyện Hòa Sơn",
        unit="Trung tâm Văn hóa và Truyền thông huyện Hòa Sơn",
        logo=logo,
        address="Số 1 đường Trần Phú",
        phone="0203 3812 345",
        email="ttvhtt@hoason.example.vn",
        footer_text="Giấy phép số 12/GP-TTĐT.",
        facebook_url="https://www.facebook.com/hoason.example",
    )
    home.intro = "Tin tức của huyện."
    home.save()
    _, body = get(api, "/api/v1/site/", openapi)
    assert body["name"] == "Cổng thông tin điện tử huyện Hòa Sơn"
    assert body["logo"]["alt"] == "Biểu trưng huyện"
    assert body["logo"]["renditions"][0]["webp"].startswith("http://testserver/")
    assert body["social"] == {
        "facebook": "https://www.facebook.com/hoason.example",
        "zalo": "",
        "youtube": "",
    }
    assert body["home"] == {"title": home.title, "intro": "Tin tức của huyện."}
    assert body["admin_url"] == "http://127.0.0.1:8001/admin/"


def test_site_without_settings_answers_defaults_without_writing(api, home):
    _, body = get(api, "/api/v1/site/")
    assert body["name"] == "Cổng thông tin điện tử"
    assert body["logo"] is None
    assert body["share_image"] is None
    assert not PortalSettings.objects.exists()


def test_site_gives_the_share_image_for_links_to_pages_without_a_picture(
    api, openapi, home
):
    share = ImageFactory(
        description="Toàn cảnh huyện Hòa Sơn", file__width=1400, file__height=733
    )
    PortalSettings.objects.create(
        site=Site.objects.get(is_default_site=True), share_image=share
    )
    _, body = get(api, "/api/v1/site/", openapi)
    image = body["share_image"]
    assert (image["id"], image["width"], image["height"]) == (share.pk, 1400, 733)
    assert image["alt"] == "Toàn cảnh huyện Hòa Sơn"
    assert image["renditions"][-1]["width"] == 1280
    assert body["logo"] is None


def test_sections_form_a_tree_in_menu_order(api, openapi, home):
    news = SectionPageFactory(title="Tin tức", show_in_menus=True)
    district = SectionPageFactory(parent=news, title="Tin huyện", show_on_home=False)
    culture = SectionPageFactory(title="Văn hóa - Xã hội")
    SectionPageFactory(title="Nháp", publish=False)
    _, body = get(api, "/api/v1/sections/", openapi)
    assert body == {
        "results": [
            {
                "id": news.pk,
                "title": "Tin tức",
                "path": "/tin-tuc/",
                "intro": "Tin tức trong huyện",
                "show_on_home": True,
                "show_in_menus": True,
                "children": [
                    {
                        "id": district.pk,
                        "title": "Tin huyện",
                        "path": "/tin-tuc/tin-huyen/",
                        "intro": "Tin tức trong huyện",
                        "show_on_home": False,
                        "show_in_menus": False,
                        "children": [],
                    }
                ],
            },
            {
                "id": culture.pk,
                "title": "Văn hóa - Xã hội",
                "path": "/van-hoa-xa-hoi/",
                "intro": "Tin tức trong huyện",
                "show_on_home": True,
                "show_in_menus": False,
                "children": [],
            },
        ]
    }


def test_by_path_answers_sections_and_home(api, openapi, home):
    news = SectionPageFactory(title="Tin tức")
    district = SectionPageFactory(parent=news, title="Tin huyện")
    template = "/api/v1/pages/by-path/"
    _, body = get(api, template, openapi, path="/tin-tuc/")
    assert body == {
        "type": "section",
        "page": {
            "id": news.pk,
            "title": "Tin tức",
            "path": "/tin-tuc/",
            "intro": "Tin tức trong huyện",
            "parent": None,
            "children": [
                {"id": district.pk, "title": "Tin huyện", "path": "/tin-tuc/tin-huyen/"}
            ],
        },
    }
    _, body = get(api, template, openapi, path="/tin-tuc/tin-huyen")
    assert body["page"]["parent"] == {
        "id": news.pk,
        "title": "Tin tức",
        "path": "/tin-tuc/",
    }
    _, body = get(api, template, openapi, path="/")
    assert body == {
        "type": "home",
        "page": {"id": home.pk, "title": home.title, "path": "/", "intro": ""},
    }


def test_by_path_answers_articles_and_photo_stories(api, openapi, home):
    news = SectionPageFactory(title="Tin tức")
    article = ArticlePageFactory(parent=news)
    story = PhotoStoryPageFactory(parent=news)
    template = "/api/v1/pages/by-path/"
    _, body = get(api, template, openapi, path=article.reader_path)
    assert body["type"] == "article" and body["page"]["id"] == article.pk
    assert body["page"] == json.loads(
        api.get(f"/api/v1/articles/{article.pk}/").content
    )
    _, body = get(api, template, openapi, path=story.reader_path)
    assert body["type"] == "photo_story"
    assert [photo["caption"] for photo in body["page"]["photos"]] == [
        "Khoảnh khắc thứ 1",
        "Khoảnh khắc thứ 2",
        "Khoảnh khắc thứ 3",
    ]
    assert body["page"]["photo_count"] == 3


def test_photo_story_list_and_detail(api, openapi, home):
    news = SectionPageFactory(title="Tin tức")
    story = PhotoStoryPageFactory(parent=news, title="Mùa vàng")
    response, body = get(api, "/api/v1/photo-stories/", openapi)
    item = body["results"][0]
    assert item["type"] == "photo_story" and item["photo_count"] == 3
    assert item["lead"] == "Những khoảnh khắc đẹp trong ngày hội."
    assert item["thumbnail"]["id"] == story.photos.first().image_id
    response, detail = get(
        api,
        f"/api/v1/photo-stories/{story.pk}/",
        openapi,
        "/api/v1/photo-stories/{id}/",
    )
    assert detail["intro"] == "Những khoảnh khắc đẹp trong ngày hội."
    assert detail["author"] == "Thu Hà"
    assert len(detail["photos"]) == 3
    assert (
        detail["photos"][0]["image"]["caption"] == "Bà con xã Tân Lập thu hoạch lúa mùa"
    )


def test_tags_count_visible_news(api, openapi, home):
    news = SectionPageFactory(title="Tin tức")
    for publish in (True, True, False):
        article = ArticlePageFactory(parent=news, publish=False)
        article.tags.add("chuyển đổi số")
        if publish:
            article.save_revision().publish()
        else:
            article.save()
    response, body = get(
        api, "/api/v1/tags/chuyen-doi-so/", openapi, "/api/v1/tags/{slug}/"
    )
    assert body == {
        "name": "chuyển đổi số",
        "slug": "chuyen-doi-so",
        "article_count": 2,
        "photo_story_count": 0,
    }
    draft_only = ArticlePageFactory(parent=news, publish=False)
    draft_only.tags.add("bí mật")
    draft_only.save()
    assert api.get("/api/v1/tags/bi-mat/").status_code == 404
    assert api.get("/api/v1/tags/khong-co/").status_code == 404


@pytest.fixture
def second_site(home):
    root = home.get_parent()
    other_home = root.add_child(
        instance=HomePage(title="Cổng Bình Minh", slug="binh-minh")
    )
    other_home.save_revision().publish()
    site = Site.objects.create(
        hostname="binhminh.example.vn", port=80, root_page=other_home
    )
    return site, HomePage.objects.get(pk=other_home.pk)


def test_answers_are_scoped_to_the_site_of_the_host(api, settings, home, second_site):
    settings.ALLOWED_HOSTS = ["testserver", "binhminh.example.vn"]
    site, other_home = second_site
    ours = ArticlePageFactory(parent=SectionPageFactory(title="Tin tức"))
    theirs_section = SectionPageFactory(parent=other_home, title="Tin tức")
    theirs = ArticlePageFactory(parent=theirs_section, title="Tin Bình Minh")

    def ids(url, host, **params):
        response = api.get(url, params, headers={"Host": host})
        assert response.status_code == 200, response.content
        return [item["id"] for item in json.loads(response.content)["results"]]

    assert ids("/api/v1/articles/", "testserver") == [ours.pk]
    assert ids("/api/v1/articles/", "binhminh.example.vn") == [theirs.pk]
    assert ids("/api/v1/search/", "binhminh.example.vn", q="binh minh") == [theirs.pk]
    assert ids("/api/v1/search/", "testserver", q="binh minh") == []
    assert (
        api.get(f"/api/v1/articles/{theirs.pk}/", headers={"Host": "testserver"})
    ).status_code == 404
    by_path = api.get(
        "/api/v1/pages/by-path/",
        {"path": theirs.reader_path},
        headers={"Host": "binhminh.example.vn"},
    )
    assert json.loads(by_path.content)["page"]["id"] == theirs.pk
    assert json.loads(by_path.content)["page"]["path"] == "/tin-tuc/tin-binh-minh/"
    sections = api.get("/api/v1/sections/", headers={"Host": "binhminh.example.vn"})
    assert [s["id"] for s in json.loads(sections.content)["results"]] == [
        theirs_section.pk
    ]
    bad_filter = api.get(
        "/api/v1/articles/",
        {"section": theirs_section.pk},
        headers={"Host": "testserver"},
    )
    assert bad_filter.status_code == 400
    site_info = api.get("/api/v1/site/", headers={"Host": "binhminh.example.vn"})
    assert json.loads(site_info.content)["home"]["title"] == "Cổng Bình Minh"
