"""The reader site's pages, feeds and files for search engines. Views stay thin:
they ask the CMS's API (`api.cms()`) for data and hand it to a template;
everything about talking to the CMS lives in `api.py`."""

import re
from datetime import datetime, timedelta
from urllib.parse import quote

from flask import Blueprint, Response, abort, g, redirect, render_template, request

from . import formatting, json_ld, pages, portals
from .api import ApiError, NotFound, cms, optional

bp = Blueprint("reader", __name__)

HOME_LATEST = 9  # one featured story and eight more
HOME_SECTION_ITEMS = 4
HOME_PHOTO_STORIES = 4
LIST_PAGE_SIZE = 20
FEED_ITEMS = 30
# The API's list cursors are base64url text (api/pagination.py).
SITEMAP_PAGE_SIZE = 50  # the API's largest page
# Google News reads only the last two days' articles, at most 1,000 of them.
NEWS_SITEMAP_WINDOW = timedelta(days=2)
NEWS_SITEMAP_MAX_PAGES = 1000 // SITEMAP_PAGE_SIZE
# Tag slugs are ASCII; anything else in the URL must not reach the API's path.
TAG_SLUG = re.compile(r"[A-Za-z0-9_-]{1,100}")


# Pages ------------------------------------------------------------------------


@bp.get("/")
def home():
    client = cms()
    latest = client.articles(page_size=HOME_LATEST)["results"]
    featured = next((a for a in latest if a.get("thumbnail")), None) or (
        latest[0] if latest else None
    )
    blocks = []
    for section in client.sections():
        if section.get("show_on_home"):
            items = client.articles(section=section["id"], page_size=HOME_SECTION_ITEMS)
            if items["results"]:
                blocks.append({"section": section, "articles": items["results"]})
    photo_stories = client.photo_stories(page_size=HOME_PHOTO_STORIES)["results"]
    site = optional(client.site) or {}
    return pages.page(
        "home.html",
        canonical=pages.canonical("/"),
        featured=featured,
        latest=[a for a in latest if a is not featured],
        blocks=blocks,
        photo_stories=photo_stories,
        json_ld=json_ld.website(site, portals.current().base_url),
    )


@bp.get("/tim-kiem/")
def search():
    q = " ".join(request.args.get("q", "").split())[: pages.QUERY_MAX_LENGTH]
    results, error, status = None, None, 200
    if q:
        try:
            results = cms().search(q, page=pages.page_number())
        except ApiError as exc:
            if isinstance(exc, NotFound):
                raise
            # The API explains what is wrong with the query (too short, ...).
            status = 400
            error = pages.first_message(exc.payload) or "Từ khóa tìm kiếm không hợp lệ."
    return pages.page(
        "search.html",
        status=status,
        q=q,
        results=results,
        error=error,
        canonical=pages.canonical("/tim-kiem/"),
        noindex=True,
    )


@bp.get("/chu-de/<slug>/")
def tag(slug: str):
    if not TAG_SLUG.fullmatch(slug):
        abort(404)
    client = cms()
    tag = client.tag(slug)
    listing = client.articles(
        tag=slug, page_size=LIST_PAGE_SIZE, **pages.list_position()
    )
    return pages.page(
        "tag.html",
        tag=tag,
        listing=listing,
        canonical=pages.canonical(f"/chu-de/{slug}/", listing["page"]),
    )


@bp.get("/preview/")
def preview():
    g.preview = True
    token = request.args.get("token", "").strip()
    if not token:
        return pages.page("preview_error.html", status=400, noindex=True, track=False)
    try:
        answer = cms().preview(token)
    except ApiError as exc:
        status = exc.status if exc.status in (400, 403, 404, 410) else 400
        return pages.page(
            "preview_error.html", status=status, noindex=True, track=False
        )
    return _render_page(answer, preview=True)


@bp.get("/<path:path>")
def page(path: str):
    path = "/" + path
    if path.endswith("/rss.xml"):
        return section_feed(path[: -len("rss.xml")])
    if not path.endswith("/"):
        if "." in path.rsplit("/", 1)[-1]:
            abort(404)
        query = request.query_string.decode()
        return redirect(path + "/" + (f"?{query}" if query else ""), code=301)
    answer = cms().by_path(path)
    if answer.get("type") == "home":
        return redirect("/", code=301)
    return _render_page(answer, preview=False)


def _render_page(answer: dict, preview: bool) -> Response:
    kind, data = answer.get("type"), answer.get("page") or {}
    common = {"noindex": preview, "track": not preview, "preview": preview}
    if kind == "home":
        # A preview of the home page itself: its draft title and intro.
        return pages.page("home_preview.html", page=data, **common)
    canonical = pages.canonical(data.get("path", "/"))
    if kind == "section":
        listing = cms().articles(
            section=data["id"], page_size=LIST_PAGE_SIZE, **pages.list_position()
        )
        photo_stories = []
        if listing["page"] == 1:
            photo_stories = cms().photo_stories(
                section=data["id"], page_size=HOME_PHOTO_STORIES
            )["results"]
        return pages.page(
            "section.html",
            section=data,
            listing=listing,
            photo_stories=photo_stories,
            canonical=pages.canonical(data["path"], listing["page"]),
            current_path=data["path"],
            **common,
        )
    if kind in ("article", "photo_story"):
        hero = data.get("hero_image") or data.get("thumbnail")
        site = optional(cms().site)
        share = formatting.page_share_image(data, site)
        return pages.page(
            "article.html" if kind == "article" else "photo_story.html",
            page=data,
            hero=hero,
            share=share,
            canonical=canonical,
            share_links=_share_links(canonical),
            json_ld=json_ld.news_article(data, canonical, share, site),
            current_path=(data.get("section") or {}).get("path"),
            **common,
        )
    abort(404)


