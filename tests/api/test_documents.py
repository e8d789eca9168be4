"""The official documents (văn bản) of the API: finding a number however it is
typed, the filters, the hidden-content rule for documents and their files, the
effectiveness links, and the contract."""

import datetime

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from cms.officialdocs.models import (
    DocumentFile,
    DocumentPage,
    DocumentSubject,
    DocumentType,
)
from tests.factories import (
    ArticlePageFactory,
    DocumentFactory,
    DocumentIndexPageFactory,
    DocumentPageFactory,
    UserFactory,
)

LIST = "/api/v1/documents/"
DETAIL = "/api/v1/documents/{id}/"
FACETS = "/api/v1/documents/facets/"


@pytest.fixture
def library(home):
    return DocumentIndexPageFactory(parent=home)


@pytest.fixture
def decision(library):
    return DocumentPageFactory(
        parent=library,
        number="15/2024/QĐ-UBND",
        title="Về việc ban hành Quy chế quản lý đề án chuyển đổi số",
        issued_on=datetime.date(2024, 3, 5),
    )


def numbers(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [item["number"] for item in response.json()["results"]]


@pytest.mark.parametrize(
    "typed",
    ["15/2024/QĐ-UBND", "15/2024/qd-ubnd", "15 2024 QD UBND", "qđ-ubnd 15", "2024/QĐ"],
)
def test_a_number_is_found_however_it_is_typed(api, openapi, decision, typed):
    DocumentPageFactory(parent=decision.get_parent(), number="7/2024/NQ-HĐND")
    response = api.get(LIST, {"q": typed})
    openapi.validate(LIST, response)
    assert numbers(response) == ["15/2024/QĐ-UBND"]


@pytest.mark.parametrize("typed", ["16/2024", "15/2023/QĐ-UBND", "QĐ-HĐND 15"])
def test_another_number_is_not_found(api, decision, typed):
    assert numbers(api.get(LIST, {"q": typed})) == []


@pytest.mark.parametrize("typed", ["chuyển đổi số", "chuyen doi so", "ĐỀ ÁN", "de an"])
def test_the_summary_is_searched_without_regard_to_diacritics(api, decision, typed):
    DocumentPageFactory(parent=decision.get_parent(), title="Về việc khen thưởng")
    assert numbers(api.get(LIST, {"q": typed})) == ["15/2024/QĐ-UBND"]


def test_filters_and_newest_issued_first(api, openapi, library):
    plan = DocumentType.objects.get(name="Kế hoạch")
    health = DocumentSubject.objects.get(name="Y tế")
    old = DocumentPageFactory(
        parent=library,
        number="1/KH-UBND",
        document_type=plan,
        issued_on=datetime.date(2025, 1, 2),
        issuer="Ủy ban nhân dân xã Tân Lập",
    )
    old.subjects.add(health)
    old.save_revision().publish()
    new = DocumentPageFactory(
        parent=library,
        number="2/KH-UBND",
        document_type=plan,
        issued_on=datetime.date(2026, 2, 1),
        status="expired",
    )
    DocumentPageFactory(
        parent=library, number="3/QĐ-UBND", issued_on=datetime.date(2026, 3, 1)
    )
    assert numbers(api.get(LIST)) == ["3/QĐ-UBND", "2/KH-UBND", "1/KH-UBND"]
    assert numbers(api.get(LIST, {"type": plan.pk})) == ["2/KH-UBND", "1/KH-UBND"]
    assert numbers(api.get(LIST, {"year": 2025})) == ["1/KH-UBND"]
    assert numbers(api.get(LIST, {"status": "expired"})) == ["2/KH-UBND"]
    assert numbers(api.get(LIST, {"subject": health.pk})) == ["1/KH-UBND"]
    issuer = {"issuer": "Ủy ban nhân dân xã Tân Lập"}
    assert numbers(api.get(LIST, issuer)) == ["1/KH-UBND"]
    assert numbers(api.get(LIST, {"q": "KH-UBND", "year": 2026})) == ["2/KH-UBND"]
    response = api.get(FACETS)
    openapi.validate(FACETS, response)
    facets = response.json()
    assert {"name": "Kế hoạch", "id": plan.pk, "count": 2} in facets["types"]
    assert [y["year"] for y in facets["years"]] == [2026, 2025]
    assert {"value": "expired", "label": "Hết hiệu lực", "count": 1} in facets[
        "statuses"
    ]
    assert new.pk


@pytest.mark.parametrize(
    "params", [{"type": "x"}, {"year": "1800"}, {"status": "maybe"}, {"page": "0"}]
)
def test_bad_filters_are_a_400(api, openapi, library, params):
    response = api.get(LIST, params)
    assert response.status_code == 400
    openapi.validate(LIST, response)


def test_the_list_pages_by_cursor(api, library):
    for n in range(5):
        DocumentPageFactory(parent=library, issued_on=datetime.date(2025, 1, 1 + n))
    first = api.get(LIST, {"page_size": 2}).json()
    second = api.get(LIST, {"page_size": 2, "cursor": first["next_cursor"]}).json()
    assert second["page"] == 2
    third = api.get(LIST, {"page_size": 2, "page": 3}).json()
    dates = [i["issued_on"] for p in (first, second, third) for i in p["results"]]
    assert dates == sorted(dates, reverse=True) and len(set(dates)) == 5


def test_the_detail_has_files_and_the_replacing_links(api, openapi, library):
    newer = DocumentPageFactory(parent=library, number="20/2025/QĐ-UBND")
    older = DocumentPageFactory(
        parent=library, number="5/2024/QĐ-UBND", status="replaced", replaced_by=newer
    )
    response = api.get(DETAIL.format(id=older.pk))
    openapi.validate("/api/v1/documents/{id}/", response)
    body = response.json()
    assert body["replaced_by"]["number"] == "20/2025/QĐ-UBND"
    assert body["status_label"] == "Bị thay thế"
    (file,) = body["files"]
    assert file["content_type"] == "application/pdf"
    assert file["extension"] == "pdf"
    assert file["size"] > 100
    download = Client().get(file["url"].replace("http://testserver", ""))
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"%PDF-")
    replacing = api.get(DETAIL.format(id=newer.pk)).json()
    assert [d["number"] for d in replacing["replaces"]] == ["5/2024/QĐ-UBND"]


