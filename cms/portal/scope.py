"""Which portals a person works in, as the admin's lists and choosers need it.

A portal's groups hold their page permissions on that portal's home page
(cms/portal/provisioning.py); the province's groups hold theirs on every
portal's home. So the pages someone's permissions are on say which portals'
trees are theirs: Wagtail's explorer and reports already keep to them, but its
page chooser lists the whole tree and its page types report names the latest
page edited anywhere.
"""

from django.db.models import Q
from wagtail.models import GroupPagePermission, Page, Site
from wagtail.permissions import policy_registry


def page_paths(user) -> list[str] | None:
    """The tree paths of the pages the user holds page permissions on; None
    for someone who sees every page (a superuser)."""
    if user.is_superuser:
        return None
    if not user.is_active:
        return []
    # Kept on the user for the request: the reports menu and the chooser
    # both ask on one page.
    cached = getattr(user, "_portal_page_paths", None)
    if cached is None:
        cached = sorted(
            set(
                GroupPagePermission.objects.filter(group__user=user).values_list(
                    "page__path", flat=True
                )
            )
        )
        user._portal_page_paths = cached
    return cached


def _covers(paths: list[str], path: str) -> bool:
    return any(path.startswith(prefix) for prefix in paths)


def explorable_root(user) -> Page | None:
    """The page under which ``user`` works (Wagtail's explorable root): their
    portal's home page for a commune's people, the tree's root for the
    province's; None for someone with no page rights."""
    return policy_registry.get_by_type(Page).explorable_root_instance(user)


def covers_every_portal(root: Page | None) -> bool:
    """Whether the pages under ``root`` include every portal's home page."""
    return root is not None and not (
        Site.objects.exclude(root_page__path__startswith=root.path).exists()
    )


def sees_every_portal(user) -> bool:
    """True for a superuser and for the province's editorial groups, whose
    permissions cover every portal's home page."""
    return covers_every_portal(explorable_root(user))


def choosable_pages(user) -> Q | None:
    """The pages the user may pick in the page chooser: those in their
    portals, and the pages above them to browse down from. None: every page."""
    if sees_every_portal(user):
        return None
    paths = page_paths(user)
    above = {
        path[:end]
        for path in paths
        for end in range(Page.steplen, len(path), Page.steplen)
    }
    under = Q(pk__in=[])
    for path in paths:
        under |= Q(path__startswith=path)
    return under | Q(path__in=above)
