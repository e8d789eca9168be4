"""Which portal (Wagtail Site) a request is for, and which portal a page
belongs to, without a database query per request.

Wagtail's ``Site.find_for_request`` queries the sites on every request. Here
each process keeps a map of every site (with its root page and its portal's
name), built once from the database. A version number in the shared cache
says when it is out of date: saving or deleting a site or its portal
settings, or changing a site's root page, in any process, bumps it (now, and
again when the transaction commits, as cms/core/generation.py does), and the
next request of every process sees the new number and rebuilds its map. So
resolving a site costs one cache read and no query while nothing changes.

A caller may accept a map checked up to ``max_age`` seconds ago, and skip the
cache read: the statistics beacon does (BEACON_SITE_MAP_SECONDS), as its
busiest endpoint. Nothing else should: an answer built from a stale map would
be cached under the content generation the change made (sites bump it too),
and outlive the staleness.
"""

import copy
import threading
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http.request import split_domain_port
from wagtail.models import Page, Site
from wagtail.signals import post_page_move

from cms.core.text import fold_diacritics

from .models import PortalSettings

_KEY = "site-map-version"
# When the cache cannot give a version (Redis down), a map this many seconds
# old is still used rather than rebuilt on every request.
_UNVERSIONED_MAX_AGE = 5.0


@dataclass(frozen=True)
class Portal:
    """A site as the API names it: its host name and its portal's settings."""

    site_id: int
    hostname: str
    port: int
    is_default: bool
    name: str
    unit: str
    # The site's root page's tree path: a page whose path starts with it
    # belongs to this portal (the longest such prefix, should roots nest).
    root_path: str
    # The host name of the province's portal a commune's portal belongs to
    # (None for the province's own).
    parent: str | None = None
    # A closed portal is hidden from readers (its settings' closed_at), and
    # may send them on to another address.
    closed: bool = False
    redirect_url: str = ""


class SiteMap:
    """Every site, by host and by root page, as one process knows them."""

    def __init__(self, version, sites: list[Site], settings: dict[int, PortalSettings]):
        self.version = version
        self.built_at = time.monotonic()
        # When the version was last read and found to be this map's.
        self.checked_at = self.built_at
        self._sites = {site.pk: site for site in sites}
        self._by_host_port: dict[tuple[str, int], Site] = {}
        self._by_hostname: dict[str, list[Site]] = {}
        self.default: Site | None = None
        self._portals: dict[int, Portal] = {}
        self._by_root_path: dict[str, Portal] = {}
        for site in sites:
            hostname = site.hostname.lower()
            self._by_host_port[(hostname, site.port)] = site
            self._by_hostname.setdefault(hostname, []).append(site)
            if site.is_default_site:
                self.default = site
            portal_settings = settings.get(site.pk)
            portal = Portal(
                site_id=site.pk,
                hostname=hostname,
                port=site.port,
                is_default=site.is_default_site,
                name=portal_settings.name if portal_settings else _default_name(),
                unit=portal_settings.unit if portal_settings else "",
                root_path=site.root_page.path,
                parent=(
                    self._sites[portal_settings.parent_id].hostname.lower()
                    if portal_settings
                    and portal_settings.parent_id
                    and portal_settings.parent_id in self._sites
                    else None
                ),
                closed=bool(portal_settings and portal_settings.closed_at),
                redirect_url=portal_settings.redirect_url if portal_settings else "",
            )
            self._portals[site.pk] = portal
            self._by_root_path[portal.root_path] = portal
        self.root_page_ids = frozenset(site.root_page_id for site in sites)

    # Sites, as fresh instances: a caller may cache things on a site or its
    # root page (``root_page.specific``), which must not outlive its request.

    def _fresh(self, site: Site | None) -> Site | None:
        if site is None:
            return None
        fresh = copy.copy(site)
        fresh.root_page = copy.copy(site.root_page)
        return fresh

    def site(self, site_id: int) -> Site | None:
        return self._fresh(self._sites.get(site_id))

    def for_host(self, hostname: str, port: int) -> Site | None:
        """As Wagtail's ``get_site_for_hostname``: the site of this host and
        port; else the default site if it has this host name; else the one
        site with this host name; else the default site (None if there is
        none, or if several sites share the host name and none is default)."""
        hostname = hostname.lower()
        site = self._by_host_port.get((hostname, port))
        if site is None:
            default = self.default
            if default is not None and default.hostname.lower() == hostname:
                site = default
            else:
                matches = self._by_hostname.get(hostname, [])
                site = matches[0] if len(matches) == 1 else default
        return self._fresh(site)

    def for_hostname(self, hostname: str) -> Site | None:
        """The site a portal's host name (no port, any case) names: the
        default site if it has that name, else the one on the lowest port."""
        matches = self._by_hostname.get(hostname.strip().lower(), [])
        if not matches:
            return None
        best = min(matches, key=lambda site: (not site.is_default_site, site.port))
        return self._fresh(best)

    def portal(self, site_id: int) -> Portal | None:
        return self._portals.get(site_id)

    def portal_of(self, page_path: str) -> Portal | None:
        """The portal whose tree holds the page with this tree path."""
        for end in range(len(page_path), 0, -Page.steplen):
            portal = self._by_root_path.get(page_path[:end])
            if portal is not None:
                return portal
        return None

    def reader_url(self, portal: Portal) -> str:
        """The portal's address on the reader site (scheme://host[:port]), by
        the reader site's own rule (frontend/portals.py): FRONTEND_URL's scheme
        and port with the portal's host name; the default portal's is
        FRONTEND_URL itself while no portal has FRONTEND_URL's host name."""
        front = urlsplit(settings.FRONTEND_URL)
        front_host = (front.hostname or "").lower()
        if portal.is_default and front_host not in self._by_hostname:
            return settings.FRONTEND_URL
        default_port = {"http": 80, "https": 443}.get(front.scheme)
        port = f":{front.port}" if front.port and front.port != default_port else ""
        return f"{front.scheme}://{portal.hostname}{port}"

    def portals(self) -> list[Portal]:
        """Every open portal, the default (the province's) first, then by
        name."""
        return sorted(
            (portal for portal in self._portals.values() if not portal.closed),
            key=lambda p: (not p.is_default, fold_diacritics(p.name).casefold()),
        )


