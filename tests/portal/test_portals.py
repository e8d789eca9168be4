"""A province's administrator creates a commune portal in one step; its editors
then work inside it and see nothing of another portal."""

import json

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import CommandError, call_command
from django.test import Client
from wagtail.models import Collection, Site, WorkflowState

from cms.portal.models import PortalSettings
from cms.sections.models import HomePage
from cms.workflow import roles
from tests.factories import (
    ArticlePageFactory,
    ImageFactory,
    SectionPageFactory,
    UserFactory,
)
from tests.workflow.admin_actions import create_article, workflow_action


def _create(host, name, unit=""):
    call_command("create_portal", host=host, name=name, unit=unit, stdout=None)
    return Site.objects.get(hostname=host)


@pytest.fixture
def commune_a(db):
    return _create("xa-a.localhost", "Xã An Phú", "UBND xã An Phú")


@pytest.fixture
def commune_b(db):
    return _create("xa-b.localhost", "Xã Bình Minh", "UBND xã Bình Minh")


class Person:
    def __init__(self, username, group_name, email=None):
        self.user = UserFactory(
            username=username,
            email=email or f"{username}@tinh.example.vn",
            groups=[Group.objects.get(name=group_name)],
        )
        self.client = Client()
        self.client.force_login(self.user)

    def get(self, url, **params):
        return self.client.get(url, params)

    def post(self, url, data=None):
        return self.client.post(url, data or {})


def _member(username, role, site):
    return Person(username, f"{role} – {site.site_name}")


def test_create_portal_makes_a_working_portal(commune_a):
    home = commune_a.root_page.specific
    assert isinstance(home, HomePage) and home.live
    assert commune_a.port == 80 and commune_a.site_name == "Xã An Phú"
    settings = PortalSettings.for_site(commune_a)
    assert (settings.name, settings.unit) == ("Xã An Phú", "UBND xã An Phú")
    assert Collection.objects.filter(name="Xã An Phú", depth=2).exists()
    names = set(Group.objects.values_list("name", flat=True))
    assert {
        "Phóng viên – Xã An Phú",
        "Biên tập viên – Xã An Phú",
        "Lãnh đạo – Xã An Phú",
    } <= names
    workflow = home.get_workflow()
    assert workflow.name == "Duyệt tin hai cấp – Xã An Phú"
    assert [
        [group.name for group in task.specific.groups.all()]
        for task in workflow.tasks.order_by("workflow_tasks__sort_order")
    ] == [["Biên tập viên – Xã An Phú"], ["Lãnh đạo – Xã An Phú"]]


def test_a_commune_portal_belongs_to_the_province_by_default(commune_a):
    province = Site.objects.get(is_default_site=True)
    assert PortalSettings.for_site(province).is_province
    settings = PortalSettings.for_site(commune_a)
    assert settings.parent == province and not settings.is_province
    assert settings.kind == "Cổng cấp xã"


def test_create_portal_names_its_province_or_makes_a_province(commune_a):
    call_command(
        "create_portal",
        host="tinh-khac.localhost",
        name="Tỉnh Khác",
        province=True,
        stdout=None,
    )
    other = Site.objects.get(hostname="tinh-khac.localhost")
    assert PortalSettings.for_site(other).parent is None
    call_command(
        "create_portal",
        host="xa-k.localhost",
        name="Xã K",
        parent="TINH-KHAC.localhost",
        stdout=None,
    )
    assert (
        PortalSettings.for_site(Site.objects.get(hostname="xa-k.localhost")).parent
        == other
    )
    # A commune's portal has no commune portals of its own.
    with pytest.raises(CommandError, match="là cổng cấp xã"):
        call_command(
            "create_portal", host="xa-m.localhost", name="Xã M", parent="xa-a.localhost"
        )
    with pytest.raises(CommandError, match="Không có cổng thông tin nào"):
        call_command(
            "create_portal", host="xa-m.localhost", name="Xã M", parent="nowhere.test"
        )
    assert not Site.objects.filter(hostname="xa-m.localhost").exists()


def test_the_api_answers_for_the_new_portal_by_its_host(commune_a, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, ".localhost"]
    section = SectionPageFactory(parent=commune_a.root_page, title="Tin xã")
    article = ArticlePageFactory(parent=section, title="Ngày hội đại đoàn kết")
    response = Client().get("/api/v1/articles/", HTTP_HOST="xa-a.localhost")
    assert response.status_code == 200
    assert [item["id"] for item in json.loads(response.content)["results"]] == [
        article.pk
    ]


