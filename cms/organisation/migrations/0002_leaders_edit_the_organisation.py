"""The province's administrators and leaders, and every commune's leaders,
keep their portal's organisation (cms/portal/provisioning.py grants the same to
the leaders of portals created later). Literal names: a migration keeps doing
what it did when it was written."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations
from django.db.models import Q

ACTIONS = ("add", "change", "delete", "view")
MODELS = ("organisationunit", "official")


def grant(apps, schema_editor):
    # Permissions are made after all migrations: make this app's now.
    app_config = global_apps.get_app_config("organisation")
    app_config.models_module = app_config.models_module or True
    create_permissions(app_config, verbosity=0, apps=global_apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="organisation",
        codename__in=[f"{a}_{m}" for a in ACTIONS for m in MODELS],
    )
    groups = Group.objects.filter(
        Q(name__in=["Quản trị", "Lãnh đạo"]) | Q(name__startswith="Lãnh đạo – ")
    )
    for group in groups:
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("organisation", "0001_initial"),
        ("workflow", "0002_editorial_roles_and_workflow"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
