"""The demo's official documents: a dozen of several types, with numbers as a
fictional province (Hòa Sơn) and its communes would issue them after the 2025
reorganisation (province and communes, no district), each with a small PDF
made here. Running it again changes nothing."""

import datetime

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from cms.core.text import ascii_slugify

from .models import DocumentFile, DocumentPage, DocumentSubject, DocumentType
from .pdf import minimal_pdf
from .services import ensure_document_index

PROVINCE = "Ủy ban nhân dân tỉnh Hòa Sơn"
COUNCIL = "Hội đồng nhân dân tỉnh Hòa Sơn"
COMMUNE = "Ủy ban nhân dân xã Tân Lập"

# (type, number, issuer, signer, issued, effective, summary, subject)
DOCUMENTS = [
    (
        "Quyết định",
        "15/2025/QĐ-UBND",
        PROVINCE,
        "Chủ tịch Trần Minh Quang",
        "2025-08-12",
        "2025-09-01",
        "Về việc ban hành Quy chế quản lý, vận hành Cổng thông tin điện tử tỉnh",
        "Chuyển đổi số",
    ),
    (
        "Quyết định",
        "8/2025/QĐ-UBND",
        PROVINCE,
        "Chủ tịch Trần Minh Quang",
        "2025-07-03",
        "2025-07-15",
        "Về việc quy định tạm thời quản lý Cổng thông tin điện tử tỉnh",
        "Chuyển đổi số",
    ),
    (
        "Nghị quyết",
        "12/2025/NQ-HĐND",
        COUNCIL,
        "Chủ tịch Lê Thị Hạnh",
        "2025-07-20",
        "2025-08-01",
        "Quy định mức hỗ trợ phát triển sản xuất nông nghiệp hàng hóa giai đoạn "
        "2025–2030",
        "Nông nghiệp",
    ),
    (
        "Kế hoạch",
        "215/KH-UBND",
        PROVINCE,
        "Phó Chủ tịch Phạm Đức Long",
        "2025-09-05",
        None,
        "Triển khai Đề án phát triển ứng dụng dữ liệu dân cư, định danh và xác "
        "thực điện tử năm 2025",
        "Chuyển đổi số",
    ),
    (
        "Chỉ thị",
        "03/CT-UBND",
        PROVINCE,
        "Chủ tịch Trần Minh Quang",
        "2025-09-18",
        "2025-09-18",
        "Về tăng cường công tác phòng, chống thiên tai mùa mưa bão năm 2025",
        "Nông nghiệp",
    ),
    (
        "Công văn",
        "1820/UBND-VX",
        PROVINCE,
        "Phó Chủ tịch Nguyễn Thu Trang",
        "2025-10-02",
        None,
        "Về việc tổ chức các hoạt động hưởng ứng Tháng hành động vì người cao tuổi",
        "Văn hóa – Xã hội",
    ),
    (
        "Thông báo",
        "96/TB-UBND",
        PROVINCE,
        "Chánh Văn phòng Hoàng Văn Bình",
        "2025-10-10",
        None,
        "Lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân tỉnh quý IV năm 2025",
        "Tổ chức – Cán bộ",
    ),
    (
        "Báo cáo",
        "402/BC-UBND",
        PROVINCE,
        "Phó Chủ tịch Phạm Đức Long",
        "2025-10-15",
        None,
        "Tình hình kinh tế – xã hội 9 tháng đầu năm và nhiệm vụ trọng tâm quý IV "
        "năm 2025",
        "Tài chính – Ngân sách",
    ),
    (
        "Quyết định",
        "27/QĐ-UBND",
        COMMUNE,
        "Chủ tịch Đỗ Văn Hùng",
        "2025-08-25",
        "2025-08-25",
        "Về việc kiện toàn Ban chỉ đạo chuyển đổi số xã Tân Lập",
        "Chuyển đổi số",
    ),
    (
        "Kế hoạch",
        "45/KH-UBND",
        COMMUNE,
        "Phó Chủ tịch Vũ Thị Mai",
        "2025-09-12",
        None,
        "Tổ chức khai giảng năm học 2025–2026 trên địa bàn xã Tân Lập",
        "Giáo dục",
    ),
    (
        "Thông báo",
        "18/TB-UBND",
        COMMUNE,
        "Chủ tịch Đỗ Văn Hùng",
        "2025-10-20",
        None,
        "Về việc thu hồi đất để thực hiện dự án đường giao thông nông thôn thôn Đông",
        "Đất đai",
    ),
    (
        "Tờ trình",
        "61/TTr-UBND",
        COMMUNE,
        "Chủ tịch Đỗ Văn Hùng",
        "2025-11-03",
        None,
        "Đề nghị phê duyệt dự toán ngân sách xã năm 2026",
        "Tài chính – Ngân sách",
    ),
]
# The temporary rule of July was replaced by the regulation of August.
REPLACEMENTS = {"8/2025/QĐ-UBND": "15/2025/QĐ-UBND"}


def load_documents(home, collection) -> int:
    """The demo's documents below ``home``, their files in ``collection``;
    returns how many were created."""
    library = ensure_document_index(home)
    created = 0
    by_number = {}
    for kind, number, issuer, signer, issued, effective, summary, subject in DOCUMENTS:
        page = DocumentPage.objects.child_of(library).filter(number=number).first()
        if page is None:
            page = _document(
                library,
                collection,
                kind,
                number,
                issuer,
                signer,
                issued,
                effective,
                summary,
                subject,
            )
            created += 1
        by_number[number] = page
    for old, new in REPLACEMENTS.items():
        page = by_number[old]
        if page.replaced_by_id != by_number[new].pk:
            page.status = DocumentPage.Status.REPLACED
            page.replaced_by = by_number[new]
            page.save_revision().publish()
    return created


def _document(
    library,
    collection,
    kind,
    number,
    issuer,
    signer,
    issued,
    effective,
    summary,
    subject,
):
    document_type, _ = DocumentType.objects.get_or_create(name=kind)
    title = f"{kind} {number}"
    pdf = minimal_pdf(
        [
            issuer.upper(),
            f"So: {number}",
            f"{kind}: {summary}",
            f"Ngay ban hanh: {issued}",
            signer,
            "(Ban dien tu dung cho trang mau)",
        ]
    )
    name = ascii_slugify(f"{kind} {number}") + ".pdf"
    file = get_document_model()(title=title, collection=collection)
    file.file.save(name, ContentFile(pdf), save=False)
    file.file_size = len(pdf)
    file.save()
    page = DocumentPage(
        title=summary,
        document_type=document_type,
        number=number,
        issuer=issuer,
        signer=signer,
        issued_on=datetime.date.fromisoformat(issued),
        effective_on=datetime.date.fromisoformat(effective) if effective else None,
        files=[DocumentFile(document=file)],
    )
    library.add_child(instance=page)
    found = DocumentSubject.objects.filter(name=subject).first()
    if found is not None:
        page.subjects.add(found)
    page.save_revision().publish()
    return page
