from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import CreatePortalView, can_create_portals


@hooks.register("register_admin_urls")
def register_portal_urls():
    return [path("portals/new/", CreatePortalView.as_view(), name="portal_create")]


class CreatePortalMenuItem(MenuItem):
    def is_shown(self, request):
        return can_create_portals(request.user)


@hooks.register("register_settings_menu_item")
def register_create_portal_menu_item():
    return CreatePortalMenuItem(
        "Tạo cổng thông tin", reverse("portal_create"), icon_name="site", order=150
    )
