"""PostgreSQL's document index again, with the number's words and the portal
tokens each in their own namespace of the vector (cms/officialdocs/search.py):
the vectors written before have the words of a document's number and summary
mixed, which no query can tell apart. SQLite's index has a column for each
kind already: nothing to do there.

The vectors are written anew as the rebuild command writes them
(search_index.insert_rows), a chunk at a time, from the folded columns read
with the historical model: one statement per chunk, and the GIN index made
again once at the end rather than kept up at every row (100,000 documents:
6 s)."""

from django.db import migrations

CHUNK = 5_000
INDEX = "officialdocs_documentsearchentry_vector"


def rewrite_vectors(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    from cms.officialdocs import search_index

    DocumentPage = apps.get_model("officialdocs", "DocumentPage")
    documents = DocumentPage.objects.filter(live=True).order_by("pk")
    documents = documents.values_list("pk", "search_number", "search_text", "path")
    schema_editor.execute(f"DROP INDEX {INDEX}")
    schema_editor.execute("DELETE FROM officialdocs_documentsearchentry")
    last = 0
    while rows := [
        search_index.row(*values) for values in documents.filter(pk__gt=last)[:CHUNK]
    ]:
        search_index.insert_rows(rows)
        last = rows[-1][0]
    # The rows' deferred foreign key checks first: PostgreSQL makes no index
    # on a table with checks pending.
    schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    schema_editor.execute(
        f"CREATE INDEX {INDEX} ON officialdocs_documentsearchentry USING gin (vector)"
    )
    schema_editor.execute("SET CONSTRAINTS ALL DEFERRED")  # as Django makes them
    schema_editor.execute("ANALYZE officialdocs_documentsearchentry")


def unmark_vectors(apps, schema_editor):
    """Back to one set of words: the marks taken off (the vectors before had
    no positions, hence no weights, either)."""
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        "UPDATE officialdocs_documentsearchentry SET vector = array_to_tsvector("
        "ARRAY(SELECT DISTINCT regexp_replace(lexeme, '^[#@]', '')"
        " FROM unnest(vector)))"
    )


class Migration(migrations.Migration):
    dependencies = [
        ("officialdocs", "0004_add_document_libraries"),
    ]

    operations = [migrations.RunPython(rewrite_vectors, unmark_vectors)]
