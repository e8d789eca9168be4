from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import (
    CreatePortalView,
    EditPortalView,
    PortalListView,
    can_create_portals,
)


@hooks.register("register_admin_urls")
def register_portal_urls():
    return [
        path("portals/", PortalListView.as_view(), name="portal_list"),
        path("portals/new/", CreatePortalView.as_view(), name="portal_create"),
        path("portals/<int:site_id>/", EditPortalView.as_view(), name="portal_edit"),
    ]


class CreatePortalMenuItem(MenuItem):
    def is_shown(self, request):
        return can_create_portals(request.user)


@hooks.register("register_settings_menu_item")
def register_create_portal_menu_item():
    return CreatePortalMenuItem(
        "Cổng thông tin", reverse("portal_list"), icon_name="site", order=150
    )
