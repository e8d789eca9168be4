"""Search for readers, insensitive to Vietnamese diacritics on every database.

Every news page is indexed with its text, an accent-folded copy and one ASCII
token per accented word (``NewsPage.search_fields``). A query is matched on its
folded words, so "cai cach" and "cải cách" find the same pages; when the
reader typed diacritics, the pages containing those words spelled exactly are
ranked first. Then relevance, then recency.
"""

import dataclasses
import datetime

from django.db import connection
from django.utils.html import strip_tags

from .text import accent_token, folded_words, words

MAX_QUERY_LENGTH = 200
MAX_TERMS = 10
# A reader pages through at most this many results; it also bounds the work
# per query whatever the size of the archive.
MAX_RESULTS = 500


@dataclasses.dataclass(frozen=True)
class ReaderQuery:
    text: str
    folded: tuple[str, ...]  # what must match, in any spelling
    exact: tuple[str, ...]  # the same words as typed; () when no diacritics

    @classmethod
    def parse(cls, text: str) -> "ReaderQuery | None":
        """The query's words (at most MAX_TERMS, from at most MAX_QUERY_LENGTH
        characters), or None when it has none."""
        # Markup pasted into the box is not words ("<b>Hòa</b>" is "Hòa").
        text = " ".join(strip_tags(text[: MAX_QUERY_LENGTH * 4]).split())
        text = text[:MAX_QUERY_LENGTH]
        typed = words(text)[:MAX_TERMS]
        folded = _unique(term for word in typed for term in folded_words(word))
        if not folded:
            return None
        exact: tuple[str, ...] = ()
        if not text.isascii():
            exact = _unique(
                term
                for word in typed
                for term in (
                    folded_words(word) if word.isascii() else [accent_token(word)]
                )
            )
        return cls(text=text, folded=folded, exact=exact)


def _unique(terms) -> tuple[str, ...]:
    return tuple(dict.fromkeys(terms))


@dataclasses.dataclass(frozen=True)
class SearchHit:
    model: type
    pk: int
    relevance: float  # higher is better, comparable across models
    date: datetime.datetime | None
    exact: bool


def _relevance(score) -> float:
    # SQLite's bm25() is lower for better matches; PostgreSQL's ts_rank higher.
    score = float(score or 0)
    return -score if connection.vendor == "sqlite" else score


def search_hits(queryset, query: ReaderQuery, limit: int) -> list[SearchHit]:
    """Two searches at most: the folded words (every match, with its
    relevance) and, for a query with diacritics, the exact words among those
    matches."""
    base = queryset.order_by().only("pk", "display_date", "first_published_at")
    results = base.search(
        " ".join(query.folded), operator="and", order_by_relevance=True
    ).annotate_score("_search_score")[:limit]
    matches = list(results)
    exact_pks: set[int] = set()
    if query.exact and matches:
        exact_pks = {
            page.pk
            for page in base.filter(pk__in=[page.pk for page in matches])
            .only("pk")
            .search(" ".join(query.exact), operator="and", order_by_relevance=False)
        }
    return [
        SearchHit(
            model=type(page),
            pk=page.pk,
            relevance=_relevance(page._search_score),
            date=page.display_date or page.first_published_at,
            exact=page.pk in exact_pks,
        )
        for page in matches
    ]


def rank(hits: list[SearchHit]) -> list[SearchHit]:
    """Exact spelling first, then relevance, then the newest."""
    epoch = datetime.datetime.min.replace(tzinfo=datetime.UTC)
    return sorted(
        hits,
        key=lambda hit: (
            not hit.exact,
            -hit.relevance,
            -((hit.date or epoch) - epoch).total_seconds(),
        ),
    )
