"""Settings shared by every environment. Secure by default: DEBUG is off and there
is no SECRET_KEY unless the environment gives one (dev.py relaxes both)."""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from backend.redis_breaker import CircuitBreakerConnection

from .env import env_bool, env_int, env_list, env_str
from .folders import ensure_writable_folder

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(env_str("VAR_DIR", str(BASE_DIR / "var")))

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env_str("SECRET_KEY", "")
if not SECRET_KEY and not DEBUG:
    raise ImproperlyConfigured(
        "SECRET_KEY must be set when DEBUG is off (see .env.example)."
    )

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "cms.core",
    "cms.images",
    "cms.portal",
    "cms.sections",
    "cms.articles",
    "cms.photostories",
    "cms.officialdocs",
    "cms.workflow",
    "cms.demo",
    "cms.security",
    "cms.backup",
    "cms.stats",
    "cms.organisation",
    "cms.cdn",
    # Before wagtail.admin: its templates replace Wagtail's untranslatable ones.
    "cms.i18n",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "api",
    "corsheaders",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    # A cached API answer (or its 304) before anything else runs, with the
    # headers the middleware below would have added (api/caching.py).
    "api.caching.CachedAnswerMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Wagtail's site-wide history report is for leaders only (cms/workflow).
    "cms.workflow.middleware.AuditLogAccessMiddleware",
    # Wagtail's page types report names pages of every portal (cms/portal).
    "cms.portal.middleware.PageTypesReportAccessMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a lockout into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "backend.urls"
WSGI_APPLICATION = "backend.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "backend" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: SQLite under var/ unless DATABASE_URL names another one.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", "") or f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers work while the admin writes; the busy timeout makes a
    # writer wait for the lock instead of failing at once.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
    if DATABASES["default"]["NAME"] != ":memory:":
        ensure_writable_folder(
            Path(DATABASES["default"]["NAME"]).parent,
            "VAR_DIR" if not env_str("DATABASE_URL", "") else "DATABASE_URL",
        )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache shared by every worker process, so that invalidation made by one process
# (the admin, the scheduler, a command) holds in all of them.
REDIS_URL = env_str("REDIS_URL", "")
# Seconds a process leaves Redis alone after a failed connection or a timeout
# (cache and statistics), answering without it; then one call tries again.
REDIS_RETRY_AFTER = env_int("REDIS_RETRY_AFTER", 15)
# A setting of its own, defined with or without REDIS_URL, so that tests can
# build a cache exactly like this one on a Redis of their own.
REDIS_CACHE_OPTIONS = {
    "CLIENT_CLASS": "django_redis.client.DefaultClient",
    "SOCKET_CONNECT_TIMEOUT": 1,
    "SOCKET_TIMEOUT": 1,
    # A Redis outage must not take the site down: cache misses instead...
    "IGNORE_EXCEPTIONS": True,
    # ...and a hung one must not make every cache call wait for its timeout
    # (backend/redis_breaker.py).
    "CONNECTION_POOL_KWARGS": {"connection_class": CircuitBreakerConnection},
}
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "cms"),
            "OPTIONS": REDIS_CACHE_OPTIONS,
        }
    }
    DJANGO_REDIS_IGNORE_EXCEPTIONS = True
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(ensure_writable_folder(VAR_DIR / "cache", "VAR_DIR")),
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "cms"),
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        }
    }

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Admin login: django-axes locks a username out from one address after repeated
# failures (docs/security.md). Keyed on the pair so that a guesser cannot lock an
# editor out from everywhere, and a whole office behind one address is not locked
# out by one person's typos.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "cms.security.login.lockout_response"
AXES_CLIENT_IP_CALLABLE = "cms.security.login.client_ip"
# How many reverse proxies we trust to append X-Forwarded-For (0: none, use the
# connection's address).
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt")]
WAGTAILADMIN_PERMITTED_LANGUAGES = [("vi", "Tiếng Việt")]
# Wagtail's login form leaves its password label untranslated (cms/i18n).
WAGTAILADMIN_USER_LOGIN_FORM = "cms.i18n.forms.LoginForm"
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]

