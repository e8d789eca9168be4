"""Keeps Wagtail's site-wide history report (the audit log) for leaders.

Wagtail shows that report to anyone who can explore pages, filtered to the pages
they can reach; here a reporter can reach the whole portal, so the report would
show them everyone's work. The report's views have no permission hook and are
routed before any app's admin URLs, so the check sits here, on the view names.
"""

from cms.core.admin_access import RestrictedViewsMiddleware

from .roles import VIEW_AUDIT_LOG


class AuditLogAccessMiddleware(RestrictedViewsMiddleware):
    view_names = frozenset(
        {
            "wagtailadmin_reports:site_history",
            "wagtailadmin_reports:site_history_results",
        }
    )

    def allows(self, user) -> bool:
        return user.has_perm(VIEW_AUDIT_LOG)
