"""The newsroom's editorial roles and its two-step approval workflow, so that every
installation has them after `migrate`.

Groups (page permissions on every portal home page, image and document
permissions on the root collection, admin access for all):
- Phóng viên: writes articles and edits their own, uploads and chooses images
  and documents, submits for review; cannot publish, unpublish, or delete
  anything published.
- Biên tập viên: edits any article; acts on the first step of the workflow.
- Lãnh đạo: publishes and unpublishes, locks and unlocks, acts on the final
  step, sees the site-wide audit log.
- Quản trị: every permission, users included (cms/workflow/permissions.py keeps
  it complete as apps add permissions).

Workflow "Duyệt tin hai cấp": "Biên tập duyệt" (Biên tập viên) then "Lãnh đạo
duyệt" (Lãnh đạo), on every portal home page, so it covers the whole tree.
Wagtail's own sample set-up (the "Moderators approval" workflow and the empty
"Moderators" and "Editors" groups) is removed.

Safe to run again: everything is looked up before it is created. Reversing
removes the groups, the tasks and the workflow (deactivating rather than
deleting a workflow or task that has history).
"""

from django.db import migrations

REPORTER = "Phóng viên"
EDITOR = "Biên tập viên"
LEADER = "Lãnh đạo"
ADMINISTRATOR = "Quản trị"

WORKFLOW = "Duyệt tin hai cấp"
TASKS = [("Biên tập duyệt", EDITOR), ("Lãnh đạo duyệt", LEADER)]

ALL_PAGE_ACTIONS = ["add", "bulk_delete", "change", "lock", "publish", "unlock"]
PAGE_ACTIONS = {
    REPORTER: ["add"],
    EDITOR: ["add", "change"],
    LEADER: ["add", "change", "lock", "publish", "unlock"],
}
# Wagtail checks image and document permissions against its own Image and
# Document models (even with a custom image model), per collection. "add" also
# lets a user edit and delete what they uploaded themselves.
COLLECTION_ACTIONS = {
    REPORTER: ["add", "choose"],
    EDITOR: ["add", "change", "choose"],
    LEADER: ["add", "change", "choose", "delete"],
    ADMINISTRATOR: ["add", "change", "choose", "delete"],
}
MEDIA_MODELS = [("wagtailimages", "image"), ("wagtaildocs", "document")]
ADMIN_ACCESS = ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin")
AUDIT_LOG = (
    "workflow",
    "editorialpermission",
    "view_audit_log",
    "Xem nhật ký hoạt động của toàn cổng",
)
GLOBAL_PERMISSIONS = {
    REPORTER: [ADMIN_ACCESS],
    EDITOR: [ADMIN_ACCESS],
    LEADER: [ADMIN_ACCESS, AUDIT_LOG],
}

WAGTAIL_SAMPLE_WORKFLOW = "Moderators approval"
WAGTAIL_SAMPLE_GROUPS = ["Moderators", "Editors"]


def _permission(apps, app_label, model, codename, name=None):
    # On an empty database most permissions are only created after the last
    # migration, so create what we grant (Django skips existing ones later).
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(
        app_label=app_label, model=model
    )
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": name or f"Can {codename.replace('_', ' ')}"},
    )
    return permission


def _page_permission(apps, action):
    return _permission(apps, "wagtailcore", "page", f"{action}_page")


def _portal_home_pages(apps):
    HomePage = apps.get_model("sections", "HomePage")
    Page = apps.get_model("wagtailcore", "Page")
    return list(Page.objects.filter(pk__in=HomePage.objects.values("pk")))


