"""Which portal a request is for: one reader-site deployment serves every portal
of the installation, told apart by the host name readers typed.

The portals come from the API's `/api/v1/portals/` (cached and revalidated like
every other answer, so a portal created in the admin is served within
`cache_ttl` seconds). A request's host (without its port) is looked up among
their host names; the host of `FRONTEND_URL` also stands for the default portal,
so that single-portal installations, and `127.0.0.1:8000` in development, keep
working. Any other host is answered with a page of its own and nothing of any
portal (`no_portal_page`).

Each portal's public address is `FRONTEND_URL`'s scheme, the portal's host name
and `FRONTEND_URL`'s port when it is not the scheme's default. The default
portal's is `FRONTEND_URL` itself when no portal has FRONTEND_URL's host name:
an installation whose site still carries Wagtail's "localhost" keeps the
canonical URLs it always had.
"""

from dataclasses import dataclass
from urllib.parse import urlsplit

from flask import Response, current_app, g, render_template, request

from .api import ApiError, ApiUnavailable, cms, use_portal
from .config import Config, reader_config

DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True)
class Portal:
    hostname: str  # what the API's `portal` parameter takes
    name: str
    unit: str
    is_default: bool
    parent: str | None  # the province's host name, for a commune
    base_url: str  # scheme://host[:port], no trailing slash


class Directory:
    """The portals of one `/portals/` answer, by every host name they answer to."""

    def __init__(self, answer: dict, config: Config):
        front = urlsplit(config.frontend_url)
        port = front.port
        suffix = f":{port}" if port and port != DEFAULT_PORTS.get(front.scheme) else ""
        self._scheme_and_port = (front.scheme, suffix)
        front_host = (front.hostname or "").lower()
        results = answer.get("results") or []
        hostnames = {str(p.get("hostname", "")).lower() for p in results}
        self.by_host: dict[str, Portal] = {}
        for item in results:
            hostname = str(item.get("hostname", "")).lower()
            if not hostname:
                continue
            default = bool(item.get("is_default"))
            base = self._address(hostname)
            if default and front_host not in hostnames:
                base = config.frontend_url
            self.by_host[hostname] = Portal(
                hostname=hostname,
                name=item.get("name") or "",
                unit=item.get("unit") or "",
                is_default=default,
                parent=item.get("parent"),
                base_url=base,
            )
        default = next((p for p in self.by_host.values() if p.is_default), None)
        if default is not None and front_host not in self.by_host:
            self.by_host[front_host] = default

    def find(self, host: str) -> Portal | None:
        return self.by_host.get(host)

    def base_url_for(self, hostname: str) -> str:
        known = self.by_host.get(hostname)
        return known.base_url if known is not None else self._address(hostname)

    def _address(self, hostname: str) -> str:
        scheme, suffix = self._scheme_and_port
        return f"{scheme}://{hostname}{suffix}"


def hostname_of(host: str) -> str:
    """ "XA-A.tinh.gov.vn:8000" -> "xa-a.tinh.gov.vn"; "[::1]:8000" -> "::1"."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    return host.split(":", 1)[0].rstrip(".")


def directory() -> Directory:
    """The portals as the API lists them now. Rebuilt only when the client's
    cache holds a new answer (a revalidated one is the same object)."""
    answer = cms().portals()
    built = current_app.extensions.get("portals")
    if built is None or built[0] is not answer:
        built = (answer, Directory(answer, reader_config()))
        current_app.extensions["portals"] = built
    return built[1]


def resolve_request_portal() -> Response | None:
    """Before every page: find the request's portal and scope the request's API
    calls to it, or answer with the unknown-host page."""
    if request.blueprint == "assets" or request.path.startswith("/static/"):
        return None  # CSS and scripts are the same for every portal
    use_portal(None)
    hostname = hostname_of(request.host)
    portal = directory().find(hostname)
    if portal is None:
        return closed_portal_answer(hostname) or no_portal_page()
    g.portal = portal
    use_portal(portal.hostname)
    return None


def current() -> Portal:
    return g.portal


def current_or_none() -> Portal | None:
    return g.get("portal")


def item_url(item: dict, absolute: bool = False) -> str:
    """Where a news item is read: on this portal, its path (or its absolute URL
    when `absolute`); on another portal (a commune's news in the province's "Tin
    cơ sở"), that portal's one canonical page."""
    path = item.get("path") or "/"
    here = current()
    hostname = (item.get("portal") or {}).get("hostname")
    if hostname and hostname.lower() != here.hostname:
        return directory().base_url_for(hostname.lower()) + path
    return here.base_url + path if absolute else path


def elsewhere(item: dict) -> str | None:
    """The name of the portal that holds `item`, when it is not this one."""
    source = item.get("portal") or {}
    hostname = source.get("hostname")
    if hostname and hostname.lower() != current().hostname:
        return source.get("name") or hostname
    return None


def is_here(item: dict) -> bool:
    return elsewhere(item) is None


def closed_portal_answer(hostname: str) -> Response | None:
    """For the host of a portal the administrator closed: a 301 to the address
    they chose, else a 410 page. None for a host that is no portal's. The API
    says which (a 410 for a closed portal; /portals/ lists open ones only)."""
    if not hostname or len(hostname) > 253:
        return None
    try:
        cms().get("/site/", {"portal": hostname}, portal_scoped=False)
    except ApiError as error:
        if error.status != 410:
            return None
        details = (error.payload or {}).get("error") or {}
        redirect_url = str(details.get("redirect_url") or "")
        if redirect_url.startswith(("https://", "http://")):
            response = Response(status=301)
            response.headers["Location"] = redirect_url
        else:
            response = Response(
                render_template("no_portal.html", host=hostname, closed=True),
                status=410,
                mimetype="text/html",
            )
        response.headers["Cache-Control"] = "public, max-age=300"
        return response
    except ApiUnavailable:
        return None
    return None


def no_portal_page() -> Response:
    response = Response(
        render_template("no_portal.html", host=hostname_of(request.host)[:253]),
        status=404,
        mimetype="text/html",
    )
    response.headers["Cache-Control"] = "no-store"
    return response
