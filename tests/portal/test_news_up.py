"""News flows up: a commune's editor proposes a live article to the province;
the province's editors accept or decline it; accepted, the province lists it
in "Tin cơ sở", its lists and its search, linking to the commune's one page.
Another commune sees none of it."""

import json

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.test import Client
from wagtail.models import Site

from cms.portal.models import NewsProposal
from cms.workflow import roles
from tests.factories import (
    ArticlePageFactory,
    PhotoStoryPageFactory,
    SectionPageFactory,
    UserFactory,
)


def _create(host, name):
    call_command("create_portal", host=host, name=name, stdout=None)
    return Site.objects.get(hostname=host)


class Person:
    def __init__(self, username, group_name):
        self.user = UserFactory(
            username=username,
            email=f"{username}@tinh.example.vn",
            groups=[Group.objects.get(name=group_name)],
        )
        self.client = Client()
        self.client.force_login(self.user)

    def get(self, url, **params):
        return self.client.get(url, params)

    def post(self, url, data=None):
        return self.client.post(url, data or {})


@pytest.fixture
def world(db, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, ".localhost"]
    province = Site.objects.get(is_default_site=True)
    news = SectionPageFactory(parent=province.root_page, title="Tin tức")
    grassroots = SectionPageFactory(
        parent=province.root_page, title="Tin cơ sở", collects_commune_news=True
    )
    ArticlePageFactory(parent=news, title="Tỉnh họp bàn kế hoạch năm")
    a = _create("xa-a.localhost", "Xã An Phú")
    b = _create("xa-b.localhost", "Xã Bình Minh")
    section_a = SectionPageFactory(parent=a.root_page, title="Tin An Phú")
    section_b = SectionPageFactory(parent=b.root_page, title="Tin Bình Minh")

    class World:
        pass

    w = World()
    w.province, w.news, w.grassroots, w.a, w.b = province, news, grassroots, a, b
    w.article = ArticlePageFactory(parent=section_a, title="Chợ phiên nông sản An Phú")
    w.draft = ArticlePageFactory(
        parent=section_a, title="Bản nháp An Phú", publish=False
    )
    w.article_b = ArticlePageFactory(parent=section_b, title="Tin riêng Bình Minh")
    w.editor_a = Person("btv-anphu", f"{roles.EDITOR} – Xã An Phú")
    w.leader_a = Person("ld-anphu", f"{roles.LEADER} – Xã An Phú")
    w.reporter_a = Person("pv-anphu", f"{roles.REPORTER} – Xã An Phú")
    w.editor_b = Person("btv-binhminh", f"{roles.EDITOR} – Xã Bình Minh")
    w.province_editor = Person("btv-tinh", roles.EDITOR)
    return w


def _propose_url(page):
    return f"/admin/portals/propose/{page.pk}/"


def _api(path, host="localhost", **params):
    response = Client().get(path, params, HTTP_HOST=host)
    assert response.status_code == 200, response.content
    return [item["title"] for item in json.loads(response.content)["results"]]


def test_a_commune_editor_proposes_and_the_province_editors_are_mailed(world):
    page = world.editor_a.get(_propose_url(world.article))
    assert page.status_code == 200
    assert "Đề xuất lên cổng tỉnh" in page.content.decode()
    # The button is on the article's own screen.
    edit = world.editor_a.get(f"/admin/pages/{world.article.pk}/edit/")
    assert _propose_url(world.article) in edit.content.decode()
    mail.outbox.clear()

    response = world.editor_a.post(_propose_url(world.article))

    assert response.status_code == 302
    proposal = NewsProposal.objects.get(page=world.article)
    assert proposal.status == NewsProposal.PENDING
    assert (proposal.portal, proposal.province) == (world.a, world.province)
    recipients = {address for message in mail.outbox for address in message.to}
    assert world.province_editor.user.email in recipients
    assert world.editor_b.user.email not in recipients
    assert world.editor_a.user.email not in recipients
    assert "Chợ phiên nông sản An Phú" in mail.outbox[0].subject
    # Proposing twice is refused, with a message, not a second proposal.
    world.leader_a.post(_propose_url(world.article))
    assert NewsProposal.objects.filter(page=world.article).count() == 1
    state = world.leader_a.get(_propose_url(world.article)).content.decode()
    assert "Chờ duyệt" in state


