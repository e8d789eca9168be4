from django.apps import AppConfig
from django.db.models.signals import post_migrate


class WorkflowConfig(AppConfig):
    name = "cms.workflow"
    label = "workflow"
    verbose_name = "Quy trình duyệt tin"

    def ready(self):
        from . import jobs, notifications, permissions
        from .scheduler import periodic_jobs

        periodic_jobs.register("publish_scheduled", jobs.publish_scheduled)
        notifications.connect()
        post_migrate.connect(
            permissions.complete_administrator_permissions,
            dispatch_uid="cms.workflow.complete_administrator_permissions",
        )