# Feeds and search engines -----------------------------------------------------


@bp.get("/rss.xml")
def site_feed():
    items = cms().articles(page_size=FEED_ITEMS)["results"]
    return _feed(None, items)


def section_feed(section_path: str) -> Response:
    answer = cms().by_path(section_path)
    if answer.get("type") != "section":
        abort(404)
    section = answer["page"]
    items = cms().articles(section=section["id"], page_size=FEED_ITEMS)["results"]
    return _feed(section, items)


def _feed(section: dict | None, items: list[dict]) -> Response:
    path = (section or {}).get("path", "/")
    xml = render_template(
        "feeds/rss.xml",
        section=section,
        items=items,
        link=pages.canonical(path),
        self_url=pages.canonical(path + "rss.xml"),
    )
    return Response(xml, mimetype="application/rss+xml")


@bp.get("/sitemap.xml")
def sitemap_index():
    client = cms()
    articles = client.articles(page=1, page_size=SITEMAP_PAGE_SIZE)
    photo_stories = client.photo_stories(page=1, page_size=SITEMAP_PAGE_SIZE)
    base = portals.current().base_url
    maps = [f"{base}/sitemap-pages.xml", f"{base}/sitemap-news.xml"]
    maps += [
        f"{base}/sitemap-articles-{n}.xml" for n in range(1, articles["num_pages"] + 1)
    ]
    maps += [
        f"{base}/sitemap-photo-stories-{n}.xml"
        for n in range(1, photo_stories["num_pages"] + 1)
    ]
    xml = render_template("feeds/sitemap_index.xml", sitemaps=maps)
    return Response(xml, mimetype="application/xml")


@bp.get("/sitemap-pages.xml")
def sitemap_pages():
    urls = [{"loc": pages.canonical("/")}]
    for section in _flatten(cms().sections()):
        urls.append({"loc": pages.canonical(section["path"])})
    return _urlset(urls)


@bp.get("/sitemap-news.xml")
def sitemap_news():
    """Google News: the articles published in the last two days, newest first."""
    since = _now() - NEWS_SITEMAP_WINDOW
    items = []
    for number in range(1, NEWS_SITEMAP_MAX_PAGES + 1):
        # date_from is a day: the precise cut-off is made below.
        listing = cms().articles(
            date_from=since.date().isoformat(),
            page=number,
            page_size=SITEMAP_PAGE_SIZE,
        )
        # The province's "Tin cơ sở" are the communes' pages, in their sitemaps.
        items += [item for item in listing["results"] if portals.is_here(item)]
        if number >= listing["num_pages"]:
            break
    recent = [
        item
        for item in items
        if (published := formatting.parse_datetime(item.get("date")))
        and published >= since
    ]
    xml = render_template(
        "feeds/sitemap_news.xml",
        items=recent,
        base_url=portals.current().base_url,
    )
    return Response(xml, mimetype="application/xml")


def _now() -> datetime:
    return datetime.now(formatting.LOCAL_TZ)


@bp.get("/sitemap-<kind>-<int:number>.xml")
def sitemap_items(kind: str, number: int):
    fetch = {"articles": cms().articles, "photo-stories": cms().photo_stories}.get(kind)
    if fetch is None or number < 1:
        abort(404)
    listing = fetch(page=number, page_size=SITEMAP_PAGE_SIZE)
    return _urlset(
        [
            {"loc": pages.canonical(item["path"]), "lastmod": item.get("date")}
            for item in listing["results"]
            if portals.is_here(item)
        ]
    )


def _urlset(urls: list[dict]) -> Response:
    xml = render_template("feeds/sitemap.xml", urls=urls)
    return Response(xml, mimetype="application/xml")


@bp.get("/robots.txt")
def robots():
    base = portals.current().base_url
    lines = [
        "User-agent: *",
        # Drafts are never fetched. Search pages may be: their noindex keeps
        # them out of results, which a Disallow would hide from crawlers.
        "Disallow: /preview/",
        f"Sitemap: {base}/sitemap.xml",
        f"Sitemap: {base}/sitemap-news.xml",
        "",
    ]
    return Response("\n".join(lines), mimetype="text/plain")


# Helpers ----------------------------------------------------------------------


def _flatten(sections: list[dict]):
    for section in sections:
        yield section
        yield from _flatten(section.get("children") or [])


def _share_links(url: str) -> dict:
    encoded = quote(url, safe="")
    return {
        "facebook": f"https://www.facebook.com/sharer/sharer.php?u={encoded}",
        "zalo": f"https://zalo.me/share?url={encoded}",
    }
