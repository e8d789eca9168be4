"""Builds each answer of the API: loads what it shows through the querysets of
cms/, then hands it to the serializer that describes it. The views only
validate parameters and cache."""

import datetime

from rest_framework.exceptions import NotFound, ValidationError
from taggit.models import Tag
from wagtail.models import Page

from cms.articles.models import ArticlePage
from cms.core.models import reader_pages
from cms.core.search import ReaderQuery, SearchTimeout
from cms.core.search import search as search_index
from cms.images.models import CustomImage
from cms.officialdocs.models import DocumentPage
from cms.organisation.models import Official, OrganisationUnit
from cms.photostories.models import PhotoStoryPage
from cms.portal import sites
from cms.portal.models import PortalSettings
from cms.sections.models import SectionPage

from . import fragments, richtext
from .errors import SearchBusy
from .pagination import paginate, paginate_newest_first
from .serializers import (
    PAGE_ANSWERS,
    ArticleListSerializer,
    DocumentDetailSerializer,
    DocumentFacetsSerializer,
    DocumentListSerializer,
    OrganisationSerializer,
    PhotoStoryListSerializer,
    PortalListSerializer,
    SearchResultListSerializer,
    SectionTreeAnswerSerializer,
    SiteSerializer,
    TagDetailSerializer,
)
from .snippets import snippet

NEWS_MODELS = {
    ArticlePage: ArticleListSerializer,
    PhotoStoryPage: PhotoStoryListSerializer,
}


def cache_params(params: dict) -> dict:
    """Validated parameters as plain JSON values (for cache keys and links)."""
    return {
        name: value.isoformat() if isinstance(value, datetime.date) else value
        for name, value in params.items()
    }


def news_list(request, site, model, params: dict) -> dict:
    # The page's ids first, from the date index alone; then its summaries, so
    # that nothing is annotated or joined for rows the page does not show.
    section = None
    if params.get("section"):
        section = SectionPage.objects.get(pk=params["section"])
    listing = model.objects.visible_to_readers().listed_in(site, section)
    if params.get("tag"):
        listing = listing.tagged(params["tag"])
    listing = listing.published_between(params.get("date_from"), params.get("date_to"))
    params = cache_params(params)
    identity = [model._meta.label, site.pk] + [
        params.get(name) for name in ("section", "tag", "date_from", "date_to")
    ]
    ids, envelope = paginate_newest_first(
        request, listing.listed_newest_first(), params, "display_date", identity
    )
    # The summaries are the serializer's own output, kept per page
    # (api/fragments.py): the envelope is serialised here, its results there.
    context = {"request": request, "site": site}
    answer = NEWS_MODELS[model]({**envelope, "results": []}, context=context).data
    answer["results"] = fragments.summaries(request, site, model, ids)
    return answer


def _related_articles(site, page) -> list:
    ids = [link.article_id for link in page.related_links.all()]
    if not ids:
        return []
    found = (
        ArticlePage.objects.for_readers(site)
        .for_summaries()
        .exclude(pk=page.pk)
        .in_bulk(ids)
    )
    return [found[pk] for pk in dict.fromkeys(ids) if pk in found]


def _detail_context(request, site, page) -> dict:
    """What a page's detail serializer needs beside the page."""
    context = {"request": request, "site": site}
    if isinstance(page, ArticlePage):
        context["related"] = _related_articles(site, page)
    return context


def news_detail(request, site, model, pk) -> dict:
    # The detail serializer's output, kept per page (api/fragments.py), with
    # the view count and the related articles read for this request.
    answer = fragments.detail(request, site, model, pk)
    if answer is None:
        raise NotFound(f"Không có {model._meta.verbose_name} này.")
    return answer


def page_answer(request, site, page) -> dict:
    """The by-path and preview shape: ``{"type", "page"}``."""
    serializer = PAGE_ANSWERS.get(type(page))
    if serializer is None:
        raise NotFound()
    return serializer(page, context=_detail_context(request, site, page)).data