# Static files: whitenoise serves them with compressed, content-hashed names.
STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(VAR_DIR / "static")))
MEDIA_URL = env_str("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    # Several servers share media through S3-compatible object storage.
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_S3_ENDPOINT_URL = env_str("AWS_S3_ENDPOINT_URL", "") or None
    AWS_S3_REGION_NAME = env_str("AWS_S3_REGION_NAME", "") or None
    AWS_S3_CUSTOM_DOMAIN = env_str("AWS_S3_CUSTOM_DOMAIN", "") or None
    AWS_QUERYSTRING_AUTH = False
    AWS_DEFAULT_ACL = None
    AWS_S3_FILE_OVERWRITE = False
else:
    # Uploads would create it too, but only once an editor's first photo fails
    # on a folder that cannot be made; say so at start instead.
    ensure_writable_folder(MEDIA_ROOT, "MEDIA_ROOT")

# Uploads: explicit limits rather than framework defaults.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Backups (`make backup`, docs/backup.md): where archives go and how many to keep.
BACKUP_DIR = Path(env_str("BACKUP_DIR", str(VAR_DIR / "backups")))
BACKUP_KEEP = env_int("BACKUP_KEEP", 14)

# Email: console locally, SMTP when EMAIL_HOST is set.
EMAIL_HOST = env_str("EMAIL_HOST", "")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = env_int("EMAIL_PORT", 587)
    EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "cms@localhost")

# Wagtail
WAGTAIL_SITE_NAME = env_str("WAGTAIL_SITE_NAME", "Cổng thông tin điện tử")
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8001")
WAGTAILIMAGES_IMAGE_MODEL = "images.CustomImage"
# The admin's slug script keeps Vietnamese letters when Unicode is allowed but
# mangles them otherwise ("Đẩy" -> "djay"); BasePage folds every slug to ASCII
# on save, so editors get "day-manh-cai-cach" either way.
WAGTAIL_ALLOW_UNICODE_SLUGS = True
WAGTAIL_I18N_ENABLED = False
# Default avatars instead of Gravatar: editors' email hashes stay with us, and
# the admin looks whole without internet access.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Readers' search (cms/core/search.py): each query is ended past this many
# milliseconds (503 with Retry-After) rather than holding a worker.
SEARCH_TIMEOUT_MS = env_int("SEARCH_TIMEOUT_MS", 2000)
# Per-client limits (api/limits.py), per RATE_LIMIT_WINDOW seconds, shared by
# every worker through the cache; 0 turns one off. The reader site's server
# searches for many readers: put its address in RATE_LIMIT_EXEMPT.
SEARCH_RATE_LIMIT = env_int("SEARCH_RATE_LIMIT", 60)
BEACON_RATE_LIMIT = env_int("BEACON_RATE_LIMIT", 600)
RATE_LIMIT_WINDOW = env_int("RATE_LIMIT_WINDOW", 60)
RATE_LIMIT_EXEMPT = env_list("RATE_LIMIT_EXEMPT")
# Seconds a process's map of the sites may serve statistics beacons before its
# version is checked again in the shared cache (cms/portal/sites.py): a site
# created, closed or moved reaches beacons that much later. 0: every beacon.
BEACON_SITE_MAP_SECONDS = env_int("BEACON_SITE_MAP_SECONDS", 5)
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        # The admin's page search only (readers' search has its own index).
        # PostgreSQL: no stemming or stop words ("english" drops Vietnamese
        # words such as "an"); SQLite ignores it.
        "SEARCH_CONFIG": "simple",
    }
}
WAGTAILDOCS_EXTENSIONS = [
    "csv",
    "doc",
    "docx",
    "odt",
    "pdf",
    "pptx",
    "rtf",
    "txt",
    "xlsx",
]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# The files of an official document (cms/officialdocs): PDF, DOC or DOCX.
OFFICIAL_DOCUMENT_MAX_SIZE = env_int("OFFICIAL_DOCUMENT_MAX_SIZE", 20 * 1024 * 1024)
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Far below Wagtail's default of 128 megapixels: a phone photo is about 12.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# Vietnamese errors, a full decode of images and content sniffing of documents
# on every admin upload path (cms/security/uploads.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "cms.security.uploads.ImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "cms.security.uploads.DocumentForm"
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# The reader site, for preview links and for CORS.
FRONTEND_URL = env_str("FRONTEND_URL", "http://127.0.0.1:8000").rstrip("/")
CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS", [FRONTEND_URL])
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS", "POST"]
CORS_URLS_REGEX = r"^/api/.*$"

