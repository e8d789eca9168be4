"""What editors and leaders see in the admin: a dashboard panel (one portal's
figures, a 30-day chart, the most read), a report of views per article, and
the province's roll-up of every portal's figures (rollup.py)."""

from datetime import timedelta

import django_filters
from django.db.models import F
from django.urls import reverse
from django.utils.functional import cached_property
from wagtail.admin.auth import permission_denied
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page

from cms.portal.scope import covers_every_portal, explorable_root
from cms.portal.sites import Portal, find_for_request, site_map

from . import services
from .chart import VIEWS_COLOUR, VISITORS_COLOUR, daily_chart
from .hits import local_day

VIEW_STATISTICS = "stats.view_statistics"
CHART_DAYS = 30
TOP_ARTICLES = 10


def can_view_statistics(user) -> bool:
    return user.has_perm(VIEW_STATISTICS)


def statistics_portals(user) -> list[Portal]:
    """The portals whose statistics ``user`` may see: every open portal for
    those who work in every portal (the province's editors, leaders and
    administrator), a commune editor's own portal only, none without page
    rights."""
    scope = explorable_root(user)
    if scope is None:
        return []
    if covers_every_portal(scope):
        return site_map().portals()
    own = site_map().portal_of(scope.path)
    return [own] if own is not None else []


def chosen_portal(request, portals: list[Portal]) -> Portal | None:
    """The portal of ``portals`` the request asks for (``?portal=<site id>``),
    else the admin's own host's, else the first. A portal the user may not see
    is never chosen, whatever the request says."""
    if not portals:
        return None
    by_id = {portal.site_id: portal for portal in portals}
    asked = request.GET.get("portal", "")
    if asked.isdigit() and int(asked) in by_id:
        return by_id[int(asked)]
    own_host = find_for_request(request)
    if own_host is not None and own_host.pk in by_id:
        return by_id[own_host.pk]
    return portals[0]


def news_page_models():
    from cms.articles.models import ArticlePage
    from cms.photostories.models import PhotoStoryPage

    return (ArticlePage, PhotoStoryPage)


class StatisticsPanel(Component):
    name = "statistics"
    template_name = "stats/dashboard_panel.html"
    # After the workflow panels (what needs doing), before recent edits.
    order = 210

    class Media:
        css = {"all": ["stats/dashboard.css"]}

    def render_html(self, parent_context=None):
        if not can_view_statistics(parent_context["request"].user):
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context=None):
        request = parent_context["request"]
        today = local_day()
        portals = statistics_portals(request.user)
        portal = chosen_portal(request, portals)
        # One portal's figures: a commune's editors see only their own
        # portal's; the province's choose the portal.
        days, figures, ranking = [], None, []
        if portal is not None:
            days = services.daily_figures(
                today - timedelta(days=CHART_DAYS - 1), today, portal.site_id
            )
            figures = services.site_figures(portal.site_id)
            ranking = services.most_read(
                CHART_DAYS, TOP_ARTICLES, site=site_map().site(portal.site_id)
            )
        titles = dict(
            Page.objects.filter(pk__in=[pk for pk, _ in ranking]).values_list(
                "pk", "title"
            )
        )
        return {
            "portal": portal,
            # A choice only for those who may see more than one portal.
            "portals": portals if len(portals) > 1 else [],
            "figures": figures,
            "days": days,
            "chart": daily_chart(
                days, f"Lượt xem và khách truy cập {CHART_DAYS} ngày qua"
            ),
            "chart_days": CHART_DAYS,
            "views_colour": VIEWS_COLOUR,
            "visitors_colour": VISITORS_COLOUR,
            "most_read": [
                {
                    "title": titles.get(pk, ""),
                    "views": views,
                    "edit_url": reverse("wagtailadmin_pages:edit", args=[pk]),
                }
                for pk, views in ranking
            ],
            "report_url": reverse("stats_page_views"),
            "rollup_url": reverse("stats_portals") if len(portals) > 1 else "",
        }


class VietnameseNumberColumn(NumberColumn):
    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["value"] = f"{context['raw_value'] or 0:,}".replace(",", ".")
        return context


