"""The readers' search index (cms/core/search.py): kept in step with what is
published, by signals, and rebuilt in bulk by ``manage.py rebuild_search_index``.

An article's texts are computed once per indexing (``searchable_texts()``), and
written with one statement per kind of row for a whole chunk of pages.

On SQLite each page's words are written a second time, each prefixed with the
scope of every portal whose search finds the page (``scope_token``): its own
portal (the site whose home is the page or an ancestor) and the portals that
accepted it. A portal's search then reads posting lists as long as its own
pages, not as long as the installation's: FTS5 intersects every word's list
in full, so a word of a commune's query crossed with the commune's token cost
as much as the word across all 100 portals (docs/benchmarks.md). PostgreSQL's
GIN index has no such cost and keeps one set of words."""

import dataclasses
from collections.abc import Callable

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models.signals import post_save
from wagtail.signals import page_unpublished, post_page_move

from .generation import _BOOKKEEPING_FIELDS as BOOKKEEPING_FIELDS
from .models import NewsPage, SearchDocument, _paths_to
from .text import accent_tokens, index_text, search_terms


def portal_token(path: str) -> str:
    """The token standing for "below the page at ``path``" (a treebeard path:
    digits and capitals, so lowercasing keeps it unique)."""
    return "p" + path.lower()


def portal_tokens(path: str) -> list[str]:
    """One token per ancestor of a page (and the page): the portal whose home
    is any of them finds it."""
    steps = len(path) // 4
    return [portal_token(path[: 4 * n]) for n in range(1, steps + 1)]


def scope_token(home_pk: int) -> str:
    """The prefix of the words scoped to one portal (SQLite): "s12x", from
    the id of the portal's home page (sites that share a home page share its
    scope). The id is digits and ends at the first "x", so a scoped word
    reads back one way only, whatever the word is."""
    return f"s{home_pk}x"


def scoped_text(scopes, text: str) -> str:
    """``text`` (as ``index_text`` made it) with each word once per scope,
    prefixed: the same words, in the same order and number, so that bm25()
    ranks a portal's pages as it would rank them alone."""
    terms = search_terms(text)
    return " ".join(f"{scope}{term}" for scope in scopes for term in terms)


def scopes_of(pages, accepted_by: dict[int, list[str]]) -> dict[int, list[str]]:
    """Each page's scope tokens: those of the sites whose home page is the
    page or one of its ancestors, and of those that accepted it
    (``accepted_by``: their home page paths), from one query of the sites."""
    from wagtail.models import Site

    homes = dict(Site.objects.values_list("root_page__path", "root_page_id"))
    scopes = {}
    for page in pages:
        paths = [*_paths_to(page.path), *accepted_by.get(page.pk, ())]
        found = dict.fromkeys(homes[path] for path in paths if path in homes)
        scopes[page.pk] = [scope_token(pk) for pk in found]
    return scopes


