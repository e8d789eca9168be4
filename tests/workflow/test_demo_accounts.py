"""The demo has one account per editorial role, in the right group, and each can
log in to the admin with the password the README gives."""

import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model, password_validation
from django.test import Client

from cms.demo.accounts import DEMO_ACCOUNTS
from cms.demo.loader import DemoLoader
from cms.workflow import roles

pytestmark = pytest.mark.django_db

README = Path(__file__).resolve().parents[2] / "README.md"
ROLE_ACCOUNTS = {
    "phongvien": roles.REPORTER,
    "bientap": roles.EDITOR,
    "lanhdao": roles.LEADER,
}


def test_every_editorial_role_has_a_demo_account_listed_in_the_readme():
    accounts = {account.username: account for account in DEMO_ACCOUNTS}
    readme = README.read_text()
    for username, group in ROLE_ACCOUNTS.items():
        account = accounts[username]
        assert account.group == group
        assert not account.is_superuser
        assert re.search(
            rf"\| `{username}` \| `{re.escape(account.password)}` \| {group}", readme
        )
        user = get_user_model()(username=username, first_name=account.full_name)
        password_validation.validate_password(account.password, user)


def test_demo_accounts_log_in_and_land_in_their_group(settings):
    settings.DEBUG = True
    # Only the accounts step: tests/demo/test_load_demo.py runs the whole (slow)
    # demo load, accounts included.
    DemoLoader()._accounts()
    for account in DEMO_ACCOUNTS:
        user = get_user_model().objects.get(username=account.username)
        if account.group:
            assert list(user.groups.values_list("name", flat=True)) == [account.group]
        client = Client()
        response = client.post(
            "/admin/login/",
            {"username": account.username, "password": account.password},
        )
        assert response.status_code == 302, account.username
        assert client.get("/admin/").status_code == 200
