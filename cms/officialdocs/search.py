"""Finding documents by their number or summary with an index, so that the
work grows with the matches, not with the library (search_index.py keeps it).

Each live document has a row of three kinds of words, all ASCII-folded by us
(``folded_words``: "15/2024/QĐ-UBND" is "15 2024 qd ubnd"), so that neither
engine's own folding is relied on:

- SQLite: an FTS5 table ``officialdocs_documentsearch`` (rowid = page id)
  with the columns ``number``, ``summary`` and ``portal``.
- PostgreSQL: a ``tsvector`` column of ``officialdocs_documentsearchentry``
  with a GIN index, made with ``array_to_tsvector``, so the words are kept
  as given, not parsed again. One vector has no columns: the number's words
  are kept marked, ``NUMBER_MARK + word`` ("#15", "#qd"), and the portal
  tokens ``PORTAL_MARK + token``, characters ``folded_words`` never gives,
  so that no summary word, nor the start of one, is either of them.

A query matches a document whose number has every word of it, or whose
summary has every word of it; in either, the last word may be the start of
one (a partial number, a word still being typed: "15/20", "chuyen doi s").
Only the last: the other words are whole words. Numbers and symbols such as
"2024" or "ubnd" are in nearly every document, and a prefix of each
(``'2024':*``) made the GIN index merge the posting lists of every word
starting so, of the whole library, for each word of the query (~100 ms at
100,000 documents); a whole word is one posting list, and the index
intersects those starting from the rarest. The portal token
(cms/core/search_index.py's ``portal_token``) keeps a portal's search to its
own documents inside the index; on PostgreSQL it is marked too, else a last
word "p" would be the start of every document's portal tokens.

Readers are given at most ``MAX_RESULTS`` matches, the newest issued
(``DocumentPageQuerySet.newest_matches``), with the filters and the rule of
what readers may see applied in the same query, before the cut, so that a
filter never empties a page that has older matches; past the cut the count
is a lower bound, labelled ``count_is_estimate`` in the API, as article
search labels its own ("hơn 500 kết quả"), and the count and the page read
those ids only. The cut is made in one of two ways, chosen by a first
question to the index, ``probe``, for at most ``CANDIDATES`` + 1 ids:

- at most ``CANDIDATES`` matches: those ids are ordered by issue date (a
  sort of a few thousand rows at most);
- more: the documents are read newest first along the (sort_date, id)
  index, each kept if the index matched it, until ``MAX_RESULTS`` + 1 are
  kept. A word in a sixth of the library stops after about 3,000 rows.

Neither planner finds the second by itself. PostgreSQL's multiplies the
frequencies of the words, which go together in summaries (it expected 933
documents for "chuyen doi so" where 16,653 match, and so joined all of them
with the pages and sorted them, ~150 ms at 100,000 documents): it is asked
with sorting off for that one statement (``newest_first_walk``). SQLite's
reads the matches first and sorts them too (~80 ms): the page id is hidden
from it (``walked``). With a filter few of the newest matches pass (a rare
status), the walk reads further back: at worst the whole date index.

On PostgreSQL a query is two sets of words, of which a document must
have every word of either: ``('#15' & '#2024' & '#qd' & '#ubnd':*) |
('15' & '2024' & 'qd' & 'ubnd':*)``, and its portal's token. Until the marks
(migration 0005) the number's and summary's words were one set, which both
together had to have: "15 2024 qd ubnd" found 15/2025/QĐ-UBND, whose
summary says "năm học 2024–2025". The
other way, weights A and B over a vector with positions (``setweight`` on
``to_tsvector('simple', ...)``), was not taken: a GIN index keeps no
weights, so a query ``'15':A & ...`` has the index find every document
with the words anywhere and the table recheck each of them, whereas a
marked word is a key of the index of its own, whole or as a prefix
(``'#15':*`` reads the keys "#15", "#150", ...), and the match is exact."""

import contextlib

from django.db import connection, models, transaction
from django.db.models.expressions import RawSQL

from cms.core.search import MAX_RESULTS
from cms.core.search_index import portal_token

__all__ = [
    "CANDIDATES",
    "MAX_RESULTS",
    "NUMBER_MARK",
    "PORTAL_MARK",
    "matching_ids",
    "newest_first_walk",
    "probe",
    "walked",
]

