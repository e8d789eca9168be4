"""The documents' search index (search.py): kept in step with what is
published, by signals, and rebuilt in bulk by ``manage.py
rebuild_search_index`` (which rebuilds every index registered with
cms/core/search_index.py).

A document's words are those ``DocumentPage.save()`` keeps folded in
``search_number`` and ``search_text``: a row is made from a few columns,
without loading the page."""

from django.db import connection, transaction
from django.db.models.signals import post_save
from wagtail.signals import page_unpublished, post_page_move

from cms.core.search_index import BOOKKEEPING_FIELDS, portal_tokens

from .models import DocumentPage, DocumentSearchEntry
from .search import NUMBER_MARK, PORTAL_MARK

_COLUMNS = ("pk", "search_number", "search_text", "path")


def row(pk, number, text, path) -> tuple[int, str, str, str]:
    """(page id, number words, summary words, portal tokens) as the index
    takes them, from the folded columns and the page's tree path."""
    return (
        pk,
        " ".join(number.split()),
        " ".join(text.split()),
        " ".join(portal_tokens(path)),
    )


def index_documents(pages) -> None:
    """Index (or index again) ``pages``, a queryset of documents: the live
    ones are indexed, the others left out."""
    rows = [row(*values) for values in pages.live().values_list(*_COLUMNS)]
    ids = list(pages.values_list("pk", flat=True))
    with transaction.atomic():
        # On SQLite a trigger removes the FTS rows of the deleted entries.
        DocumentSearchEntry.objects.filter(page_id__in=ids).delete()
        insert_rows(rows)


def vector_words(row) -> str:
    """The words of PostgreSQL's one vector for a row (``row()``): the
    number's words and the portal tokens marked, each kind in its own
    namespace (search.py), the summary's as they are."""
    _, number, summary, portal = row
    number = [NUMBER_MARK + word for word in number.split()]
    portal = [PORTAL_MARK + token for token in portal.split()]
    return " ".join([*number, *summary.split(), *portal])


def unindex_documents(page_ids) -> None:
    DocumentSearchEntry.objects.filter(page_id__in=list(page_ids)).delete()


def insert_rows(rows) -> None:
    if not rows:
        return
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # One statement for the whole chunk: the rows travel as arrays.
            # array_to_tsvector() keeps each word as it is (ASCII, folded);
            # the number's words and the portal tokens are marked, each kind
            # in its own namespace of the one vector (search.py).
            cursor.execute(
                "INSERT INTO officialdocs_documentsearchentry (page_id, vector)"
                " SELECT page_id, array_to_tsvector(string_to_array(words, ' '))"
                " FROM unnest(%s::integer[], %s::text[]) AS d (page_id, words)",
                [[row[0] for row in rows], [vector_words(row) for row in rows]],
            )
            return
        cursor.executemany(
            "INSERT INTO officialdocs_documentsearchentry (page_id) VALUES (%s)",
            [row[:1] for row in rows],
        )
        cursor.executemany(
            "INSERT INTO officialdocs_documentsearch (rowid, number, summary, portal)"
            " VALUES (%s, %s, %s, %s)",
            rows,
        )


# Rebuilding ------------------------------------------------------------------------


def count_to_index() -> int:
    return DocumentPage.objects.live().count()


def rebuild(chunk: int = 1_000, progress=None) -> int:
    """Empty the index and index every live document again, ``chunk`` per
    transaction, calling ``progress(n)`` after each; returns the count."""
    with transaction.atomic():
        if connection.vendor == "sqlite":
            with connection.cursor() as cursor:
                cursor.execute("DELETE FROM officialdocs_documentsearch")
        DocumentSearchEntry.objects.all().delete()
    queryset = DocumentPage.objects.live().order_by("pk").values_list(*_COLUMNS)
    total = last = 0
    while True:
        rows = [row(*values) for values in queryset.filter(pk__gt=last)[:chunk]]
        if not rows:
            break
        with transaction.atomic():
            insert_rows(rows)
        last = rows[-1][0]
        total += len(rows)
        if progress:
            progress(len(rows))
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                "INSERT INTO officialdocs_documentsearch (officialdocs_documentsearch)"
                " VALUES ('optimize')"
            )
        elif connection.vendor == "postgresql":
            cursor.execute("ANALYZE officialdocs_documentsearchentry")
    return total


# Signals ---------------------------------------------------------------------------


def _on_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw:
        return
    if update_fields and set(update_fields) <= BOOKKEEPING_FIELDS:
        return  # a draft, a submission, a lock: the live content is unchanged
    if instance.live:
        index_documents(DocumentPage.objects.filter(pk=instance.pk))
    else:
        unindex_documents([instance.pk])


def _on_unpublished(sender, instance, **kwargs):
    if isinstance(instance, DocumentPage):
        unindex_documents([instance.pk])


def _on_moved(sender, instance, **kwargs):
    """A move changes the paths the portal tokens are made of, of the page
    and of everything below it (a library moved with its documents)."""
    index_documents(DocumentPage.objects.descendant_of(instance, inclusive=True))


def connect_signal_handlers() -> None:
    """Deleting a document needs no handler: its entry goes with it (and, on
    SQLite, a trigger removes its FTS row)."""
    uid = "document-search"
    post_save.connect(_on_saved, sender=DocumentPage, dispatch_uid=f"{uid}-saved")
    page_unpublished.connect(_on_unpublished, dispatch_uid=f"{uid}-unpublished")
    post_page_move.connect(_on_moved, dispatch_uid=f"{uid}-moved")