def _ensure_groups(apps):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model(
        "wagtailcore", "GroupCollectionPermission"
    )

    groups = {
        name: Group.objects.get_or_create(name=name)[0]
        for name in (REPORTER, EDITOR, LEADER, ADMINISTRATOR)
    }
    home_pages = _portal_home_pages(apps)
    root_page = Page.objects.filter(depth=1).order_by("path").first()
    root_collection = Collection.objects.filter(depth=1).order_by("path").first()

    for name, actions in PAGE_ACTIONS.items():
        for page in home_pages:
            for action in actions:
                GroupPagePermission.objects.get_or_create(
                    group=groups[name],
                    page=page,
                    permission=_page_permission(apps, action),
                )
    if root_page is not None:
        # The administrators' reach starts above the portal: they may add sites.
        for action in ALL_PAGE_ACTIONS:
            GroupPagePermission.objects.get_or_create(
                group=groups[ADMINISTRATOR],
                page=root_page,
                permission=_page_permission(apps, action),
            )

    if root_collection is not None:
        for name, actions in COLLECTION_ACTIONS.items():
            for app_label, model in MEDIA_MODELS:
                for action in actions:
                    GroupCollectionPermission.objects.get_or_create(
                        group=groups[name],
                        collection=root_collection,
                        permission=_permission(
                            apps, app_label, model, f"{action}_{model}"
                        ),
                    )

    for name, permissions in GLOBAL_PERMISSIONS.items():
        groups[name].permissions.add(
            *(_permission(apps, *permission) for permission in permissions)
        )
    _permission(apps, *ADMIN_ACCESS)
    _permission(apps, *AUDIT_LOG)
    groups[ADMINISTRATOR].permissions.add(*Permission.objects.all())
    return groups


def _ensure_workflow(apps, groups):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    task_content_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    workflow, _ = Workflow.objects.get_or_create(
        name=WORKFLOW, defaults={"active": True}
    )
    for sort_order, (task_name, group_name) in enumerate(TASKS):
        task = GroupApprovalTask.objects.filter(name=task_name).first()
        if task is None:
            task = GroupApprovalTask.objects.create(
                name=task_name, content_type=task_content_type, active=True
            )
            task.groups.set([groups[group_name]])
        WorkflowTask.objects.get_or_create(
            workflow=workflow, task=task, defaults={"sort_order": sort_order}
        )
    for page in _portal_home_pages(apps):
        WorkflowPage.objects.update_or_create(
            page=page, defaults={"workflow": workflow}
        )


def _retire_workflow(apps, workflow):
    """Delete a workflow and the tasks only it uses, or deactivate them where
    content went through them (their history must stay readable)."""
    Task = apps.get_model("wagtailcore", "Task")
    TaskState = apps.get_model("wagtailcore", "TaskState")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")

    WorkflowPage.objects.filter(workflow=workflow).delete()
    WorkflowContentType.objects.filter(workflow=workflow).delete()
    tasks = list(Task.objects.filter(workflow_tasks__workflow=workflow))
    if WorkflowState.objects.filter(workflow=workflow).exists():
        workflow.active = False
        workflow.save(update_fields=["active"])
    else:
        workflow.delete()
    for task in tasks:
        if task.workflow_tasks.exists():
            continue  # still used by another workflow
        if TaskState.objects.filter(task=task).exists():
            task.active = False
            task.save(update_fields=["active"])
        else:
            task.delete()


def _remove_wagtail_sample_setup(apps):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")

    for workflow in Workflow.objects.filter(name=WAGTAIL_SAMPLE_WORKFLOW):
        _retire_workflow(apps, workflow)
    # English groups with publishing rights over the whole tree invite mistakes
    # ("add her to Moderators"); remove them unless someone is a member.
    Group.objects.filter(name__in=WAGTAIL_SAMPLE_GROUPS, user__isnull=True).delete()


def create_roles_and_workflow(apps, schema_editor):
    _remove_wagtail_sample_setup(apps)
    groups = _ensure_groups(apps)
    _ensure_workflow(apps, groups)


def remove_roles_and_workflow(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")

    for workflow in Workflow.objects.filter(name=WORKFLOW):
        _retire_workflow(apps, workflow)
    Group.objects.filter(name__in=[REPORTER, EDITOR, LEADER, ADMINISTRATOR]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("workflow", "0001_initial"),
        ("sections", "0002_create_homepage"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0095_groupsitepermission"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [
        migrations.RunPython(create_roles_and_workflow, remove_roles_and_workflow)
    ]