def _default_name() -> str:
    return PortalSettings._meta.get_field("name").default


def _build(version) -> SiteMap:
    sites = list(Site.objects.select_related("root_page").order_by("pk"))
    settings = {
        row.site_id: row
        for row in PortalSettings.objects.only(
            "site_id", "name", "unit", "parent_id", "closed_at", "redirect_url"
        )
    }
    return SiteMap(version, sites, settings)


_map: SiteMap | None = None
_lock = threading.Lock()


def _version():
    version = cache.get(_KEY)
    if version is None:
        # A cache emptied or new: start a version no process has built from.
        cache.add(_KEY, time.time_ns(), timeout=None)
        version = cache.get(_KEY)
    return version


def site_map(max_age: float = 0.0) -> SiteMap:
    """This process's map of the sites, rebuilt first if any process changed a
    site since it was built: one cache read, none if the map was checked less
    than ``max_age`` seconds ago. A change made by this process is seen at
    once whatever ``max_age`` (it drops the map)."""
    global _map
    current = _map
    now = time.monotonic()
    if current is not None and now - current.checked_at < max_age:
        return current
    version = _version()
    if current is not None and (
        current.version == version
        or (version is None and now - current.built_at < _UNVERSIONED_MAX_AGE)
    ):
        if version is not None:
            current.checked_at = now
        return current
    with _lock:
        if _map is None or _map.version != version or version is None:
            _map = _build(version)
        return _map


def known_site_map() -> SiteMap:
    """The map as this process last checked it: for what runs inside a
    request that already resolved its site, so that serialising a list
    costs no cache read per item."""
    return _map or site_map()


def find_for_request(request, max_age: float = 0.0) -> Site | None:
    """The site of the request's host, as Wagtail's ``Site.find_for_request``
    finds it (host name and port, then host name, then the default site)."""
    hostname, _port = split_domain_port(request.get_host())
    return site_map(max_age).for_host(hostname, int(request.get_port()))


def find_for_hostname(hostname: str, max_age: float = 0.0) -> Site | None:
    return site_map(max_age).for_hostname(hostname)


# Keeping the map up to date -------------------------------------------------


def bump_site_map_version() -> None:
    """Make every process rebuild its map: now, and again when the current
    transaction commits (a process rebuilding in between reads the old rows)."""
    _bump()
    transaction.on_commit(_bump)


def _bump() -> None:
    global _map
    current = cache.get(_KEY) or 0
    cache.set(_KEY, max(time.time_ns(), current + 1), timeout=None)
    _map = None


def _on_site_change(sender, raw=False, **kwargs):
    if not raw:
        bump_site_map_version()


def _on_page_saved(sender, instance, raw=False, **kwargs):
    # A site's root page renamed (its url_path) or moved changes the map.
    current = _map
    if (
        not raw
        and isinstance(instance, Page)
        and current is not None
        and instance.pk in current.root_page_ids
    ):
        bump_site_map_version()


def _on_page_moved(sender, **kwargs):
    # A move may carry a site's root page, or a page above one, to another
    # path. Moves are rare: every one rebuilds the maps.
    bump_site_map_version()


def connect_signal_handlers() -> None:
    uid = "site-map"
    for model in (Site, PortalSettings):
        post_save.connect(
            _on_site_change, sender=model, dispatch_uid=f"{uid}-{model}-saved"
        )
        post_delete.connect(
            _on_site_change, sender=model, dispatch_uid=f"{uid}-{model}-deleted"
        )
    post_save.connect(_on_page_saved, dispatch_uid=f"{uid}-page-saved")
    post_page_move.connect(_on_page_moved, dispatch_uid=f"{uid}-page-moved")


def reader_site_url(page) -> str:
    """The reader site of the portal whose tree holds ``page`` (a new page's
    preview has a path made up under its parent's), else FRONTEND_URL."""
    sites = site_map()
    portal = sites.portal_of(page.path or "")
    return sites.reader_url(portal) if portal else settings.FRONTEND_URL