@pytest.mark.parametrize("who", ["reporter_a", "editor_b", "province_editor"])
def test_who_may_not_propose_a_communes_article(world, who):
    person = getattr(world, who)
    if who == "province_editor":
        # A province's own article has nowhere to go up to.
        target = ArticlePageFactory(parent=world.news, title="Bài của tỉnh")
        assert person.get(_propose_url(target)).status_code in (302, 403)
        assert person.post(_propose_url(target)).status_code in (302, 403)
        assert not NewsProposal.objects.exists()
        return
    assert person.get(_propose_url(world.article)).status_code in (302, 403)
    assert person.post(_propose_url(world.article)).status_code in (302, 403)
    assert not NewsProposal.objects.exists()


def test_only_live_articles_can_be_proposed(world):
    assert world.editor_a.get(_propose_url(world.draft)).status_code in (302, 403)
    assert world.editor_a.post(_propose_url(world.draft)).status_code in (302, 403)
    assert not NewsProposal.objects.exists()


def test_accepted_news_shows_in_the_provinces_lists_and_search_only(world):
    world.leader_a.post(_propose_url(world.article))
    proposal = NewsProposal.objects.get()
    # Not before it is accepted.
    assert "Chợ phiên nông sản An Phú" not in _api("/api/v1/articles/")

    screen = world.province_editor.get("/admin/portals/proposals/").content.decode()
    assert "Chợ phiên nông sản An Phú" in screen and "Xã An Phú" in screen
    # Another commune sees nothing of it; the proposing one sees its state.
    assert (
        "Chợ phiên"
        not in world.editor_b.get("/admin/portals/proposals/").content.decode()
    )
    assert world.editor_b.post(
        f"/admin/portals/proposals/{proposal.pk}/accept/"
    ).status_code in (302, 403)
    assert world.editor_a.post(
        f"/admin/portals/proposals/{proposal.pk}/accept/"
    ).status_code in (302, 403)
    proposal.refresh_from_db()
    assert proposal.status == NewsProposal.PENDING

    response = world.province_editor.post(
        f"/admin/portals/proposals/{proposal.pk}/accept/"
    )
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == NewsProposal.ACCEPTED
    assert proposal.decided_by == world.province_editor.user

    grassroots = _api("/api/v1/articles/", section=world.grassroots.pk)
    assert grassroots == ["Chợ phiên nông sản An Phú"]
    assert "Chợ phiên nông sản An Phú" in _api("/api/v1/articles/")
    assert "Chợ phiên nông sản An Phú" not in _api(
        "/api/v1/articles/", section=world.news.pk
    )
    assert _api("/api/v1/search/", q="chợ phiên") == ["Chợ phiên nông sản An Phú"]
    # Its one page stays the commune's: no copy under the province.
    detail = Client().get(f"/api/v1/articles/{world.article.pk}/")
    assert detail.status_code == 404
    assert _api("/api/v1/articles/", host="xa-a.localhost") == [
        "Chợ phiên nông sản An Phú"
    ]
    # The other commune's portal and its search never list it.
    assert _api("/api/v1/articles/", host="xa-b.localhost") == ["Tin riêng Bình Minh"]
    assert _api("/api/v1/search/", host="xa-b.localhost", q="chợ phiên") == []
    assert "Đã nhận" in world.editor_a.get("/admin/portals/proposals/").content.decode()

    # A closed commune's news leaves the province's lists.
    call_command("close_portal", "xa-a.localhost", gone=True, stdout=None)
    assert _api("/api/v1/articles/", section=world.grassroots.pk) == []


def test_a_photo_story_flows_up_like_an_article(world):
    story = PhotoStoryPageFactory(
        parent=world.article.get_parent(), title="Tin ảnh: lễ hội làng An Phú"
    )
    assert (
        _propose_url(story)
        in world.editor_a.get(f"/admin/pages/{story.pk}/edit/").content.decode()
    )
    assert world.editor_a.post(_propose_url(story)).status_code == 302
    proposal = NewsProposal.objects.get(page=story)
    assert "Tin ảnh: lễ hội làng An Phú" not in _api("/api/v1/photo-stories/")

    world.province_editor.post(f"/admin/portals/proposals/{proposal.pk}/accept/")

    assert _api("/api/v1/photo-stories/", section=world.grassroots.pk) == [
        "Tin ảnh: lễ hội làng An Phú"
    ]
    assert "Tin ảnh: lễ hội làng An Phú" not in _api(
        "/api/v1/photo-stories/", host="xa-b.localhost"
    )


def test_the_provinces_tag_page_counts_the_news_it_accepted(world):
    world.article.tags.add("chợ phiên")
    world.article.save_revision().publish()
    world.leader_a.post(_propose_url(world.article))
    tag = Client().get("/api/v1/tags/cho-phien/")
    assert tag.status_code == 404  # nothing of the province's yet

    proposal = NewsProposal.objects.get()
    world.province_editor.post(f"/admin/portals/proposals/{proposal.pk}/accept/")

    tag = json.loads(Client().get("/api/v1/tags/cho-phien/").content)
    assert tag["article_count"] == 1
    assert _api("/api/v1/articles/", tag="cho-phien") == ["Chợ phiên nông sản An Phú"]
    assert (
        Client().get("/api/v1/tags/cho-phien/", HTTP_HOST="xa-b.localhost").status_code
        == 404
    )


def test_a_declined_proposal_shows_its_reason_and_can_be_sent_again(world):
    world.editor_a.post(_propose_url(world.article))
    proposal = NewsProposal.objects.get()
    world.province_editor.post(
        f"/admin/portals/proposals/{proposal.pk}/decline/",
        {"reason": "Trùng với tin đã đăng"},
    )
    proposal.refresh_from_db()
    assert (proposal.status, proposal.reason) == (
        NewsProposal.DECLINED,
        "Trùng với tin đã đăng",
    )
    assert _api("/api/v1/articles/", section=world.grassroots.pk) == []
    state = world.editor_a.get(_propose_url(world.article)).content.decode()
    assert "Không nhận" in state and "Trùng với tin đã đăng" in state
    assert "Đề xuất lại" in state

    world.editor_a.post(_propose_url(world.article))
    proposal.refresh_from_db()
    assert (proposal.status, proposal.reason) == (NewsProposal.PENDING, "")


def test_the_provinces_search_can_cover_every_open_portal(world):
    # Not accepted anywhere: only scope=all finds it, and only for the province.
    assert _api("/api/v1/search/", q="Bình Minh") == []
    assert _api("/api/v1/search/", q="Bình Minh", scope="all") == [
        "Tin riêng Bình Minh"
    ]
    refused = Client().get(
        "/api/v1/search/",
        {"q": "Bình Minh", "scope": "all"},
        HTTP_HOST="xa-a.localhost",
    )
    assert refused.status_code == 400
    assert "Chỉ cổng cấp tỉnh" in json.loads(refused.content)["error"]["message"]
    # Drafts stay out, and a closed portal's pages leave it.
    assert _api("/api/v1/search/", q="bản nháp", scope="all") == []
    call_command("close_portal", "xa-b.localhost", gone=True, stdout=None)
    assert _api("/api/v1/search/", q="Bình Minh", scope="all") == []


def test_the_provinces_list_follows_each_decision_at_once(world, monkeypatch):
    """Whether a portal accepted anything is remembered per content
    generation (cms/core/models.py ``accepting_portals``): accepting the
    province's first commune article, and closing the commune's portal,
    show in the province's uncached list at once."""
    monkeypatch.setattr("api.caching.RESPONSE_CACHE_SECONDS", 0)
    title = "Chợ phiên nông sản An Phú"
    world.leader_a.post(_propose_url(world.article))
    assert title not in _api("/api/v1/articles/")  # remembered: none accepted
    proposal = NewsProposal.objects.get()

    world.province_editor.post(f"/admin/portals/proposals/{proposal.pk}/accept/")

    assert title in _api("/api/v1/articles/")
    assert _api("/api/v1/articles/", section=world.grassroots.pk) == [title]
    call_command("close_portal", "xa-a.localhost", gone=True, stdout=None)
    assert title not in _api("/api/v1/articles/")
