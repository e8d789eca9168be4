from django.contrib.auth.models import Permission
from wagtail import hooks

from .roles import VIEW_AUDIT_LOG


@hooks.register("register_permissions")
def register_audit_log_permission():
    # Shown under "other permissions" when editing a group.
    app_label, codename = VIEW_AUDIT_LOG.split(".")
    return Permission.objects.filter(
        content_type__app_label=app_label, codename=codename
    )


@hooks.register("construct_reports_menu")
def hide_site_history_without_permission(request, menu_items):
    if not request.user.has_perm(VIEW_AUDIT_LOG):
        menu_items[:] = [item for item in menu_items if item.name != "site-history"]
