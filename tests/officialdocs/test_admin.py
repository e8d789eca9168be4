"""Entering official documents in the admin: the form, its checks, the
approval workflow, the lists the administrator extends."""

import pytest
from django.core.files.base import ContentFile
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from cms.core.text import ascii_slugify
from cms.officialdocs.models import (
    DocumentIndexPage,
    DocumentPage,
    DocumentSubject,
    DocumentType,
)
from cms.officialdocs.pdf import minimal_pdf
from cms.portal.provisioning import create_portal
from tests.factories import DocumentFactory, DocumentPageFactory
from tests.workflow.admin_actions import current_task_state, workflow_action

pytestmark = pytest.mark.django_db


def document_data(title, files, *, action=None, **fields):
    data = {
        "title": title,
        # The admin's script fills the slug in from the title as one types.
        "slug": ascii_slugify(title),
        "document_type": str(DocumentType.objects.get(name="Quyết định").pk),
        "number": "15/2025/QĐ-UBND",
        "issuer": "Ủy ban nhân dân tỉnh",
        "signer": "Chủ tịch Nguyễn Văn An",
        "issued_on": "2025-09-15",
        "effective_on": "2025-10-01",
        "status": "in_force",
        "replaced_by": "",
        "subjects": [],
        "files": inline_formset([{"document": str(f.pk)} for f in files], min=1),
        "seo_title": "",
        "search_description": "",
        "go_live_at": "",
        "expire_at": "",
        "comments": inline_formset([]),
    }
    data.update(fields)
    if action:
        data[f"action-{action}"] = "1"
    return nested_form_data(data)


def add_document(person, library, title, files, **fields):
    return person.post(
        f"/admin/pages/add/officialdocs/documentpage/{library.pk}/",
        document_data(title, files, **fields),
    )


def form_errors(response) -> str:
    form = response.context["form"]
    messages = [f"{name}: {e}" for name, errors in form.errors.items() for e in errors]
    for formset in form.formsets.values():
        for errors in formset.errors:
            messages += [str(e) for field in errors.values() for e in field]
    return " ".join(messages)


def test_the_types_and_fields_are_seeded():
    names = set(DocumentType.objects.values_list("name", flat=True))
    assert {"Quyết định", "Nghị quyết", "Kế hoạch", "Công văn", "Thông báo"} <= names
    assert {"Báo cáo", "Chỉ thị", "Tờ trình"} <= names
    assert DocumentSubject.objects.filter(name="Chuyển đổi số").exists()


def test_a_reporter_enters_a_document_and_it_goes_through_both_approvals(
    reporter, editor, leader, library
):
    title = "Về việc ban hành Kế hoạch chuyển đổi số năm 2025"
    response = add_document(
        reporter, library, title, [DocumentFactory()], action="submit"
    )
    assert response.status_code == 302, form_errors(response)
    page = DocumentPage.objects.get(title=title)
    assert not page.live
    assert page.reader_path == f"/van-ban/{page.pk}/"
    assert workflow_action(editor, page, "approve").status_code == 302
    assert not DocumentPage.objects.get(pk=page.pk).live
    assert current_task_state(page).task.name == "Lãnh đạo duyệt"
    assert workflow_action(leader, page, "approve").status_code == 302
    page = DocumentPage.objects.get(pk=page.pk)
    assert page.live
    assert page.search_number == " 15 2025 qd ubnd "


def test_replaced_needs_the_replacing_document(reporter, library):
    response = add_document(
        reporter, library, "Về việc A", [DocumentFactory()], status="replaced"
    )
    assert response.status_code == 200
    assert "chọn văn bản thay thế" in form_errors(response)


def test_the_replacing_link_is_only_for_a_replaced_document(reporter, library):
    newer = DocumentPageFactory(parent=library)
    response = add_document(
        reporter,
        library,
        "Về việc B",
        [DocumentFactory()],
        replaced_by=str(newer.pk),
    )
    assert response.status_code == 200
    assert "Chỉ chọn văn bản thay thế" in form_errors(response)


def test_the_replacing_link_must_be_a_document(reporter, library, home):
    response = add_document(
        reporter,
        library,
        "Về việc C",
        [DocumentFactory()],
        status="replaced",
        replaced_by=str(home.pk),
    )
    assert response.status_code == 200
    assert not DocumentPage.objects.filter(title="Về việc C").exists()


def test_a_document_cannot_replace_itself(library):
    page = DocumentPageFactory(parent=library)
    page.status, page.replaced_by = "replaced", page
    with pytest.raises(Exception, match="chính nó"):
        page.full_clean()


def test_a_renamed_program_is_refused_as_a_form_error(reporter, library):
    fake = DocumentFactory(file=ContentFile(b"MZ\x90\x00 program", name="qd.pdf"))
    response = add_document(reporter, library, "Về việc D", [fake])
    assert response.status_code == 200
    assert "không phải là tài liệu PDF" in form_errors(response)


def test_only_pdf_doc_and_docx_are_attached(reporter, library):
    sheet = DocumentFactory(file=ContentFile(b"a,b\n1,2\n", name="bang.csv"))
    response = add_document(reporter, library, "Về việc E", [sheet])
    assert response.status_code == 200
    assert "PDF, DOC, DOCX" in form_errors(response)


def test_a_file_over_the_limit_is_refused(reporter, library, settings):
    settings.OFFICIAL_DOCUMENT_MAX_SIZE = 100
    big = DocumentFactory(file=ContentFile(minimal_pdf(["x"] * 20), name="to.pdf"))
    response = add_document(reporter, library, "Về việc F", [big])
    assert response.status_code == 200
    assert "quá lớn" in form_errors(response)


def test_a_word_97_file_is_accepted(reporter, library):
    ole2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    doc = DocumentFactory(file=ContentFile(ole2, name="cong-van.doc"))
    response = add_document(reporter, library, "Về việc G", [doc])
    assert response.status_code == 302, form_errors(response)


def test_a_document_needs_a_file(reporter, library):
    response = add_document(reporter, library, "Về việc H", [])
    assert response.status_code == 200
    assert "ít nhất một tệp" in str(response.context["form"].non_field_errors())
    assert not DocumentPage.objects.filter(title="Về việc H").exists()


def test_a_new_portal_has_its_library():
    portal = create_portal(hostname="xa-moi.localhost", name="Xã Mới")
    library = Page.objects.child_of(portal.home).live().get()
    assert isinstance(library.specific, DocumentIndexPage)
    assert library.slug == "van-ban"
