"""The documents' search index (cms/officialdocs/search.py): the entries
table, the database's full-text index beside it, and the live documents
already published, indexed."""

import django.db.models.deletion
from django.db import migrations, models

# SQLite: an FTS5 table keyed by the page id; deleting an entry (also through
# the cascade from its page) deletes its words. The words are ASCII already.
SQLITE = [
    """CREATE VIRTUAL TABLE officialdocs_documentsearch USING fts5(
        number, summary, portal, tokenize = 'unicode61'
    )""",
    """CREATE TRIGGER officialdocs_documentsearchentry_deleted
        AFTER DELETE ON officialdocs_documentsearchentry BEGIN
            DELETE FROM officialdocs_documentsearch WHERE rowid = old.page_id;
        END""",
]
SQLITE_REVERSE = [
    "DROP TRIGGER officialdocs_documentsearchentry_deleted",
    "DROP TABLE officialdocs_documentsearch",
]
POSTGRESQL = [
    "ALTER TABLE officialdocs_documentsearchentry ADD COLUMN vector tsvector NOT NULL",
    "CREATE INDEX officialdocs_documentsearchentry_vector"
    " ON officialdocs_documentsearchentry USING gin (vector)",
]
POSTGRESQL_REVERSE = ["ALTER TABLE officialdocs_documentsearchentry DROP COLUMN vector"]


def full_text_index(apps, schema_editor):
    statements = {"sqlite": SQLITE, "postgresql": POSTGRESQL}
    for statement in statements.get(schema_editor.connection.vendor, []):
        schema_editor.execute(statement)
    if schema_editor.connection.vendor in statements:
        _index_live_documents(apps)


def _index_live_documents(apps):
    """Documents published before the index existed: indexed as the rebuild
    command indexes them (search_index.rebuild, kept to what this migration
    knows)."""
    from cms.officialdocs import search_index

    DocumentPage = apps.get_model("officialdocs", "DocumentPage")
    rows = DocumentPage.objects.filter(live=True).order_by("pk")
    rows = rows.values_list("pk", "search_number", "search_text", "path")
    search_index.insert_rows([search_index.row(*values) for values in rows])


def drop_full_text_index(apps, schema_editor):
    statements = {"sqlite": SQLITE_REVERSE, "postgresql": POSTGRESQL_REVERSE}
    for statement in statements.get(schema_editor.connection.vendor, []):
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [
        ("officialdocs", "0002_seed_types_and_subjects"),
    ]

    operations = [
        migrations.CreateModel(
            name="DocumentSearchEntry",
            fields=[
                (
                    "page",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="+",
                        serialize=False,
                        to="officialdocs.documentpage",
                    ),
                ),
            ],
            options={
                "verbose_name": "mục tìm kiếm văn bản",
                "verbose_name_plural": "mục tìm kiếm văn bản",
            },
        ),
        migrations.RunPython(full_text_index, drop_full_text_index),
    ]
