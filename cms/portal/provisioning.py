"""Creating a portal in one step: the province's administrator names a host, a
name and a unit, and gets a portal ready to use.

A portal is a Wagtail Site with its own home page, portal settings and media
collection, three editorial groups that can work only inside it (Phóng viên,
Biên tập viên, Lãnh đạo of that portal) and its own two-step approval workflow,
whose steps notify only that portal's approvers. The province's own groups (the
ones cms/workflow's migration made, named by the bare role) keep working in
every portal.
"""

import re
from dataclasses import dataclass

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from cms.core.text import ascii_slugify
from cms.officialdocs.services import ensure_document_index
from cms.sections.models import HomePage
from cms.workflow.roles import (
    COLLECTION_ACTIONS,
    EDITOR,
    EDITOR_TASK,
    LEADER,
    LEADER_TASK,
    PAGE_ACTIONS,
)

from .models import PortalSettings

# A host name as DNS allows it (letters, digits, hyphens; dot-separated labels).
HOST = re.compile(
    r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$"
)


@dataclass(frozen=True)
class Portal:
    site: Site
    home: HomePage
    collection: Collection
    groups: dict  # role -> Group
    workflow: Workflow


def group_name(role: str, portal_name: str) -> str:
    return f"{role} – {portal_name}"


def validate_host(host: str) -> str:
    host = host.strip().lower().rstrip(".")
    if not HOST.match(host):
        raise ValidationError(
            {
                "hostname": f"“{host}” không phải tên miền hợp lệ "
                "(ví dụ xa-a.tinh.gov.vn)."
            }
        )
    if Site.objects.filter(hostname=host).exists():
        raise ValidationError({"hostname": f"Đã có cổng thông tin ở “{host}”."})
    return host


def validate_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValidationError({"name": "Nhập tên cổng thông tin."})
    if Group.objects.filter(
        name__in=[group_name(role, name) for role in PAGE_ACTIONS]
    ).exists():
        raise ValidationError({"name": f"Đã có cổng thông tin tên “{name}”."})
    return name


def validate_parent(parent: Site | None) -> Site | None:
    """A commune's portal belongs to a province's: one without a parent, and
    open."""
    if parent is None:
        return None
    settings = PortalSettings.for_site(parent)
    if not settings.is_province:
        raise ValidationError(
            {"parent": f"“{parent.hostname}” là cổng cấp xã, không nhận cổng con."}
        )
    return parent


def province_site() -> Site | None:
    """The portal a new commune portal belongs to unless told otherwise: the
    default site, if it is a province's."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None or not PortalSettings.for_site(site).is_province:
        return None
    return site


def _page_permission(action: str) -> Permission:
    return Permission.objects.get(
        content_type=ContentType.objects.get_for_model(Page),
        codename=f"{action}_page",
    )


def _media_permissions(actions: list[str]) -> list[Permission]:
    permissions = []
    for app_label, model in (("wagtailimages", "image"), ("wagtaildocs", "document")):
        permissions += Permission.objects.filter(
            content_type__app_label=app_label,
            codename__in=[f"{action}_{model}" for action in actions],
        )
    return permissions


@transaction.atomic
def create_portal(
    *, hostname: str, name: str, unit: str = "", parent: Site | None = None
) -> Portal:
    """Create a portal with everything it needs; ``parent`` is the province's
    portal for a commune's, None for a province's own. Raises ValidationError
    (with the field at fault) for a host or name already taken or malformed,
    or a parent that is not a province's portal."""
    hostname = validate_host(hostname)
    name = validate_name(name)
    parent = validate_parent(parent)

    root = Page.get_first_root_node()
    home = HomePage(title=name, slug=_free_slug(root, ascii_slugify(name) or "cong"))
    root.add_child(instance=home)
    home.save_revision().publish()
    ensure_document_index(home)

    site = Site.objects.create(
        hostname=hostname, port=80, root_page=home, site_name=name
    )
    settings = PortalSettings.for_site(site)
    settings.name, settings.unit, settings.parent = name, unit, parent
    settings.save()

    collection = Collection.get_first_root_node().add_child(name=name)

    admin_access = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    # Editors and leaders see their portal's statistics (cms/stats/admin_views).
    view_statistics = Permission.objects.get(
        content_type__app_label="stats", codename="view_statistics"
    )
    groups = {}
    for role, actions in PAGE_ACTIONS.items():
        group = Group.objects.create(name=group_name(role, name))
        group.permissions.add(admin_access)
        if role in (EDITOR, LEADER):
            group.permissions.add(view_statistics)
        if role == LEADER:
            # Leaders keep their portal's organisation (cms/organisation).
            group.permissions.add(
                *Permission.objects.filter(content_type__app_label="organisation")
            )
        GroupPagePermission.objects.bulk_create(
            GroupPagePermission(
                group=group, page=home, permission=_page_permission(action)
            )
            for action in actions
        )
        GroupCollectionPermission.objects.bulk_create(
            GroupCollectionPermission(
                group=group, collection=collection, permission=permission
            )
            for permission in _media_permissions(COLLECTION_ACTIONS[role])
        )
        groups[role] = group

    # The province's editorial groups work in every portal.
    for role, actions in PAGE_ACTIONS.items():
        province_group = Group.objects.filter(name=role).first()
        if province_group is None:
            continue
        for action in actions:
            GroupPagePermission.objects.get_or_create(
                group=province_group, page=home, permission=_page_permission(action)
            )

    workflow = Workflow.objects.create(name=f"Duyệt tin hai cấp – {name}", active=True)
    for sort_order, (task_name, role) in enumerate(
        [(EDITOR_TASK, EDITOR), (LEADER_TASK, LEADER)]
    ):
        task = GroupApprovalTask.objects.create(name=f"{task_name} – {name}")
        task.groups.set([groups[role]])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=sort_order)
    WorkflowPage.objects.create(page=home, workflow=workflow)

    return Portal(site, home, collection, groups, workflow)


def _free_slug(parent: Page, base: str) -> str:
    taken = set(parent.get_children().values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug
