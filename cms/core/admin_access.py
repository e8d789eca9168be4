"""Admin views that Wagtail gives no permission hook, refused by name.

Some of Wagtail's reports are routed before any app's admin URLs and check
only that a person may use the admin; an app that needs a stricter rule for one
of them says which views and who may open them, and a middleware built on
``RestrictedViewsMiddleware`` applies it before the view runs.
"""

from wagtail.admin.auth import permission_denied


class RestrictedViewsMiddleware:
    view_names: frozenset[str] = frozenset()

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def allows(self, user) -> bool:
        raise NotImplementedError

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or match.view_name not in self.view_names:
            return None
        if request.user.is_authenticated and not self.allows(request.user):
            return permission_denied(request)
        # Anonymous users go on to Wagtail's own login redirect.
        return None
