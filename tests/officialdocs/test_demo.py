from wagtail.models import Collection

from cms.officialdocs.demo import DOCUMENTS, load_documents
from cms.officialdocs.files import sniffed_type
from cms.officialdocs.models import DocumentPage


def test_the_demo_documents_are_published_once_with_real_pdfs(home):
    collection = Collection.get_first_root_node()
    assert load_documents(home, collection) == len(DOCUMENTS) >= 12
    assert load_documents(home, collection) == 0
    documents = DocumentPage.objects.live()
    assert documents.count() == len(DOCUMENTS)
    assert documents.values("document_type").distinct().count() >= 6
    replaced = documents.get(number="8/2025/QĐ-UBND")
    assert replaced.status == "replaced"
    assert replaced.replaced_by.number == "15/2025/QĐ-UBND"
    for page in documents:
        (attached,) = page.files.all()
        with attached.document.file.open("rb") as f:
            assert sniffed_type(f) == "pdf"
        assert attached.document.file_size > 200
        page.full_clean()  # every demo document passes the editor's checks
