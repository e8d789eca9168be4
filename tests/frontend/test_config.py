"""The reader site's configuration comes from the environment, read in one place."""

import pytest

from frontend.config import Config, ConfigError


def test_defaults_suit_make_run():
    config = Config.from_env({})
    assert config.api_url == "http://127.0.0.1:8001/api/v1"
    assert config.public_api_url == config.api_url
    assert config.frontend_url == "http://127.0.0.1:8000"
    assert config.admin_origin == "http://127.0.0.1:8001"
    assert config.media_origins == ()
    assert (config.api_connect_timeout, config.api_timeout) == (2.0, 5.0)
    assert (config.cache_ttl, config.cache_stale_ttl) == (30.0, 86_400.0)


def test_every_variable_is_read():
    config = Config.from_env(
        {
            "CMS_API_URL": "http://10.0.0.5:8001/api/v1/",
            "CMS_PUBLIC_API_URL": "https://cms.example.vn/api/v1",
            "FRONTEND_URL": "https://tin.example.vn/",
            "CMS_ADMIN_ORIGIN": "https://quantri.example.vn/admin/",
            "CMS_MEDIA_ORIGINS": "https://media.example.vn, https://cdn.example.vn/x",
            "CMS_API_CONNECT_TIMEOUT": "1.5",
            "CMS_API_TIMEOUT": "3",
            "FRONTEND_CACHE_TTL": "10",
            "FRONTEND_CACHE_STALE_TTL": "600",
            "FRONTEND_CACHE_MAX_ENTRIES": "100",
            "FRONTEND_STATS_TTL": "5",
            "LOG_LEVEL": "warning",
        }
    )
    assert config.api_url == "http://10.0.0.5:8001/api/v1"
    assert config.public_api_url == "https://cms.example.vn/api/v1"
    assert config.public_api_origin == "https://cms.example.vn"
    assert config.frontend_url == "https://tin.example.vn"
    assert config.admin_origin == "https://quantri.example.vn"
    assert config.media_origins == (
        "https://media.example.vn",
        "https://cdn.example.vn",
    )
    assert (config.api_connect_timeout, config.api_timeout) == (1.5, 3.0)
    assert (config.cache_ttl, config.cache_stale_ttl) == (10.0, 600.0)
    assert config.cache_max_entries == 100
    assert config.stats_ttl == 5.0
    assert config.log_level == "WARNING"


@pytest.mark.parametrize(
    "env",
    [
        {"CMS_API_TIMEOUT": "soon"},
        {"FRONTEND_CACHE_TTL": "-1"},
        {"FRONTEND_CACHE_MAX_ENTRIES": "0"},
        {"CMS_API_URL": "cms:8001/api/v1"},
        {"FRONTEND_URL": "/relative"},
        {"CMS_MEDIA_ORIGINS": "media.example.vn"},
    ],
)
def test_bad_values_are_refused_with_the_variable_named(env):
    with pytest.raises(ConfigError, match=next(iter(env.values()))):
        Config.from_env(env)
