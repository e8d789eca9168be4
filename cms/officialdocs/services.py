from .models import DocumentIndexPage


def ensure_document_index(home) -> DocumentIndexPage:
    """The portal's "Văn bản" library below ``home``, made and published if it
    has none yet."""
    index = DocumentIndexPage.objects.child_of(home).first()
    if index is None:
        index = home.add_child(
            instance=DocumentIndexPage(
                title="Văn bản",
                slug="van-ban",
                intro="Văn bản chỉ đạo, điều hành do cơ quan ban hành.",
            )
        )
        index.save_revision().publish()
    return index
