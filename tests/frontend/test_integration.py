"""The reader site against a real running CMS: content made through the factories,
served by the CMS's public API over HTTP, rendered by the reader site, fetched
with a plain HTTP client (as Zalo's and Facebook's crawlers do: no JavaScript)."""

import json
import re

import httpx
import pytest
from bs4 import BeautifulSoup

from .live import (
    KEY_ARTICLE_LEAD,
    KEY_ARTICLE_TEXT,
    KEY_ARTICLE_TITLE,
    LiveCms,
    build_newsroom,
    start_reader_site,
)


def html(response: httpx.Response) -> BeautifulSoup:
    assert response.status_code == 200, response.text[:500]
    return BeautifulSoup(response.text, "html.parser")


def meta(page, name):
    tag = page.find("meta", attrs={"property": name}) or page.find(
        "meta", attrs={"name": name}
    )
    return tag["content"] if tag else None


def test_home_shows_the_cms_content(reader_site):
    content = build_newsroom()
    page = html(reader_site.get("/"))
    assert "Cổng thông tin điện tử huyện Hòa Sơn" in page.find("header").get_text()
    assert page.find("a", string="Tin tức", href="/tin-tuc/")
    featured = page.find("article", class_="card-featured")
    assert featured.find("a").get_text() == KEY_ARTICLE_TITLE
    assert featured.find("a")["href"] == content["key"].reader_path
    titles = [h.get_text(strip=True) for h in page.select(".block-title")]
    assert "Tin tức" in titles and "Tin ảnh" in titles
    assert page.find("a", string="Mùa vàng Hòa Sơn")
    footer = page.find("footer").get_text()
    assert "0209 3 851 234" in footer and "ttvhtt@hoason.example.vn" in footer


def test_article_raw_html_carries_open_graph_and_the_text(reader_site):
    content = build_newsroom()
    path = content["key"].reader_path
    response = reader_site.get(path)
    page = html(response)
    canonical = reader_site.url + path
    assert page.find("link", rel="canonical")["href"] == canonical
    assert meta(page, "og:type") == "article"
    assert meta(page, "og:title") == KEY_ARTICLE_TITLE
    assert meta(page, "og:description") == KEY_ARTICLE_LEAD
    assert meta(page, "og:url") == canonical
    assert meta(page, "og:locale") == "vi_VN"
    assert meta(page, "twitter:card") == "summary_large_image"
    assert meta(page, "twitter:title") == KEY_ARTICLE_TITLE
    # The preview image is a real JPEG the crawler can fetch.
    image_url = meta(page, "og:image")
    assert image_url == meta(page, "twitter:image")
    assert int(meta(page, "og:image:width")) >= 600
    image = httpx.get(image_url, timeout=30)
    assert image.status_code == 200
    assert image.headers["Content-Type"] == "image/jpeg"
    ld = json.loads(page.find("script", type="application/ld+json").get_text())
    assert ld["@type"] == "NewsArticle"
    assert ld["headline"] == KEY_ARTICLE_TITLE
    assert ld["image"] == [image_url]
    # The article itself, readable without JavaScript.
    article = page.find("article", class_="article")
    assert article.find("h1").get_text() == KEY_ARTICLE_TITLE
    assert article.find("time").get_text() == "Thứ Năm, 24/08/2023 08:30"
    assert article.find(class_="lead").get_text() == KEY_ARTICLE_LEAD
    assert KEY_ARTICLE_TEXT in article.find(class_="body").get_text()
    caption = article.find(class_="body").find("figcaption").get_text(" ", strip=True)
    assert caption == "Người dân nộp hồ sơ tại xã Ảnh: Thu Hà"
    hero = article.find("figure", class_="hero")
    assert (
        hero.find("img")["alt"] == "Cán bộ xã Tân Lập hướng dẫn người dân làm thủ tục"
    )
    assert hero.find("source", type="image/webp")["srcset"]
    signature = article.find(class_="signature").get_text(" ", strip=True)
    assert signature == "Minh Anh Trung tâm VH&TT huyện Hòa Sơn"
    assert article.find("a", string="cải cách hành chính")
    related = page.select(".related .card-title a")
    assert [a["href"] for a in related] == [content["older"][0].reader_path]
    assert "lượt xem" in article.find(class_="meta").get_text()
    headers = response.headers
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"


def test_section_pages_through_its_articles(reader_site):
    build_newsroom(extra_articles=20)  # 22 articles in "Tin tức"
    first = html(reader_site.get("/tin-tuc/"))
    assert len(first.select(".card-list > li")) == 20
    next_link = first.find("a", rel="next")["href"]
    # "Next" follows the API's cursor: as cheap deep in the archive as page 1.
    assert re.fullmatch(r"/tin-tuc/\?cursor=[\w-]+", next_link)
    second = html(reader_site.get(next_link))
    assert len(second.select(".card-list > li")) == 2
    assert second.select_one(".pagination-status").get_text() == "Trang 2/2"
    previous_link = second.find("a", rel="prev")["href"]
    back = html(reader_site.get(previous_link))
    assert [a["href"] for a in back.select(".card-title a")] == [
        a["href"] for a in first.select(".card-title a")
    ]
    numbered = html(reader_site.get("/tin-tuc/?page=2"))
    assert len(numbered.select(".card-list > li")) == 2
    assert reader_site.get("/tin-tuc/?page=3").status_code == 404
    assert reader_site.get("/tin-tuc/?cursor=not-one-of-ours").status_code == 404
    assert reader_site.get("/tin-tuc/?cursor=%3Cscript%3E").status_code == 404


