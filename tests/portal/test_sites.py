"""The per-process map of sites (cms/portal/sites.py): it resolves a request's
site as Wagtail does, without a query once built, and follows every change of
a site made in this process or in another."""

import pytest
from django.core.cache import cache
from django.test import RequestFactory
from wagtail.models import Site

from cms.portal import sites
from cms.portal.models import PortalSettings
from cms.portal.provisioning import create_portal
from cms.sections.models import HomePage


@pytest.fixture
def requests(settings):
    settings.ALLOWED_HOSTS = ["*"]
    return RequestFactory()


def site_of(requests, host, port=80):
    request = requests.get("/", HTTP_HOST=host, SERVER_PORT=str(port))
    return sites.find_for_request(request)


def wagtails_site_of(requests, host, port=80):
    request = requests.get("/", HTTP_HOST=host, SERVER_PORT=str(port))
    return Site.find_for_request(request)


@pytest.fixture
def homes(home):
    root = home.get_parent()
    made = {}
    for slug in ("mot", "hai", "ba"):
        made[slug] = root.add_child(instance=HomePage(title=slug, slug=slug))
    return made


def test_it_finds_the_site_wagtail_would(requests, home, homes):
    Site.objects.create(hostname="mot.vn", port=80, root_page=homes["mot"])
    Site.objects.create(hostname="mot.vn", port=8080, root_page=homes["hai"])
    Site.objects.create(hostname="hai.vn", port=8000, root_page=homes["hai"])
    Site.objects.create(hostname="ba.vn", port=80, root_page=homes["ba"])
    Site.objects.create(hostname="ba.vn", port=81, root_page=homes["mot"])
    cases = [
        ("mot.vn", 80),  # host and port
        ("mot.vn", 8080),
        ("MOT.vn", 8080),  # host names are not case-sensitive
        ("mot.vn", 9999),  # several sites of that host, none default: default
        ("hai.vn", 80),  # the one site of that host, whatever the port
        ("localhost", 443),  # the default site's own host
        ("khong-co.vn", 80),  # nothing matches: the default site
        ("ba.vn", 82),
    ]
    for host, port in cases:
        expected = wagtails_site_of(requests, host, port)
        assert site_of(requests, f"{host}:{port}", port).pk == expected.pk, host
    Site.objects.filter(is_default_site=True).update(is_default_site=False)
    sites.bump_site_map_version()
    assert site_of(requests, "khong-co.vn") is None
    assert site_of(requests, "mot.vn", 9999) is None


def test_a_warm_map_resolves_without_a_query(
    requests, home, homes, django_assert_num_queries
):
    Site.objects.create(hostname="mot.vn", root_page=homes["mot"])
    site_of(requests, "mot.vn")
    with django_assert_num_queries(0):
        assert site_of(requests, "mot.vn").root_page.pk == homes["mot"].pk
        assert site_of(requests, "localhost").root_page.pk == home.pk
        assert sites.find_for_hostname("MOT.VN").hostname == "mot.vn"
        assert sites.site_map().portal_of(homes["mot"].path + "0001").hostname == (
            "mot.vn"
        )


def test_each_request_gets_its_own_site(requests, home):
    first = site_of(requests, "localhost")
    first.root_page.title = "Đã sửa trong một yêu cầu"
    assert site_of(requests, "localhost").root_page.title != first.root_page.title


def test_a_site_created_renamed_or_deleted_here_is_seen_at_once(requests, homes):
    assert site_of(requests, "mot.vn").is_default_site
    site = Site.objects.create(hostname="mot.vn", root_page=homes["mot"])
    assert site_of(requests, "mot.vn").pk == site.pk
    site.hostname = "mot-moi.vn"
    site.save()
    assert site_of(requests, "mot-moi.vn").pk == site.pk
    assert site_of(requests, "mot.vn").is_default_site
    site.delete()
    assert site_of(requests, "mot-moi.vn").is_default_site


def test_a_change_made_by_another_process_is_seen_without_a_restart(requests, homes):
    site = Site.objects.create(hostname="mot.vn", root_page=homes["mot"])
    assert site_of(requests, "mot.vn").pk == site.pk
    # Another process renames the site: its rows change, and its signal bumps
    # the version in the cache every process shares (here, the same cache).
    Site.objects.filter(pk=site.pk).update(hostname="mot-moi.vn")
    assert site_of(requests, "mot-moi.vn").is_default_site  # not told yet
    cache.set("site-map-version", cache.get("site-map-version") + 1, timeout=None)
    assert site_of(requests, "mot-moi.vn").pk == site.pk


def test_portal_names_follow_the_portal_settings(home):
    portal = create_portal(hostname="xa-a.localhost", name="Xã An Hòa")
    assert sites.site_map().portal(portal.site.pk).name == "Xã An Hòa"
    settings = PortalSettings.for_site(portal.site)
    settings.name = "Phường An Hòa"
    settings.save()
    assert sites.site_map().portal(portal.site.pk).name == "Phường An Hòa"
    default = Site.objects.get(is_default_site=True)
    # No settings saved yet: the settings' default name.
    assert sites.site_map().portal(default.pk).name == "Cổng thông tin điện tử"


def test_a_moved_root_page_is_followed(requests, home, homes):
    site = Site.objects.create(hostname="mot.vn", root_page=homes["mot"])
    homes["mot"].move(homes["hai"], pos="last-child")
    moved = sites.site_map().portal(site.pk)
    assert moved.root_path == type(homes["mot"]).objects.get(pk=homes["mot"].pk).path


def test_a_caller_accepting_an_older_map_sees_other_processes_later_its_own_at_once(
    requests, homes
):
    """What the statistics beacon asks for (BEACON_SITE_MAP_SECONDS): a map
    checked within ``max_age`` seconds is used without reading the version;
    every other caller still reads it, and a change this process makes drops
    the map for every caller."""
    site = Site.objects.create(hostname="mot.vn", root_page=homes["mot"])
    request = requests.get("/", HTTP_HOST="mot-moi.vn")
    assert sites.find_for_request(request, max_age=3600).is_default_site
    # Another process renames the site and bumps the version.
    Site.objects.filter(pk=site.pk).update(hostname="mot-moi.vn")
    cache.set("site-map-version", cache.get("site-map-version") + 1, timeout=None)
    assert sites.find_for_request(request, max_age=3600).is_default_site  # later
    assert sites.find_for_request(request).pk == site.pk  # checked: at once
    assert sites.find_for_request(request, max_age=3600).pk == site.pk

    # A change made here is seen at once, whatever the caller accepts.
    Site.objects.create(hostname="hai.vn", root_page=homes["hai"])
    other = requests.get("/", HTTP_HOST="hai.vn")
    assert sites.find_for_request(other, max_age=3600).hostname == "hai.vn"
