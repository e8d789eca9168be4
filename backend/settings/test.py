"""The test suite: fast hashing, an in-memory cache, throwaway media."""

import os
import tempfile

os.environ.setdefault("SECRET_KEY", "test-only-key")


def _worker_redis_url(url: str, worker: str) -> str:
    """Under pytest-xdist, worker gwN uses the Redis database N below the one
    REDIS_URL names (wrapping at 0), as pytest-django gives each worker a
    database of its own: the suite empties the cache (FLUSHDB) before every
    test, which must not empty another worker's in the middle of its test."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    base = int(parts.path.strip("/") or 0)
    index = int(worker.removeprefix("gw"))
    return urlunsplit(parts._replace(path=f"/{(base - index) % 16}"))


# Set in the environment, not only in settings: tests that talk to Redis
# directly read REDIS_URL from there.
_worker = os.environ.get("PYTEST_XDIST_WORKER", "")
if _worker.startswith("gw") and os.environ.get("REDIS_URL"):
    os.environ["REDIS_URL"] = _worker_redis_url(os.environ["REDIS_URL"], _worker)

from .base import *  # noqa: E402, F403

DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="cms-test-media-"))  # noqa: F405
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
if not REDIS_URL:  # noqa: F405
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Tests change sites between requests: every beacon checks the map.
BEACON_SITE_MAP_SECONDS = 0
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WHITENOISE_USE_FINDERS = True
