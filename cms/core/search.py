"""Search for readers, insensitive to Vietnamese diacritics on every database,
with work bounded whatever the size of the archive.

Every live news page has a row in an index of our own (``SearchDocument`` and
the database's full-text index beside it, made by migration 0001 of this app):

- SQLite: an FTS5 table, tokenizer ``unicode61 remove_diacritics 2``, which
  folds every Vietnamese mark but not "đ" (a letter of its own): we fold "đ"
  to "d" in the text and in the query (``index_text``). Ranked by ``bm25()``.
- PostgreSQL: one stored ``tsvector`` column with a GIN index, built with the
  ``newsroom_search`` configuration (``simple`` with ``unaccent``, which also
  folds "đ"). Ranked by ``ts_rank``.

Beside the words, each page's row holds one token per accented word
(``accent_token``), so that a query typed with diacritics can rank the pages
spelled exactly that way first, and one token per ancestor in the page tree,
so that a portal's search asks the index for that portal's pages only (and
one for each portal that accepted the page from another: a province's search
finds the communes' news it took in). On SQLite a portal's search asks for its
scoped words instead (search_index.py's ``scoped_text``): lists as long as the
portal's own, where crossing every portal's words with its token read them all.

A query asks the index for the newest ``CANDIDATES`` pages that match every
word (a rowid or key order the index reads without sorting), ranks those by
relevance inside the same query and returns the best ``MAX_RESULTS``: a word
found in most of the archive costs no more than one found in 2,000 pages,
and a search for it ranks its newest matches. The result is then filtered by
``visible_to_readers()`` (expiry and view restrictions are decided there, not
in the index) and ordered: exact spelling first, then relevance, then recency.
"""

import contextlib
import dataclasses
import time

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import DatabaseError, connection, transaction
from django.utils.html import strip_tags
from wagtail.models import Page

from .models import reader_pages
from .search_index import portal_token, scope_token
from .text import accent_token, folded_words, words
from .text import search_terms as _search_terms

MAX_QUERY_LENGTH = 200
MAX_TERMS = 10
# A reader pages through at most this many results; past it the count is an
# estimate ("more than 500").
MAX_RESULTS = 500
# How many of the newest matches are ranked by relevance, at most.
CANDIDATES = 2_000


class SearchTimeout(Exception):
    """The search took longer than ``settings.SEARCH_TIMEOUT_MS`` and was
    ended."""


@dataclasses.dataclass(frozen=True)
class ReaderQuery:
    text: str
    terms: tuple[str, ...]  # what must match, as the index folds it
    folded: tuple[str, ...]  # the same words in ASCII, to mark them in snippets
    marks: tuple[str, ...]  # one accent token per word typed with diacritics

    @classmethod
    def parse(cls, text: str) -> "ReaderQuery | None":
        """The query's words (at most MAX_TERMS, from at most MAX_QUERY_LENGTH
        characters), or None when it has none."""
        # Markup pasted into the box is not words ("<b>Hòa</b>" is "Hòa").
        text = " ".join(strip_tags(text[: MAX_QUERY_LENGTH * 4]).split())
        text = text[:MAX_QUERY_LENGTH]
        typed = words(text)[:MAX_TERMS]
        terms = _unique(term for word in typed for term in _search_terms(word))
        folded = _unique(term for word in typed for term in folded_words(word))
        if not terms or not folded:
            return None
        marks = _unique(accent_token(word) for word in typed if not word.isascii())
        return cls(
            text=text, terms=terms[:MAX_TERMS], folded=folded[:MAX_TERMS], marks=marks
        )


def _unique(terms) -> tuple[str, ...]:
    return tuple(dict.fromkeys(terms))


@dataclasses.dataclass(frozen=True)
class SearchHit:
    model: type
    pk: int
    relevance: float  # higher is better
    key: int  # higher is newer
    exact: bool


@dataclasses.dataclass(frozen=True)
class SearchResults:
    hits: list[SearchHit]  # ranked, at most MAX_RESULTS
    more: bool  # there are more matches than hits: the count is a lower bound