def test_search_finds_words_typed_without_diacritics(reader_site):
    content = build_newsroom()
    page = html(reader_site.get("/tim-kiem/", params={"q": "cai cach hanh chinh"}))
    links = [a["href"] for a in page.select(".search-results .card-title a")]
    assert content["key"].reader_path in links


def test_tag_page_lists_the_tagged_articles(reader_site):
    content = build_newsroom()
    article = html(reader_site.get(content["key"].reader_path))
    tag_link = article.find("a", string="cải cách hành chính")["href"]
    assert re.fullmatch(r"/chu-de/[a-z0-9-]+/", tag_link)
    page = html(reader_site.get(tag_link))
    assert page.find("h1").get_text() == "Chủ đề: cải cách hành chính"
    assert [a["href"] for a in page.select(".card-title a")] == [
        content["key"].reader_path
    ]


def test_photo_story_page(reader_site):
    content = build_newsroom()
    page = html(reader_site.get(content["story"].reader_path))
    assert page.find("h1").get_text() == "Mùa vàng Hòa Sơn"
    slides = page.select(".slides > li")
    assert len(slides) == 3
    assert "Khoảnh khắc thứ 2" in slides[1].find("figcaption").get_text()
    assert meta(page, "og:image").startswith(reader_site.cms_url)


def test_unknown_pages_are_404(reader_site):
    build_newsroom()
    response = reader_site.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.text


def test_feeds_and_sitemap_list_the_articles(reader_site):
    content = build_newsroom()
    article_url = reader_site.url + content["key"].reader_path
    for feed in ("/rss.xml", "/tin-tuc/rss.xml"):
        response = reader_site.get(feed)
        assert response.status_code == 200
        assert f"<link>{article_url}</link>" in response.text
    index = reader_site.get("/sitemap.xml").text
    assert f"{reader_site.url}/sitemap-articles-1.xml" in index
    articles = reader_site.get("/sitemap-articles-1.xml").text
    assert f"<loc>{article_url}</loc>" in articles


def test_answers_are_revalidated_with_etags(cms_server, live_db, settings):
    build_newsroom()
    site, stop = start_reader_site(cms_server, settings, cache_ttl=0)
    try:
        assert site.get("/").status_code == 200
        assert site.get("/").status_code == 200
    finally:
        stop()
    exchanges = [
        (status, conditional)
        for _, _, status, conditional in site.transport.for_path("/api/v1/site/")
    ]
    # Asked once in full, then only revalidated: the CMS answered 304 each time.
    assert exchanges[0] == (200, False)
    assert len(exchanges) > 1
    assert set(exchanges[1:]) == {(304, True)}


def test_cached_pages_survive_a_cms_outage(live_db, settings):
    content = build_newsroom()
    cms = LiveCms()
    site, stop = start_reader_site(cms.start(), settings, keepalive=False, cache_ttl=0)
    try:
        path = content["key"].reader_path
        assert site.get(path).status_code == 200
    finally:
        cms.stop()
    try:
        after = site.get(path)
        assert after.status_code == 200
        assert KEY_ARTICLE_TEXT in after.text
        down = site.get("/van-hoa-xa-hoi/")
        assert down.status_code == 503
        assert "Trang tạm thời chưa xem được" in down.text
        assert "Traceback" not in down.text
    finally:
        stop()


@pytest.mark.parametrize("path", ["/robots.txt", "/static/site.js"])
def test_plain_files(reader_site, path):
    assert reader_site.get(path).status_code == 200


def test_preview_shows_the_unsaved_draft_never_cached(reader_site):
    from cms.core.preview import store_preview

    content = build_newsroom()
    draft = content["key"]
    draft.title = "Bản nháp: cải cách hành chính ở xã Tân Lập"
    token = store_preview(draft)
    response = reader_site.get("/preview/", params={"token": token})
    page = html(response)
    assert page.find("h1").get_text() == "Bản nháp: cải cách hành chính ở xã Tân Lập"
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex, nofollow"
    assert response.headers["X-Robots-Tag"] == "noindex, nofollow"
    assert response.headers["Cache-Control"] == "no-store, private"
    assert (
        "frame-ancestors 'self' " + reader_site.cms_url
        in (response.headers["Content-Security-Policy"])
    )
    # The published page is untouched.
    published = html(reader_site.get(content["key"].reader_path))
    assert published.find("h1").get_text() == KEY_ARTICLE_TITLE
    expired = reader_site.get("/preview/", params={"token": "het-han"})
    assert expired.status_code == 404
    assert "Liên kết xem trước không hợp lệ" in expired.text


def test_statistics_box_and_pixel_work_without_javascript(reader_site):
    content = build_newsroom()
    page = html(reader_site.get(content["key"].reader_path))
    box = page.find(attrs={"data-stats": True})
    figures = [dd.get_text() for dd in box.find_all("dd")]
    assert len(figures) == 5
    assert all(re.fullmatch(r"\d{1,3}(\.\d{3})*", f) for f in figures), figures
    # The <noscript> pixel is a real counting GIF on the CMS.
    pixel = BeautifulSoup(page.find("noscript").decode_contents(), "html.parser")
    response = httpx.get(
        pixel.find("img")["src"],
        headers={"User-Agent": "Mozilla/5.0 (Linux; Android 13) Chrome/156.0"},
        timeout=30,
    )
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "image/gif"
