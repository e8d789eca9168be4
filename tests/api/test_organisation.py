"""/api/v1/organisation/: the chart, the officials and the contacts of the
portal asked for, in Vietnamese or English, as the document describes."""

import json

import pytest
from django.core.management import call_command
from django.test import Client
from wagtail.models import Site

from cms.portal.models import PortalSettings
from tests.factories import OfficialFactory, OrganisationUnitFactory

PATH = "/api/v1/organisation/"


@pytest.fixture
def default_site(db):
    site = Site.objects.get(is_default_site=True)
    portal = PortalSettings.for_site(site)
    portal.name, portal.unit = "Cổng thông tin xã Hòa An", "UBND xã Hòa An"
    portal.address, portal.phone = "Thôn Đông, xã Hòa An", "0209 3 851 234"
    portal.email = "ubnd@hoaan.example.vn"
    portal.save()
    return site


@pytest.fixture
def chart(default_site):
    committee = OrganisationUnitFactory(
        name="Ủy ban nhân dân xã Hòa An",
        name_en="People's Committee of Hoa An Commune",
        functions="<p>Quản lý nhà nước ở xã.</p><script>x()</script>",
        functions_en="<p>State administration in the commune.</p>",
        sort_order=1,
    )
    economy = OrganisationUnitFactory(
        name="Phòng Kinh tế",
        name_en="Economic Division",
        functions="<p>Tham mưu về nông nghiệp.</p>",
        parent=committee,
        sort_order=2,
    )
    office = OrganisationUnitFactory(
        name="Văn phòng HĐND và UBND",
        parent=committee,
        sort_order=1,
    )
    chair = OfficialFactory(
        name="Trần Thị Mai",
        position="Chủ tịch UBND xã",
        position_en="Chairwoman",
        unit=committee,
        phone="0912 345 678",
        email="mai@hoaan.example.vn",
    )
    return committee, office, economy, chair


def test_the_chart_in_vietnamese_matches_the_document(api, openapi, chart):
    committee, office, economy, chair = chart
    body = openapi.validate(PATH, api.get(PATH))
    assert body["lang"] == "vi" and body["complete"] is True
    assert body["portal"] == {
        "name": "Cổng thông tin xã Hòa An",
        "unit": "UBND xã Hòa An",
        "address": "Thôn Đông, xã Hòa An",
        "phone": "0209 3 851 234",
        "email": "ubnd@hoaan.example.vn",
    }
    [top] = body["units"]
    assert top["name"] == "Ủy ban nhân dân xã Hòa An"
    assert top["functions"] == "<p>Quản lý nhà nước ở xã.</p>"  # no script
    assert [c["name"] for c in top["children"]] == [
        "Văn phòng HĐND và UBND",
        "Phòng Kinh tế",
    ]
    assert top["officials"][0]["phone"] == "0912 345 678"
    assert body["officials"] == [
        {
            "id": chair.pk,
            "name": "Trần Thị Mai",
            "position": "Chủ tịch UBND xã",
            "unit_id": committee.pk,
            "phone": "0912 345 678",
            "email": "mai@hoaan.example.vn",
            "untranslated": [],
        }
    ]


def test_english_falls_back_to_vietnamese_per_field_and_says_so(api, openapi, chart):
    body = openapi.validate(PATH, api.get(PATH, {"lang": "en"}))
    assert body["lang"] == "en" and body["complete"] is False
    [top] = body["units"]
    assert top["name"] == "People's Committee of Hoa An Commune"
    assert top["functions"] == "<p>State administration in the commune.</p>"
    assert top["untranslated"] == []
    office, economy = top["children"]
    assert (office["name"], office["untranslated"]) == (
        "Văn phòng HĐND và UBND",
        ["name", "functions"],
    )
    assert (economy["name"], economy["untranslated"]) == (
        "Economic Division",
        ["functions"],
    )
    assert economy["functions"] == "<p>Tham mưu về nông nghiệp.</p>"
    assert body["officials"][0]["position"] == "Chairwoman"


@pytest.mark.parametrize("lang", ["fr", "EN", "vi\x00", "en-US"])
def test_an_unknown_language_is_a_json_400(api, openapi, default_site, lang):
    response = api.get(PATH, {"lang": lang})
    assert response.status_code == 400
    body = openapi.validate(PATH, response)
    assert body["error"]["fields"]["lang"] == ["Ngôn ngữ phải là vi hoặc en."]


def test_an_empty_portal_answers_an_empty_chart(api, openapi, default_site):
    body = openapi.validate(PATH, api.get(PATH))
    assert (body["units"], body["officials"], body["complete"]) == ([], [], True)


def test_each_portal_answers_only_its_own_organisation(api, chart, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, ".localhost"]
    call_command("create_portal", host="xa-b.localhost", name="Xã Bình Minh")
    commune = Site.objects.get(hostname="xa-b.localhost")
    OrganisationUnitFactory(site=commune, name="Ủy ban nhân dân xã Bình Minh")
    OfficialFactory(site=commune, name="Lê Văn Bình", position="Chủ tịch")

    theirs = json.loads(Client().get(PATH, HTTP_HOST="xa-b.localhost").content)
    ours = json.loads(api.get(PATH).content)

    assert [u["name"] for u in theirs["units"]] == ["Ủy ban nhân dân xã Bình Minh"]
    assert [o["name"] for o in theirs["officials"]] == ["Lê Văn Bình"]
    assert theirs["portal"]["name"] == "Xã Bình Minh"
    assert [u["name"] for u in ours["units"]] == ["Ủy ban nhân dân xã Hòa An"]
    assert [o["name"] for o in ours["officials"]] == ["Trần Thị Mai"]


def test_an_edit_in_the_admin_is_seen_at_once_despite_the_cache(api, chart):
    committee = chart[0]
    first = api.get(PATH)
    assert first.status_code == 200
    assert api.get(PATH, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    committee.name = "UBND xã Hòa An (mới)"
    committee.save()
    again = json.loads(api.get(PATH).content)
    assert again["units"][0]["name"] == "UBND xã Hòa An (mới)"


def test_the_answer_costs_a_fixed_number_of_queries(
    api, chart, django_assert_max_num_queries, no_response_cache
):
    committee = chart[0]
    for number in range(10):
        OfficialFactory(name=f"Cán bộ {number}", unit=committee)
        OrganisationUnitFactory(name=f"Tổ {number}", parent=committee)
    with django_assert_max_num_queries(8):
        assert api.get(PATH).status_code == 200
