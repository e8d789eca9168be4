"""The usual kinds of documents and fields of a provincial or commune
portal; the administrator adds more under Danh mục văn bản."""

from django.db import migrations

TYPES = [
    "Quyết định",
    "Nghị quyết",
    "Chỉ thị",
    "Kế hoạch",
    "Công văn",
    "Thông báo",
    "Báo cáo",
    "Tờ trình",
    "Hướng dẫn",
    "Quy chế",
]
SUBJECTS = [
    "Chuyển đổi số",
    "Đất đai",
    "Giáo dục",
    "Nông nghiệp",
    "Tài chính – Ngân sách",
    "Tổ chức – Cán bộ",
    "Văn hóa – Xã hội",
    "Xây dựng",
    "Y tế",
]


def seed(apps, schema_editor):
    DocumentType = apps.get_model("officialdocs", "DocumentType")
    DocumentSubject = apps.get_model("officialdocs", "DocumentSubject")
    for order, name in enumerate(TYPES, start=1):
        DocumentType.objects.get_or_create(
            name=name, defaults={"sort_order": order * 10}
        )
    for name in SUBJECTS:
        DocumentSubject.objects.get_or_create(name=name)


class Migration(migrations.Migration):
    dependencies = [("officialdocs", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