# A CDN or caching proxy in front of the reader site and the API: a publish
# purges the URLs it changed (cms/cdn, docs/deployment.md). No variable set,
# nothing is sent. The API's public address is the one readers' browsers and
# apps use (the reader site reads the same variable).
CMS_PUBLIC_API_URL = (
    env_str("CMS_PUBLIC_API_URL", "") or f"{WAGTAILADMIN_BASE_URL.rstrip('/')}/api/v1"
).rstrip("/")
WAGTAILFRONTENDCACHE = {}
CDN_PURGE_URL = env_str("CDN_PURGE_URL", "")
if CDN_PURGE_URL:
    # Varnish, nginx (proxy_cache_purge) or any proxy that takes PURGE.
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "cms.cdn.backends.HTTPBackend",
        "LOCATION": CDN_PURGE_URL,
        "TIMEOUT": env_int("CDN_PURGE_TIMEOUT", 2),
    }
CLOUDFLARE_ZONE_ID = env_str("CLOUDFLARE_ZONE_ID", "")
if CLOUDFLARE_ZONE_ID:
    if not env_str("CLOUDFLARE_API_TOKEN", ""):
        raise ImproperlyConfigured("CLOUDFLARE_ZONE_ID needs CLOUDFLARE_API_TOKEN.")
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env_str("CLOUDFLARE_API_TOKEN", ""),
        "ZONEID": CLOUDFLARE_ZONE_ID,
    }
CLOUDFRONT_DISTRIBUTION_ID = env_str("CLOUDFRONT_DISTRIBUTION_ID", "")
if CLOUDFRONT_DISTRIBUTION_ID:
    # Credentials: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, as for media.
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": CLOUDFRONT_DISTRIBUTION_ID,
    }

# The public API (api/, docs/api.md): anonymous, read-only, JSON only.
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "api.errors.exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Newsroom public API",
    "DESCRIPTION": "Nội dung công khai của cổng thông tin cho trang tin, ứng dụng "
    "di động và các cổng khác. Hướng dẫn: docs/api.md.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "PREPROCESSING_HOOKS": ["api.schema.only_v1"],
    # Keep each one-value "type" enum inline, where clients switch on it.
    "POSTPROCESSING_HOOKS": [],
    "SCHEMA_PATH_PREFIX": "/api/v1",
    # Swagger UI and Redoc from the sidecar package: the docs work offline.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

# Visitor statistics (docs/statistics.md): "database" writes each page view to the
# daily rows; "redis", the default when REDIS_URL is set, counts in Redis and adds
# the counts to the database every STATS_FLUSH_SECONDS (via run_scheduler or
# `manage.py flush_stats`), so a Redis restart loses at most that much.
STATS_BACKEND = env_str("STATS_BACKEND", "") or ("redis" if REDIS_URL else "database")
if STATS_BACKEND not in {"database", "redis"} or (
    STATS_BACKEND == "redis" and not REDIS_URL
):
    raise ImproperlyConfigured(
        'STATS_BACKEND must be "database", or "redis" with REDIS_URL set.'
    )
STATS_FLUSH_SECONDS = env_int("STATS_FLUSH_SECONDS", 60)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"redis_outage": {"()": "backend.redis_outage.RedisOutageFilter"}},
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        # A traceback for every cache call Redis missed, several per request
        # while it is down: one warning per outage instead (redis_outage.py).
        "django_redis.cache": {"filters": ["redis_outage"]},
        # Request lines would carry client addresses; we do not keep those.
        "django.server": {"level": "WARNING"},
        # Wagtail runs its search-index and reference-index updates as tasks;
        # one INFO line per task drowns everything else.
        "django_tasks": {"level": "WARNING"},
        # fpdf2 has fontTools subset a font for every PDF (cms/printing), and
        # fontTools logs each step of it at INFO: a screenful per file.
        "fontTools": {"level": "WARNING"},
    },
}
