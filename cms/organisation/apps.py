from django.apps import AppConfig


class OrganisationConfig(AppConfig):
    name = "cms.organisation"
    verbose_name = "Cơ cấu tổ chức"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from cms.core.generation import _on_content_change

        from .models import Official, OrganisationUnit

        # Readers see these: an edit retires every cached answer, as a publish
        # does (cms/core/generation.py).
        for model in (OrganisationUnit, Official):
            uid = f"content-generation-{model._meta.label}"
            post_save.connect(_on_content_change, sender=model, dispatch_uid=uid)
            post_delete.connect(
                _on_content_change, sender=model, dispatch_uid=f"{uid}-deleted"
            )
