"""News flowing up: a commune's editor or leader proposes a live article (or
photo story) of their portal to the province's portal; the province's editors
accept or decline it. Accepted, the article is listed by the province (its "Tin cơ sở"
section, its lists, search and feeds: ``in_portal`` in cms/core/models.py)
while its one page stays in the commune's tree.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.mail import send_mail
from wagtail.models import Page, Site

from cms.core.generation import bump_content_generation
from cms.core.search_index import index_pages

from .models import NewsProposal, PortalSettings


def site_of(page: Page) -> Site | None:
    """The portal whose tree holds ``page`` (the deepest home page above it)."""
    steps = len(page.path) // Page.steplen
    ancestors = [page.path[: Page.steplen * n] for n in range(1, steps + 1)]
    return (
        Site.objects.filter(root_page__path__in=ancestors)
        .order_by("-root_page__depth")
        .select_related("root_page")
        .first()
    )


def province_of(portal: Site) -> Site | None:
    settings = PortalSettings.objects.filter(site=portal).first()
    return settings.parent if settings is not None else None


def _actions(user, page: Page) -> set[str]:
    """The page actions (add, change, publish, …) ``user`` holds on ``page``
    through their groups."""
    return getattr(page.permissions_for_user(user), "permissions", set())


def _is_proposable(page: Page) -> bool:
    """A live news page: an article or a photo story (both list in the
    province's "Tin cơ sở" through ``in_portal``)."""
    from cms.core.models import NewsPage

    return page.live and issubclass(page.specific_class or Page, NewsPage)


def can_propose(user, page: Page) -> bool:
    """A commune's editors and leaders (those who may change the page), for a
    live article of a commune's portal."""
    if not user.is_active or not _is_proposable(page):
        return False
    portal = site_of(page)
    if portal is None or province_of(portal) is None:
        return False
    if user.is_superuser:
        return True
    return bool({"change", "publish"} & _actions(user, page))


def can_decide(user, province: Site) -> bool:
    """The province's editors and leaders: who may change its home page."""
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    return bool({"change", "publish"} & _actions(user, province.root_page))


def decidable_provinces(user) -> list[Site]:
    provinces = Site.objects.filter(portalsettings__parent__isnull=True).select_related(
        "root_page"
    )
    return [site for site in provinces if can_decide(user, site)]


def visible_proposals(user):
    """What a person sees in the proposals screen: those sent to a province
    they decide for, and those of the portals whose home page they may work
    on (their own commune's); never another commune's."""
    provinces = decidable_provinces(user)
    portals = [
        site
        for site in Site.objects.select_related("root_page")
        if user.is_superuser or _actions(user, site.root_page)
    ]
    return (
        NewsProposal.objects.filter(province__in=provinces)
        | NewsProposal.objects.filter(portal__in=portals)
    ).select_related("page", "portal", "province", "proposed_by", "decided_by")


@transaction.atomic
def propose(page: Page, user) -> NewsProposal:
    if not can_propose(user, page):
        raise PermissionDenied
    portal = site_of(page)
    province = province_of(portal)
    proposal = NewsProposal.objects.filter(page=page, province=province).first()
    if proposal is not None and proposal.status != NewsProposal.DECLINED:
        raise ValidationError("Bài này đã được đề xuất lên cổng tỉnh.")
    if proposal is None:
        proposal = NewsProposal(page=page, province=province)
    proposal.portal = portal
    proposal.status = NewsProposal.PENDING
    proposal.proposed_by = user
    proposal.proposed_at = timezone.now()
    proposal.decided_by, proposal.decided_at, proposal.reason = None, None, ""
    proposal.save()
    notify_province_editors(proposal)
    return proposal


@transaction.atomic
def decide(proposal: NewsProposal, user, accept: bool, reason: str = ""):
    if not can_decide(user, proposal.province):
        raise PermissionDenied
    if proposal.status != NewsProposal.PENDING:
        raise ValidationError("Đề xuất này đã được quyết định.")
    proposal.status = NewsProposal.ACCEPTED if accept else NewsProposal.DECLINED
    proposal.decided_by = user
    proposal.decided_at = timezone.now()
    proposal.reason = reason.strip()
    proposal.save()
    if accept:
        # The province's search finds it from now on; its lists at once.
        page = proposal.page.specific
        if page.live:
            index_pages([page])
        bump_content_generation()
    return proposal


def province_editors(province: Site):
    """People with editing rights on the province's home page itself (its
    editors and leaders, not the administrators above the tree)."""
    return (
        get_user_model()
        .objects.filter(
            is_active=True,
            groups__page_permissions__page_id=province.root_page_id,
            groups__page_permissions__permission__codename__in=[
                "change_page",
                "publish_page",
            ],
        )
        .exclude(email="")
        .distinct()
    )


def notify_province_editors(proposal: NewsProposal) -> None:
    """Mail the province's editors that a commune proposed an article, with
    Wagtail's email settings (as cms/workflow/notifications.py does)."""
    recipients = [user.email for user in province_editors(proposal.province)]
    if not recipients:
        return
    base_url = getattr(settings, "WAGTAILADMIN_BASE_URL", "")
    context = {
        "proposal": proposal,
        "portal_name": proposal.portal.site_name or proposal.portal.hostname,
        "review_url": base_url + reverse("portal_proposals"),
    }
    subject = f"Tin đề xuất từ {context['portal_name']}: “{proposal.page.title}”"
    send_mail(
        subject,
        render_to_string("portal/proposal_email.txt", context),
        recipients,
    )
