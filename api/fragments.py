"""Per-page fragments of the news answers: a list item (a summary) or a detail
without what changes between requests, as the page's serializer made it, and
the texts a search result's snippet is cut from, kept in the database
(``PageFragment``) so that an uncached list, detail or search reads them in
one query instead of loading and serialising every page, image and rendition
again. A search result is its page's summary with a snippet.

- The fragment IS the serializer's output, stored: the serializers stay the
  one description of each answer, and an answer made of fragments is byte for
  byte the one they would make (tests/api/test_fragments.py).
- What readers may see is still decided by the ids query of each answer
  (``visible_to_readers()``): a fragment is used only for pages it
  returned, so an unpublished or expired page never shows from one. The
  fragments and the view counts are read in plain queries by page id,
  without the subqueries per page that cost more to build than to run.
- The view count is never stored: it is read for the answer's pages in one
  grouped query (cms/stats ``view_counts``) and merged in, so it stays exact
  and current.
- A fragment is used only while its stamp is the page's ``last_published_at``
  (a republish makes it a miss at once), before the moment a page it links to
  expires, and until what it shows changes: the signal handlers below drop
  it when the page or one of its ancestors is published, unpublished, moved,
  edited or deleted, when an image, document, tag or embed it shows changes,
  and drop them all when sites, portals, collections or view restrictions
  change. A publish writes the page's fragments again once it commits.
- Built and stored on a miss, so installations and corpora made before need
  no backfill (``manage.py rebuild_page_fragments`` builds them all).
"""

import hashlib
import json
import logging

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.db import DatabaseError, transaction
from django.db.models import F, Min, Q
from django.db.models.signals import post_delete, post_save
from django.test import RequestFactory
from django.utils import timezone, translation
from rest_framework.renderers import JSONRenderer
from wagtail.embeds.embeds import get_embed_hash
from wagtail.models import Page
from wagtail.rich_text.rewriters import FIND_A_TAG, extract_attrs

from cms.articles.models import ArticlePage
from cms.core.generation import content_generation
from cms.core.models import reader_pages
from cms.photostories.models import PhotoStoryPage, PhotoStoryPhoto
from cms.stats.services import view_counts

from .models import PageFragment
from .serializers import (
    ArticleDetailSerializer,
    ArticleSummarySerializer,
    PhotoStoryDetailSerializer,
    PhotoStorySummarySerializer,
)

logger = logging.getLogger(__name__)

SUMMARY_SERIALIZERS = {
    ArticlePage: ArticleSummarySerializer,
    PhotoStoryPage: PhotoStorySummarySerializer,
}
DETAIL_SERIALIZERS = {
    ArticlePage: ArticleDetailSerializer,
    PhotoStoryPage: PhotoStoryDetailSerializer,
}
# Fields of a fragment filled at request time, never stored as built.
VIEW_COUNT = "view_count"
RELATED = "related"


def origin(request) -> str:
    """What a fragment's bytes depend on beyond the page: the scheme and host
    absolute URLs are built with, the language, and the reader site's URL
    (a short digest: it is the same for every request of an installation)."""
    reader_site = hashlib.sha256(settings.FRONTEND_URL.encode()).hexdigest()[:8]
    return (
        f"{request.scheme}://{request.get_host()}|{translation.get_language()}"
        f"|{reader_site}"
    )


def _parse_origin(key: str):
    """(scheme, host, language) of a fragment origin made with today's reader
    site URL, else None."""
    scheme, _, rest = key.partition("://")
    host, language = (rest.split("|") + [""])[:2]
    if key != origin_for(scheme, host, language):
        return None
    return scheme, host, language


def origin_for(scheme: str, host: str, language: str) -> str:
    with translation.override(language):
        return origin(request_for(scheme, host))


