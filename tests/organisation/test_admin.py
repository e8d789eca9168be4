"""A portal's leader keeps its organisation in the admin, in Vietnamese and
English, and sees nothing of another portal's."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client
from wagtail.models import Site

from cms.organisation.models import Official, OrganisationUnit
from tests.factories import OfficialFactory, OrganisationUnitFactory, UserFactory

UNITS = "/admin/organisation/units/"
OFFICIALS = "/admin/organisation/officials/"


def _portal(host, name):
    call_command("create_portal", host=host, name=name, stdout=None)
    return Site.objects.get(hostname=host)


@pytest.fixture
def two_portals(db):
    site_a = _portal("xa-a.localhost", "Xã An Phú")
    site_b = _portal("xa-b.localhost", "Xã Bình Minh")
    unit_a = OrganisationUnitFactory(site=site_a, name="UBND xã An Phú")
    unit_b = OrganisationUnitFactory(site=site_b, name="UBND xã Bình Minh")
    OfficialFactory(site=site_b, name="Lê Văn Bình", unit=unit_b)
    return site_a, site_b, unit_a, unit_b


def _leader(site):
    user = UserFactory(
        username="ld-anphu", groups=[Group.objects.get(name=f"Lãnh đạo – {site}")]
    )
    client = Client()
    client.force_login(user)
    return client


def test_a_leader_lists_and_opens_only_their_portals_units(two_portals):
    site_a, site_b, unit_a, unit_b = two_portals
    leader = _leader(site_a.site_name)

    listing = leader.get(UNITS)
    assert listing.status_code == 200
    assert "UBND xã An Phú" in listing.content.decode()
    assert "UBND xã Bình Minh" not in listing.content.decode()
    assert "Lê Văn Bình" not in leader.get(OFFICIALS).content.decode()
    assert leader.get(f"{UNITS}edit/{unit_a.pk}/").status_code == 200
    assert leader.get(f"{UNITS}edit/{unit_b.pk}/").status_code == 404
    assert leader.get(f"{UNITS}delete/{unit_b.pk}/").status_code == 404
    assert leader.post(f"{UNITS}delete/{unit_b.pk}/").status_code == 404
    assert OrganisationUnit.objects.filter(pk=unit_b.pk).exists()


def test_the_form_offers_only_their_portal_and_its_units(two_portals):
    site_a, site_b, unit_a, unit_b = two_portals
    leader = _leader(site_a.site_name)

    form = leader.get(f"{OFFICIALS}new/").content.decode()
    assert "Tiếng Anh (English)" in form
    assert "chức vụ (tiếng anh)" in form.lower()
    assert "UBND xã An Phú" in form
    assert "UBND xã Bình Minh" not in form
    assert f'<option value="{site_b.pk}"' not in form

    response = leader.post(
        f"{OFFICIALS}new/",
        {
            "site": site_a.pk,
            "name": "Phạm Thu Hà",
            "position": "Chủ tịch UBND xã",
            "position_en": "Chairwoman of the Commune People's Committee",
            "unit": unit_a.pk,
            "phone": "0912 000 111",
            "email": "ha@anphu.example.vn",
            "sort_order": 1,
        },
    )
    assert response.status_code == 302
    official = Official.objects.get(name="Phạm Thu Hà")
    assert (official.site, official.unit) == (site_a, unit_a)

    refused = leader.post(
        f"{UNITS}new/",
        {"site": site_b.pk, "name": "Phòng lạ", "sort_order": 0, "parent": unit_b.pk},
    )
    assert refused.status_code == 200
    assert not OrganisationUnit.objects.filter(name="Phòng lạ").exists()


def test_a_unit_cannot_sit_under_another_portals_unit_or_itself(two_portals):
    site_a, site_b, unit_a, unit_b = two_portals
    admin = Client()
    admin.force_login(UserFactory(username="quantri", is_superuser=True))
    across = admin.post(
        f"{UNITS}new/",
        {"site": site_a.pk, "name": "Phòng Kinh tế", "parent": unit_b.pk},
    )
    assert across.status_code == 200
    assert "Đơn vị cấp trên phải thuộc cùng cổng thông tin." in across.content.decode()
    child = OrganisationUnitFactory(site=site_a, name="Tổ một cửa", parent=unit_a)
    loop = admin.post(
        f"{UNITS}edit/{unit_a.pk}/",
        {"site": site_a.pk, "name": unit_a.name, "parent": child.pk, "sort_order": 0},
    )
    assert loop.status_code == 200
    assert "Một đơn vị không thể nằm dưới chính nó." in loop.content.decode()


def test_a_reporter_may_not_edit_the_organisation(two_portals):
    site_a = two_portals[0]
    user = UserFactory(
        username="pv-anphu",
        groups=[Group.objects.get(name=f"Phóng viên – {site_a.site_name}")],
    )
    client = Client()
    client.force_login(user)
    assert client.get(f"{UNITS}new/").status_code in (302, 403)
