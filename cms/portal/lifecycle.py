"""A portal's life after it is created: renamed, moved to another host name,
closed (its content kept, hidden from readers and the API) and reopened.

The province's administrator does these in the admin (cms/portal/admin_views.py)
or with `manage.py close_portal`; each raises ValidationError naming the field
at fault, and changes nothing then.
"""

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone
from wagtail.models import Collection, Site, Task, Workflow

from cms.workflow.roles import EDITOR_TASK, LEADER_TASK, PAGE_ACTIONS, WORKFLOW

from .models import PortalSettings
from .provisioning import group_name, validate_host, validate_name


@transaction.atomic
def rename_portal(site: Site, name: str) -> None:
    """The portal's name, and with it its collection's, its groups', its
    workflow's and its steps' (they carry the name: cms/portal/provisioning.py)."""
    settings = PortalSettings.for_site(site)
    old = site.site_name or settings.name
    name = " ".join(name.split())
    if name == old:
        return
    name = validate_name(name)
    for role in PAGE_ACTIONS:
        Group.objects.filter(name=group_name(role, old)).update(
            name=group_name(role, name)
        )
    Workflow.objects.filter(name=f"{WORKFLOW} – {old}").update(
        name=f"{WORKFLOW} – {name}"
    )
    for task_name in (EDITOR_TASK, LEADER_TASK):
        Task.objects.filter(name=f"{task_name} – {old}").update(
            name=f"{task_name} – {name}"
        )
    collection = Collection.objects.filter(name=old, depth=2).first()
    if collection is not None:
        collection.name = name
        collection.save(update_fields=["name"])
    site.site_name = name
    site.save(update_fields=["site_name"])
    settings.name = name
    settings.save(update_fields=["name"])


def change_host(site: Site, hostname: str) -> None:
    hostname = hostname.strip().lower().rstrip(".")
    if hostname == site.hostname:
        return
    site.hostname = validate_host(hostname)
    site.save(update_fields=["hostname"])


def close_portal(site: Site, redirect_url: str = "") -> None:
    """Hide the portal from readers and the API: its addresses answer 410, or
    send readers to ``redirect_url``. Nothing is deleted; editors keep working
    in the admin."""
    if site.is_default_site:
        raise ValidationError(
            {
                "state": "Không đóng được cổng mặc định: nó trả lời mọi địa chỉ "
                "chưa có cổng. Chọn cổng khác làm mặc định trước."
            }
        )
    redirect_url = redirect_url.strip()
    if redirect_url:
        try:
            URLValidator(schemes=["http", "https"])(redirect_url)
        except ValidationError as exc:
            raise ValidationError(
                {"redirect_url": "Nhập một địa chỉ đầy đủ, bắt đầu bằng https://"}
            ) from exc
    settings = PortalSettings.for_site(site)
    settings.closed_at = settings.closed_at or timezone.now()
    settings.redirect_url = redirect_url
    settings.save(update_fields=["closed_at", "redirect_url"])


def reopen_portal(site: Site) -> None:
    settings = PortalSettings.for_site(site)
    settings.closed_at = None
    settings.redirect_url = ""
    settings.save(update_fields=["closed_at", "redirect_url"])
