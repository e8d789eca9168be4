"""The soak's traffic: what the corpus holds, read through the public API, and
one shuffled round of requests for each server, in the list format
bench/lua/soak.lua sends (METHOD<TAB>path[<TAB>body])."""

import json
import random
from urllib.parse import quote

from .. import load

# Pairs of the same words with and without diacritics: readers type both.
SEARCHES = (
    "cải cách hành chính",
    "cai cach hanh chinh",
    "chuyển đổi số",
    "chuyen doi so",
    "nông thôn mới",
    "nong thon moi",
    "ruộng bậc thang",
    "ruong bac thang",
    "mật ong",
    "mat ong",
    "Hòa Sơn",
    "hoa son",
    "OCOP",
)


def _get(url: str) -> dict:
    answer = load.probe(url)
    if answer.status != 200:
        raise load.LoadError(f"{url} answered {answer.status}: {answer.body[:300]!r}")
    return json.loads(answer.body)


def _flatten(sections: list[dict]) -> list[dict]:
    found = []
    for section in sections:
        found.append(section)
        found += _flatten(section.get("children", []))
    return found


def catalogue(api_url: str) -> dict:
    """What the corpus holds, read through the public API."""
    articles, page = [], 1
    while True:
        listing = _get(f"{api_url}/articles/?page={page}&page_size=50")
        articles += listing["results"]
        if page >= listing["num_pages"]:
            break
        page += 1
    stories = _get(f"{api_url}/photo-stories/?page_size=50")["results"]
    sections = _flatten(_get(f"{api_url}/sections/")["results"])
    for section in sections:
        # Pages of 20, as the reader site lists them: a page past the last is
        # a 404, which the soak must not ask for.
        listing = _get(f"{api_url}/articles/?section={section['id']}&page_size=20")
        section["num_pages"] = listing["num_pages"]
    searches = {
        query: _get(f"{api_url}/search/?{_search_query(query)}")["num_pages"]
        for query in SEARCHES
    }
    return {
        "articles": articles,
        "photo_stories": stories,
        "sections": sections,
        "searches": searches,
    }


def popular(items: list[dict], rng: random.Random) -> list[dict]:
    """As many draws as there are items, the newest first in popularity
    (Zipf: the n-th newest is read 1/n as often as the newest). About the
    ten newest take two draws in five and most of the archive is read
    now and then, so caches see both hits and misses."""
    weights = [1 / rank for rank in range(1, len(items) + 1)]
    return rng.choices(items, weights=weights, k=len(items))


def _search_query(query: str, page: int = 1) -> str:
    return f"q={quote(query)}" + (f"&page={page}" if page > 1 else "")


def api_requests(found: dict, rng: random.Random) -> list[str]:
    """One round of the API's traffic, shuffled: article details by
    popularity, a beacon for two page views in three, lists, searches, and
    the small answers the reader site and apps ask for often."""
    articles, stories = found["articles"], found["photo_stories"]
    sections = found["sections"]
    read = popular(articles, rng) + stories
    lines = [
        f"GET\t/api/v1/{'articles' if a['type'] == 'article' else 'photo-stories'}"
        f"/{a['id']}/"
        for a in read
    ]
    viewed = [item["path"] for item in read] + [s["path"] for s in sections]
    viewed += ["/"] * (len(read) // 10)
    lines += [
        "POST\t/api/v1/stats/hits/\t" + json.dumps({"path": path})
        for path in rng.sample(viewed, k=len(viewed) * 2 // 3)
    ]
    lines += [f"GET\t/api/v1/articles/?page={n}" for n in range(1, 11)] * 3
    lines += [
        f"GET\t/api/v1/articles/?section={s['id']}" + (f"&page={n}" if n > 1 else "")
        for s in sections
        for n in range(1, min(3, s["num_pages"]) + 1)
    ]
    lines += ["GET\t/api/v1/photo-stories/?page_size=4"] * 10
    lines += [
        f"GET\t/api/v1/search/?{_search_query(q, page)}"
        for q, pages in found["searches"].items()
        for page in range(1, min(2, pages) + 1)
    ]
    lines += ["GET\t/api/v1/sections/", "GET\t/api/v1/site/"] * 20
    lines += ["GET\t/api/v1/stats/", "GET\t/api/v1/stats/most-read/"] * 20
    rng.shuffle(lines)
    return lines


def reader_requests(found: dict, rng: random.Random) -> list[str]:
    """One round of the reader site's traffic, shuffled: article pages by
    popularity, the home page about one request in ten, section pages (up to
    the third) and searches."""
    read = popular(found["articles"], rng) + found["photo_stories"]
    lines = [f"GET\t{item['path']}" for item in read]
    lines += ["GET\t/"] * (len(read) // 9)
    lines += [
        f"GET\t{s['path']}" + (f"?page={n}" if n > 1 else "")
        for s in found["sections"]
        for n in range(1, min(3, s["num_pages"]) + 1)
    ] * 3
    lines += [
        f"GET\t/tim-kiem/?{_search_query(q, page)}"
        for q, pages in found["searches"].items()
        for page in range(1, min(2, pages) + 1)
    ]
    rng.shuffle(lines)
    return lines
