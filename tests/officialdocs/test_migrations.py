"""Migration 0004 gives every portal in use its "Văn bản" library, as
provisioning does for a new one; 0005 writes PostgreSQL's document index again
with the number's words apart (a no-op on SQLite). Run by Django's migration
executor, back and forward again, on a database made before them."""

import importlib

import pytest
from django.apps import apps as global_apps
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Page

from cms.officialdocs.models import DocumentIndexPage
from cms.officialdocs.services import ensure_document_index
from cms.sections.models import HomePage
from tests.factories import DocumentPageFactory, SectionPageFactory

BEFORE = ("officialdocs", "0003_document_search")
ADDING = ("officialdocs", "0004_add_document_libraries")
MARKING = ("officialdocs", "0005_number_words_apart")
migration = importlib.import_module(
    "cms.officialdocs.migrations.0004_add_document_libraries"
)


def migrate(target):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate([target])


def libraries(home) -> list[DocumentIndexPage]:
    return list(DocumentIndexPage.objects.child_of(home))


def new_portal(home, title, slug) -> HomePage:
    portal = home.add_sibling(instance=HomePage(title=title, slug=slug))
    portal.save_revision().publish()
    return HomePage.objects.get(pk=portal.pk)


# The executor changes the schema's bookkeeping: no test transaction around it
# (SQLite's schema editor refuses one), and the database put back after.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_portals_made_before_the_documents_get_their_library_once(home):
    migrate(BEFORE)
    SectionPageFactory(parent=home, title="Tin tức", slug="van-ban")
    with_one = new_portal(home, "Xã Tân Lập", "xa-tan-lap")
    SectionPageFactory(parent=with_one, title="Tin xã", slug="tin-xa")
    kept = ensure_document_index(with_one)
    empty = new_portal(home, "Xã mới", "xa-moi")

    migrate(ADDING)

    (library,) = libraries(home)
    assert library.title == "Văn bản" and library.live
    # The slug is free among the home's children: a section took "van-ban".
    assert library.slug == "van-ban-2"
    assert library.url_path == "/home/van-ban-2/"
    assert "Văn bản chỉ đạo" in library.intro
    assert libraries(with_one) == [kept]
    assert libraries(empty) == []
    # The tree is as treebeard would have made it: paths, depths, counts.
    assert Page.find_problems() == ([], [], [], [], [])
    assert HomePage.objects.get(pk=home.pk).numchild == 2

    # Run again (as after a restore): nothing more.
    migration.add_document_libraries(global_apps)
    assert [page.pk for page in libraries(home)] == [library.pk]
    assert Page.find_problems() == ([], [], [], [], [])


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_index_is_written_again_with_the_numbers_words_apart(client, library):
    for serial, title in ((15, "Về chuyển đổi số"), (16, "Kế hoạch năm 2024 UBND")):
        DocumentPageFactory(
            parent=library, number=f"{serial}/2023/QĐ-UBND", title=title
        )
    DocumentPageFactory(parent=library, number="15/2024/QĐ-UBND", publish=False)
    # Back to the index as it was before (one set of words), and forward.
    migrate(ADDING)
    migrate(MARKING)

    def found(q):
        response = client.get("/api/v1/documents/", {"q": q})
        return sorted(item["number"] for item in response.json()["results"])

    assert found("16 2024 qd ubnd") == []
    assert found("qđ-ubnd 1") == ["15/2023/QĐ-UBND", "16/2023/QĐ-UBND"]
    assert found("15/2023") == ["15/2023/QĐ-UBND"]
    assert found("chuyen doi so") == ["15/2023/QĐ-UBND"]
    assert found("2024 ubnd") == ["16/2023/QĐ-UBND"]
