"""The reader site's pages, rendered by the real app from recorded API answers."""

import json
import re
from urllib.parse import quote
from xml.etree import ElementTree

import pytest

from frontend.assets import STATIC_DIR

from .conftest import ARTICLE_PATH, FRONTEND_URL, PHOTO_STORY_PATH, recorded, soup


def meta(page, name):
    tag = page.find("meta", attrs={"property": name}) or page.find(
        "meta", attrs={"name": name}
    )
    return tag["content"] if tag else None


def parse_xml(response):
    return ElementTree.fromstring(response.get_data())  # noqa: S314 - our own output


def text(node) -> str:
    return " ".join(node.get_text(" ").split())


# Every page ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    ["/", "/tin-tuc/", ARTICLE_PATH, PHOTO_STORY_PATH, "/tim-kiem/?q=cai+cach"],
)
def test_every_page_has_the_portal_chrome(client, url):
    response = client.get(url)
    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == "vi"
    header = page.find("header", class_="site-header")
    assert "Cổng thông tin điện tử huyện Hòa Sơn" in text(header)
    assert header.find("img", class_="brand-logo")["src"].endswith(".jpg")
    menu = page.find("nav", attrs={"aria-label": "Chuyên mục"})
    assert [a["href"] for a in menu.find_all("a")] == [
        "/",
        "/tin-tuc/",
        "/van-hoa-xa-hoi/",
        "/thong-bao/",
        "/van-ban/",
    ]
    login = page.find("a", string="Đăng nhập")
    assert login["href"] == "http://cms.hoason.example.vn/admin/"
    footer = text(page.find("footer"))
    assert "Số 1 đường Trần Phú, thị trấn Hòa Sơn" in footer
    assert "0203 3812 345" in footer
    assert "ttvhtt@hoason.example.vn" in footer
    # Landmarks and the skip link to the main content.
    assert page.find("a", class_="skip-link")["href"] == "#noi-dung"
    assert page.find("main")["id"] == "noi-dung"


def test_the_statistics_box_shows_the_figures(client):
    box = soup(client.get("/")).find(attrs={"data-stats": True})
    assert box.find("h2").get_text() == "Thống kê truy cập"
    figures = {
        dd["data-stat"]: (dd.find_previous_sibling("dt").get_text(), dd.get_text())
        for dd in box.find_all("dd")
    }
    assert figures == {
        "online": ("Đang truy cập", "3"),
        "today": ("Hôm nay", "1.250"),
        "yesterday": ("Hôm qua", "2.104"),
        "this_month": ("Tháng này", "45.210"),
        "total": ("Tổng lượt truy cập", "1.234.567"),
    }


@pytest.mark.parametrize("status", [404, 500])
def test_the_statistics_box_survives_a_missing_endpoint(client, fake_cms, status):
    fake_cms.set("/stats/", {"error": {"status": status}}, status=status)
    response = client.get("/")
    assert response.status_code == 200
    box = soup(response).find(attrs={"data-stats": True})
    assert [dd.get_text() for dd in box.find_all("dd")] == ["—"] * 5


def test_pages_count_visits_with_the_script_or_a_pixel(client):
    page = soup(client.get(ARTICLE_PATH))
    assert page.body.has_attr("data-track")
    assert page.html["data-api-url"] == "http://cms.hoason.example.vn/api/v1"
    noscript = BeautifulSoupFragment(page.find("noscript"))
    pixel = noscript.find("img")
    assert pixel["src"] == (
        "http://cms.hoason.example.vn/api/v1/stats/hit.gif?path="
        + quote(ARTICLE_PATH, safe="")
        + "&portal=tin.hoason.example.vn"
    )
    assert pixel["alt"] == ""


def BeautifulSoupFragment(noscript):
    # html.parser keeps <noscript> content as markup; parse it on its own.
    from bs4 import BeautifulSoup

    return BeautifulSoup(noscript.decode_contents(), "html.parser")


