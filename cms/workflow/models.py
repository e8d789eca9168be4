from django.db import models


class EditorialPermission(models.Model):
    """Carries permissions that belong to no table, the way Wagtail's own
    ``wagtailadmin.Admin`` carries ``access_admin``: no rows, no table."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [("view_audit_log", "Xem nhật ký hoạt động của toàn cổng")]
        verbose_name = "quyền biên tập"
        verbose_name_plural = "quyền biên tập"

    def __str__(self):
        return self._meta.verbose_name
