"""The province's administrator renames, moves and closes a portal; a closed
portal keeps its content, its editors keep the admin, and its addresses answer
the API with 410 (and the redirect, when one was chosen)."""

import json

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.test import Client
from wagtail.models import Collection, Site, Workflow

from cms.portal.models import PortalSettings
from tests.factories import ArticlePageFactory, SectionPageFactory, UserFactory


@pytest.fixture
def api_hosts(settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, ".localhost"]


@pytest.fixture
def commune(db, api_hosts):
    call_command("create_portal", host="xa-a.localhost", name="Xã An Phú", stdout=None)
    site = Site.objects.get(hostname="xa-a.localhost")
    section = SectionPageFactory(parent=site.root_page, title="Tin xã")
    ArticlePageFactory(parent=section, title="Ngày hội đại đoàn kết")
    return site


@pytest.fixture
def administrator(db):
    client = Client()
    client.force_login(UserFactory(username="quantri", is_superuser=True))
    return client


def _api(path, host):
    response = Client().get(path, HTTP_HOST=host)
    return response.status_code, json.loads(response.content)


def test_a_closed_portal_answers_410_everywhere_and_reopens(commune):
    assert _api("/api/v1/articles/", "xa-a.localhost")[0] == 200
    # The section, its article and the documents library provisioning made.
    pages_before = commune.root_page.get_descendants().count()
    assert pages_before == 3

    call_command("close_portal", "xa-a.localhost", gone=True, stdout=None)

    for path in ("/api/v1/articles/", "/api/v1/site/", "/api/v1/sections/"):
        status, body = _api(path, "xa-a.localhost")
        assert status == 410
        assert body["error"]["code"] == "portal_closed"
        assert "redirect_url" not in body["error"]
    # The content is kept, and the province still answers.
    assert PortalSettings.for_site(commune).is_closed
    assert commune.root_page.get_descendants().count() == pages_before
    assert _api("/api/v1/articles/", "tinh.localhost")[0] == 200

    call_command("close_portal", "xa-a.localhost", reopen=True, stdout=None)
    status, body = _api("/api/v1/articles/", "xa-a.localhost")
    assert status == 200
    assert [item["title"] for item in body["results"]] == ["Ngày hội đại đoàn kết"]


def test_a_closed_portal_with_a_redirect_names_it(commune):
    call_command(
        "close_portal",
        "xa-a.localhost",
        redirect="https://tinh.gov.vn/xa-an-phu/",
        stdout=None,
    )
    status, body = _api("/api/v1/articles/", "xa-a.localhost")
    assert status == 410
    assert body["error"]["redirect_url"] == "https://tinh.gov.vn/xa-an-phu/"


@pytest.mark.parametrize(
    ("args", "options", "message"),
    [
        (["nowhere.localhost"], {"gone": True}, "Không có cổng thông tin nào"),
        (["xa-a.localhost"], {"redirect": "not a url"}, "địa chỉ đầy đủ"),
    ],
)
def test_close_portal_refuses_bad_input(commune, args, options, message):
    with pytest.raises(CommandError, match=message):
        call_command("close_portal", *args, **options)
    assert not PortalSettings.for_site(commune).is_closed


def test_the_default_portal_cannot_be_closed(db):
    default = Site.objects.get(is_default_site=True)
    with pytest.raises(CommandError, match="Không đóng được cổng mặc định"):
        call_command("close_portal", default.hostname, gone=True)


def test_the_administrator_renames_moves_and_closes_a_portal(commune, administrator):
    listing = administrator.get("/admin/portals/").content.decode()
    assert "Xã An Phú" in listing and "xa-a.localhost" in listing
    assert "Cổng cấp xã" in listing and "Cổng cấp tỉnh" in listing

    response = administrator.post(
        f"/admin/portals/{commune.pk}/",
        {
            "name": "Xã An Phú Mới",
            "hostname": "xa-an-phu.localhost",
            "state": "redirect",
            "redirect_url": "https://tinh.gov.vn/",
        },
    )
    assert response.status_code == 302
    commune.refresh_from_db()
    assert (commune.site_name, commune.hostname) == (
        "Xã An Phú Mới",
        "xa-an-phu.localhost",
    )
    assert PortalSettings.for_site(commune).name == "Xã An Phú Mới"
    assert Group.objects.filter(name="Biên tập viên – Xã An Phú Mới").exists()
    assert not Group.objects.filter(name="Biên tập viên – Xã An Phú").exists()
    assert Workflow.objects.filter(name="Duyệt tin hai cấp – Xã An Phú Mới").exists()
    assert Collection.objects.filter(name="Xã An Phú Mới").exists()
    status, body = _api("/api/v1/articles/", "xa-an-phu.localhost")
    assert (status, body["error"]["redirect_url"]) == (410, "https://tinh.gov.vn/")
    assert (
        "chuyển tới https://tinh.gov.vn/"
        in administrator.get("/admin/portals/").content.decode()
    )

    # The commune's editors still find their portal in the admin.
    editor = Client()
    editor.force_login(
        UserFactory(groups=[Group.objects.get(name="Biên tập viên – Xã An Phú Mới")])
    )
    explorer = editor.get(f"/admin/pages/{commune.root_page_id}/")
    assert explorer.status_code == 200
    assert "Tin xã" in explorer.content.decode()
    # ... and cannot change the portal itself.
    assert editor.get(f"/admin/portals/{commune.pk}/").status_code in (302, 403)

    reopened = administrator.post(
        f"/admin/portals/{commune.pk}/",
        {"name": "Xã An Phú Mới", "hostname": "xa-an-phu.localhost", "state": "open"},
    )
    assert reopened.status_code == 302
    assert _api("/api/v1/articles/", "xa-an-phu.localhost")[0] == 200


@pytest.mark.parametrize(
    ("data", "field_message"),
    [
        ({"state": "redirect", "redirect_url": ""}, "Nhập địa chỉ chuyển tới."),
        ({"hostname": "not a host!"}, "không phải tên miền hợp lệ"),
        ({"hostname": "localhost"}, "Đã có cổng thông tin ở “localhost”."),
    ],
)
def test_the_edit_form_refuses_bad_input(commune, administrator, data, field_message):
    default = Site.objects.get(is_default_site=True)
    default.hostname = "localhost"
    default.save()
    response = administrator.post(
        f"/admin/portals/{commune.pk}/",
        {"name": "Xã An Phú", "hostname": "xa-a.localhost", "state": "gone", **data},
    )
    assert response.status_code == 200
    assert field_message in response.content.decode()
    commune.refresh_from_db()
    assert commune.hostname == "xa-a.localhost"
    assert not PortalSettings.for_site(commune).is_closed


def test_closing_the_default_portal_from_the_admin_is_a_form_error(administrator):
    default = Site.objects.get(is_default_site=True)
    response = administrator.post(
        f"/admin/portals/{default.pk}/",
        {"name": "Tỉnh", "hostname": default.hostname, "state": "gone"},
    )
    assert response.status_code == 200
    assert "Không đóng được cổng mặc định" in response.content.decode()
