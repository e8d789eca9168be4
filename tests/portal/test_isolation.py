"""What a commune's editors see of another commune's portal in the admin: none
of its drafts, history or pages, in any report, dashboard panel, search or
chooser. The province's editors see every portal."""

import json

import pytest
from wagtail.models import Collection

from cms.workflow import roles
from tests.factories import (
    ArticlePageFactory,
    DocumentFactory,
    ImageFactory,
    SectionPageFactory,
)
from tests.workflow.admin_actions import create_article

from .test_portals import Person, _create, _member


@pytest.fixture
def commune_a(db):
    return _create("xa-a.localhost", "Xã An Phú", "UBND xã An Phú")


@pytest.fixture
def commune_b(db):
    return _create("xa-b.localhost", "Xã Bình Minh", "UBND xã Bình Minh")


# Every title below is portal B's: none may appear anywhere portal A's people look.
B_SECTION = "Chuyên mục Bình Minh"
B_PUBLISHED = "Bình Minh đã đăng từ lâu"
B_LOCKED = "Bình Minh đang khóa"
B_IN_REVIEW = "Bình Minh chờ duyệt"
B_IMAGE = "Ảnh cầu Bình Minh"
B_DOCUMENT = "Tệp quyết định Bình Minh"
B_TITLES = (B_SECTION, B_PUBLISHED, B_LOCKED, B_IN_REVIEW, B_IMAGE, B_DOCUMENT)


@pytest.fixture
def portal_b_at_work(commune_b):
    """Portal B with a page of each kind its people leave about: an old
    published article, a locked one, one waiting for its editor, an image and
    a document in its collection, and the history all of that wrote."""
    import datetime

    from django.utils import timezone

    section = SectionPageFactory(parent=commune_b.root_page, title=B_SECTION)
    old = ArticlePageFactory(parent=section, title=B_PUBLISHED)
    long_ago = timezone.now() - datetime.timedelta(days=400)
    type(old).objects.filter(pk=old.pk).update(last_published_at=long_ago)
    editor_b = _member("btv-binhminh", roles.EDITOR, commune_b)
    leader_b = _member("ld-binhminh", roles.LEADER, commune_b)
    locked = ArticlePageFactory(parent=section, title=B_LOCKED)
    assert leader_b.post(f"/admin/pages/{locked.pk}/lock/").status_code == 302
    reporter_b = _member("pv-binhminh", roles.REPORTER, commune_b)
    in_review, _ = create_article(reporter_b, section, B_IN_REVIEW, action="submit")
    collection = Collection.objects.get(name="Xã Bình Minh")
    ImageFactory(title=B_IMAGE, collection=collection)
    DocumentFactory(title=B_DOCUMENT, collection=collection)
    return {
        "section": section,
        "in_review": in_review,
        "editor": editor_b,
        "leader": leader_b,
    }


@pytest.fixture
def portal_a_at_work(commune_a):
    """Portal A with its own article waiting for its editor, so that every
    surface below has something of A's to show."""
    section = SectionPageFactory(parent=commune_a.root_page, title="Tin An Phú")
    reporter_a = _member("pv-anphu", roles.REPORTER, commune_a)
    page, _ = create_article(reporter_a, section, "An Phú chờ duyệt", action="submit")
    return {"section": section, "in_review": page}


def denied(response) -> bool:
    """Wagtail answers a forbidden admin page with a redirect to the dashboard
    (and an error message), or with 403 where it raises."""
    return (response.status_code == 302 and response.url == "/admin/") or (
        response.status_code == 403
    )


def html_of(response) -> str:
    assert response.status_code == 200, (response.status_code, response.get("Location"))
    if response["Content-Type"].startswith("application/json"):
        return json.loads(response.content)["html"]
    return response.content.decode()


def titles_of_b_in(html: str) -> list[str]:
    return [title for title in B_TITLES if title in html]