def test_a_draft_document_is_hidden_and_its_file_not_downloadable(api, library):
    secret = DocumentFactory(title="Dự thảo quyết định")
    draft = DocumentPageFactory(
        parent=library,
        publish=False,
        number="99/2025/QĐ-UBND",
        files=[DocumentFile(document=secret)],
    )
    assert api.get(DETAIL.format(id=draft.pk)).status_code == 404
    assert numbers(api.get(LIST, {"q": "99/2025"})) == []
    assert api.get(secret.url).status_code == 404
    editor = Client()
    editor.force_login(UserFactory(is_superuser=True))
    assert editor.get(secret.url).status_code == 200
    draft.save_revision().publish()
    assert Client().get(secret.url).status_code == 200
    DocumentPage.objects.get(pk=draft.pk).unpublish()
    assert Client().get(secret.url).status_code == 404


def test_an_expired_document_is_hidden(api, library):
    page = DocumentPageFactory(parent=library)
    page.expire_at = datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
    page.save()
    assert api.get(DETAIL.format(id=page.pk)).status_code == 404


def test_another_portals_documents_are_not_listed(api, library, home, settings):
    settings.ALLOWED_HOSTS = ["*"]
    DocumentPageFactory(parent=library, number="1/2025/QĐ-UBND")
    other_home = home.add_sibling(instance=type(home)(title="Xã B", slug="xa-b"))
    other_home.save_revision().publish()
    other_library = DocumentIndexPageFactory(parent=other_home, slug="van-ban")
    DocumentPageFactory(parent=other_library, number="2/2025/QĐ-UBND")
    Site.objects.create(hostname="xa-b.localhost", root_page=other_home)
    assert numbers(api.get(LIST)) == ["1/2025/QĐ-UBND"]
    assert numbers(api.get(LIST, HTTP_HOST="xa-b.localhost")) == ["2/2025/QĐ-UBND"]


@pytest.mark.usefixtures("no_response_cache")
def test_list_query_count_does_not_grow_with_page_size(api, library):
    DocumentPageFactory(parent=library)
    api.get(LIST, {"page_size": 50})
    with CaptureQueriesContext(connection) as one:
        api.get(LIST, {"page_size": 50})
    for _ in range(10):
        DocumentPageFactory(parent=library)
    api.get(LIST, {"page_size": 50})
    with CaptureQueriesContext(connection) as eleven:
        api.get(LIST, {"page_size": 50})
    assert len(one) == len(eleven)


def test_an_article_cites_a_document_by_a_body_block(api, openapi, library, home):
    cited = DocumentPageFactory(parent=library, number="15/2025/QĐ-UBND")
    draft = DocumentPageFactory(parent=library, publish=False)
    article = ArticlePageFactory(
        body=[
            {"type": "paragraph", "value": "<p>Theo quyết định:</p>"},
            {"type": "official_document", "value": {"document": cited.pk}},
            {"type": "official_document", "value": {"document": draft.pk}},
        ]
    )
    response = api.get(f"/api/v1/articles/{article.pk}/")
    openapi.validate("/api/v1/articles/{id}/", response)
    blocks = [b for b in response.json()["body"] if b["type"] == "document"]
    assert [b["document"]["number"] for b in blocks] == ["15/2025/QĐ-UBND"]
    assert blocks[0]["document"]["path"] == f"/van-ban/{cited.pk}/"
    assert blocks[0]["document"]["document_type"]["name"] == "Quyết định"


