"""Keeps the "Quản trị" group at "every permission" as apps come and go.

The data migration gives the group every permission that exists when it runs,
but on an empty database Django creates most permissions only after all
migrations (in ``post_migrate``), and apps added later bring new ones. So after
every ``migrate`` the group receives whatever permissions are missing. It only
ever adds: a permission removed from the group by hand stays removed until the
app that owns it is migrated again.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import DEFAULT_DB_ALIAS, router

from .roles import ADMINISTRATOR


def complete_administrator_permissions(
    sender, app_config=None, using=DEFAULT_DB_ALIAS, apps=global_apps, **kwargs
):
    if app_config is None or app_config.models_module is None:
        return
    try:
        Group = apps.get_model("auth", "Group")
        Permission = apps.get_model("auth", "Permission")
    except LookupError:
        return
    if not router.allow_migrate_model(using, Permission):
        return
    group = Group.objects.using(using).filter(name=ADMINISTRATOR).first()
    if group is None:
        return
    # This receiver may run before django.contrib.auth's for the same app (apps
    # are ready in INSTALLED_APPS order): create the app's permissions first.
    # create_permissions skips those that exist, so auth's own run is unaffected.
    create_permissions(app_config, verbosity=0, using=using, apps=apps)
    group.permissions.add(
        *Permission.objects.using(using)
        .filter(content_type__app_label=app_config.label)
        .values_list("pk", flat=True)
    )
