"""Demo accounts for trying the admin locally. They are created only where DEBUG
is on, and their passwords are public (README), so never in production."""

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
