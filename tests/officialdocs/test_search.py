"""The documents' search index (cms/officialdocs/search.py, search_index.py):
the API's number and summary search asks it, it follows publishing, moves
and deletions, and the rebuild command refills it; on SQLite and PostgreSQL
(run with DATABASE_URL for the latter)."""

import datetime
import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from cms.officialdocs.models import DocumentPage, DocumentSearchEntry, DocumentType
from tests.factories import DocumentIndexPageFactory, DocumentPageFactory

LIST = "/api/v1/documents/"


@pytest.fixture
def decision(library):
    return DocumentPageFactory(
        parent=library,
        number="15/2024/QĐ-UBND",
        title="Về việc ban hành Quy chế quản lý đề án chuyển đổi số",
        issued_on=datetime.date(2024, 3, 5),
    )


def numbers(client, **params) -> list[str]:
    response = client.get(LIST, params)
    assert response.status_code == 200, response.content
    return [item["number"] for item in response.json()["results"]]


def index_rows() -> int:
    """Rows of the full-text index itself (FTS5 on SQLite; the entries' own
    column on PostgreSQL)."""
    table = (
        "officialdocs_documentsearch"
        if connection.vendor == "sqlite"
        else "officialdocs_documentsearchentry"
    )
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {table}")  # noqa: S608
        return cursor.fetchone()[0]


def test_the_search_asks_the_index_not_every_row(client, decision):
    with CaptureQueriesContext(connection) as queries:
        assert numbers(client, q="qd-ubnd 15") == ["15/2024/QĐ-UBND"]
    sql = " ".join(query["sql"] for query in queries)
    assert "officialdocs_documentsearch" in sql
    assert not re.search(r'search_(number|text)"(::text)? LIKE', sql)


@pytest.mark.parametrize("typed", ["15/20", "15 2024 q", "1", "QĐ-UB", "chuyển đổi s"])
def test_partial_numbers_and_words_still_find(client, decision, typed):
    DocumentPageFactory(
        parent=decision.get_parent(), number="7/2023/NQ-HĐND", title="Về khen thưởng"
    )
    assert numbers(client, q=typed) == ["15/2024/QĐ-UBND"]


@pytest.mark.parametrize("typed", ["5/2024", "15/2024/QĐ-X", "2024 15 QD UBND HDND"])
def test_a_partial_number_is_of_whole_parts_but_the_last(client, decision, typed):
    assert numbers(client, q=typed) == []


def test_a_number_match_is_of_the_number_alone(client, decision):
    """The number's words are not eked out with the summary's: 15/2023 and
    150/2023 say "2024" and "UBND" in their summaries, yet neither is
    "15 2024 qd ubnd"."""
    for serial in (15, 150):
        DocumentPageFactory(
            parent=decision.get_parent(),
            number=f"{serial}/2023/QĐ-UBND",
            slug=f"ke-hoach-{serial}",
            title="Về kế hoạch năm 2024 của UBND xã",
            issued_on=datetime.date(2023, 12, 1),
        )
    assert numbers(client, q="15 2024 qd ubnd") == ["15/2024/QĐ-UBND"]
    for typed in ("qđ-ubnd 15 2024", "15/2024", "15/2024/QĐ-UB", "15 2024 q"):
        assert numbers(client, q=typed) == ["15/2024/QĐ-UBND"], typed
    both = ["15/2023/QĐ-UBND", "150/2023/QĐ-UBND"]
    assert sorted(numbers(client, q="2023/QĐ-UBND 15")) == both
    # Summary queries are as before: every word in the summary.
    assert sorted(numbers(client, q="ke hoach nam 2024 cua ubnd")) == both
    assert sorted(numbers(client, q="2024 ubnd k")) == both


@pytest.mark.parametrize("typed", ["p", "chuyen doi so p", "qd ubnd p"])
def test_a_last_word_is_not_the_start_of_a_portal_token(client, decision, typed):
    assert numbers(client, q=typed) == []


def test_the_index_is_combined_with_the_filters_newest_first(client, library):
    plan = DocumentType.objects.get(name="Kế hoạch")
    for year in (2024, 2026, 2025):
        DocumentPageFactory(
            parent=library,
            number=f"{year - 2000}/KH-UBND",
            document_type=plan,
            title=f"Kế hoạch chuyển đổi số năm {year}",
            issued_on=datetime.date(year, 5, 1),
        )
    DocumentPageFactory(parent=library, number="9/QĐ-UBND", title="Chuyển đổi số")
    assert numbers(client, q="chuyen doi so", type=plan.pk) == [
        "26/KH-UBND",
        "25/KH-UBND",
        "24/KH-UBND",
    ]
    assert numbers(client, q="KH-UBND", year=2025) == ["25/KH-UBND"]
    assert numbers(client, q="chuyen doi", status="expired") == []


def test_publishing_indexes_and_unpublishing_or_deleting_removes(client, library):
    draft = DocumentPageFactory(parent=library, number="3/2025/TB-UBND", publish=False)
    assert not DocumentSearchEntry.objects.exists()
    assert numbers(client, q="3/2025/TB") == []

    draft.save_revision().publish()
    assert numbers(client, q="3/2025/TB") == ["3/2025/TB-UBND"]
    assert index_rows() == DocumentSearchEntry.objects.count() == 1

    page = DocumentPage.objects.get(pk=draft.pk)
    page.number = "4/2025/TB-UBND"
    page.save_revision()  # a draft: readers still find the published number
    assert numbers(client, q="3/2025/TB") == ["3/2025/TB-UBND"]
    page.get_latest_revision().publish()
    assert numbers(client, q="3/2025/TB") == []
    assert numbers(client, q="4/2025/TB") == ["4/2025/TB-UBND"]

    DocumentPage.objects.get(pk=draft.pk).unpublish()
    assert numbers(client, q="4/2025/TB") == []
    assert index_rows() == 0

    DocumentPage.objects.get(pk=draft.pk).save_revision().publish()
    assert index_rows() == 1
    DocumentPage.objects.get(pk=draft.pk).delete()
    assert index_rows() == DocumentSearchEntry.objects.count() == 0


def test_the_rebuild_command_refills_the_index(client, decision):
    DocumentPageFactory(parent=decision.get_parent(), publish=False)
    DocumentSearchEntry.objects.all().delete()
    assert numbers(client, q="15/2024") == []
    call_command("rebuild_search_index", chunk=1, verbosity=0)
    assert index_rows() == DocumentSearchEntry.objects.count() == 1
    assert numbers(client, q="15/2024/qd") == ["15/2024/QĐ-UBND"]


def test_a_portal_searches_its_own_documents_even_after_a_move(
    client, decision, home, settings
):
    settings.ALLOWED_HOSTS = ["*"]
    other_home = home.add_sibling(instance=type(home)(title="Xã B", slug="xa-b"))
    other_home.save_revision().publish()
    other_library = DocumentIndexPageFactory(parent=other_home, slug="van-ban")
    DocumentPageFactory(parent=other_library, number="15/2024/QĐ-UBND")
    Site.objects.create(hostname="xa-b.localhost", root_page=other_home)
    other = {"HTTP_HOST": "xa-b.localhost"}
    assert numbers(client, q="15/2024") == ["15/2024/QĐ-UBND"]
    assert len(client.get(LIST, {"q": "15/2024"}, **other).json()["results"]) == 1

    DocumentPage.objects.get(pk=decision.pk).move(other_library, "last-child")
    assert numbers(client, q="15/2024") == []
    assert len(client.get(LIST, {"q": "chuyen doi so"}, **other).json()["results"]) == 2
