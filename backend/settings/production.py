"""Production: HTTPS everywhere. Requires SECRET_KEY, ALLOWED_HOSTS and usually
DATABASE_URL, REDIS_URL and object storage (see docs/deployment.md)."""

from .base import *  # noqa: F403
from .env import env_bool, env_int

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"
# Joining the browsers' HSTS preload list binds the whole domain (often a shared
# .gov.vn parent) for months: that is the domain owner's decision, made with
# SECURE_HSTS_PRELOAD, so the reminder is silenced rather than the choice made here.
SILENCED_SYSTEM_CHECKS = ["security.W021"]
