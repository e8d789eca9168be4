"""Checks API answers against the OpenAPI document the API itself publishes.

For the check every object of the document is closed
(``additionalProperties: false``), so an answer with a key the document does
not describe fails as surely as one with a missing or mistyped key."""

import copy
import json

from django.test import Client
from openapi_schema_validator import OAS30Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

_BASE = "urn:newsroom-api"


def _close_objects(node):
    """Closes every object; and gives ``{"allOf": [ref], "nullable": true}``,
    drf-spectacular's way to say "this object or null" in OpenAPI 3.0, the
    meaning client generators give it (a validator reading 3.0 to the letter
    applies "nullable" only beside a "type")."""
    if isinstance(node, dict):
        if node.get("type") == "object" and "properties" in node:
            node.setdefault("additionalProperties", False)
        for value in node.values():
            _close_objects(value)
        if node.get("nullable") and "type" not in node:
            inner = {key: value for key, value in node.items() if key != "nullable"}
            node.clear()
            node["anyOf"] = [inner, {"enum": [None]}]
    elif isinstance(node, list):
        for value in node:
            _close_objects(value)


def _pointer(*parts: str) -> str:
    return "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


class SchemaValidator:
    def __init__(self, document: dict):
        self.document = document
        closed = copy.deepcopy(document)
        _close_objects(closed)
        self.closed = closed
        self.registry = Registry().with_resource(
            _BASE, Resource.from_contents(closed, default_specification=DRAFT4)
        )

    @classmethod
    def from_view(cls):
        response = Client().get("/api/v1/schema/?format=json")
        assert response.status_code == 200, response.content[:300]
        return cls(json.loads(response.content))

    def validate(self, path: str, response, method: str = "get") -> dict | None:
        """Asserts that ``response`` (a Django test response) is one the document
        describes for ``method`` on ``path``, the templated path (e.g.
        "/api/v1/articles/{id}/"); returns the decoded body."""
        operation = self.closed["paths"][path][method]
        status = str(response.status_code)
        described = operation["responses"].get(status)
        assert described is not None, f"{method} {path}: {status} is not described"
        if "content" not in described:
            assert not response.content, f"{path}: {status} should have no body"
            return None
        assert response["Content-Type"].startswith("application/json")
        body = json.loads(response.content)
        self.check_body(path, body, method, status)
        return body

    def check_body(self, path: str, body, method: str = "get", status="200"):
        """Asserts that ``body`` (decoded JSON) is an answer the document
        describes for ``status`` of ``method`` on the templated ``path``."""
        status = str(status)
        described = self.closed["paths"][path][method]["responses"].get(status)
        assert described is not None, f"{method} {path}: {status} is not described"
        ref = (
            f"{_BASE}#/"
            + _pointer("paths", path, method, "responses", status, "content")
            + "/application~1json/schema"
        )
        validator = OAS30Validator({"$ref": ref}, registry=self.registry)
        errors = sorted(validator.iter_errors(body), key=lambda e: list(e.path))
        assert not errors, f"{method} {path} {status}:\n" + "\n".join(
            f"  at {list(error.path)}: {error.message[:300]}" for error in errors[:10]
        )
