from django.http import Http404
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import DocumentFile, DocumentPage, DocumentSubject, DocumentType


class DocumentTypeViewSet(SnippetViewSet):
    model = DocumentType
    icon = "doc-full"
    menu_label = "Loại văn bản"
    list_display = ["name", "sort_order"]


class DocumentSubjectViewSet(SnippetViewSet):
    model = DocumentSubject
    icon = "tag"
    menu_label = "Lĩnh vực"


class DocumentListsGroup(SnippetViewSetGroup):
    items = (DocumentTypeViewSet, DocumentSubjectViewSet)
    menu_icon = "doc-full-inverse"
    menu_label = "Danh mục văn bản"
    menu_name = "officialdocs-lists"
    menu_order = 250


register_snippet(DocumentListsGroup)


def _files_of_drafts() -> set[int]:
    """The files the latest, unpublished revisions of documents attach: a file
    added in a draft of a published document has no row until it is
    published. Few documents have a draft at any time."""
    drafts = DocumentPage.objects.filter(
        has_unpublished_changes=True, latest_revision__isnull=False
    ).select_related("latest_revision")
    ids = set()
    for page in drafts.only("latest_revision__content"):
        for item in (page.latest_revision.content or {}).get("files") or []:
            if isinstance(item, dict) and isinstance(item.get("document"), int):
                ids.add(item["document"])
    return ids


def reader_may_download(document) -> bool:
    """A file attached to official documents is public only once one of them
    is: a draft decision's file is not downloadable by its address either."""
    pages = DocumentFile.objects.filter(document=document).values("page_id")
    if DocumentPage.objects.visible_to_readers().filter(pk__in=pages).exists():
        return True
    # Otherwise public only if no document attaches it (Wagtail's own rules).
    return not (pages.exists() or document.pk in _files_of_drafts())


@hooks.register("before_serve_document")
def refuse_unpublished_document_files(document, request):
    user = getattr(request, "user", None)
    if user is not None and user.has_perm("wagtailadmin.access_admin"):
        return None  # editors open the files of drafts they review
    if not reader_may_download(document):
        raise Http404("Không có tệp này.")
    return None
