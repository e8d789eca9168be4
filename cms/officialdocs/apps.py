from django.apps import AppConfig


class OfficialDocumentsConfig(AppConfig):
    name = "cms.officialdocs"
    # Not "documents": Wagtail's own documents app is "wagtaildocs".
    label = "officialdocs"
    verbose_name = "Văn bản"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from cms.core.generation import bump_content_generation

        from .models import DocumentSubject, DocumentType

        # Renaming a type or a field changes answers that name it.
        def changed(sender, raw=False, **kwargs):
            if not raw:
                bump_content_generation()

        for model in (DocumentType, DocumentSubject):
            post_save.connect(changed, sender=model, dispatch_uid=f"{model}-saved")
            post_delete.connect(changed, sender=model, dispatch_uid=f"{model}-gone")