def search(site, query: ReaderQuery, every_portal: bool = False) -> SearchResults:
    """The pages of ``site`` readers may see that match every word of
    ``query`` in any spelling, best first (of every open portal with
    ``every_portal``: the tree's root is an ancestor of all). Two to four
    queries, each bounded by ``settings.SEARCH_TIMEOUT_MS`` (``SearchTimeout``
    past it).

    A query typed with diacritics asks for the exact spelling first: those
    pages rank before all others, so when more of them than a reader can
    page through are visible, the pages of any other spelling could not
    make the results and are not looked for. That halves the work of a
    common phrase typed with its marks; otherwise both are asked."""
    root_path = site.root_page.path[: Page.steplen] if every_portal else None
    portal = portal_token(root_path or site.root_page.path)
    scope = None if every_portal else scope_token(site.root_page_id)
    pages = reader_pages().visible_to_readers()
    pages = pages.in_open_portals() if every_portal else pages.in_portal(site)

    def visible_among(rows) -> set[int]:
        ids = [row[0] for row in rows]
        return set(pages.filter(pk__in=ids).values_list("pk", flat=True))

    with time_bound(settings.SEARCH_TIMEOUT_MS / 1000) as check:
        check()
        exact_rows = []
        if query.marks:
            exact_rows = _best(query.terms, query.marks, portal, scope)
        rows, visible = [], set()
        if len(exact_rows) > MAX_RESULTS:
            check()
            visible = visible_among(exact_rows)
        if len(visible) < MAX_RESULTS:
            check()
            rows = _best(query.terms, (), portal, scope)
            check()
            visible = visible_among([*rows[:MAX_RESULTS], *exact_rows])
        found = {row[0]: row for row in rows[:MAX_RESULTS]}
        exact = {row[0] for row in exact_rows}
        for row in exact_rows:
            found.setdefault(row[0], row)
    hits = rank(
        [
            SearchHit(
                model=ContentType.objects.get_for_id(content_type_id).model_class(),
                pk=pk,
                relevance=score,
                key=key,
                exact=pk in exact,
            )
            for pk, content_type_id, key, score, _ in found.values()
            if pk in visible
        ]
    )
    # Past CANDIDATES matches, older ones were not looked at.
    saturated = bool(rows) and rows[0][4] >= CANDIDATES
    more = (
        saturated
        or len(rows) > MAX_RESULTS
        or len(exact_rows) > MAX_RESULTS
        or len(hits) > MAX_RESULTS
    )
    return SearchResults(hits=hits[:MAX_RESULTS], more=more)


def rank(hits: list[SearchHit]) -> list[SearchHit]:
    """Exact spelling first, then relevance, then the newest."""
    return sorted(hits, key=lambda hit: (not hit.exact, -hit.relevance, -hit.key))


def _best(terms, marks, portal, scope=None) -> list[tuple[int, int, int, float, int]]:
    """(page id, content type id, key, relevance, number of candidates) of the
    best MAX_RESULTS + 1 among the newest CANDIDATES pages that contain every
    term and mark, below the home page ``portal`` stands for; on SQLite, with
    a ``scope``, the pages of that portal's scoped words instead."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # Both strings are words of letters and digits (search_terms,
            # accent and portal tokens): no operator reaches the tsquery.
            query = [" ".join(terms), " & ".join([*marks, portal])]
            limits = [CANDIDATES, MAX_RESULTS + 1]
            cursor.execute(_POSTGRESQL_BEST, [query[0], *query, *limits])
        elif scope is not None:
            # Each term quoted: FTS5 reads it as a word, never an operator.
            match = " AND ".join(f'"{scope}{term}"' for term in (*terms, *marks))
            cursor.execute(_SQLITE_SCOPED, [match, CANDIDATES, MAX_RESULTS + 1])
        else:
            match = " AND ".join(
                [*(f'"{term}"' for term in (*terms, *marks)), f'portal : "{portal}"']
            )
            cursor.execute(_SQLITE_BEST, [match, CANDIDATES, MAX_RESULTS + 1])
        return cursor.fetchall()


# The newest candidates by the index's own order (FTS5 rowid, the key's btree
# index), then bm25() over those only; bm25() weights the columns title 4,
# body 1, accent and portal tokens 0, and their scoped copies the same.
_SQLITE_QUERY = """
    SELECT d.page_id, d.content_type_id, d.key, -candidates.score,
        count(*) OVER () AS candidates
    FROM (
        SELECT rowid, bm25(core_searchindex, {weights}) AS score
        FROM core_searchindex
        WHERE core_searchindex MATCH %s ORDER BY rowid DESC LIMIT %s
    ) AS candidates
    JOIN core_searchdocument AS d ON d.key = candidates.rowid
    ORDER BY candidates.score, d.key DESC LIMIT %s
