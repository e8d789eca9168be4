"""People in each editorial role, each with their own logged-in browser (Django's
test client)."""

from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from cms.workflow import roles
from tests.factories import SectionPageFactory, UserFactory


@dataclass
class Person:
    user: object
    client: Client

    def log_in(self):
        """Log in again, e.g. after travelling in time past the session's expiry."""
        self.client.force_login(self.user)

    def get(self, url, **kwargs):
        return self.client.get(url, **kwargs)

    def post(self, url, data=None, **kwargs):
        return self.client.post(url, data or {}, **kwargs)


def _person(username, first_name, last_name, group_name):
    # Vietnamese order: Django's first_name holds family and middle names, so
    # that the full name reads "Nguyễn Thị Lan".
    user = UserFactory(
        username=username,
        first_name=first_name,
        last_name=last_name,
        email=f"{username}@hoason.example.vn",
        groups=[Group.objects.get(name=group_name)],
    )
    client = Client()
    client.force_login(user)
    return Person(user, client)


@pytest.fixture
def reporter(db):
    return _person("pv-lan", "Nguyễn Thị", "Lan", roles.REPORTER)


@pytest.fixture
def other_reporter(db):
    return _person("pv-hung", "Trần Văn", "Hùng", roles.REPORTER)


@pytest.fixture
def editor(db):
    return _person("btv-mai", "Lê Thị", "Mai", roles.EDITOR)


@pytest.fixture
def leader(db):
    return _person("ld-son", "Phạm Văn", "Sơn", roles.LEADER)


@pytest.fixture
def section(home):
    return SectionPageFactory(parent=home, title="Tin tức", slug="tin-tuc")


@pytest.fixture
def make_person(db):
    """Another person in a role, e.g.
    make_person("btv-nam", "Đỗ Văn", "Nam", roles.EDITOR)."""
    return _person
