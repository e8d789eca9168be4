"""Admin login: repeated failures lock a username out from one address for a
while, with a Vietnamese page; passwords must pass Django's validators."""

from datetime import timedelta

import pytest
import time_machine
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "mat-khau-thu-nghiem"  # UserFactory's
LOGIN_URL = "/admin/login/"


@pytest.fixture
def editor():
    return UserFactory(username="bientapvien", is_staff=True, is_superuser=True)


def _client(ip="203.0.113.7", **headers):
    return Client(REMOTE_ADDR=ip, **headers)


def _login(client, username, password):
    return client.post(LOGIN_URL, {"username": username, "password": password})


def _logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def _fail(client, username, times):
    return [_login(client, username, "sai-mat-khau").status_code for _ in range(times)]


def test_a_good_login_works(editor):
    client = _client()
    response = _login(client, "bientapvien", PASSWORD)
    assert response.status_code == 302
    assert _logged_in(client)


def test_five_failures_lock_the_username_out_from_that_address(editor):
    client = _client()
    # The first four get the login form again; the fifth locks.
    assert _fail(client, "bientapvien", 5) == [200, 200, 200, 200, 429]

    response = _login(client, "bientapvien", PASSWORD)
    assert response.status_code == 429
    page = response.content.decode()
    assert "Tạm khóa đăng nhập" in page
    assert "15 phút" in page
    assert not _logged_in(client)


def test_the_lockout_is_for_the_pair_of_username_and_address(editor):
    UserFactory(username="phongvien", is_staff=True, is_superuser=True)
    _fail(_client("203.0.113.7"), "bientapvien", 5)

    # The same editor from another address, and another editor from the same
    # address, are not locked out.
    other_address = _client("198.51.100.20")
    assert _login(other_address, "bientapvien", PASSWORD).status_code == 302
    same_address = _client("203.0.113.7")
    assert _login(same_address, "phongvien", PASSWORD).status_code == 302


def test_the_lockout_ends_after_the_cooloff(editor):
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        _fail(_client(), "bientapvien", 5)
    with time_machine.travel(start + timedelta(minutes=14), tick=False):
        assert _login(_client(), "bientapvien", PASSWORD).status_code == 429
    # A failure during the lockout restarts it, so count from the last one.
    with time_machine.travel(start + timedelta(minutes=29, seconds=1), tick=False):
        client = _client()
        assert _login(client, "bientapvien", PASSWORD).status_code == 302
        assert _logged_in(client)


def test_failures_older_than_the_cooloff_no_longer_count(editor):
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        assert _fail(_client(), "bientapvien", 4) == [200] * 4
    with time_machine.travel(start + timedelta(minutes=16), tick=False):
        assert _fail(_client(), "bientapvien", 4) == [200] * 4
        assert _login(_client(), "bientapvien", PASSWORD).status_code == 302


def test_a_successful_login_clears_earlier_failures(editor):
    client = _client()
    assert _fail(client, "bientapvien", 4) == [200] * 4
    assert _login(client, "bientapvien", PASSWORD).status_code == 302
    assert not AccessAttempt.objects.exists()
    client.logout()
    assert _fail(client, "bientapvien", 4) == [200] * 4


def test_behind_a_proxy_each_client_is_counted_on_its_own(editor, settings):
    """Every request reaches Django from the proxy's address; the client's is
    the last X-Forwarded-For entry, and entries the client wrote are ignored."""
    settings.TRUSTED_PROXY_COUNT = 1
    attacker = _client("127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.66")
    assert _fail(attacker, "bientapvien", 5)[-1] == 429
    # Forging an earlier entry does not give the attacker a fresh address.
    forged = _client("127.0.0.1", HTTP_X_FORWARDED_FOR="10.9.9.9, 203.0.113.66")
    assert _login(forged, "bientapvien", PASSWORD).status_code == 429
    # The editor, behind the same proxy, is not locked out.
    editor_client = _client("127.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.20")
    assert _login(editor_client, "bientapvien", PASSWORD).status_code == 302
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {
        "203.0.113.66"
    }


def test_without_a_trusted_proxy_forwarded_addresses_are_ignored(editor):
    attacker = _client("203.0.113.66", HTTP_X_FORWARDED_FOR="10.0.0.1")
    _fail(attacker, "bientapvien", 5)
    rotated = _client("203.0.113.66", HTTP_X_FORWARDED_FOR="10.0.0.2")
    assert _login(rotated, "bientapvien", PASSWORD).status_code == 429


@pytest.mark.parametrize(
    "password",
    ["ngan-qua", "1234567890", "password123", "bientapvien2"],
    ids=["too-short", "numeric", "common", "like-the-username"],
)
def test_the_admin_refuses_a_weak_password_for_a_new_user(admin_client, password):
    response = admin_client.post(
        "/admin/users/new/",
        {
            "username": "bientapvien2",
            "email": "bientapvien2@example.vn",
            "first_name": "Lan",
            "last_name": "Trần",
            "password1": password,
            "password2": password,
        },
    )
    assert response.status_code == 200
    assert response.context["form"].errors["password2"]
    assert not get_user_model().objects.filter(username="bientapvien2").exists()


def test_the_admin_accepts_a_strong_password(admin_client):
    password = "Dong-lua-chin-vang-2026"
    response = admin_client.post(
        "/admin/users/new/",
        {
            "username": "bientapvien2",
            "email": "bientapvien2@example.vn",
            "first_name": "Lan",
            "last_name": "Trần",
            "password1": password,
            "password2": password,
        },
    )
    assert response.status_code == 302
    assert (
        get_user_model().objects.get(username="bientapvien2").check_password(password)
    )
