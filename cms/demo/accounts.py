"""Demo accounts for trying the admin locally: the province's (one per role,
and the administrator) and, for each commune portal, its own three. They are
created only where DEBUG is on, and their passwords are public (README), so
never in production."""

from dataclasses import dataclass


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    full_name: str
    role: str
    group: str | None  # Wagtail group name; None for the superuser
    is_superuser: bool = False


DEMO_ACCOUNTS = [
    DemoAccount(
        "admin", "quantri-demo-2026", "Quản trị Hệ thống", "Quản trị", None, True
    ),
    # One per editorial role; the groups come from cms/workflow's migration.
    DemoAccount(
        "phongvien", "viettin-demo-2026", "Nguyễn Thị Lan", "Phóng viên", "Phóng viên"
    ),
    DemoAccount(
        "bientap",
        "duyettin-demo-2026",
        "Lê Văn Minh",
        "Biên tập viên",
        "Biên tập viên",
    ),
    DemoAccount(
        "lanhdao", "xuatban-demo-2026", "Phạm Quốc Sơn", "Lãnh đạo", "Lãnh đạo"
    ),
]


# Each commune portal's own people (cms/demo/content.py COMMUNES), in its
# groups (made by cms/portal/provisioning.py): they see only their portal.
COMMUNE_ACCOUNTS = {
    "xa-a.localhost": [
        DemoAccount(
            "phongvien-xa-a",
            "viettin-tanlap-2026",
            "Trần Thị Hoa",
            "Phóng viên",
            "Phóng viên – Xã Tân Lập",
        ),
        DemoAccount(
            "bientap-xa-a",
            "duyettin-tanlap-2026",
            "Đỗ Văn Khánh",
            "Biên tập viên",
            "Biên tập viên – Xã Tân Lập",
        ),
        DemoAccount(
            "lanhdao-xa-a",
            "xuatban-tanlap-2026",
            "Hoàng Minh Đức",
            "Lãnh đạo",
            "Lãnh đạo – Xã Tân Lập",
        ),
    ],
    "xa-b.localhost": [
        DemoAccount(
            "phongvien-xa-b",
            "viettin-phuthinh-2026",
            "Vũ Thị Thảo",
            "Phóng viên",
            "Phóng viên – Xã Phú Thịnh",
        ),
        DemoAccount(
            "bientap-xa-b",
            "duyettin-phuthinh-2026",
            "Ngô Quang Vinh",
            "Biên tập viên",
            "Biên tập viên – Xã Phú Thịnh",
        ),
        DemoAccount(
            "lanhdao-xa-b",
            "xuatban-phuthinh-2026",
            "Bùi Thị Hằng",
            "Lãnh đạo",
            "Lãnh đạo – Xã Phú Thịnh",
        ),
    ],
    "xa-c.localhost": [
        DemoAccount(
            "phongvien-xa-c",
            "viettin-dongtam-2026",
            "Lý Văn Toàn",
            "Phóng viên",
            "Phóng viên – Xã Đồng Tâm",
        ),
        DemoAccount(
            "bientap-xa-c",
            "duyettin-dongtam-2026",
            "Phan Thị Yến",
            "Biên tập viên",
            "Biên tập viên – Xã Đồng Tâm",
        ),
        DemoAccount(
            "lanhdao-xa-c",
            "xuatban-dongtam-2026",
            "Đinh Công Hậu",
            "Lãnh đạo",
            "Lãnh đạo – Xã Đồng Tâm",
        ),
    ],
}
