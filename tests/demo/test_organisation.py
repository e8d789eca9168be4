"""The demo's organisation: a commune's units and officials with their English
version, once per portal."""

import json

from django.test import Client
from wagtail.models import Site

from cms.demo.organisation import load_organisation
from cms.organisation.models import Official, OrganisationUnit


def test_the_demo_organisation_is_loaded_once_with_english(db):
    site = Site.objects.get(is_default_site=True)
    assert load_organisation(site, "Hòa Sơn") == 5
    assert load_organisation(site, "Hòa Sơn") == 0
    assert OrganisationUnit.objects.in_site(site).count() == 5
    assert Official.objects.in_site(site).count() == 6

    english = json.loads(Client().get("/api/v1/organisation/?lang=en").content)
    [top] = english["units"]
    assert top["name"] == "People's Committee of Hoa Son Commune"
    assert [child["name"] for child in top["children"]][:3] == [
        "Office of the People's Council and People's Committee",
        "Economic Division",
        "Culture and Social Affairs Division",
    ]
    assert english["complete"] is False  # one unit left untranslated on purpose
    chair = english["officials"][0]
    assert (chair["name"], chair["position"]) == ("Trần Thị Mai", "Chairwoman")
    assert chair["email"] == "tran.thi.mai@hoason.example.vn"
    assert chair["phone"].startswith("0209")