def page_by_path(request, site, path: str) -> dict:
    path = path if path.endswith("/") else path + "/"
    url_path = site.root_page.url_path + path.lstrip("/")
    found = (
        reader_pages()
        .visible_to_readers()
        .in_site(site)
        .filter(url_path=url_path)
        .only("pk", "content_type")
        .first()
    )
    if found is None:
        raise NotFound("Không có trang nào ở đường dẫn này.")
    model = found.specific_class
    if model in NEWS_MODELS:
        page = model.objects.for_readers(site).for_details().get(pk=found.pk)
    else:
        page = model.objects.get(pk=found.pk)
    return page_answer(request, site, page)


def section_tree(site) -> dict:
    sections = (
        SectionPage.objects.visible_to_readers()
        .in_site(site)
        .order_by("path")
        .only(
            "pk", "title", "url_path", "path", "intro", "show_on_home", "show_in_menus"
        )
    )
    root_path = site.root_page.path
    placed, top = {}, []
    for section in sections:
        section.tree_children = []
        parent_path = section.path[: -Page.steplen]
        if parent_path == root_path:
            top.append(section)
        elif parent_path in placed:
            placed[parent_path].tree_children.append(section)
        else:
            continue  # below a section readers may not see
        placed[section.path] = section
    return SectionTreeAnswerSerializer({"results": top}).data


def tag_detail(site, slug: str) -> dict:
    tag = Tag.objects.filter(slug=slug).first()
    if tag is None:
        raise NotFound("Không có từ khóa này.")
    counts = {
        model: model.objects.visible_to_readers().listed_in(site).tagged(slug).count()
        for model in (ArticlePage, PhotoStoryPage)
    }
    if not any(counts.values()):
        raise NotFound("Không có từ khóa này.")
    tag.article_count = counts[ArticlePage]
    tag.photo_story_count = counts[PhotoStoryPage]
    return TagDetailSerializer(tag).data


def site_info(request, site) -> dict:
    portal = PortalSettings.objects.filter(site=site).first() or PortalSettings(
        site=site
    )
    portal.reader_logo = _reader_image(portal.logo_id)
    portal.reader_share_image = _reader_image(portal.share_image_id)
    return SiteSerializer(portal, context={"request": request}).data


def _reader_image(pk: int | None):
    """The image, with its renditions, if readers may see it."""
    if pk is None:
        return None
    images = CustomImage.objects.visible_to_readers().prefetch_reader_renditions()
    return images.filter(pk=pk).first()


def search(request, site, params: dict) -> dict:
    query = ReaderQuery.parse(params["q"])
    if query is None:
        raise ValidationError({"q": ["Từ khóa cần có ít nhất một chữ hoặc số."]})
    every_portal = params.get("scope") == "all"
    try:
        found = search_index(site, query, every_portal=every_portal)
    except SearchTimeout as exc:
        raise SearchBusy from exc
    ranked = found.hits
    page_hits, envelope = paginate(request, ranked, cache_params(params))
    # A result is the page's summary, as lists show it (api/fragments.py),
    # with a snippet cut from its texts for this query: the serializer of the
    # envelope, and of each result's shape, describes exactly that.
    loaded, texts = {}, {}
    for model in NEWS_MODELS:
        pks = [hit.pk for hit in page_hits if hit.model is model]
        if pks:
            # The hits are what readers of the portal may see (the search
            # checked, as a list's ids query does).
            summaries = fragments.summaries(request, site, model, pks)
            loaded[model] = {item["id"]: item for item in summaries}
            texts[model] = fragments.snippet_texts(request, model, list(loaded[model]))
    results = []
    for hit in page_hits:
        item = loaded.get(hit.model, {}).get(hit.pk)
        if item is None:
            continue  # unpublished between the two queries
        item["snippet"] = snippet(texts[hit.model][hit.pk], query.folded)
        results.append(item)
    context = {"request": request, "site": site}
    answer = SearchResultListSerializer(
        {**envelope, "count_is_estimate": found.more, "results": []},
        context=context,
    ).data
    answer["results"] = results
    return answer


def portal_list() -> dict:
    portals = sites.site_map().portals()
    return PortalListSerializer({"count": len(portals), "results": portals}).data


