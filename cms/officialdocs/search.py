"""Finding documents by their number or summary with an index, so that the
work grows with the matches, not with the library (search_index.py keeps it).

Each live document has a row of three kinds of words, all ASCII-folded by us
(``folded_words``: "15/2024/QĐ-UBND" is "15 2024 qd ubnd"), so that neither
engine's own folding is relied on:

- SQLite: an FTS5 table ``officialdocs_documentsearch`` (rowid = page id)
  with the columns ``number``, ``summary`` and ``portal``.
- PostgreSQL: a ``tsvector`` column of ``officialdocs_documentsearchentry``
  with a GIN index, the number's words weighted A, the summary's B and the
  portal's C; made with ``array_to_tsvector``, so the words are kept as
  given, not parsed again.

A query matches a document whose number has every word of it (the last may
be the start of one: partial numbers) or whose summary has every word, each
or its start; the portal token (cms/core/search_index.py's ``portal_token``)
keeps a portal's search to its own documents inside the index."""

from cms.core.search_index import portal_token


def matching_ids(tokens: list[str], portal_path: str | None) -> tuple[str, list]:
    """SQL (and its parameters) selecting the ids of the indexed documents
    that match ``tokens`` (ASCII words: letters and digits only, so that no
    operator of either engine reaches the index), below the page at
    ``portal_path`` when given."""
    from django.db import connection

    *whole, last = tokens
    if connection.vendor == "postgresql":
        number = [f"'{t}':A" for t in whole] + [f"'{last}':*A"]
        summary = [f"'{t}':*B" for t in tokens]
        query = f"(({' & '.join(number)}) | ({' & '.join(summary)}))"
        if portal_path:
            query += f" & '{portal_token(portal_path)}':C"
        sql = (
            "SELECT page_id FROM officialdocs_documentsearchentry"
            " WHERE vector @@ %s::tsquery"
        )
        return sql, [query]
    number = [f'number : "{t}"' for t in whole] + [f'number : "{last}" *']
    summary = [f'summary : "{t}" *' for t in tokens]
    match = f"(({' AND '.join(number)}) OR ({' AND '.join(summary)}))"
    if portal_path:
        match += f' AND portal : "{portal_token(portal_path)}"'
    sql = (
        "SELECT rowid FROM officialdocs_documentsearch"
        " WHERE officialdocs_documentsearch MATCH %s"
    )
    return sql, [match]
