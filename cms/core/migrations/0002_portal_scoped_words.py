"""SQLite's search index gains each page's words scoped to its portals
(search_index.py's ``scoped_text``), so that a portal's search reads only its
own pages' posting lists. FTS5 tables cannot gain columns: the table is made
again and filled from the rows of the old one, whose stored texts are what
``index_text`` made and whose portal tokens name every portal (home page
path) that finds the page. PostgreSQL's index is unchanged."""

from django.db import migrations

from cms.core.search_index import portal_token, scope_token, scoped_text

CHUNK = 5_000
TRIGGER = """CREATE TRIGGER core_searchdocument_deleted
    AFTER DELETE ON core_searchdocument BEGIN
        DELETE FROM core_searchindex WHERE rowid = old.key;
    END"""
TOKENIZER = "tokenize = 'unicode61 remove_diacritics 2'"
SCOPED = f"""CREATE VIRTUAL TABLE core_searchindex USING fts5(
    title, body, marked, portal, scoped_title, scoped_body, scoped_marked,
    {TOKENIZER}
)"""
PLAIN = f"""CREATE VIRTUAL TABLE core_searchindex USING fts5(
    title, body, marked, portal, {TOKENIZER}
)"""


def _remake(schema_editor, create, insert, fill):
    """The index made again with ``create``, its rows copied from the old
    one with ``insert``: ``fill(row, homes)`` gives a new row's values after
    the rowid (``homes``: the sites' home page ids by portal token)."""
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        cursor.execute("DROP TRIGGER core_searchdocument_deleted")
        cursor.execute("ALTER TABLE core_searchindex RENAME TO core_searchindex_old")
        cursor.execute(create)
        cursor.execute(
            "SELECT p.path, p.id FROM wagtailcore_site s"
            " JOIN wagtailcore_page p ON p.id = s.root_page_id"
        )
        homes = {portal_token(path): pk for path, pk in cursor.fetchall()}
        last = -(2**63)
        while True:
            cursor.execute(
                "SELECT rowid, title, body, marked, portal FROM core_searchindex_old"
                " WHERE rowid > %s ORDER BY rowid LIMIT %s",
                [last, CHUNK],
            )
            rows = cursor.fetchall()
            if not rows:
                break
            cursor.executemany(insert, [(row[0], *fill(row, homes)) for row in rows])
            last = rows[-1][0]
        cursor.execute("DROP TABLE core_searchindex_old")
        cursor.execute(TRIGGER)
        cursor.execute(
            "INSERT INTO core_searchindex (core_searchindex) VALUES ('optimize')"
        )


def _scoped_row(row, homes):
    _rowid, title, body, marked, portal = row
    # The portal tokens are those of the page's ancestors and of the portals
    # that accepted it: the sites' home pages among them are its scopes.
    scopes = [scope_token(homes[t]) for t in portal.split() if t in homes]
    marks = marked.split()
    return (
        title,
        body,
        marked,
        portal,
        scoped_text(scopes, title),
        scoped_text(scopes, body),
        " ".join(f"{scope}{mark}" for scope in scopes for mark in marks),
    )


INSERT_SCOPED = (
    "INSERT INTO core_searchindex (rowid, title, body, marked, portal,"
    " scoped_title, scoped_body, scoped_marked)"
    " VALUES (%s, %s, %s, %s, %s, %s, %s, %s)"
)
INSERT_PLAIN = (
    "INSERT INTO core_searchindex (rowid, title, body, marked, portal)"
    " VALUES (%s, %s, %s, %s, %s)"
)


def add_scoped_words(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        _remake(schema_editor, SCOPED, INSERT_SCOPED, _scoped_row)


def drop_scoped_words(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        _remake(schema_editor, PLAIN, INSERT_PLAIN, lambda row, homes: row[1:])


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
    ]

    operations = [migrations.RunPython(add_scoped_words, drop_scoped_words)]
