"""Keeps Wagtail's page types report for those who see every portal.

The report counts the pages of each type in the whole tree and names the page
of each type edited last, whichever portal it is in: for a commune's editors
that is another commune's drafts. Its views have no permission hook and are
routed before any app's admin URLs, so the check sits here, on the view names
(as cms/workflow/middleware.py does for the audit log).
"""

from wagtail.admin.auth import permission_denied

from .scope import sees_every_portal

PAGE_TYPES_VIEWS = frozenset(
    {
        "wagtailadmin_reports:page_types_usage",
        "wagtailadmin_reports:page_types_usage_results",
    }
)


class PageTypesReportAccessMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or match.view_name not in PAGE_TYPES_VIEWS:
            return None
        if request.user.is_authenticated and not sees_every_portal(request.user):
            return permission_denied(request)
        return None