def document_key(page) -> int:
    when = page.display_date or page.first_published_at
    minutes = max(0, int(when.timestamp() // 60)) if when else 0
    return (minutes << 32) | page.pk


def accepting_portal_paths(page_ids) -> dict[int, list[str]]:
    """The home page paths of the portals that accepted each page from
    another portal (cms/portal's ``NewsProposal``, through the reverse
    relation it puts on ``Site``), in one query."""
    from wagtail.models import Site

    paths: dict[int, list[str]] = {}
    rows = Site.objects.filter(
        news_proposals_received__page_id__in=list(page_ids),
        news_proposals_received__status="accepted",
    ).values_list("news_proposals_received__page_id", "root_page__path")
    for page_id, path in rows:
        paths.setdefault(page_id, []).append(path)
    return paths


def _document(page, accepted_by=(), scopes=None) -> tuple:
    """(page id, content type id, key, title, body, accent tokens, portal
    tokens), and on SQLite the title, body and accent tokens scoped to each
    of ``scopes``: every text of the page computed once. ``accepted_by``: the
    home page paths of the portals that accepted it."""
    texts = [text for text in page.searchable_texts() if text]
    title, body = texts[0] if texts else "", " ".join(texts[1:])
    title, body = index_text(title), index_text(body)
    marks = accent_tokens(" ".join(texts))
    document = (
        page.pk,
        ContentType.objects.get_for_model(type(page)).pk,
        document_key(page),
        title,
        body,
        " ".join(marks),
        " ".join([*portal_tokens(page.path), *(portal_token(p) for p in accepted_by)]),
    )
    if scopes is None:
        return document
    return (
        *document,
        scoped_text(scopes, title),
        scoped_text(scopes, body),
        " ".join(f"{scope}{mark}" for scope in scopes for mark in marks),
    )


def documents_of(pages) -> list[tuple]:
    """``_document`` of each page, with what it needs read for all at once."""
    accepted = accepting_portal_paths(page.pk for page in pages)
    scopes = scopes_of(pages, accepted) if connection.vendor == "sqlite" else {}
    return [
        _document(page, accepted.get(page.pk, ()), scopes.get(page.pk))
        for page in pages
    ]


def index_pages(pages) -> None:
    """Index (or index again) live news pages, with their related objects
    loaded: tags, and photos for photo stories."""
    pages = list(pages)
    if not pages:
        return
    documents = documents_of(pages)
    with transaction.atomic():
        # On SQLite a trigger removes the FTS rows of the deleted documents.
        SearchDocument.objects.filter(page_id__in=[d[0] for d in documents]).delete()
        _insert(documents)


def unindex_pages(page_ids) -> None:
    SearchDocument.objects.filter(page_id__in=list(page_ids)).delete()


def _insert(documents) -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # One statement for the whole chunk: the rows travel as arrays.
            columns = list(zip(*documents, strict=True))
            cursor.execute(
                "INSERT INTO core_searchdocument"
                " (page_id, content_type_id, key, vector)"
                " SELECT page_id, content_type_id, key,"
                " setweight(to_tsvector('newsroom_search', title), 'A')"
                " || setweight(to_tsvector('newsroom_search', body), 'B')"
                " || setweight(to_tsvector('simple', tokens), 'D')"
                " FROM unnest(%s::integer[], %s::integer[], %s::bigint[],"
                " %s::text[], %s::text[], %s::text[])"
                " AS d (page_id, content_type_id, key, title, body, tokens)",
                [
                    *(list(column) for column in columns[:5]),
                    [f"{m} {p}" for m, p in zip(columns[5], columns[6], strict=True)],
                ],
            )
            return
        cursor.executemany(
            "INSERT INTO core_searchdocument (page_id, content_type_id, key)"
            " VALUES (%s, %s, %s)",
            [d[:3] for d in documents],
        )
        cursor.executemany(
            "INSERT INTO core_searchindex (rowid, title, body, marked, portal,"
            " scoped_title, scoped_body, scoped_marked)"
            " VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
            [d[2:] for d in documents],
        )


def indexed_models() -> list[type]:
    from django.apps import apps

    return [
        model
        for model in apps.get_models()
        if issubclass(model, NewsPage) and not model._meta.abstract
    ]


# Rebuilding ------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class OtherIndex:
    """Another app's index for readers (cms/officialdocs), rebuilt by the same
    command: it registers itself here, so that this app imports none."""

    name: str  # what the progress bar says
    unit: str
    count: Callable[[], int]
    rebuild: Callable[..., int]  # as ``rebuild`` below: (chunk, progress)


_other_indexes: list[OtherIndex] = []


def register_index(index: OtherIndex) -> None:
    if index.name not in {other.name for other in _other_indexes}:
        _other_indexes.append(index)


def other_indexes() -> list[OtherIndex]:
    return list(_other_indexes)


def _indexing_queryset(model):
    """The live pages of ``model`` with what their texts read, loaded per
    chunk rather than per page."""
    return model.objects.live().prefetch_related(*model.search_prefetch)


def rebuild(chunk: int = 1_000, progress=None) -> int:
    """Empty the index and index every live news page again, ``chunk`` pages
    per transaction, calling ``progress(n)`` after each; returns the count."""
    with transaction.atomic():
        if connection.vendor == "sqlite":
            with connection.cursor() as cursor:
                cursor.execute("DELETE FROM core_searchindex")
        SearchDocument.objects.all().delete()
    total = 0
    for model in indexed_models():
        queryset = _indexing_queryset(model).order_by("pk")
        last = 0
        while True:
            pages = list(queryset.filter(pk__gt=last)[:chunk])
            if not pages:
                break
            documents = documents_of(pages)
            with transaction.atomic():
                _insert(documents)
            last = pages[-1].pk
            total += len(pages)
            if progress:
                progress(len(pages))
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            # Merge the segments written chunk by chunk into one b-tree.
            cursor.execute(
                "INSERT INTO core_searchindex (core_searchindex) VALUES ('optimize')"
            )
        elif connection.vendor == "postgresql":
            # Statistics now, not when autovacuum comes: without them the
            # planner reads every match of a common word before sorting.
            cursor.execute("ANALYZE core_searchdocument")
    return total


def count_to_index() -> int:
    return sum(_indexing_queryset(model).count() for model in indexed_models())


# Signals ---------------------------------------------------------------------------


def _on_page_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not isinstance(instance, NewsPage):
        return
    if update_fields and set(update_fields) <= BOOKKEEPING_FIELDS:
        return  # a draft, a submission, a lock: the live content is unchanged
    if instance.live:
        index_pages([instance])
    else:
        unindex_pages([instance.pk])


def _on_page_unpublished(sender, instance, **kwargs):
    if isinstance(instance, NewsPage):
        unindex_pages([instance.pk])


def index_below(path: str) -> None:
    """Index again every live news page at or below the tree path ``path``: a
    move changes their paths, which the portal tokens are made of; a site
    made, given another home page or deleted changes their scopes."""
    for model in indexed_models():
        pages = _indexing_queryset(model).filter(path__startswith=path)
        batch = []
        for page in pages.iterator(chunk_size=1_000):
            batch.append(page)
            if len(batch) == 1_000:
                index_pages(batch)
                batch = []
        index_pages(batch)


def _on_page_moved(sender, instance, **kwargs):
    index_below(instance.path)


def connect_signal_handlers() -> None:
    """Deleting a page needs no handler: its ``SearchDocument`` goes with it
    (and, on SQLite, a trigger removes its FTS row)."""
    uid = "reader-search"
    post_save.connect(_on_page_saved, dispatch_uid=f"{uid}-saved")
    page_unpublished.connect(_on_page_unpublished, dispatch_uid=f"{uid}-unpublished")
    post_page_move.connect(_on_page_moved, dispatch_uid=f"{uid}-moved")
