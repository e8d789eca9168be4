"""Headless preview: Wagtail's preview hands the unsaved page to
``BasePage.serve_preview``, which keeps it here, in the shared cache, under a
random token; the reader site fetches it through the API
(``GET /api/v1/preview/?token=``) and renders it like a published page."""

import json
import re
import secrets
import time

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.serializers.json import DjangoJSONEncoder

PREVIEW_SECONDS = 10 * 60
_KEY = "preview:{token}"
# What token_urlsafe() makes; anything else is not a token and never reaches the
# cache (a key with spaces or quotes is invalid on some cache servers).
_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,64}")


def store_preview(page) -> str:
    """Keep ``page`` (unsaved changes included) for PREVIEW_SECONDS; return
    the token that fetches it."""
    token = secrets.token_urlsafe(24)
    content_type = ContentType.objects.get_for_model(page)
    data = json.dumps(page.serializable_data(), cls=DjangoJSONEncoder)
    cache.set(
        _KEY.format(token=token),
        {
            "model": content_type.natural_key(),
            "data": data,
            # Checked on reading too: the cache may keep a key a little longer.
            "expires": time.time() + PREVIEW_SECONDS,
        },
        PREVIEW_SECONDS,
    )
    return token


def load_preview(token: str):
    """The previewed page rebuilt from the stored state, unsaved, or None when
    the token is unknown or has expired."""
    if not _TOKEN.fullmatch(token or ""):
        return None
    stored = cache.get(_KEY.format(token=token))
    if not stored or stored["expires"] <= time.time():
        return None
    model = ContentType.objects.get_by_natural_key(*stored["model"]).model_class()
    if model is None:
        return None
    return model.from_serializable_data(json.loads(stored["data"]))
