"""Readers' search index: the documents table, and beside it the database's
own full-text index (cms/core/search.py)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

# SQLite: an FTS5 table keyed by SearchDocument.key; deleting a document (also
# through the cascade from its page) deletes its words.
SQLITE = [
    """CREATE VIRTUAL TABLE core_searchindex USING fts5(
        title, body, marked, portal,
        tokenize = 'unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER core_searchdocument_deleted
        AFTER DELETE ON core_searchdocument BEGIN
            DELETE FROM core_searchindex WHERE rowid = old.key;
        END""",
]
SQLITE_REVERSE = [
    "DROP TRIGGER core_searchdocument_deleted",
    "DROP TABLE core_searchindex",
]

# PostgreSQL: one tsvector per document, with a GIN index, made with a
# configuration that folds diacritics (unaccent also maps "đ" to "d") and
# neither stems nor drops words. unaccent() itself is not IMMUTABLE; a text
# search configuration using its dictionary may be stored.
POSTGRESQL = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE TEXT SEARCH CONFIGURATION newsroom_search (COPY = simple)",
    """ALTER TEXT SEARCH CONFIGURATION newsroom_search
        ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword,
            hword_part, numword, numhword, hword_numpart
        WITH unaccent, simple""",
    "ALTER TABLE core_searchdocument ADD COLUMN vector tsvector NOT NULL",
    "CREATE INDEX core_searchdocument_vector ON core_searchdocument USING gin (vector)",
]
POSTGRESQL_REVERSE = [
    "ALTER TABLE core_searchdocument DROP COLUMN vector",
    "DROP TEXT SEARCH CONFIGURATION newsroom_search",
]


def full_text_index(apps, schema_editor):
    statements = {"sqlite": SQLITE, "postgresql": POSTGRESQL}
    for statement in statements.get(schema_editor.connection.vendor, []):
        schema_editor.execute(statement)


def drop_full_text_index(apps, schema_editor):
    statements = {"sqlite": SQLITE_REVERSE, "postgresql": POSTGRESQL_REVERSE}
    for statement in statements.get(schema_editor.connection.vendor, []):
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchDocument",
            fields=[
                (
                    "page",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="+",
                        serialize=False,
                        to=settings.WAGTAIL_PAGE_MODEL,
                    ),
                ),
                ("key", models.BigIntegerField(unique=True)),
                (
                    "content_type",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="contenttypes.contenttype",
                    ),
                ),
            ],
            options={
                "verbose_name": "mục tìm kiếm",
                "verbose_name_plural": "mục tìm kiếm",
            },
        ),
        migrations.RunPython(full_text_index, drop_full_text_index),
    ]