@pytest.mark.parametrize(
    ("host", "name", "message"),
    [
        ("xa-a.localhost", "Xã Khác", "Đã có cổng thông tin ở “xa-a.localhost”."),
        ("not a host!", "Xã Khác", "không phải tên miền hợp lệ"),
        ("xa-c.localhost", "Xã An Phú", "Đã có cổng thông tin tên “Xã An Phú”."),
        ("xa-c.localhost", "   ", "Nhập tên cổng thông tin."),
    ],
)
def test_create_portal_refuses_a_taken_or_malformed_host_or_name(
    commune_a, host, name, message
):
    sites = Site.objects.count()
    with pytest.raises(CommandError, match=message):
        call_command("create_portal", host=host, name=name)
    assert Site.objects.count() == sites


def test_a_commune_reporter_sees_and_edits_only_their_portal(commune_a, commune_b):
    section_a = SectionPageFactory(parent=commune_a.root_page, title="Tin An Phú")
    section_b = SectionPageFactory(parent=commune_b.root_page, title="Tin Bình Minh")
    article_b = ArticlePageFactory(parent=section_b, title="Bài riêng của Bình Minh")
    reporter_a = _member("pv-anphu", roles.REPORTER, commune_a)

    explorer = reporter_a.client.get("/admin/pages/", follow=True)
    assert explorer.status_code == 200
    # The explorer opens at the reporter's own portal.
    assert explorer.redirect_chain[-1][0] == f"/admin/pages/{commune_a.root_page_id}/"
    assert "Tin An Phú" in explorer.content.decode()
    assert "Tin Bình Minh" not in explorer.content.decode()

    assert reporter_a.get(f"/admin/pages/{section_b.pk}/").status_code in (302, 403)
    assert reporter_a.get(f"/admin/pages/{article_b.pk}/edit/").status_code in (
        302,
        403,
    )
    assert reporter_a.get(
        f"/admin/pages/add/articles/articlepage/{section_b.pk}/"
    ).status_code in (302, 403)
    searched = reporter_a.get("/admin/pages/search/", q="Bình Minh")
    assert "Bài riêng của Bình Minh" not in searched.content.decode()
    assert (
        reporter_a.get(
            f"/admin/pages/add/articles/articlepage/{section_a.pk}/"
        ).status_code
        == 200
    )


def test_a_commune_reporter_chooses_only_their_portals_images(commune_a, commune_b):
    collection_a = Collection.objects.get(name="Xã An Phú")
    collection_b = Collection.objects.get(name="Xã Bình Minh")
    ImageFactory(title="Ảnh chợ An Phú", collection=collection_a)
    ImageFactory(title="Ảnh cầu Bình Minh", collection=collection_b)
    reporter_a = _member("pv-anphu", roles.REPORTER, commune_a)

    chooser = reporter_a.get("/admin/images/chooser/")
    assert chooser.status_code == 200
    html = json.loads(chooser.content)["html"]
    assert "Ảnh chợ An Phú" in html
    assert "Ảnh cầu Bình Minh" not in html
    listing = reporter_a.get("/admin/images/").content.decode()
    assert "Ảnh cầu Bình Minh" not in listing


def test_approval_runs_in_the_portal_and_notifies_only_its_approvers(
    commune_a, commune_b
):
    section_a = SectionPageFactory(parent=commune_a.root_page, title="Tin An Phú")
    reporter_a = _member("pv-anphu", roles.REPORTER, commune_a)
    editor_a = _member("btv-anphu", roles.EDITOR, commune_a)
    leader_a = _member("ld-anphu", roles.LEADER, commune_a)
    editor_b = _member("btv-binhminh", roles.EDITOR, commune_b)
    mail.outbox.clear()

    page, _ = create_article(reporter_a, section_a, "Tổng kết mùa vụ", action="submit")

    recipients = {address for message in mail.outbox for address in message.to}
    assert editor_a.user.email in recipients
    assert editor_b.user.email not in recipients
    assert "Tổng kết mùa vụ" not in editor_b.get("/admin/").content.decode()
    assert editor_b.get(f"/admin/pages/{page.pk}/edit/").status_code in (302, 403)

    assert workflow_action(editor_a, page, "approve").status_code == 302
    assert workflow_action(leader_a, page, "approve").status_code == 302
    page.refresh_from_db()
    assert page.live
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.workflow.name == "Duyệt tin hai cấp – Xã An Phú"
    assert state.status == WorkflowState.STATUS_APPROVED


