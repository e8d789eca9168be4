"""The portals corpus: a province and its communes, each answering for its own
articles by host, as portals made in the admin do (tiny sizes: these tests
time nothing)."""

import datetime

import pytest
from wagtail.models import Page, Site

from bench import config, corpus
from cms.portal.models import NewsProposal, PortalSettings

NOW = datetime.datetime(2026, 11, 20, 9, 0, tzinfo=datetime.UTC)
PER_PORTAL = 8


@pytest.fixture
def built(home, tmp_path):
    return corpus.build_portals(3, PER_PORTAL, tmp_path / "pool", now=NOW, pool_size=2)


def test_a_province_and_its_communes_each_with_its_articles(built, client, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, ".localhost"]  # as bench's
    assert (built.portals, built.articles) == (3, 3 * PER_PORTAL)
    assert Page.find_problems() == ([], [], [], [], [])
    province = Site.objects.get(is_default_site=True)
    assert province.hostname == config.portal_host(0)
    communes = Site.objects.exclude(pk=province.pk).order_by("hostname")
    assert [site.hostname for site in communes] == [
        config.portal_host(1),
        config.portal_host(2),
    ]
    for site in communes:
        assert PortalSettings.for_site(site).parent == province

    seen = set()
    for site in communes:
        answer = client.get("/api/v1/articles/", headers={"host": site.hostname})
        assert answer.status_code == 200
        listing = answer.json()
        assert listing["count"] == PER_PORTAL
        ids = {item["id"] for item in listing["results"]}
        assert not ids & seen  # no commune lists another's articles
        seen |= ids
        # The rows written in bulk name their portal (NewsPage.portal), as a
        # page saved in the admin does: the lists read it.
        stories = client.get(
            "/api/v1/photo-stories/", headers={"host": site.hostname}
        ).json()
        assert stories["count"] == max(3, PER_PORTAL // 100)
        # Search in one commune finds that commune's articles only.
        found = client.get(
            "/api/v1/search/", {"q": "cai cach hanh chinh", "portal": site.hostname}
        ).json()
        assert {item["id"] for item in found["results"]} <= ids

    # The province lists its own articles and those it accepted, each commune's
    # newest ones, which keep their commune's host.
    accepted = NewsProposal.objects.filter(status=NewsProposal.ACCEPTED)
    assert built.accepted == accepted.count() == 2 * corpus.ACCEPTED_PER_COMMUNE
    province_list = client.get(
        "/api/v1/articles/", {"portal": province.hostname, "page_size": 50}
    ).json()
    assert province_list["count"] == PER_PORTAL + built.accepted
    hosts = [item["portal"]["hostname"] for item in province_list["results"]]
    assert hosts.count(province.hostname) == PER_PORTAL
    assert {host for host in hosts if host != province.hostname} == {
        site.hostname for site in communes
    }


def test_a_reduced_portals_corpus_never_replaces_the_full_one():
    full = config.PortalsCorpus(config.PORTALS, config.ARTICLES_PER_PORTAL, "postgres")
    small = config.PortalsCorpus(10, 50, "sqlite")
    assert full.name == "portals100-postgres"
    assert full.database_name == "newsroom_bench_portals100"
    assert small.name == "portals10x50"
    assert small.var_dir != config.PortalsCorpus(100, 1_000, "sqlite").var_dir
    assert full.size == 100_000
    # The one-portal corpora keep their names.
    assert config.Corpus("100k", "postgres").name == "100k-postgres"
    assert config.Corpus("1k", "sqlite").database_name == "newsroom_bench_1k"