def _usable(kind: str, request, ids: list[int], *fields: str) -> dict:
    """``{page id: fields}`` of the usable fragments of ``kind`` of pages
    ``ids``: stamped with the page's current ``last_published_at`` (read in
    the same query) and not past ``valid_until``. One plain query: no
    subquery per page query to build."""
    rows = PageFragment.objects.filter(
        page_id__in=ids,
        kind=kind,
        origin=origin(request),
        stamp=F("page__last_published_at"),
    ).values_list("page_id", "valid_until", *fields)
    now = timezone.now()
    return {
        pk: values
        for pk, valid_until, *values in rows
        if valid_until is None or valid_until > now
    }


def _render(data) -> str:
    return JSONRenderer().render(data).decode()


def _ids(text: str) -> list[int]:
    return [int(pk) for pk in text.split(",") if pk]


# Reading -----------------------------------------------------------------------


def summaries(request, site, model, ids: list[int], views=None) -> list[dict]:
    """The summaries of ``ids`` (pages of ``model`` the caller found visible),
    in their order, with their current view counts (``views``, if the caller
    read them already with others: ``view_counts``)."""
    if not ids:
        return []
    stored = _usable(PageFragment.SUMMARY, request, ids, "content")
    missing = [pk for pk in ids if pk not in stored]
    built = _build_summaries(request, site, model, missing) if missing else {}
    if views is None:
        views = view_counts(ids)
    answer = []
    for pk in ids:
        if pk in stored:
            item = json.loads(stored[pk][0])
        else:
            item = built.get(pk)
            if item is None:
                continue  # deleted between the two queries
        item[VIEW_COUNT] = views.get(pk, 0)
        answer.append(item)
    return answer


def detail(request, site, model, pk: int) -> dict | None:
    """The detail of page ``pk`` of ``model`` if readers of ``site`` may see
    it, else None."""
    stored = _usable(PageFragment.DETAIL, request, [pk], "content", "related")
    if pk in stored:
        fragment, related_text = stored[pk]
        related_ids = list(dict.fromkeys(_ids(related_text)))
        # The page and its related articles are seen by the same rule: one
        # query tells which of them readers of the portal may see.
        visible = set(
            model.objects.visible_to_readers()
            .in_site(site)
            .filter(pk__in=[pk, *related_ids])
            .values_list("pk", flat=True)
        )
        if pk not in visible:
            return None
        item = json.loads(fragment)
    else:
        built = _build_details(request, site, model, [pk])
        if pk not in built:
            return None  # not visible
        item, related_text = built[pk]
        related_ids = list(dict.fromkeys(_ids(related_text)))
        visible = None
    if RELATED not in item:
        item[VIEW_COUNT] = view_counts([pk]).get(pk, 0)
        return item
    if visible is None:
        visible = set(
            ArticlePage.objects.visible_to_readers()
            .in_site(site)
            .filter(pk__in=related_ids)
            .values_list("pk", flat=True)
        )
    related_ids = [other for other in related_ids if other in visible and other != pk]
    views = view_counts([pk, *related_ids])
    item[VIEW_COUNT] = views.get(pk, 0)
    item[RELATED] = summaries(request, site, ArticlePage, related_ids, views)
    return item


def snippet_texts(request, model, ids: list[int]) -> dict[int, list[str]]:
    """The texts each page's search snippet is cut from (its
    ``snippet_texts()``), for pages ``ids`` of ``model`` the caller found
    visible."""
    if not ids:
        return {}
    stored = _usable(PageFragment.TEXTS, request, ids, "content")
    found = {pk: json.loads(content) for pk, (content,) in stored.items()}
    missing = [pk for pk in ids if pk not in found]
    if missing:
        found.update(_build_texts(request, model, missing))
    return found


# Building ----------------------------------------------------------------------


