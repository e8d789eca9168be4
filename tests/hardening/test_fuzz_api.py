"""Schemathesis against the API's own OpenAPI document, in-process through the
WSGI application (no network): for every operation, generated requests (valid
and invalid) never get a 5xx, and every answer matches what the document says
(status code, content type, body).

Bounded and derandomised, so that CI runs the same examples every time and the
whole module stays within a couple of minutes on two cores."""

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from drf_spectacular.generators import SchemaGenerator
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.factories import (
    ArticlePageFactory,
    ImageFactory,
    PhotoStoryPageFactory,
    SectionPageFactory,
)

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]

# The document as the API serves it at /api/v1/schema/, built the same way
# (the view is drf-spectacular's, fed by the same generator and hooks).
schema = schemathesis.openapi.from_dict(
    SchemaGenerator().get_schema(request=None, public=True)
)
schema.app = WSGIHandler()


@pytest.fixture(autouse=True)
def _keep_the_test_connection_open():
    """A bare WSGI call fires request_started/finished, whose handler closes the
    database connection: on PostgreSQL that kills the test's transaction.
    Django's own test client disconnects the handler the same way."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def content(home):
    """A little of everything, so that generated ids and paths sometimes hit
    real pages and the answers' bodies are checked, not only the 4xx."""
    section = SectionPageFactory(title="Tin tức", slug="tin-tuc")
    article = ArticlePageFactory(parent=section, hero_image=ImageFactory())
    article.tags.add("chuyen-doi-so")
    article.save_revision().publish()
    PhotoStoryPageFactory(parent=section)


@pytest.mark.django_db
@schema.parametrize()
@settings(
    max_examples=15,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_api_answers_as_documented(case, content):
    # Schemathesis's WSGI client sends Host: localhost, one of ALLOWED_HOSTS
    # in the test settings and the demo site's hostname.
    case.call_and_validate(checks=CHECKS)