"""
_SQLITE_BEST = _SQLITE_QUERY.format(weights="4.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0")
_SQLITE_SCOPED = _SQLITE_QUERY.format(weights="0.0, 0.0, 0.0, 0.0, 4.0, 1.0, 0.0")
# ts_rank()'s weights are those of the labels {D, C, B, A}: A the title, B the
# body, D the accent and portal tokens. The rank is of the words alone: with a
# token of weight 0 in an AND, ts_rank() gives every page the same 1e-20.
_POSTGRESQL_BEST = """
    SELECT page_id, content_type_id, key,
        ts_rank('{0, 0, 0.4, 1.0}', vector, plainto_tsquery('newsroom_search', %s))
        AS score,
        count(*) OVER () AS candidates
    FROM (
        SELECT page_id, content_type_id, key, vector FROM core_searchdocument
        WHERE vector @@ (
            plainto_tsquery('newsroom_search', %s) && to_tsquery('simple', %s))
        ORDER BY key DESC LIMIT %s
    ) AS candidates
    ORDER BY score DESC, key DESC LIMIT %s
"""


# The time bound ---------------------------------------------------------------------

# SQLite calls the progress handler every this many virtual-machine steps
# (some tens of microseconds).
_PROGRESS_STEPS = 10_000


@contextlib.contextmanager
def time_bound(seconds: float):
    """Ends any query run inside it that takes longer than ``seconds``, and
    gives a ``check()`` that raises once the whole block has: PostgreSQL's
    ``statement_timeout`` for the transaction, SQLite's progress handler for
    the connection. Either raises ``SearchTimeout``, never a database error,
    and leaves the connection usable."""
    deadline = time.monotonic() + seconds

    def check():
        if time.monotonic() >= deadline:
            raise SearchTimeout

    try:
        if connection.vendor == "postgresql":
            with _statement_timeout(seconds):
                yield check
        elif connection.vendor == "sqlite":
            connection.ensure_connection()
            raw = connection.connection
            raw.set_progress_handler(
                lambda: time.monotonic() >= deadline, _PROGRESS_STEPS
            )
            try:
                yield check
            finally:
                raw.set_progress_handler(None, 0)
        else:
            yield check
    except DatabaseError as exc:
        if _was_cancelled(exc):
            raise SearchTimeout from exc
        raise


@contextlib.contextmanager
def _statement_timeout(seconds: float):
    """Also turns sequential scans off for the search's transaction: the
    planner multiplies the selectivities of a query's words, expects one row
    for four rare words, and costs a scan of every row without the reading of
    each row's (TOASTed) vector, which is most of it; the GIN index or the key
    order is always the better plan for these queries."""
    milliseconds = f"{max(1, round(seconds * 1000))}ms"
    outer = connection.in_atomic_block
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT current_setting('statement_timeout'),"
                " current_setting('enable_seqscan'),"
                " set_config('statement_timeout', %s, true),"
                " set_config('enable_seqscan', 'off', true)",
                [milliseconds],
            )
            previous = cursor.fetchone()[:2]
        yield
        if outer:
            # SET LOCAL lasts until the outer transaction ends: give it back.
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT set_config('statement_timeout', %s, true),"
                    " set_config('enable_seqscan', %s, true)",
                    list(previous),
                )


def _was_cancelled(exc: DatabaseError) -> bool:
    cause = exc.__cause__
    if connection.vendor == "postgresql":
        return getattr(cause, "sqlstate", None) == "57014"  # query_canceled
    return "interrupted" in str(exc)
