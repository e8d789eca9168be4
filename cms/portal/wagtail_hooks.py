from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem

from . import proposals, scope
from .admin_views import (
    CreatePortalView,
    DecideProposalView,
    EditPortalView,
    PortalListView,
    ProposalListView,
    ProposeView,
    can_create_portals,
)


@hooks.register("register_admin_urls")
def register_portal_urls():
    return [
        path("portals/", PortalListView.as_view(), name="portal_list"),
        path("portals/new/", CreatePortalView.as_view(), name="portal_create"),
        path("portals/<int:site_id>/", EditPortalView.as_view(), name="portal_edit"),
        path(
            "portals/propose/<int:page_id>/",
            ProposeView.as_view(),
            name="portal_propose",
        ),
        path("portals/proposals/", ProposalListView.as_view(), name="portal_proposals"),
        path(
            "portals/proposals/<int:proposal_id>/accept/",
            DecideProposalView.as_view(accept=True),
            name="portal_proposal_accept",
        ),
        path(
            "portals/proposals/<int:proposal_id>/decline/",
            DecideProposalView.as_view(accept=False),
            name="portal_proposal_decline",
        ),
    ]


class CreatePortalMenuItem(MenuItem):
    def is_shown(self, request):
        return can_create_portals(request.user)


@hooks.register("register_settings_menu_item")
def register_create_portal_menu_item():
    return CreatePortalMenuItem(
        "Cổng thông tin", reverse("portal_list"), icon_name="site", order=150
    )


class ProposeButton(PageMenuItem):
    label = "Đề xuất lên cổng tỉnh"
    icon_name = "upload"
    url_name = "portal_propose"
    priority = 55

    def is_shown(self, user):
        return proposals.can_propose(user, self.page)


@hooks.register("register_page_header_buttons")
def propose_header_button(page, user, view_name=None, next_url=None):
    yield ProposeButton(page=page)


@hooks.register("register_page_listing_more_buttons")
def propose_listing_button(page, user, next_url=None):
    yield ProposeButton(page=page)


class ProposalsMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(
            proposals.decidable_provinces(request.user)
            or proposals.visible_proposals(request.user).exists()
        )


@hooks.register("register_admin_menu_item")
def register_proposals_menu_item():
    return ProposalsMenuItem(
        "Tin đề xuất lên tỉnh",
        reverse("portal_proposals"),
        icon_name="upload",
        order=250,
    )


@hooks.register("construct_page_chooser_queryset")
def choose_only_pages_of_ones_portals(pages, request):
    # Wagtail's chooser lists the whole tree, whatever one's permissions.
    choosable = scope.choosable_pages(request.user)
    return pages if choosable is None else pages.filter(choosable)


@hooks.register("construct_reports_menu")
def hide_page_types_report_from_communes(request, menu_items):
    if not scope.sees_every_portal(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "page-types-usage"]
