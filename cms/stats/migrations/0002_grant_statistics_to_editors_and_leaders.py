"""Editors and leaders see the statistics (dashboard panel, report); the
"Quản trị" group gets every permission anyway (cms/workflow/permissions.py).

The group names are written out rather than imported, so that this migration
keeps doing what it did when it was written.
"""

from django.db import migrations

GROUPS = ["Biên tập viên", "Lãnh đạo"]
PERMISSION = ("stats", "dailysitestats", "view_statistics", "Xem thống kê truy cập")


def _permission(apps):
    # On an empty database Django creates permissions only after the last
    # migration; create this one now (Django skips it later).
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    app_label, model, codename, name = PERMISSION
    content_type, _ = ContentType.objects.get_or_create(
        app_label=app_label, model=model
    )
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    permission = _permission(apps)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    app_label, _model, codename, _name = PERMISSION
    permission = Permission.objects.filter(
        content_type__app_label=app_label, codename=codename
    ).first()
    if permission is not None:
        for group in Group.objects.filter(name__in=GROUPS):
            group.permissions.remove(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("stats", "0001_initial"),
        ("workflow", "0002_editorial_roles_and_workflow"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