# Official documents ------------------------------------------------------------


def document_list(request, site, params: dict) -> dict:
    listing = DocumentPage.objects.visible_to_readers().in_site(site)
    if params.get("type"):
        listing = listing.of_type(params["type"])
    if params.get("subject"):
        listing = listing.in_subject(params["subject"])
    if params.get("issuer"):
        listing = listing.issued_by(params["issuer"])
    if params.get("year"):
        listing = listing.issued_in(params["year"])
    if params.get("status"):
        listing = listing.with_status(params["status"])
    count, more = None, False
    if params.get("q"):
        # A search is cut to its newest matches (filters applied before the
        # cut): the count and the page then read those ids, not every match.
        matches, more = listing.newest_matches(params["q"], site)
        listing, count = DocumentPage.objects.filter(pk__in=matches), len(matches)
    params = cache_params(params)
    identity = ["documents", site.pk] + [
        params.get(name)
        for name in ("q", "type", "subject", "issuer", "year", "status")
    ]
    ids, envelope = paginate_newest_first(
        request, listing.newest_first(), params, "sort_date", identity, count=count
    )
    found = DocumentPage.objects.filter(pk__in=ids).for_summaries().in_bulk(ids)
    items = [found[pk] for pk in ids if pk in found]
    return DocumentListSerializer(
        {**envelope, "count_is_estimate": more, "results": items},
        context={"request": request},
    ).data


def document_detail(request, site, pk: int) -> dict:
    page = DocumentPage.objects.for_readers(site).for_details().filter(pk=pk).first()
    if page is None:
        raise NotFound("Không có văn bản này.")
    visible = DocumentPage.objects.for_readers(site)
    page.reader_replaced_by = (
        visible.filter(pk=page.replaced_by_id).first() if page.replaced_by_id else None
    )
    page.reader_replaces = list(visible.filter(replaced_by=page))
    return DocumentDetailSerializer(page, context={"request": request}).data


def document_facets(site) -> dict:
    facets = DocumentPage.objects.visible_to_readers().in_site(site).facets()
    return DocumentFacetsSerializer(facets).data


def _in_language(record, lang: str, fields: dict) -> dict:
    """``fields`` (answer name -> model field) in ``lang``: the English field
    where filled, else the Vietnamese, noted in ``untranslated``."""
    shown, untranslated = {}, []
    for name, field in fields.items():
        value = getattr(record, field)
        english = getattr(record, f"{field}_en") if lang == "en" else ""
        if lang == "en" and not english.strip() and value.strip():
            untranslated.append(name)
        shown[name] = english if english.strip() else value
    shown["untranslated"] = untranslated
    return shown


def organisation(site, lang: str) -> dict:
    """The portal's organisation chart, its officials and its contacts, in
    Vietnamese or English (cms/organisation)."""
    portal = PortalSettings.objects.filter(site=site).first() or PortalSettings(
        site=site
    )
    units = list(OrganisationUnit.objects.in_site(site).order_by("sort_order", "pk"))
    officials = list(
        Official.objects.in_site(site).order_by("sort_order", "name", "pk")
    )
    by_unit = {unit.pk: [] for unit in units}
    complete = True
    for official in officials:
        official.display = _in_language(official, lang, {"position": "position"})
        complete = complete and not official.display["untranslated"]
        by_unit.get(official.unit_id, []).append(official)
    children = {unit.pk: [] for unit in units}
    top = []
    for unit in units:
        shown = _in_language(unit, lang, {"name": "name", "functions": "functions"})
        shown["functions"] = richtext.sanitise_rich_text(shown["functions"])
        shown["officials"] = by_unit[unit.pk]
        shown["children"] = children[unit.pk]
        unit.display = shown
        complete = complete and not shown["untranslated"]
        if unit.parent_id in children:
            children[unit.parent_id].append(unit)
        else:
            top.append(unit)
    return OrganisationSerializer(
        {
            "lang": lang,
            "complete": complete,
            "portal": portal,
            "units": top,
            "officials": officials,
        }
    ).data
