"""Migration 0002 writes SQLite's search index again with each page's words
scoped to its portals (the rows of the index before it have none), and back.
Run by Django's migration executor on a database whose index was written by
the migration before (a no-op on PostgreSQL, whose index it leaves as is)."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from cms.articles.models import ArticlePage
from cms.core import search as reader_search
from cms.core import search_index
from cms.core.search import ReaderQuery
from cms.portal.models import NewsProposal
from cms.sections.models import HomePage
from tests.factories import ArticlePageFactory, SectionPageFactory

BEFORE = ("core", "0001_initial")
SCOPED = ("core", "0002_portal_scoped_words")


def migrate(target):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate([target])


def found(site, q) -> list[int]:
    return [hit.pk for hit in reader_search.search(site, ReaderQuery.parse(q)).hits]


def index_columns() -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM core_searchindex LIMIT 0")
        return [column[0] for column in cursor.description]


@pytest.mark.skipif("connection.vendor != 'sqlite'")
# The executor changes the schema's bookkeeping: no test transaction around it
# (SQLite's schema editor refuses one), and the database put back after.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_index_is_written_again_with_each_portals_words(home):
    site = home.get_site()
    news = SectionPageFactory(parent=home, title="Tin tức")
    commune_home = HomePage(title="Xã Bình Minh", slug="binh-minh")
    home.add_sibling(instance=commune_home)
    commune = type(site).objects.create(
        hostname="binhminh.example.vn", root_page=commune_home
    )
    commune_news = SectionPageFactory(parent=commune_home, title="Tin xã")
    own = ArticlePageFactory(parent=news, title="Hội thi nấu cơm")
    theirs = ArticlePageFactory(parent=commune_news, title="Hội chợ nông sản")
    NewsProposal.objects.create(
        page_id=theirs.pk, portal=commune, province=site, status="accepted"
    )
    ArticlePageFactory(parent=commune_news, title="Hội làng mùa xuân")
    # Indexed again with the proposal accepted, as accepting it does.
    search_index.index_pages([ArticlePage.objects.get(pk=theirs.pk)])

    migrate(BEFORE)
    assert index_columns() == ["title", "body", "marked", "portal"]
    migrate(SCOPED)

    assert "scoped_body" in index_columns()
    assert sorted(found(site, "hội")) == sorted([theirs.pk, own.pk])
    assert found(site, "cơm") == [own.pk]
    assert len(found(commune, "hoi")) == 2
    assert found(commune, "cơm") == []
    # The trigger is back: deleting a page takes its words with it.
    ArticlePage.objects.get(pk=own.pk).delete()
    assert found(site, "hội") == [theirs.pk]
