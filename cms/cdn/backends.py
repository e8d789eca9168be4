"""Wagtail's HTTP PURGE backend, made safe to run inside an editor's request."""

import logging
from urllib.error import HTTPError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import urlopen

from wagtail import __version__ as wagtail_version
from wagtail.contrib.frontend_cache.backends import http

logger = logging.getLogger("cms.cdn")


class HTTPBackend(http.HTTPBackend):
    """Sends one PURGE per URL to ``LOCATION`` with the URL's own Host, as
    Wagtail's does, but waits at most ``TIMEOUT`` seconds for each (Wagtail's
    waits for ever, and the purge runs in the editor's publish request), and
    gives up on the rest of the batch once the proxy cannot be reached, so a
    proxy that is down costs one timeout per publish, not one per URL."""

    def __init__(self, params):
        params = dict(params)
        self.timeout = float(params.pop("TIMEOUT", 2))
        super().__init__(params)
        # Wagtail builds the backends afresh for each purge and calls
        # purge_batch once per host name.
        self.unreachable = False

    def purge(self, url):
        self.purge_batch([url])

    def purge_batch(self, urls):
        urls = list(urls)
        for done, url in enumerate(urls):
            if self.unreachable:
                self._skip(len(urls) - done)
                return
            self.unreachable = not self._purge(url)

    def _skip(self, count: int) -> None:
        logger.warning(
            "CDN purge: %d more URLs not purged (%s unreachable)",
            count,
            self.cache_netloc,
        )

    def _purge(self, url) -> bool:
        """False when the proxy cannot be reached at all."""
        parts = urlsplit(url)
        host = parts.hostname + (f":{parts.port}" if parts.port else "")
        request = http.PurgeRequest(
            url=urlunsplit(
                (self.cache_scheme, self.cache_netloc, parts.path, parts.query, "")
            ),
            headers={
                "Host": host,
                "User-Agent": "Wagtail-frontendcache/" + wagtail_version,
            },
        )
        try:
            # The scheme comes from CDN_PURGE_URL, which only the operator sets.
            with urlopen(request, timeout=self.timeout):  # noqa: S310
                pass
        except HTTPError as exc:
            exc.close()
            logger.warning("CDN purge of %s answered %d %s", url, exc.code, exc.reason)
        except OSError as exc:  # refused, timed out, reset, name not found
            logger.warning("CDN purge of %s failed: %s", url, exc)
            return False
        return True
