"""The OpenAPI document is valid and complete, and its interactive docs work
without internet. (Each endpoint's answers are checked against it in the
other test modules, through the ``openapi`` fixture.)"""

import re

import pytest
from openapi_spec_validator import validate


def test_the_document_is_valid_openapi(openapi):
    validate(openapi.document)
    assert openapi.document["openapi"].startswith("3.0")


def test_the_document_describes_every_endpoint_and_nothing_else(openapi):
    assert set(openapi.document["paths"]) == {
        "/api/v1/articles/",
        "/api/v1/articles/{id}/",
        "/api/v1/articles/{id}/pdf/",
        "/api/v1/photo-stories/",
        "/api/v1/photo-stories/{id}/",
        "/api/v1/photo-stories/{id}/pdf/",
        "/api/v1/pages/by-path/",
        "/api/v1/sections/",
        "/api/v1/tags/{slug}/",
        "/api/v1/site/",
        "/api/v1/search/",
        "/api/v1/preview/",
        "/api/v1/portals/",
        "/api/v1/documents/",
        "/api/v1/documents/{id}/",
        "/api/v1/documents/{id}/pdf/",
        "/api/v1/documents/facets/",
        "/api/v1/organisation/",
    } | {
        path
        for path in openapi.document["paths"]
        if path.startswith("/api/v1/stats/")  # added by the statistics work
    }


def test_parameters_are_described_with_their_limits(openapi):
    parameters = {
        p["name"]: p
        for p in openapi.document["paths"]["/api/v1/articles/"]["get"]["parameters"]
    }
    assert {"page", "page_size", "section", "tag", "date_from", "date_to"} <= set(
        parameters
    )
    assert parameters["page_size"]["schema"]["maximum"] == 50
    assert parameters["date_from"]["schema"]["format"] == "date"
    search = {
        p["name"]: p
        for p in openapi.document["paths"]["/api/v1/search/"]["get"]["parameters"]
    }
    assert search["q"]["required"] is True


def test_body_blocks_and_page_answers_are_tagged_unions(openapi):
    schemas = openapi.document["components"]["schemas"]
    block = schemas["BodyBlock"]
    assert block["discriminator"]["propertyName"] == "type"
    assert set(block["discriminator"]["mapping"]) == {
        "paragraph",
        "image",
        "quote",
        "video",
        "attachment",
        "document",
    }
    assert set(schemas["PageAnswer"]["discriminator"]["mapping"]) == {
        "article",
        "photo_story",
        "section",
        "home",
    }


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/articles/{id}/pdf/",
        "/api/v1/photo-stories/{id}/pdf/",
        "/api/v1/documents/{id}/pdf/",
    ],
)
def test_saved_copies_are_described_as_pdf_files(openapi, path):
    responses = openapi.document["paths"][path]["get"]["responses"]
    assert responses["200"]["content"] == {
        "application/pdf": {"schema": {"type": "string", "format": "binary"}}
    }
    assert set(responses["404"]["content"]) == {"application/json"}
    assert "304" in responses


@pytest.mark.parametrize("url", ["/api/v1/docs/", "/api/v1/docs/redoc/"])
def test_interactive_docs_are_served_without_a_cdn(api, url):
    response = api.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "/api/v1/schema/" in html
    assets = re.findall(r'(?:src|href)="([^"]+\.(?:js|css|png))"', html)
    assert assets
    for asset in assets:
        assert asset.startswith("/static/"), asset
        assert api.get(asset).status_code == 200, asset
    assert "cdn." not in html and "unpkg" not in html and "jsdelivr" not in html


def test_the_schema_is_served_as_json_and_yaml(api):
    assert api.get("/api/v1/schema/?format=json")["Content-Type"].startswith(
        "application/vnd.oai.openapi+json"
    )
    assert api.get("/api/v1/schema/").content.startswith(b"openapi: 3.0")
