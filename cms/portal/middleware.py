"""Keeps Wagtail's page types report for those who see every portal.

The report counts the pages of each type in the whole tree and names the page
of each type edited last, whichever portal it is in: for a commune's editors
that is another commune's drafts. Its views have no permission hook and are
routed before any app's admin URLs, so the check sits here, on the view names
(as cms/workflow/middleware.py does for the audit log).
"""

from cms.core.admin_access import RestrictedViewsMiddleware

from .scope import sees_every_portal


class PageTypesReportAccessMiddleware(RestrictedViewsMiddleware):
    view_names = frozenset(
        {
            "wagtailadmin_reports:page_types_usage",
            "wagtailadmin_reports:page_types_usage_results",
        }
    )

    def allows(self, user) -> bool:
        return sees_every_portal(user)
