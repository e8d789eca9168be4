"""Every environment variable the reader site reads, in one place, each with a type.

The reader site is a separate deployable: it does not share the CMS's settings
module, so it has its own small readers here. `.env.example` and the README's
configuration table list the same variables.
"""

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from flask import current_app

DEFAULT_SITE_NAME = "Cổng thông tin điện tử"


class ConfigError(ValueError):
    pass


def _str(env: Mapping[str, str], name: str, default: str) -> str:
    value = env.get(name)
    return default if value is None or not value.strip() else value.strip()


def _float(env: Mapping[str, str], name: str, default: float) -> float:
    value = env.get(name)
    if value is None or not value.strip():
        return default
    try:
        number = float(value)
    except ValueError as exc:
        raise ConfigError(f"{name} must be a number, not {value!r}") from exc
    if number < 0:
        raise ConfigError(f"{name} must not be negative, not {value!r}")
    return number


def _int(env: Mapping[str, str], name: str, default: int) -> int:
    value = env.get(name)
    if value is None or not value.strip():
        return default
    try:
        number = int(value)
    except ValueError as exc:
        raise ConfigError(f"{name} must be an integer, not {value!r}") from exc
    if number < 1:
        raise ConfigError(f"{name} must be at least 1, not {value!r}")
    return number


def _list(env: Mapping[str, str], name: str) -> tuple[str, ...]:
    value = env.get(name) or ""
    return tuple(item.strip() for item in value.split(",") if item.strip())


def origin_of(url: str) -> str:
    """ "https://cms.example.vn/api/v1" -> "https://cms.example.vn"."""
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        raise ConfigError(f"{url!r} is not an absolute http(s) address")
    return f"{parts.scheme}://{parts.netloc}"


@dataclass(frozen=True)
class Config:
    # Where the server reaches the API (may be an internal address).
    api_url: str = "http://127.0.0.1:8001/api/v1"
    # Where readers' browsers reach the API (statistics beacon); same by default.
    public_api_url: str = ""
    # The reader site's public address, for canonical URLs, feeds and sharing.
    frontend_url: str = "http://127.0.0.1:8000"
    # The admin's origin, allowed to frame preview pages.
    admin_origin: str = ""
    # Extra origins images may come from (S3 or a CDN in front of media).
    media_origins: tuple[str, ...] = field(default_factory=tuple)
    api_connect_timeout: float = 2.0
    api_timeout: float = 5.0
    # Seconds an API answer is used without asking the CMS again.
    cache_ttl: float = 30.0
    # Seconds an old answer may still be shown while the API is unreachable.
    cache_stale_ttl: float = 86_400.0
    cache_max_entries: int = 5_000
    # Bytes of JSON kept per worker beside the count limit: article answers range
    # from 2 KB to 50 KB, so the count alone could let a worker grow by 250 MB
    # (decoded answers take a few times their JSON size in memory).
    cache_max_bytes: int = 16_000_000
    # The statistics box is refreshed by the browser; the server copy may lag.
    stats_ttl: float = 15.0
    log_level: str = "INFO"

    def __post_init__(self):
        # Normalise once so that every caller can append "/path/" safely.
        object.__setattr__(self, "api_url", self.api_url.rstrip("/"))
        public = (self.public_api_url or self.api_url).rstrip("/")
        object.__setattr__(self, "public_api_url", public)
        object.__setattr__(self, "frontend_url", self.frontend_url.rstrip("/"))
        admin = self.admin_origin or origin_of(public)
        object.__setattr__(self, "admin_origin", origin_of(admin))
        origin_of(self.api_url)
        origin_of(self.frontend_url)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> "Config":
        env = os.environ if env is None else env
        return cls(
            api_url=_str(env, "CMS_API_URL", cls.api_url),
            public_api_url=_str(env, "CMS_PUBLIC_API_URL", ""),
            frontend_url=_str(env, "FRONTEND_URL", cls.frontend_url),
            admin_origin=_str(env, "CMS_ADMIN_ORIGIN", ""),
            media_origins=tuple(origin_of(o) for o in _list(env, "CMS_MEDIA_ORIGINS")),
            api_connect_timeout=_float(
                env, "CMS_API_CONNECT_TIMEOUT", cls.api_connect_timeout
            ),
            api_timeout=_float(env, "CMS_API_TIMEOUT", cls.api_timeout),
            cache_ttl=_float(env, "FRONTEND_CACHE_TTL", cls.cache_ttl),
            cache_stale_ttl=_float(
                env, "FRONTEND_CACHE_STALE_TTL", cls.cache_stale_ttl
            ),
            cache_max_entries=_int(
                env, "FRONTEND_CACHE_MAX_ENTRIES", cls.cache_max_entries
            ),
            cache_max_bytes=_int(env, "FRONTEND_CACHE_MAX_BYTES", cls.cache_max_bytes),
            stats_ttl=_float(env, "FRONTEND_STATS_TTL", cls.stats_ttl),
            log_level=_str(env, "LOG_LEVEL", cls.log_level).upper(),
        )

    @property
    def public_api_origin(self) -> str:
        return origin_of(self.public_api_url)


def reader_config() -> Config:
    """The current app's configuration (set by `create_app`)."""
    return current_app.config["READER"]
