"""Keeps Wagtail's site-wide history report (the audit log) for leaders.

Wagtail shows that report to anyone who can explore pages, filtered to the pages
they can reach; here a reporter can reach the whole portal, so the report would
show them everyone's work. The report's views have no permission hook and are
routed before any app's admin URLs, so the check sits here, on the view names.
"""

from wagtail.admin.auth import permission_denied

from .roles import VIEW_AUDIT_LOG

AUDIT_LOG_VIEWS = frozenset(
    {"wagtailadmin_reports:site_history", "wagtailadmin_reports:site_history_results"}
)


class AuditLogAccessMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or match.view_name not in AUDIT_LOG_VIEWS:
            return None
        if request.user.is_authenticated and not request.user.has_perm(VIEW_AUDIT_LOG):
            return permission_denied(request)
        # Anonymous users go on to Wagtail's own login redirect.
        return None