SURFACES = {
    "dashboard": ("/admin/", {}),
    "locked pages": ("/admin/reports/locked/", {}),
    "aging pages": ("/admin/reports/aging-pages/", {}),
    "site history": ("/admin/reports/site-history/", {}),
    "page types usage": ("/admin/reports/page-types-usage/", {}),
    "workflows": ("/admin/reports/workflow/", {}),
    "workflow tasks": ("/admin/reports/workflow_tasks/", {}),
    "page search": ("/admin/pages/search/", {"q": "Bình Minh"}),
    "page chooser": ("/admin/choose-page/", {}),
    "page chooser search": ("/admin/choose-page/search/", {"q": "Bình Minh"}),
    "image chooser": ("/admin/images/chooser/", {}),
    "image chooser search": ("/admin/images/chooser/results/", {"q": "Bình Minh"}),
    "document chooser": ("/admin/documents/chooser/", {}),
    "document chooser search": (
        "/admin/documents/chooser/results/",
        {"q": "Bình Minh"},
    ),
    "documents": ("/admin/documents/", {}),
}


@pytest.mark.parametrize("role", [roles.REPORTER, roles.EDITOR, roles.LEADER])
@pytest.mark.parametrize("surface", SURFACES)
def test_a_commune_sees_nothing_of_another_commune(
    commune_a, portal_a_at_work, portal_b_at_work, role, surface
):
    person = _member(f"{role}-anphu-x", role, commune_a)
    url, params = SURFACES[surface]
    response = person.get(url, **params)
    assert denied(response) or titles_of_b_in(html_of(response)) == []


def test_the_page_chooser_offers_a_commune_its_own_portal(
    commune_a, commune_b, portal_a_at_work, portal_b_at_work
):
    editor_a = _member("btv-anphu", roles.EDITOR, commune_a)
    top = html_of(editor_a.get("/admin/choose-page/"))
    # The tree's top shows the commune's own home to browse down from.
    assert commune_a.root_page.title in top
    assert commune_b.root_page.title not in top
    inside = html_of(editor_a.get(f"/admin/choose-page/{commune_a.root_page_id}/"))
    assert "Tin An Phú" in inside
    searched = html_of(editor_a.get("/admin/choose-page/search/", q="An Phú"))
    assert "Tin An Phú" in searched
    # Another portal's tree, asked for by its address, is empty.
    other = html_of(editor_a.get(f"/admin/choose-page/{commune_b.root_page_id}/"))
    assert titles_of_b_in(other) == []


def test_the_page_types_report_is_for_those_who_see_every_portal(
    commune_a, portal_b_at_work
):
    editor_a = _member("btv-anphu", roles.EDITOR, commune_a)
    assert denied(editor_a.get("/admin/reports/page-types-usage/"))
    assert denied(editor_a.get("/admin/reports/page-types-usage/results/"))
    assert "/admin/reports/page-types-usage/" not in html_of(editor_a.get("/admin/"))
    province_editor = Person("btv-tinh", roles.EDITOR)
    report = html_of(province_editor.get("/admin/reports/page-types-usage/"))
    assert B_IN_REVIEW in report


@pytest.mark.parametrize(
    ("surface", "title"),
    [
        ("page search", B_IN_REVIEW),
        ("page chooser search", B_IN_REVIEW),
        ("workflows", B_IN_REVIEW),
        ("image chooser search", B_IMAGE),
        ("document chooser search", B_DOCUMENT),
    ],
)
def test_the_provinces_editors_see_every_portal(
    portal_a_at_work, portal_b_at_work, surface, title
):
    province_editor = Person("btv-tinh", roles.EDITOR)
    url, params = SURFACES[surface]
    assert title in html_of(province_editor.get(url, **params))


def test_the_provinces_leader_sees_every_portals_locked_pages_and_history(
    portal_a_at_work, portal_b_at_work
):
    province_leader = Person("ld-tinh", roles.LEADER)
    assert B_LOCKED in html_of(province_leader.get("/admin/reports/locked/"))
    assert B_IN_REVIEW in html_of(province_leader.get("/admin/reports/site-history/"))
