import pytest
from django.test import Client

from tests.api.schema import SchemaValidator


@pytest.fixture
def api(db):
    """An anonymous client of the API, as the reader site or an app is: with
    no CSRF token, which Django's test client would otherwise not check."""
    return Client(enforce_csrf_checks=True)


@pytest.fixture
def openapi(api):
    """The API's own OpenAPI document, ready to check answers against."""
    return SchemaValidator.from_view()


@pytest.fixture
def no_response_cache(monkeypatch):
    """Every request builds its answer (for counting queries)."""
    monkeypatch.setattr("api.caching.RESPONSE_CACHE_SECONDS", 0)