def _store(rows: list[PageFragment], generation: int) -> None:
    # A fragment built while something it shows changed may hold the old
    # state: keep it only if nothing readers see changed meanwhile (every such
    # change moves the content generation, cms/core/generation.py).
    if not rows or content_generation() != generation:
        return
    # Storing is an optimisation of a read: a reader's answer must not fail
    # because the write did (SQLite busy with another writer, say).
    try:
        with transaction.atomic():
            PageFragment.objects.bulk_create(
                rows,
                update_conflicts=True,
                unique_fields=["page", "kind", "origin"],
                update_fields=["stamp", "content", "related", "refs", "valid_until"],
            )
    except DatabaseError:
        logger.warning("Could not store %s page fragments", len(rows), exc_info=True)


def _refs(images=(), pages=(), documents=(), tags=(), embeds=()) -> str:
    tokens = [f"i{pk}" for pk in images if pk]
    tokens += [f"p{pk}" for pk in pages if pk]
    tokens += [f"d{pk}" for pk in documents if pk]
    tokens += [f"t{pk}" for pk in tags if pk]
    tokens += [f"e{value}" for value in embeds if value]
    return "," + ",".join(dict.fromkeys(tokens)) + "," if tokens else ""


def _summary_images(model, pages: list) -> dict[int, list[int]]:
    if model is ArticlePage:
        return {page.pk: [page.hero_image_id] for page in pages}
    images = {page.pk: [] for page in pages}
    photos = PhotoStoryPhoto.objects.filter(page__in=pages).values_list(
        "page_id", "image_id"
    )
    for page_id, image_id in photos:
        images[page_id].append(image_id)
    return images


def _build_summaries(request, site, model, ids: list[int]) -> dict[int, dict]:
    generation = content_generation()
    pages = list(model.objects.filter(pk__in=ids).for_listing())
    context = {"request": request, "site": site}
    items = SUMMARY_SERIALIZERS[model](pages, many=True, context=context).data
    images = _summary_images(model, pages)
    built = {page.pk: item for page, item in zip(pages, items, strict=True)}
    _store_built(
        request,
        generation,
        PageFragment.SUMMARY,
        [(page, _render(built[page.pk]), images[page.pk]) for page in pages],
    )
    return built


def _store_built(request, generation: int, kind: str, built) -> None:
    """Store fragments of ``kind`` from ``built``: (page, content, the ids of
    the images it shows) for each page; a page never published has none."""
    key = origin(request)
    rows = [
        PageFragment(
            page_id=page.pk,
            kind=kind,
            origin=key,
            stamp=page.last_published_at,
            content=content,
            refs=_refs(images=images),
        )
        for page, content, images in built
        if page.last_published_at is not None
    ]
    _store(rows, generation)


def _build_texts(request, model, ids: list[int]) -> dict[int, list[str]]:
    generation = content_generation()
    pages = list(model.objects.filter(pk__in=ids).for_search_results())
    # An article's texts are its own fields; a photo story's captions may be
    # its images'.
    images = _summary_images(model, pages) if model is PhotoStoryPage else {}
    built = {page.pk: page.snippet_texts() for page in pages}
    _store_built(
        request,
        generation,
        PageFragment.TEXTS,
        [
            (page, json.dumps(texts, ensure_ascii=False), images.get(page.pk, ()))
            for page, texts in zip(pages, built.values(), strict=True)
        ],
    )
    return built


def _body_refs(raw_blocks) -> dict:
    """What a body shows besides itself (as api/richtext.py's renderer loads
    it): linked and cited pages, documents, images and embedded videos."""
    refs = {"images": [], "pages": [], "documents": [], "embeds": []}
    for block in raw_blocks or []:
        if not isinstance(block, dict):
            continue
        value = block.get("value")
        if isinstance(value, str):
            for match in FIND_A_TAG.finditer(value):
                attrs = extract_attrs(match.group(1))
                kind = {"page": "pages", "document": "documents"}.get(
                    attrs.get("linktype")
                )
                if kind and str(attrs.get("id")).isdigit():
                    refs[kind].append(int(attrs["id"]))
        elif isinstance(value, dict):
            if str(value.get("image")).isdigit():
                refs["images"].append(int(value["image"]))
            if str(value.get("document")).isdigit():
                refs["documents"].append(int(value["document"]))
                refs["pages"].append(int(value["document"]))
            if isinstance(value.get("video"), str) and value["video"]:
                refs["embeds"].append(get_embed_hash(value["video"]))
    return refs