def test_the_only_scripts_are_the_module_and_json_ld(client):
    for url in ("/", ARTICLE_PATH, PHOTO_STORY_PATH):
        page = soup(client.get(url))
        for script in page.find_all("script"):
            if script.get("type") == "application/ld+json":
                continue
            assert script["type"] == "module"
            assert script["src"].startswith("/static/site.js?v=")
            assert not script.get_text().strip()
        assert not page.find_all(attrs={"onclick": True})
        assert not page.find_all(attrs={"style": True})


def test_security_headers(client):
    response = client.get(ARTICLE_PATH)
    csp = response.headers["Content-Security-Policy"]
    directives = dict(d.split(" ", 1) for d in csp.split("; "))
    assert directives["script-src"] == "'self'"
    assert "'unsafe-inline'" not in csp
    assert "http://cms.hoason.example.vn" in directives["img-src"]
    assert directives["connect-src"] == "'self' http://cms.hoason.example.vn"
    assert directives["frame-ancestors"] == "'none'"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response.headers["X-Frame-Options"] == "DENY"


def test_the_script_stays_small():
    assert (STATIC_DIR / "site.js").stat().st_size <= 15 * 1024


def test_the_home_page_weighs_at_most_100_kb_before_images(client):
    html = client.get("/").get_data()
    page = soup(client.get("/"))
    assets = [
        page.find("link", rel="stylesheet")["href"],
        page.find("script", src=True)["src"],
    ]
    asset_bytes = sum(len(client.get(url).get_data()) for url in assets)
    assert len(html) + asset_bytes <= 100 * 1024


def test_static_files_carry_a_version_and_long_caching(client):
    page = soup(client.get("/"))
    response = client.get(page.find("script", src=True)["src"])
    assert response.status_code == 200
    assert response.mimetype == "text/javascript"
    assert "max-age=31536000" in response.headers["Cache-Control"]