def test_the_administrator_creates_a_portal_from_the_admin(db):
    admin = Client()
    admin.force_login(UserFactory(username="quantri", is_superuser=True))
    form = admin.get("/admin/portals/new/")
    assert form.status_code == 200
    assert "Tạo cổng thông tin" in form.content.decode()

    response = admin.post(
        "/admin/portals/new/",
        {"hostname": "Xa-Tan-Lap.localhost", "name": "Xã Tân Lập", "unit": "UBND"},
    )

    site = Site.objects.get(hostname="xa-tan-lap.localhost")
    assert response.status_code == 302
    assert response.url == f"/admin/pages/{site.root_page_id}/"
    assert Group.objects.filter(name="Lãnh đạo – Xã Tân Lập").exists()
    # The form offered the province's portal, chosen by default, and it was
    # posted empty: a province portal.
    assert "selected" in form.content.decode()
    assert PortalSettings.for_site(site).is_province

    commune = admin.post(
        "/admin/portals/new/",
        {
            "hostname": "xa-hoa.localhost",
            "name": "Xã Hòa",
            "parent": Site.objects.get(is_default_site=True).pk,
        },
    )
    assert commune.status_code == 302
    assert PortalSettings.for_site(
        Site.objects.get(hostname="xa-hoa.localhost")
    ).parent.is_default_site

    again = admin.post(
        "/admin/portals/new/", {"hostname": "xa-tan-lap.localhost", "name": "Xã Mới"}
    )
    assert again.status_code == 200
    assert "Đã có cổng thông tin ở “xa-tan-lap.localhost”." in again.content.decode()
    assert Site.objects.filter(hostname="xa-tan-lap.localhost").count() == 1


def test_only_administrators_may_create_portals(commune_a):
    leader = _member("ld-anphu", roles.LEADER, commune_a)
    assert leader.get("/admin/portals/new/").status_code in (302, 403)
    assert leader.post(
        "/admin/portals/new/", {"hostname": "xa-x.localhost", "name": "Xã X"}
    ).status_code in (302, 403)
    assert not Site.objects.filter(hostname="xa-x.localhost").exists()
    assert "/admin/portals/" not in leader.get("/admin/").content.decode()
    assert leader.get("/admin/portals/").status_code in (302, 403)


def test_a_commune_editor_sees_only_their_portals_statistics(commune_a, commune_b):
    from cms.stats.hits import local_day
    from cms.stats.models import DailyPageStats

    today = local_day()
    read_a = ArticlePageFactory(
        parent=SectionPageFactory(parent=commune_a.root_page),
        title="Tin An Phú đọc nhiều",
    )
    read_b = ArticlePageFactory(
        parent=SectionPageFactory(parent=commune_b.root_page),
        title="Tin Bình Minh đọc nhiều",
    )
    DailyPageStats.objects.create(date=today, page=read_a, views=5)
    DailyPageStats.objects.create(date=today, page=read_b, views=50)
    editor_a = _member("btv-anphu", roles.EDITOR, commune_a)

    dashboard = editor_a.get("/admin/").content.decode()
    assert "Tin An Phú đọc nhiều" in dashboard
    assert "Tin Bình Minh đọc nhiều" not in dashboard
    # Visits are counted per portal: the commune sees its own (tests/stats).
    assert "Đang truy cập" in dashboard

    report = editor_a.get("/admin/stats/views/").content.decode()
    assert "Tin An Phú đọc nhiều" in report
    assert "Tin Bình Minh đọc nhiều" not in report
    export = editor_a.get("/admin/stats/views/", export="csv")
    assert b"Tin B\xc3\xacnh Minh" not in b"".join(export.streaming_content)

    province = Client()
    province.force_login(UserFactory(username="province-admin", is_superuser=True))
    # The province chooses which portal's figures the panel shows.
    chosen = province.get("/admin/", {"portal": commune_b.pk}).content.decode()
    assert "Đang truy cập" in chosen
    assert "Tin Bình Minh đọc nhiều" in chosen
    assert "Tin An Phú đọc nhiều" not in chosen
