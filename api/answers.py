"""Builds each answer of the API from the querysets of cms/ and the serializers:
the views only validate parameters and cache."""

import datetime

from django.conf import settings
from rest_framework.exceptions import NotFound, ValidationError
from taggit.models import Tag
from wagtail.models import Page

from cms.articles.models import ArticlePage
from cms.core.models import reader_pages
from cms.core.search import MAX_RESULTS, ReaderQuery, rank
from cms.images.models import CustomImage
from cms.photostories.models import PhotoStoryPage
from cms.portal.models import PortalSettings
from cms.sections.models import HomePage, SectionPage

from . import serializers as s
from .pagination import paginate
from .snippets import snippet

NEWS_MODELS = {
    ArticlePage: (s.ArticleSummarySerializer, s.ArticleSearchResultSerializer),
    PhotoStoryPage: (
        s.PhotoStorySummarySerializer,
        s.PhotoStorySearchResultSerializer,
    ),
}


def cache_params(params: dict) -> dict:
    """Validated parameters as plain JSON values (for cache keys and links)."""
    return {
        name: value.isoformat() if isinstance(value, datetime.date) else value
        for name, value in params.items()
    }


def news_list(request, site, model, params: dict) -> dict:
    pages = model.objects.for_readers(site)
    if params.get("section"):
        pages = pages.in_section(SectionPage.objects.get(pk=params["section"]))
    if params.get("tag"):
        pages = pages.tagged(params["tag"])
    pages = pages.published_between(params.get("date_from"), params.get("date_to"))
    items, envelope = paginate(request, pages.for_summaries(), cache_params(params))
    serializer = NEWS_MODELS[model][0]
    context = {"request": request, "site": site}
    return {**envelope, "results": serializer(items, many=True, context=context).data}


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


def article_detail(request, site, page) -> dict:
    context = {
        "request": request,
        "site": site,
        "related": _related_articles(site, page),
    }
    return s.ArticleDetailSerializer(page, context=context).data


def photo_story_detail(request, site, page) -> dict:
    context = {"request": request, "site": site}
    return s.PhotoStoryDetailSerializer(page, context=context).data


def news_detail(request, site, model, pk) -> dict:
    page = model.objects.for_readers(site).for_details().filter(pk=pk).first()
    if page is None:
        raise NotFound(_missing(model))
    if model is ArticlePage:
        return article_detail(request, site, page)
    return photo_story_detail(request, site, page)


def _missing(model) -> str:
    return f"Không có {model._meta.verbose_name} này."


def page_answer(request, site, page) -> dict:
    """The by-path shape: ``{"type", "page"}``."""
    if isinstance(page, ArticlePage):
        return {"type": "article", "page": article_detail(request, site, page)}
    if isinstance(page, PhotoStoryPage):
        return {"type": "photo_story", "page": photo_story_detail(request, site, page)}
    if isinstance(page, SectionPage):
        return {"type": "section", "page": s.SectionDetailSerializer(page).data}
    if isinstance(page, HomePage):
        return {"type": "home", "page": s.HomeDetailSerializer(page).data}
    raise NotFound()


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
    nodes, top = {}, []
    for section in sections:
        node = {
            "id": section.pk,
            "title": section.title,
            "path": section.reader_path,
            "intro": section.intro,
            "show_on_home": section.show_on_home,
            "show_in_menus": section.show_in_menus,
            "children": [],
        }
        parent_path = section.path[: -Page.steplen]
        if parent_path == root_path:
            top.append(node)
        elif parent_path in nodes:
            nodes[parent_path]["children"].append(node)
        else:
            continue  # below a section readers may not see
        nodes[section.path] = node
    return {"results": top}


def tag_detail(site, slug: str) -> dict:
    tag = Tag.objects.filter(slug=slug).first()
    if tag is None:
        raise NotFound("Không có từ khóa này.")
    counts = {
        model: model.objects.visible_to_readers().in_site(site).tagged(slug).count()
        for model in (ArticlePage, PhotoStoryPage)
    }
    if not any(counts.values()):
        raise NotFound("Không có từ khóa này.")
    return {
        "name": tag.name,
        "slug": tag.slug,
        "article_count": counts[ArticlePage],
        "photo_story_count": counts[PhotoStoryPage],
    }


def site_info(request, site) -> dict:
    portal = PortalSettings.objects.filter(site=site).first() or PortalSettings(
        site=site
    )
    logo = None
    if portal.logo_id:
        logo = (
            CustomImage.objects.visible_to_readers()
            .prefetch_reader_renditions()
            .filter(pk=portal.logo_id)
            .first()
        )
    home = site.root_page.specific
    return {
        "name": portal.name,
        "unit": portal.unit,
        "logo": s.image_data(logo, {"request": request}),
        "share_image": s.image_data(
            _reader_image(portal.share_image_id), {"request": request}
        ),
        "address": portal.address,
        "phone": portal.phone,
        "email": portal.email,
        "footer_text": portal.footer_text,
        "social": {
            "facebook": portal.facebook_url,
            "zalo": portal.zalo_url,
            "youtube": portal.youtube_url,
        },
        "home": {"title": home.title, "intro": getattr(home, "intro", "")},
        "admin_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/admin/",
    }


def _reader_image(pk: int | None):
    if pk is None:
        return None
    images = CustomImage.objects.visible_to_readers().prefetch_reader_renditions()
    return images.filter(pk=pk).first()


def search(request, site, params: dict) -> dict:
    query = ReaderQuery.parse(params["q"])
    if query is None:
        raise ValidationError({"q": ["Từ khóa cần có ít nhất một chữ hoặc số."]})
    hits = []
    for model in NEWS_MODELS:
        pages = model.objects.visible_to_readers().in_site(site)
        hits += pages.search_hits(query, MAX_RESULTS)
    ranked = rank(hits)[:MAX_RESULTS]
    page_hits, envelope = paginate(request, ranked, cache_params(params))
    loaded = {}
    for model in NEWS_MODELS:
        pks = [hit.pk for hit in page_hits if hit.model is model]
        if pks:
            pages = model.objects.for_readers(site).for_search_results()
            loaded[model] = pages.in_bulk(pks)
    context = {"request": request, "site": site}
    results = []
    for hit in page_hits:
        page = loaded.get(hit.model, {}).get(hit.pk)
        if page is None:
            continue  # unpublished between the two queries
        page.search_snippet = snippet(page.snippet_texts(), query.folded)
        serializer = NEWS_MODELS[hit.model][1]
        results.append(serializer(page, context=context).data)
    return {**envelope, "results": results}
