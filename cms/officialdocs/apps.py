from django.apps import AppConfig


class OfficialDocumentsConfig(AppConfig):
    name = "cms.officialdocs"
    # Not "documents": Wagtail's own documents app is "wagtaildocs".
    label = "officialdocs"
    verbose_name = "Văn bản"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from cms.core import search_index as reader_search_index
        from cms.core.generation import bump_content_generation

        from . import search_index
        from .models import DocumentSubject, DocumentType

        search_index.connect_signal_handlers()
        reader_search_index.register_index(
            reader_search_index.OtherIndex(
                name="Chỉ mục văn bản",
                unit="văn bản",
                count=search_index.count_to_index,
                rebuild=search_index.rebuild,
            )
        )

        # Renaming a type or a field changes answers that name it.
        def changed(sender, raw=False, **kwargs):
            if not raw:
                bump_content_generation()

        for model in (DocumentType, DocumentSubject):
            post_save.connect(changed, sender=model, dispatch_uid=f"{model}-saved")
            post_delete.connect(changed, sender=model, dispatch_uid=f"{model}-gone")