class PageViewsFilterSet(WagtailFilterSet):
    """The report's filters: the portal, offered only to those who work in
    more than one (``portals``); a commune's editors are kept to their own
    portal by the report's queryset, with nothing to choose."""

    portal = django_filters.ChoiceFilter(
        label="Cổng thông tin", empty_label="Mọi cổng", method="in_portal"
    )

    class Meta:
        model = Page
        fields = []

    def __init__(self, *args, portals: list[Portal] = (), **kwargs):
        super().__init__(*args, **kwargs)
        if len(portals) > 1:
            self.filters["portal"].extra["choices"] = [
                (str(portal.site_id), portal.name) for portal in portals
            ]
        else:
            del self.filters["portal"]

    def in_portal(self, queryset, name, value):
        # Portals' home pages are siblings (cms/portal/provisioning.py), so a
        # portal's pages are those under its root.
        portal = site_map().portal(int(value))
        if portal is None:
            return queryset.none()
        return queryset.filter(path__startswith=portal.root_path)


class PageViewsReportView(ReportView):
    """Every article and photo story with its views over 7 and 30 days and in
    total, most viewed first; exportable as CSV or Excel like Wagtail's own
    reports (the export keeps the chosen filters). Of the user's own portal,
    or, for those who work in every portal, of every portal or the one they
    choose."""

    page_title = "Lượt xem bài viết"
    header_icon = "view"
    index_url_name = "stats_page_views"
    index_results_url_name = "stats_page_views_results"
    results_template_name = "wagtailadmin/generic/listing_results.html"
    default_ordering = "-views_total"
    paginate_by = 50
    filterset_class = PageViewsFilterSet
    list_export = ["title", "views_7", "views_30", "views_total"]
    export_headings = {
        "title": "Tiêu đề",
        "views_7": "7 ngày",
        "views_30": "30 ngày",
        "views_total": "Tổng lượt xem",
    }

    def dispatch(self, request, *args, **kwargs):
        if not can_view_statistics(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "title",
                label="Tiêu đề",
                url_name="wagtailadmin_pages:edit",
                sort_key="title",
            ),
            Column("kind", label="Loại", accessor=lambda page: page.kind, width="10%"),
            DateColumn(
                "first_published_at",
                label="Đăng lần đầu",
                sort_key="first_published_at",
            ),
            VietnameseNumberColumn("views_7", label="7 ngày", sort_key="views_7"),
            VietnameseNumberColumn("views_30", label="30 ngày", sort_key="views_30"),
            VietnameseNumberColumn(
                "views_total", label="Tổng lượt xem", sort_key="views_total"
            ),
        ]

    @cached_property
    def scope(self) -> Page | None:
        return explorable_root(self.request.user)

    @cached_property
    def every_portal(self) -> bool:
        return covers_every_portal(self.scope)

    def get_filterset_kwargs(self):
        portals = site_map().portals() if self.every_portal else []
        return {**super().get_filterset_kwargs(), "portals": portals}

    def get_queryset(self):
        today = local_day()
        scope = self.scope
        pages = Page.objects.none() if scope is None else Page.objects.all()
        if scope is not None and not self.every_portal:
            pages = pages.descendant_of(scope, inclusive=True)
        self.queryset = (
            pages.type(*news_page_models())
            .select_related("content_type")
            .annotate(
                views_7=services.view_count_expression(today - timedelta(days=6)),
                views_30=services.view_count_expression(today - timedelta(days=29)),
                views_total=services.view_count_expression(),
            )
        )
        return super().get_queryset()

    def order_queryset(self, queryset):
        queryset = super().order_queryset(queryset)
        # Ties (often 0 views) in a stable order, newest first.
        return queryset.order_by(
            *queryset.query.order_by,
            F("first_published_at").desc(nulls_last=True),
            "-pk",
        )

    def decorate_paginated_queryset(self, object_list):
        for page in object_list:
            page.kind = page.content_type.model_class()._meta.verbose_name.capitalize()
        return object_list