def _build_details(request, site, model, ids: list[int]) -> dict:
    """``{pk: (detail without view count, related ids as text)}``."""
    generation = content_generation()
    pages = list(model.objects.for_readers(site).for_details().filter(pk__in=ids))
    key = origin(request)
    built, rows = {}, []
    for page in pages:
        related = ""
        context = {"request": request, "site": site}
        if model is ArticlePage:
            # The related summaries are fragments of their own, read with
            # their view counts at request time.
            related = ",".join(
                str(link.article_id) for link in page.related_links.all()
            )
            context[RELATED] = []
            body = _body_refs(page.body.raw_data)
            images = [page.hero_image_id, *body["images"]]
        else:
            body = {"pages": [], "documents": [], "embeds": []}
            images = [photo.image_id for photo in page.photos.all()]
        item = DETAIL_SERIALIZERS[model](page, context=context).data
        built[page.pk] = (item, related)
        if page.last_published_at is None:
            continue
        linked = (
            reader_pages()
            .filter(pk__in=body["pages"])
            .aggregate(soonest=Min("expire_at"))["soonest"]
            if body["pages"]
            else None
        )
        rows.append(
            PageFragment(
                page_id=page.pk,
                kind=PageFragment.DETAIL,
                origin=key,
                stamp=page.last_published_at,
                content=_render(item),
                related=related,
                refs=_refs(
                    images=images,
                    pages=body["pages"],
                    documents=body["documents"],
                    tags=[tag.pk for tag in page.tags.all()],
                    embeds=body["embeds"],
                ),
                valid_until=linked,
            )
        )
    _store(rows, generation)
    return built


def rebuild(request, site, model, ids: list[int]) -> None:
    """Build and store the summary, detail and snippet-texts fragments of
    pages ``ids`` of ``model`` in ``site`` for ``request``'s origin."""
    for start in range(0, len(ids), 100):
        chunk = ids[start : start + 100]
        _build_summaries(request, site, model, chunk)
        _build_details(request, site, model, chunk)
        _build_texts(request, model, chunk)


def request_for(scheme: str, host: str):
    """A request like a reader's, for building fragments outside one."""
    return RequestFactory().get("/", HTTP_HOST=host, secure=scheme == "https")


# Dropping ----------------------------------------------------------------------


def drop_all() -> None:
    PageFragment.objects.all().delete()


def _drop_for_page(page) -> None:
    """The fragments of the page and of every page below it (a section's
    title is in its articles' summaries, its path in their paths), and those
    that show it (a link, a citation)."""
    PageFragment.objects.filter(
        Q(page__path__startswith=page.path) | Q(refs__contains=f",p{page.pk},")
    ).delete()


def _drop_refs(token: str) -> None:
    PageFragment.objects.filter(refs__contains=f",{token},").delete()


def _now_and_on_commit(drop) -> None:
    # Now, for this process's requests inside the transaction; again once it
    # commits, for fragments other processes built from the old state
    # meanwhile.
    drop()
    transaction.on_commit(drop)


def _on_page_changed(sender=None, instance=None, **kwargs):
    if kwargs.get("raw") or not isinstance(instance, Page) or not instance.path:
        return
    if kwargs.get("update_fields") and set(kwargs["update_fields"]) <= {
        "draft_title",
        "has_unpublished_changes",
        "latest_revision",
        "latest_revision_created_at",
        "locked",
        "locked_at",
        "locked_by",
        "wagtail_admin_comments",
        "comments",
    }:
        return
    path, pk = instance.path, instance.pk
    _now_and_on_commit(
        lambda: _drop_for_page(Page(pk=pk, path=path)),
    )