def test_pages_revalidate_and_compress(client):
    first = client.get("/")
    assert first.headers["Cache-Control"] == "public, max-age=60"
    again = client.get("/", headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304
    compressed = client.get("/", headers={"Accept-Encoding": "gzip"})
    assert compressed.headers["Content-Encoding"] == "gzip"
    assert len(compressed.get_data()) < len(first.get_data()) / 3


# Home ---------------------------------------------------------------------------


def test_home_shows_featured_latest_sections_and_photo_stories(client, fake_cms):
    page = soup(client.get("/"))
    latest = recorded("articles-latest.json")["results"]
    featured = page.find("article", class_="card-featured")
    # The newest story has no photo: the first one with a photo is featured.
    assert featured.find("a")["href"] == latest[1]["path"]
    listed = [a["href"] for a in page.select(".latest-list .card-title a")]
    assert listed == [item["path"] for item in latest if item is not latest[1]]
    blocks = [text(h) for h in page.select(".section-block .block-title")]
    assert blocks == ["Tin tức", "Văn hóa - Xã hội", "Tin ảnh"]
    photo_cards = page.select(".photo-block .card")
    assert len(photo_cards) == 4
    assert "3 ảnh" in text(photo_cards[0])
    # "Thông báo" is not shown on the home page: its articles were never asked for.
    assert fake_cms.count("/articles/?page_size=4&section=5") == 0


def test_home_images_are_responsive_and_lazy_below_the_fold(client):
    page = soup(client.get("/"))
    pictures = page.find_all("picture")
    assert len(pictures) > 10
    for picture in pictures:
        webp = picture.find("source", type="image/webp")
        img = picture.find("img")
        assert re.fullmatch(r"(\S+\.webp \d+w, )*\S+\.webp \d+w", webp["srcset"])
        assert re.fullmatch(r"(\S+\.jpg \d+w, )*\S+\.jpg \d+w", img["srcset"])
        assert img["src"].endswith(".jpg")
        assert int(img["width"]) > 0 and int(img["height"]) > 0
        assert img["sizes"] == webp["sizes"]
    first = pictures[0].find("img")
    assert not first.has_attr("loading")
    assert first["fetchpriority"] == "high"
    assert pictures[-1].find("img")["loading"] == "lazy"


def test_home_has_sharing_tags_and_feeds(client):
    page = soup(client.get("/"))
    assert page.find("link", rel="canonical")["href"] == FRONTEND_URL + "/"
    assert meta(page, "og:type") == "website"
    assert meta(page, "description").startswith("Tin tức, sự kiện")
    feed = page.find("link", type="application/rss+xml")
    assert feed["href"] == FRONTEND_URL + "/rss.xml"
    ld = json.loads(page.find("script", type="application/ld+json").get_text())
    assert ld["@type"] == "WebSite"


# Section ------------------------------------------------------------------------


def test_section_lists_articles_with_pagination(client):
    page = soup(client.get("/tin-tuc/"))
    assert page.find("h1").get_text() == "Tin tức"
    items = page.select(".card-list > li")
    assert len(items) == 20
    nav = page.find("nav", attrs={"aria-label": "Phân trang"})
    assert nav.find("a", attrs={"aria-current": "page"}).get_text() == "1"
    assert nav.find("a", rel="next")["href"] == "/tin-tuc/?page=2"
    assert page.find("link", rel="canonical")["href"] == FRONTEND_URL + "/tin-tuc/"
    menu_link = page.find("nav", attrs={"aria-label": "Chuyên mục"}).find(
        "a", href="/tin-tuc/"
    )
    assert menu_link["aria-current"] == "page"
    assert page.find("a", href="/tin-tuc/tin-huyen/")  # subsection
    feed = page.find("link", type="application/rss+xml", title="Tin tức")
    assert feed["href"] == FRONTEND_URL + "/tin-tuc/rss.xml"


def test_section_second_page(client):
    page = soup(client.get("/tin-tuc/?page=2"))
    assert len(page.select(".card-list > li")) == 5
    nav = page.find("nav", attrs={"aria-label": "Phân trang"})
    assert nav.find("a", rel="prev")["href"] == "/tin-tuc/?page=1"
    assert not nav.find("a", rel="next")
    canonical = page.find("link", rel="canonical")["href"]
    assert canonical == FRONTEND_URL + "/tin-tuc/?page=2"
    assert "Trang 2" in page.title.get_text()


@pytest.mark.parametrize("page", ["abc", "0", "-1", "3"])
def test_bad_page_numbers_are_not_found(client, page):
    response = client.get(f"/tin-tuc/?page={page}")
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.get_data(as_text=True)


def test_paths_without_the_trailing_slash_redirect(client):
    response = client.get("/tin-tuc?page=2")
    assert response.status_code == 301
    assert response.headers["Location"] == "/tin-tuc/?page=2"


# Article ------------------------------------------------------------------------


def test_article_page(client):
    page = soup(client.get(ARTICLE_PATH))
    article = page.find("article", class_="article")
    assert article.find("h1").get_text() == "Hội nghị tổng kết công tác năm 2023"
    time = article.find("time")
    assert time.get_text() == "Thứ Năm, 24/08/2023 08:30"
    assert time["datetime"] == "2023-08-24T08:30:00+07:00"
    assert "1.234 lượt xem" in text(article.find(class_="meta"))
    assert article.find(class_="lead").get_text().startswith("Hội nghị tổng kết")
    # The body: sanitised rich text as HTML, then figures with captions.
    body = article.find(class_="body")
    assert body.find("b").get_text() == "hội nghị tổng kết"
    assert body.find("h2").get_text() == "Kết quả nổi bật"
    figure = body.find("figure", class_="body-figure")
    assert text(figure.find("figcaption")) == (
        "Trao bằng khen cho các tập thể xuất sắc Ảnh: Thu Hà"
    )
    assert figure.find("img")["alt"] == "Lãnh đạo huyện trao bằng khen cho các tập thể"
    assert body.find("blockquote").get_text(strip=True).startswith("Năm 2024")
    assert body.find("iframe")["src"].startswith("https://www.youtube.com/embed/")
    attachment = body.find(class_="attachment")
    assert "PDF" in text(attachment)
    hero = article.find("figure", class_="hero")
    assert text(hero.find("figcaption")) == "Quang cảnh hội nghị Ảnh: Minh Anh"
    # Author and unit at the end, after the body.
    signature = article.find(class_="signature")
    assert signature.find_previous_sibling("div", class_="body") is not None
    assert text(signature) == "Minh Anh Trung tâm VH&TT huyện Hòa Sơn"
    tags = [a["href"] for a in article.select(".tags a")]
    assert tags == ["/chu-de/chuyen-doi-so/", "/chu-de/cai-cach-hanh-chinh/"]
    related = [a["href"] for a in page.select(".related .card-title a")]
    assert related == [
        "/tin-tuc/day-manh-cai-cach-hanh-chinh/",
        "/van-hoa-xa-hoi/mua-vang-tren-canh-dong-tan-lap/",
    ]


ARTICLE_KEY = f"/pages/by-path/?path={ARTICLE_PATH}"


def _article_without_pictures(body_blocks) -> dict:
    answer = recorded("page-article.json")
    answer["page"].update(hero_image=None, thumbnail=None, body=body_blocks)
    return answer


def test_an_article_without_a_hero_is_shared_with_its_first_body_photo(
    client, fake_cms
):
    body = recorded("page-article.json")["page"]["body"]
    photo = next(b for b in body if b["type"] == "image")["image"]
    fake_cms.set(ARTICLE_KEY, _article_without_pictures(body))
    page = soup(client.get(ARTICLE_PATH))
    largest = photo["renditions"][-1]
    assert meta(page, "og:image") == largest["jpeg"]
    assert meta(page, "og:image:width") == str(largest["width"])
    assert meta(page, "og:image:height") == str(largest["height"])
    assert meta(page, "og:image:alt") == photo["alt"]
    assert meta(page, "twitter:image") == largest["jpeg"]
    assert meta(page, "twitter:card") == "summary_large_image"
    assert not page.find("figure", class_="hero")


def test_an_article_without_any_photo_is_shared_with_the_portal_image(client, fake_cms):
    body = recorded("page-article.json")["page"]["body"]
    fake_cms.set(
        ARTICLE_KEY,
        _article_without_pictures([b for b in body if b["type"] != "image"]),
    )
    share = recorded("site.json")["share_image"]
    page = soup(client.get(ARTICLE_PATH))
    largest = share["renditions"][-1]
    assert meta(page, "og:image") == largest["jpeg"]
    assert (meta(page, "og:image:width"), meta(page, "og:image:height")) == (
        "1200",
        "630",
    )
    assert meta(page, "og:image:alt") == share["alt"]
    assert meta(page, "twitter:image") == largest["jpeg"]
    ld = json.loads(page.find("script", type="application/ld+json").get_text())
    assert ld["image"] == [largest["jpeg"]]


def test_without_a_share_image_the_portal_logo_is_shared(client, fake_cms):
    fake_cms.set(ARTICLE_KEY, _article_without_pictures([]))
    fake_cms.set("/site/", {**recorded("site.json"), "share_image": None})
    logo = recorded("site.json")["logo"]
    page = soup(client.get(ARTICLE_PATH))
    assert meta(page, "og:image") == logo["renditions"][-1]["jpeg"]
    assert meta(page, "og:image:width") == "320"
    assert meta(page, "og:image:alt") == logo["alt"]


def test_article_share_and_print(client):
    page = soup(client.get(ARTICLE_PATH))
    share = page.find(class_="share")
    canonical = FRONTEND_URL + ARTICLE_PATH
    links = {a.get_text(strip=True): a["href"] for a in share.find_all("a")}
    encoded = quote(canonical, safe="")
    assert links["Facebook(mở cửa sổ mới)"] == (
        f"https://www.facebook.com/sharer/sharer.php?u={encoded}"
    )
    assert links["Zalo(mở cửa sổ mới)"].endswith(encoded)
    assert links["Sao chép liên kết"] == canonical
    # Printing and saving have their own group (tests/frontend/test_saving.py).
    assert share.find("button") is None


def test_article_sharing_tags_and_json_ld(client):
    page = soup(client.get(ARTICLE_PATH))
    canonical = FRONTEND_URL + ARTICLE_PATH
    hero = recorded("page-article.json")["page"]["hero_image"]
    assert page.find("link", rel="canonical")["href"] == canonical
    assert page.title.get_text() == (
        "Hội nghị tổng kết công tác năm 2023 - Cổng thông tin điện tử huyện Hòa Sơn"
    )
    lead = recorded("page-article.json")["page"]["lead"]
    assert meta(page, "description") == lead
    assert meta(page, "og:type") == "article"
    assert meta(page, "og:title") == "Hội nghị tổng kết công tác năm 2023"
    assert meta(page, "og:description") == lead
    assert meta(page, "og:url") == canonical
    assert meta(page, "og:image") == hero["renditions"][-1]["jpeg"]
    assert meta(page, "og:image:width") == "1280"
    assert meta(page, "og:locale") == "vi_VN"
    assert meta(page, "twitter:card") == "summary_large_image"
    assert meta(page, "twitter:image") == hero["renditions"][-1]["jpeg"]
    ld = json.loads(page.find("script", type="application/ld+json").get_text())
    assert ld["@type"] == "NewsArticle"
    assert ld["headline"] == "Hội nghị tổng kết công tác năm 2023"
    assert ld["datePublished"] == "2023-08-24T08:30:00+07:00"
    assert ld["dateModified"] == "2023-08-24T10:00:00+07:00"
    assert ld["author"] == [{"@type": "Person", "name": "Minh Anh"}]
    assert ld["publisher"]["name"] == "Trung tâm Văn hóa và Truyền thông huyện Hòa Sơn"
    assert ld["image"] == [hero["renditions"][-1]["jpeg"]]
    assert ld["mainEntityOfPage"] == canonical


def test_text_from_the_api_is_escaped_outside_rich_text(client, fake_cms):
    answer = recorded("page-article.json")
    evil = '</script><script>alert("x")</script>'
    answer["page"]["title"] = evil
    answer["page"]["lead"] = "<img src=x onerror=alert(1)>"
    fake_cms.set(f"/pages/by-path/?path={ARTICLE_PATH}", answer)
    html = client.get(ARTICLE_PATH).get_data(as_text=True)
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    page = soup(client.get(ARTICLE_PATH))
    ld = json.loads(page.find("script", type="application/ld+json").get_text())
    assert ld["headline"] == evil


def test_missing_pages_get_the_404_page(client):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    page = soup(response)
    assert page.find("h1").get_text() == "Không tìm thấy trang"
    assert page.find("nav", attrs={"aria-label": "Chuyên mục"})  # chrome still there


# Photo story ----------------------------------------------------------------------


def test_photo_story_gallery(client):
    page = soup(client.get(PHOTO_STORY_PATH))
    assert page.find("h1").get_text() == "Mùa vàng Hòa Sơn"
    slides = page.select(".slides > li")
    assert [s["id"] for s in slides] == ["anh-1", "anh-2", "anh-3"]
    captions = [text(s.find("figcaption")) for s in slides]
    assert captions[0] == "Ảnh 1/3. Bà con xã Tân Lập thu hoạch lúa Ảnh: Thu Hà"
    assert slides[0].find("img")["alt"] == "Mùa vàng Hòa Sơn, ảnh 1"
    assert not slides[0].find("img").has_attr("loading")
    assert slides[1].find("img")["loading"] == "lazy"
    nav = [
        (a["href"], a.get_text(strip=True)) for a in slides[1].select(".slide-nav a")
    ]
    assert nav == [("#anh-1", "‹ Ảnh trước"), ("#anh-3", "Ảnh sau ›")]
    thumbs = page.find("nav", attrs={"aria-label": "Chọn ảnh"}).find_all("a")
    assert [a["href"] for a in thumbs] == ["#anh-1", "#anh-2", "#anh-3"]
    assert page.find("ol", class_="slides")["tabindex"] == "0"
    assert meta(page, "og:description") == "Những khoảnh khắc đẹp: mùa vàng hòa sơn."
    ld = json.loads(page.find("script", type="application/ld+json").get_text())
    assert len(ld["image"]) == 3


# Search and tags --------------------------------------------------------------------


def test_search_passes_the_words_to_the_api_and_shows_snippets(client, fake_cms):
    page = soup(client.get("/tim-kiem/?q=cai+cach"))
    assert fake_cms.count("/search/?page=1&q=cai cach") == 1
    assert page.find("input", id="q")["value"] == "cai cach"
    assert "Tìm thấy 2 kết quả" in text(page.find(class_="result-count"))
    snippet = page.find(class_="snippet")
    assert snippet.find("mark").get_text() == "cải cách"
    assert "hành chính & thủ tục" in snippet.get_text()
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex, nofollow"


def test_search_results_leave_the_separators_to_the_stylesheet(client, fake_cms):
    # site.css puts " · " between the parts of a meta line; a separator in the
    # markup as well showed two of them beside the section.
    page = soup(client.get("/tim-kiem/?q=cai+cach"))
    meta_line = page.find("ol").find(class_="meta")
    assert meta_line.find_all(recursive=False)
    loose_text = [t.strip() for t in meta_line.find_all(string=True, recursive=False)]
    assert not any(loose_text)


def test_search_snippets_keep_only_mark_tags(client, fake_cms):
    answer = recorded("search-cai-cach.json")
    answer["results"][0]["snippet"] = "<b>đậm</b> <mark>cải cách</mark><script>x()"
    fake_cms.set("/search/?page=1&q=cai cach", answer)
    html = client.get("/tim-kiem/?q=cai+cach").get_data(as_text=True)
    assert "&lt;b&gt;đậm&lt;/b&gt; <mark>cải cách</mark>&lt;script&gt;x()" in html


def test_search_without_words_does_not_call_the_api(client, fake_cms):
    page = soup(client.get("/tim-kiem/"))
    assert page.find("h1").get_text() == "Tìm kiếm"
    assert not any(key.startswith("/search/") for key, _ in fake_cms.calls)


def test_search_without_results(client):
    page = soup(client.get("/tim-kiem/?q=khong+co+gi"))
    assert "Không tìm thấy bài viết nào" in text(page.find("main"))


def test_search_rejected_by_the_api_shows_its_message(client, fake_cms):
    error = {
        "error": {
            "status": 400,
            "code": "invalid_parameter",
            "message": "Tham số không hợp lệ.",
            "fields": {"q": ["Từ khóa cần ít nhất 2 ký tự."]},
        }
    }
    fake_cms.set("/search/?page=1&q=a", error, status=400)
    response = client.get("/tim-kiem/?q=a")
    assert response.status_code == 400
    assert (
        soup(response).find(role="alert").get_text() == "Từ khóa cần ít nhất 2 ký tự."
    )


def test_tag_page(client):
    page = soup(client.get("/chu-de/chuyen-doi-so/"))
    assert page.find("h1").get_text() == "Chủ đề: chuyển đổi số"
    assert len(page.select(".card-list > li")) == 3


@pytest.mark.parametrize("slug", ["khong-co", "..", "a%2F..%2Fsite", "chủ-đề"])
def test_unknown_tag_is_not_found(client, fake_cms, slug):
    assert client.get(f"/chu-de/{slug}/").status_code == 404
    assert all(
        key.startswith("/tags/khong-co/") for key, _ in fake_cms.calls if "tags" in key
    )


# Resilience -----------------------------------------------------------------------


def test_cached_pages_are_served_while_the_api_is_down(client, fake_cms, clock):
    before = client.get(ARTICLE_PATH).get_data(as_text=True)
    fake_cms.down = True
    clock.advance(3600)
    response = client.get(ARTICLE_PATH)
    assert response.status_code == 200
    assert response.get_data(as_text=True) == before


def test_other_pages_get_a_friendly_503_while_the_api_is_down(client, fake_cms):
    client.get(ARTICLE_PATH)
    fake_cms.down = True
    response = client.get("/tin-tuc/")
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "30"
    assert response.headers["Cache-Control"] == "no-store"
    page = soup(response)
    assert page.find("h1").get_text() == "Trang tạm thời chưa xem được"
    # The portal's name and menu were cached by the first page: still shown.
    assert page.find("nav", attrs={"aria-label": "Chuyên mục"}).find(
        "a", href="/tin-tuc/"
    )
    assert "Traceback" not in response.get_data(as_text=True)


def test_503_with_nothing_cached_at_all(client, fake_cms):
    fake_cms.down = True
    response = client.get("/")
    assert response.status_code == 503
    assert "Trang tạm thời chưa xem được" in response.get_data(as_text=True)


def test_a_malformed_answer_is_a_friendly_500(client, fake_cms):
    fake_cms.set(
        f"/pages/by-path/?path={ARTICLE_PATH}", {"type": "section", "page": {}}
    )
    response = client.get(ARTICLE_PATH)
    assert response.status_code == 500
    body = response.get_data(as_text=True)
    assert "Đã có lỗi xảy ra" in body
    assert "Traceback" not in body and "KeyError" not in body


# Preview --------------------------------------------------------------------------


def test_preview_renders_the_draft_never_cached_never_indexed(client, fake_cms):
    response = client.get("/preview/?token=draft-token")
    assert response.status_code == 200
    page = soup(response)
    assert page.find("h1").get_text().startswith("Bản nháp:")
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex, nofollow"
    assert response.headers["X-Robots-Tag"] == "noindex, nofollow"
    assert response.headers["Cache-Control"] == "no-store, private"
    assert "ETag" not in response.headers
    csp = response.headers["Content-Security-Policy"]
    assert "frame-ancestors 'self' http://cms.hoason.example.vn" in csp
    assert "X-Frame-Options" not in response.headers
    assert not page.body.has_attr("data-track")  # drafts are not counted
    assert not page.find("noscript")
    client.get("/preview/?token=draft-token")
    assert fake_cms.count("/preview/?token=draft-token") == 2


def test_preview_admin_origin_comes_from_the_configuration(fake_cms, clock):
    import httpx

    from frontend.app import create_app
    from frontend.config import Config

    config = Config(
        api_url="http://10.0.0.5:8001/api/v1",
        public_api_url="https://cms.hoason.example.vn/api/v1",
        admin_origin="https://quantri.hoason.example.vn",
    )
    app = create_app(config, transport=httpx.MockTransport(fake_cms.handler))
    response = app.test_client().get(
        "/preview/?token=x", base_url="http://127.0.0.1:8000"
    )
    csp = response.headers["Content-Security-Policy"]
    assert "frame-ancestors 'self' https://quantri.hoason.example.vn" in csp


@pytest.mark.parametrize(
    ("url", "status"), [("/preview/", 400), ("/preview/?token=het-han", 404)]
)
def test_bad_preview_links(client, url, status):
    response = client.get(url)
    assert response.status_code == status
    assert "Liên kết xem trước không hợp lệ" in response.get_data(as_text=True)
    assert response.headers["X-Robots-Tag"] == "noindex, nofollow"


# Feeds and search engines ---------------------------------------------------------


def test_site_feed(client):
    response = client.get("/rss.xml")
    assert response.mimetype == "application/rss+xml"
    channel = parse_xml(response).find("channel")
    assert channel.findtext("language") == "vi"
    items = channel.findall("item")
    assert len(items) == 12
    first = recorded("articles-feed.json")["results"][0]
    assert items[0].findtext("title") == first["title"]
    assert items[0].findtext("link") == FRONTEND_URL + first["path"]
    assert items[0].findtext("pubDate") == "Mon, 28 Aug 2023 08:30:00 +0700"
    largest = first["thumbnail"]["renditions"][-1]
    enclosure = items[0].find("enclosure")
    assert enclosure.get("url") == largest["jpeg"]
    assert enclosure.get("type") == "image/jpeg"
    # The size the API gives, in bytes (RSS readers may fetch it beforehand).
    assert enclosure.get("length") == str(largest["jpeg_size"]) != "0"


def test_section_feed(client):
    response = client.get("/tin-tuc/rss.xml")
    channel = parse_xml(response).find("channel")
    assert channel.findtext("title").startswith("Tin tức - ")
    assert channel.findtext("link") == FRONTEND_URL + "/tin-tuc/"
    assert len(channel.findall("item")) == 5


def test_feed_of_an_article_is_not_found(client):
    assert client.get(ARTICLE_PATH + "rss.xml").status_code == 404


SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_sitemaps(client):
    index = parse_xml(client.get("/sitemap.xml"))
    maps = [loc.text for loc in index.iter(f"{SITEMAP}loc")]
    assert maps == [
        f"{FRONTEND_URL}/sitemap-pages.xml",
        f"{FRONTEND_URL}/sitemap-news.xml",
        f"{FRONTEND_URL}/sitemap-articles-1.xml",
        f"{FRONTEND_URL}/sitemap-articles-2.xml",
        f"{FRONTEND_URL}/sitemap-photo-stories-1.xml",
    ]
    pages = parse_xml(client.get("/sitemap-pages.xml"))
    locs = [loc.text for loc in pages.iter(f"{SITEMAP}loc")]
    assert f"{FRONTEND_URL}/tin-tuc/tin-huyen/" in locs
    second = parse_xml(client.get("/sitemap-articles-2.xml"))
    assert len(list(second.iter(f"{SITEMAP}url"))) == 10
    assert client.get("/sitemap-other-1.xml").status_code == 404


NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


def test_news_sitemap_lists_the_last_two_days_articles(client, fake_cms, monkeypatch):
    from datetime import datetime, timedelta

    from frontend import formatting, views

    now = datetime(2026, 11, 20, 9, 0, tzinfo=formatting.LOCAL_TZ)
    monkeypatch.setattr(views, "_now", lambda: now)
    summaries = recorded("articles-sitemap-page-1.json")["results"]
    ages = [timedelta(hours=1), timedelta(hours=47), timedelta(hours=49)]
    items = [
        {**summary, "date": (now - age).isoformat()}
        for summary, age in zip(summaries, ages, strict=False)
    ]
    items[0]["title"] = "Hội nghị & tọa đàm <chuyển đổi số>"
    key = "/articles/?date_from=2026-11-18&page={}&page_size=50"
    envelope = recorded("articles-sitemap-page-1.json")
    fake_cms.set(key.format(1), {**envelope, "num_pages": 2, "results": items[:2]})
    fake_cms.set(key.format(2), {**envelope, "num_pages": 2, "results": items[2:]})

    response = client.get("/sitemap-news.xml")
    assert response.status_code == 200
    assert response.mimetype == "application/xml"
    urls = list(parse_xml(response).iter(f"{SITEMAP}url"))
    # The 49-hour-old article is past Google News' two days.
    assert [u.findtext(f"{SITEMAP}loc") for u in urls] == [
        FRONTEND_URL + items[0]["path"],
        FRONTEND_URL + items[1]["path"],
    ]
    news = urls[0].find(f"{NEWS}news")
    publication = news.find(f"{NEWS}publication")
    assert publication.findtext(f"{NEWS}name") == "Cổng thông tin điện tử huyện Hòa Sơn"
    assert publication.findtext(f"{NEWS}language") == "vi"
    assert news.findtext(f"{NEWS}publication_date") == "2026-11-20T08:00:00+07:00"
    assert news.findtext(f"{NEWS}title") == "Hội nghị & tọa đàm <chuyển đổi số>"


def test_robots_txt(client):
    body = client.get("/robots.txt").get_data(as_text=True)
    assert "Disallow: /preview/" in body
    assert f"Sitemap: {FRONTEND_URL}/sitemap.xml" in body
    assert f"Sitemap: {FRONTEND_URL}/sitemap-news.xml" in body


def test_search_pages_say_noindex_and_crawlers_may_read_it(client):
    # A Disallow would keep crawlers from ever seeing the noindex.
    robots = client.get("/robots.txt").get_data(as_text=True)
    assert "/tim-kiem/" not in robots
    page = soup(client.get("/tim-kiem/?q=cai+cach"))
    assert meta(page, "robots") == "noindex, nofollow"
