"""Production settings, checked in a fresh process with production variables:
secure cookies, HTTPS only, HSTS, no framing, login limits from the environment."""

import json

import pytest

from tests.hardening.processes import copy_database, django_env, manage, shell

HOST = "cms.hoason.example.vn"


@pytest.fixture
def production_env(tmp_path, migrated_sqlite):
    copy_database(migrated_sqlite, tmp_path)
    return django_env(
        tmp_path,
        DJANGO_SETTINGS_MODULE="backend.settings.production",
        SECRET_KEY="a-long-random-production-secret-key-" + "x" * 40,
        ALLOWED_HOSTS=HOST,
        CSRF_TRUSTED_ORIGINS=f"https://{HOST}",
        AXES_FAILURE_LIMIT="3",
        AXES_COOLOFF_MINUTES="30",
    )


SETTINGS_PROBE = """
import json
from django.conf import settings as s
print(json.dumps({name: str(getattr(s, name)) for name in (
    "DEBUG", "SESSION_COOKIE_SECURE", "SESSION_COOKIE_HTTPONLY", "CSRF_COOKIE_SECURE",
    "SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_CONTENT_TYPE_NOSNIFF", "X_FRAME_OPTIONS", "AXES_FAILURE_LIMIT",
    "AXES_COOLOFF_TIME")}))
"""


def test_production_settings_values(production_env):
    values = json.loads(shell(SETTINGS_PROBE, production_env))
    assert values == {
        "DEBUG": "False",
        "SESSION_COOKIE_SECURE": "True",
        "SESSION_COOKIE_HTTPONLY": "True",
        "CSRF_COOKIE_SECURE": "True",
        "SECURE_SSL_REDIRECT": "True",
        "SECURE_HSTS_SECONDS": "31536000",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": "True",
        "SECURE_CONTENT_TYPE_NOSNIFF": "True",
        "X_FRAME_OPTIONS": "DENY",
        "AXES_FAILURE_LIMIT": "3",
        "AXES_COOLOFF_TIME": "0:30:00",
    }


# Requests go through the whole middleware stack as the reverse proxy sends them.
# Only responses that render no template are used: production serves static
# files from a collectstatic manifest that this test does not build.
HTTP_PROBE = f"""
import json
from django.contrib.auth import get_user_model
from django.test import Client

get_user_model().objects.create_superuser(
    "quantri", "quantri@example.vn", "Dong-lua-chin-vang-2026")
plain = Client(HTTP_HOST="{HOST}").get("/admin/")
client = Client(HTTP_HOST="{HOST}", HTTP_X_FORWARDED_PROTO="https")
login = client.post("/admin/login/",
                    {{"username": "quantri", "password": "Dong-lua-chin-vang-2026"}})
cookies = {{name: {{"secure": bool(c["secure"]), "httponly": bool(c["httponly"]),
                   "samesite": c["samesite"]}} for name, c in login.cookies.items()}}
print(json.dumps({{
    "plain_status": plain.status_code,
    "plain_location": plain.get("Location"),
    "login_status": login.status_code,
    "hsts": login.get("Strict-Transport-Security"),
    "frame": login.get("X-Frame-Options"),
    "nosniff": login.get("X-Content-Type-Options"),
    "cookies": cookies,
}}))
"""


def test_admin_is_https_only_with_secure_cookies(production_env):
    result = json.loads(shell(HTTP_PROBE, production_env))
    assert result["plain_status"] == 301
    assert result["plain_location"] == f"https://{HOST}/admin/"
    assert result["login_status"] == 302
    assert result["hsts"] == "max-age=31536000; includeSubDomains"
    assert result["frame"] == "DENY"
    assert result["nosniff"] == "nosniff"
    session, csrf = result["cookies"]["sessionid"], result["cookies"]["csrftoken"]
    assert session == {"secure": True, "httponly": True, "samesite": "Lax"}
    assert csrf["secure"] is True


def test_check_deploy_is_clean_with_the_login_protection(production_env):
    result = manage(["check", "--deploy", "--fail-level", "WARNING"], production_env)
    assert "no issues" in result.stdout
