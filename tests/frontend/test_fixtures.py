"""The recorded API answers the view tests serve (fixtures/api/*.json) are
checked against the OpenAPI document the CMS generates now, with every object
closed: a fixture that drifts from the real API (a renamed, missing or extra
key, a wrong type) fails here rather than hiding a reader-site bug."""

import re

import pytest

from tests.api.schema import SchemaValidator

from .conftest import FIXTURES, ROUTES, recorded

API_ROOT = "/api/v1"
# Concrete paths of the recorded routes -> the document's templated paths.
TEMPLATED = [
    (re.compile(r"^/tags/[^/]+/$"), "/tags/{slug}/"),
    (re.compile(r"^/documents/\d+/$"), "/documents/{id}/"),
]
# Answers recorded for error statuses: file -> (templated path, status).
ERROR_ANSWERS = {"error-not-found.json": ("/pages/by-path/", 404)}


def templated(route: str) -> str:
    path = route.split("?", 1)[0]
    for pattern, template in TEMPLATED:
        if pattern.match(path):
            return API_ROOT + template
    return API_ROOT + path


def recorded_answers() -> list:
    answers = [
        pytest.param(name, templated(route), 200, id=name)
        for route, name in ROUTES.items()
    ]
    answers += [
        pytest.param(name, API_ROOT + path, status, id=name)
        for name, (path, status) in ERROR_ANSWERS.items()
    ]
    return answers


@pytest.fixture(scope="module")
def openapi(django_db_blocker):
    with django_db_blocker.unblock():
        return SchemaValidator.from_view()


@pytest.mark.parametrize(("name", "path", "status"), recorded_answers())
def test_recorded_answer_matches_the_api_document(openapi, name, path, status):
    assert path in openapi.document["paths"], f"{name}: {path} is not an endpoint"
    openapi.check_body(path, recorded(name), status=status)


def test_every_recorded_answer_is_checked():
    checked = set(ROUTES.values()) | set(ERROR_ANSWERS)
    assert {p.name for p in FIXTURES.glob("*.json")} == checked