def _on_page_published(sender=None, instance=None, **kwargs):
    _on_page_changed(sender, instance, **kwargs)
    if type(instance) in SUMMARY_SERIALIZERS:
        pk = instance.pk
        transaction.on_commit(lambda: _write_published(pk))


def _write_published(pk: int) -> None:
    """A published page's fragments, for the origins readers have used."""
    page = Page.objects.filter(pk=pk).first()
    if page is None or page.specific_class not in SUMMARY_SERIALIZERS:
        return
    site = page.get_site()
    if site is None:
        return
    origins = (
        PageFragment.objects.order_by().values_list("origin", flat=True).distinct()
    )
    # A handful: the hosts the API is reached at (the public one, an internal
    # one); a rare origin's fragments are built on its first miss.
    for key in origins[:4]:
        try:
            parsed = _parse_origin(key)
        except DisallowedHost:
            continue  # a host no longer allowed
        if parsed is None:
            continue
        scheme, host, language = parsed
        try:
            with translation.override(language):
                rebuild(request_for(scheme, host), site, page.specific_class, [pk])
        except Exception:
            # Fragments are an optimisation: a reader's miss builds them.
            logger.exception("Could not write the fragments of page %s", pk)


def _on_page_moved(sender=None, instance=None, **kwargs):
    # Every path below the page changed, and so did links to any of them.
    _now_and_on_commit(drop_all)


def _on_image_changed(sender=None, instance=None, **kwargs):
    if kwargs.get("raw"):
        return
    pk = getattr(instance, "image_id", None) or instance.pk
    _now_and_on_commit(lambda: _drop_refs(f"i{pk}"))


def _dropper(prefix: str, field: str = "pk"):
    def handler(sender=None, instance=None, **kwargs):
        if kwargs.get("raw"):
            return
        value = getattr(instance, field)
        _now_and_on_commit(lambda: _drop_refs(f"{prefix}{value}"))

    return handler


def _on_everything_changed(sender=None, **kwargs):
    if kwargs.get("raw"):
        return
    _now_and_on_commit(drop_all)


def connect_signal_handlers() -> None:
    from taggit.models import Tag
    from wagtail.documents import get_document_model
    from wagtail.embeds.models import Embed
    from wagtail.images import get_image_model
    from wagtail.models import (
        Collection,
        CollectionViewRestriction,
        PageViewRestriction,
        Site,
    )
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from cms.images.models import CustomRendition
    from cms.portal.models import PortalSettings

    uid = "page-fragments"
    page_published.connect(_on_page_published, dispatch_uid=f"{uid}-published")
    page_unpublished.connect(_on_page_changed, dispatch_uid=f"{uid}-unpublished")
    post_page_move.connect(_on_page_moved, dispatch_uid=f"{uid}-moved")
    post_save.connect(_on_live_page_saved, dispatch_uid=f"{uid}-page-saved")
    post_delete.connect(_on_page_changed, dispatch_uid=f"{uid}-page-deleted")
    handlers = {
        get_image_model(): _on_image_changed,
        CustomRendition: _on_image_changed,
        get_document_model(): _dropper("d"),
        Tag: _dropper("t"),
        Embed: _dropper("e", "hash"),
    }
    for model in (
        Site,
        PortalSettings,
        Collection,
        CollectionViewRestriction,
        PageViewRestriction,
    ):
        handlers[model] = _on_everything_changed
    for model, handler in handlers.items():
        # weak=False: the handlers made by _dropper live nowhere else.
        post_save.connect(
            handler, sender=model, weak=False, dispatch_uid=f"{uid}-{model}-saved"
        )
        post_delete.connect(
            handler, sender=model, weak=False, dispatch_uid=f"{uid}-{model}-deleted"
        )


def _on_live_page_saved(sender=None, instance=None, **kwargs):
    # Direct edits of a live page (a script, a field set without a publish);
    # publishing is handled by its own signal, once the page is published.
    if isinstance(instance, Page) and instance.live:
        _on_page_changed(sender, instance, **kwargs)