def test_a_file_added_in_a_draft_of_a_published_document_waits_for_it(library):
    page = DocumentPageFactory(parent=library)
    annex = DocumentFactory(title="Phụ lục kèm theo")
    page = DocumentPage.objects.get(pk=page.pk)
    page.files.add(DocumentFile(document=annex))
    page.save_revision()
    assert Client().get(annex.url).status_code == 404
    DocumentPage.objects.get(pk=page.pk).get_latest_revision().publish()
    assert Client().get(annex.url).status_code == 200


# Bounded search -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("quan ly de an", True),
        ("quan ly de a", True),  # only the last word may be the start of one
        ("quan l de an", False),  # "l" is not a word of the summary
        ("chuyen do so", False),  # "do" only starts "doi"
        ("chuyen doi", True),
        ("15 2024 q", True),
        ("1 2024 qd", False),  # the number's words are whole but the last
    ],
)
def test_only_the_last_word_of_a_summary_search_may_be_a_prefix(
    api, decision, typed, found
):
    assert numbers(api.get(LIST, {"q": typed})) == (
        ["15/2024/QĐ-UBND"] if found else []
    )


@pytest.mark.usefixtures("no_response_cache")
# Up to CANDIDATES matches are sorted; past it, documents are read newest
# first until the bound (cms/officialdocs/search.py): both give the same.
@pytest.mark.parametrize("candidates", [2, 2_000], ids=["walked", "sorted"])
def test_past_the_bound_a_search_gives_its_newest_and_labels_the_count(
    api, openapi, library, monkeypatch, candidates
):
    monkeypatch.setattr("cms.officialdocs.search.CANDIDATES", candidates)
    plan = DocumentType.objects.get(name="Kế hoạch")
    for day in range(1, 5):
        DocumentPageFactory(
            parent=library,
            number=f"{day}/QĐ-UBND",
            title="Về chuyển đổi số",
            slug=f"chuyen-doi-so-{day}",
            issued_on=datetime.date(2025, 1, day),
        )
    DocumentPageFactory(
        parent=library,
        number="9/KH-UBND",
        document_type=plan,
        title="Kế hoạch chuyển đổi số",
        issued_on=datetime.date(2024, 1, 1),
    )
    body = api.get(LIST, {"q": "chuyen doi so"}).json()
    assert (body["count"], body["count_is_estimate"]) == (5, False)

    monkeypatch.setattr("cms.officialdocs.search.MAX_RESULTS", 3)
    response = api.get(LIST, {"q": "chuyen doi so", "page_size": 2})
    openapi.validate(LIST, response)
    body = response.json()
    assert (body["count"], body["count_is_estimate"], body["num_pages"]) == (3, True, 2)
    assert numbers(response) == ["4/QĐ-UBND", "3/QĐ-UBND"]
    second = api.get(
        LIST, {"q": "chuyen doi so", "page_size": 2, "cursor": body["next_cursor"]}
    )
    assert numbers(second) == ["2/QĐ-UBND"]
    # The filters apply before the cut: the oldest match is still found.
    body = api.get(LIST, {"q": "chuyen doi so", "type": plan.pk}).json()
    assert (body["count"], body["count_is_estimate"]) == (1, False)
    assert [item["number"] for item in body["results"]] == ["9/KH-UBND"]
    # A list without q is counted exactly, past the bound too.
    body = api.get(LIST).json()
    assert (body["count"], body["count_is_estimate"]) == (5, False)


@pytest.mark.usefixtures("no_response_cache")
def test_search_query_count_does_not_grow_with_the_library(api, library, monkeypatch):
    """From one match (sorted) to more than CANDIDATES (read newest first)."""
    monkeypatch.setattr("cms.officialdocs.search.MAX_RESULTS", 3)
    monkeypatch.setattr("cms.officialdocs.search.CANDIDATES", 4)

    def queries() -> int:
        params = {"q": "chuyen doi so", "page_size": 2}
        api.get(LIST, params)  # the new generation's shared values
        with CaptureQueriesContext(connection) as captured:
            body = api.get(LIST, params).json()
        return len(captured), body["count_is_estimate"]

    DocumentPageFactory(parent=library, title="Chuyển đổi số", slug="cds")
    small, estimate = queries()
    assert estimate is False
    for n in range(8):
        DocumentPageFactory(parent=library, title="Chuyển đổi số", slug=f"cds-{n}")
    large, estimate = queries()
    assert estimate is True
    assert small == large
