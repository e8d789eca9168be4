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
]
