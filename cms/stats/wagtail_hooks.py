from django.contrib.auth.models import Permission
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import (
    VIEW_STATISTICS,
    PageViewsReportView,
    StatisticsPanel,
    can_view_statistics,
)
from .rollup import PortalRollupView, can_see_every_portal


@hooks.register("construct_homepage_panels")
def add_statistics_panel(request, panels):
    if can_view_statistics(request.user):
        panels.append(StatisticsPanel())


@hooks.register("register_admin_urls")
def register_statistics_urls():
    return [
        path("stats/views/", PageViewsReportView.as_view(), name="stats_page_views"),
        path(
            "stats/views/results/",
            PageViewsReportView.as_view(results_only=True),
            name="stats_page_views_results",
        ),
        path("stats/portals/", PortalRollupView.as_view(), name="stats_portals"),
    ]


class StatisticsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_statistics(request.user)


@hooks.register("register_reports_menu_item")
def register_page_views_report_menu_item():
    return StatisticsMenuItem(
        "Lượt xem bài viết",
        reverse("stats_page_views"),
        name="page-views",
        icon_name="view",
        order=650,
    )


@hooks.register("register_permissions")
def register_statistics_permission():
    # Shown under "other permissions" when editing a group.
    app_label, codename = VIEW_STATISTICS.split(".")
    return Permission.objects.filter(
        content_type__app_label=app_label, codename=codename
    )


class RollupMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_every_portal(request.user)


@hooks.register("register_reports_menu_item")
def register_portal_rollup_menu_item():
    return RollupMenuItem(
        "Thống kê các cổng",
        reverse("stats_portals"),
        name="portal-statistics",
        icon_name="site",
        order=651,
    )