# PostgreSQL's namespaces in the one vector (search_index.vector_words):
# folded words are ASCII letters and digits only.
NUMBER_MARK = "#"
PORTAL_MARK = "@"

# Past this many matches, a search reads the documents newest first rather
# than sorting its matches.
CANDIDATES = 2_000


def matching_ids(tokens: list[str], portal_path: str | None) -> tuple[str, list]:
    """SQL (and its parameters) selecting the ids of the indexed documents
    that match ``tokens`` (ASCII words: letters and digits only, so that no
    operator of either engine reaches the index), below the page at
    ``portal_path`` when given."""
    *whole, last = tokens
    if connection.vendor == "postgresql":
        number = [f"'{NUMBER_MARK}{t}'" for t in whole] + [f"'{NUMBER_MARK}{last}':*"]
        summary = [f"'{t}'" for t in whole] + [f"'{last}':*"]
        query = f"(({' & '.join(number)}) | ({' & '.join(summary)}))"
        if portal_path:
            query += f" & '{PORTAL_MARK}{portal_token(portal_path)}'"
        sql = (
            "SELECT page_id FROM officialdocs_documentsearchentry"
            " WHERE vector @@ %s::tsquery"
        )
        return sql, [query]
    number = [f'number : "{t}"' for t in whole] + [f'number : "{last}" *']
    summary = [f'summary : "{t}"' for t in whole] + [f'summary : "{last}" *']
    match = f"(({' AND '.join(number)}) OR ({' AND '.join(summary)}))"
    if portal_path:
        match += f' AND portal : "{portal_token(portal_path)}"'
    sql = (
        "SELECT rowid FROM officialdocs_documentsearch"
        " WHERE officialdocs_documentsearch MATCH %s"
    )
    return sql, [match]


def probe(sql: str, params: list) -> list[int] | None:
    """The ids ``sql`` (from ``matching_ids``) selects if they are at most
    ``CANDIDATES``, else None."""
    with connection.cursor() as cursor:
        cursor.execute(f"{sql} LIMIT %s", [*params, CANDIDATES + 1])
        ids = [row[0] for row in cursor.fetchall()]
    return ids if len(ids) <= CANDIDATES else None


def walked(sql: str, params: list) -> RawSQL:
    """The condition "the index matched it" (``sql`` from ``matching_ids``),
    for a walk newest first. SQLite's planner would read every match first
    and sort them (as PostgreSQL's would, see ``newest_first_walk``): a unary
    ``+`` keeps it from using the page id to drive the query, so that it
    reads the (sort_date, id) index and checks each row."""
    column = '"officialdocs_documentpage"."page_ptr_id"'
    if connection.vendor == "sqlite":
        column = f"+{column}"
    # The SQL is fixed text; the query's words travel as a parameter.
    return RawSQL(  # noqa: S611
        f"{column} IN ({sql})", params, output_field=models.BooleanField()
    )


# What a walk newest first changes, for one statement: no sort (the planner
# would sort every match), and no parallel workers (whose start, ~30 ms on a
# busy machine, costs more than reading a few thousand rows of an index).
_WALK = {"enable_sort": "off", "max_parallel_workers_per_gather": "0"}


@contextlib.contextmanager
def newest_first_walk(walk: bool):
    """Inside it, PostgreSQL reads newest first along an index rather than
    sorting the rows (``walk``), or plans as usual (not ``walk``: the same
    statements, so that a search asks as many queries whatever the number
    of its matches). Elsewhere, nothing."""
    if connection.vendor != "postgresql":
        yield
        return
    names = list(_WALK)
    outer = connection.in_atomic_block
    with transaction.atomic():
        with connection.cursor() as cursor:
            # Not walking, each setting is set to what it is.
            cursor.execute(
                "SELECT "
                + ", ".join(
                    f"current_setting('{name}'), set_config('{name}',"
                    f" CASE WHEN %s THEN %s ELSE current_setting('{name}') END,"
                    " true)"
                    for name in names
                ),
                [value for name in names for value in (walk, _WALK[name])],
            )
            previous = cursor.fetchone()[::2]
        yield
        if outer:
            # SET LOCAL lasts until the outer transaction ends: give it back.
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT "
                    + ", ".join(f"set_config('{name}', %s, true)" for name in names),
                    list(previous),
                )
