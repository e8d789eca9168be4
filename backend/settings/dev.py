"""Local development (`make run`): DEBUG on, a throwaway key, local hosts only."""

import os

os.environ.setdefault("DEBUG", "true")
os.environ.setdefault("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")

from .base import *  # noqa: F403
from .env import env_list

# ".localhost" serves every portal of the demo on its own host name
# (tinh.localhost, xa-a.localhost, ...), which browsers resolve to 127.0.0.1.
ALLOWED_HOSTS = env_list(
    "ALLOWED_HOSTS", ["127.0.0.1", "localhost", ".localhost", "[::1]"]
)
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# The reader site of `make run` searches from this machine for every reader.
RATE_LIMIT_EXEMPT = env_list("RATE_LIMIT_EXEMPT", ["127.0.0.1", "::1"])
