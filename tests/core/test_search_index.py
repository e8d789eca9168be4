"""Readers' search index (cms/core/search_index.py) follows what is published,
rebuilds in bulk, and every search query has a hard time bound; on SQLite and
PostgreSQL (run with DATABASE_URL for the latter)."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models.signals import post_save

from cms.articles.models import ArticlePage
from cms.core import search as reader_search
from cms.core import search_index
from cms.core.models import SearchDocument
from cms.core.search import ReaderQuery, SearchTimeout, time_bound
from cms.core.text import accent_token
from cms.sections.models import HomePage
from tests.factories import ArticlePageFactory, SectionPageFactory


@pytest.fixture
def news(home):
    return SectionPageFactory(title="Tin tức")


def fresh(page):
    """The page as the database has it (the factory publishes a copy)."""
    return type(page).objects.get(pk=page.pk)


def found(site, q) -> list[int]:
    return [hit.pk for hit in reader_search.search(site, ReaderQuery.parse(q)).hits]


@pytest.fixture
def site(home):
    return home.get_site()


def fts_rows() -> int:
    """Rows of the full-text index itself (FTS5 on SQLite; the documents'
    own column on PostgreSQL)."""
    with connection.cursor() as cursor:
        table = (
            "core_searchindex"
            if connection.vendor == "sqlite"
            else "core_searchdocument"
        )
        cursor.execute(f"SELECT count(*) FROM {table}")  # noqa: S608
        return cursor.fetchone()[0]


def test_publishing_indexes_and_unpublishing_or_deleting_removes(site, news):
    article = fresh(ArticlePageFactory(parent=news, title="Lễ hội đền Đồng Bằng"))
    assert found(site, "dong bang") == [article.pk]
    assert fts_rows() == SearchDocument.objects.count() == 1

    article.unpublish()
    assert found(site, "dong bang") == []
    assert fts_rows() == 0

    article.save_revision().publish()
    assert found(site, "dong bang") == [article.pk]
    article.delete()
    assert found(site, "dong bang") == []
    assert fts_rows() == SearchDocument.objects.count() == 0


def test_a_draft_of_a_live_page_is_not_searched(site, news):
    article = fresh(ArticlePageFactory(parent=news, title="Mùa lúa chín"))
    article.title = "Mùa nước nổi"
    article.save_revision()
    assert found(site, "lua chin") == [article.pk]
    assert found(site, "nuoc noi") == []
    article.get_latest_revision().publish()
    assert found(site, "nuoc noi") == [article.pk]
    assert found(site, "lua chin") == []


def test_moving_a_page_to_another_portal_moves_it_in_search(site, news):
    other_home = HomePage(title="Xã Bình Minh", slug="binh-minh")
    HomePage.get_first_root_node().add_child(instance=other_home)
    other_site = type(site).objects.create(
        hostname="binhminh.example.vn", root_page=other_home
    )
    other_news = SectionPageFactory(parent=other_home, title="Tin xã")
    article = ArticlePageFactory(parent=news, title="Cầu treo Bản Giốc")
    assert found(site, "cau treo") == [article.pk]
    assert found(other_site, "cau treo") == []

    fresh(article).move(other_news, pos="last-child")
    assert found(site, "cau treo") == []
    assert found(other_site, "cau treo") == [article.pk]


def test_rebuild_indexes_pages_saved_without_signals(site, news, capsys):
    articles = [
        ArticlePageFactory(parent=news, title=f"Chợ phiên số {n}") for n in range(3)
    ]
    gone = ArticlePageFactory(parent=news, title="Chợ phiên đã gỡ")
    # As a restore or a bulk load leaves it: pages the index does not know,
    # and an entry for a page that is no longer live.
    SearchDocument.objects.filter(page_id__in=[a.pk for a in articles]).delete()
    ArticlePage.objects.filter(pk=gone.pk).update(live=False)
    assert found(site, "cho phien") == []  # the one indexed is not live

    call_command("rebuild_search_index", chunk=2)
    assert sorted(found(site, "cho phien")) == sorted(a.pk for a in articles)
    assert fts_rows() == SearchDocument.objects.count() == 3
    captured = capsys.readouterr()
    assert "Đã lập chỉ mục 3 trang" in captured.out
    assert "3/3" in captured.err  # the progress bar


def test_an_article_is_indexed_with_one_read_of_its_texts(news, monkeypatch):
    reads = []
    real = ArticlePage.searchable_texts

    def counting(page):
        reads.append(page.pk)
        return real(page)

    monkeypatch.setattr(ArticlePage, "searchable_texts", counting)
    article = ArticlePageFactory(parent=news, title="Hội thi", publish=False)
    reads.clear()
    article.save_revision().publish()
    assert reads == [article.pk]


def test_saving_an_unpublished_draft_indexes_nothing(news):
    ArticlePageFactory(parent=news, title="Bản nháp", publish=False)
    assert SearchDocument.objects.count() == 0


def test_raw_loads_are_left_to_the_rebuild(news):
    article = ArticlePageFactory(parent=news, title="Tin cũ")
    SearchDocument.objects.all().delete()
    post_save.send(ArticlePage, instance=article, raw=True, created=False)
    assert SearchDocument.objects.count() == 0


# The time bound ---------------------------------------------------------------------


def _slow_query():
    """A query that would run for minutes, whatever the database."""
    if connection.vendor == "postgresql":
        return "SELECT pg_sleep(300)"
    return (
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
        "WHERE i < 10000000000) SELECT count(*) FROM n"
    )


@pytest.mark.django_db
def test_the_time_bound_ends_a_long_query_and_leaves_the_connection_usable():
    with pytest.raises(SearchTimeout), time_bound(0.05), connection.cursor() as cursor:
        cursor.execute(_slow_query())
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        assert cursor.fetchone() == (1,)


@pytest.mark.django_db
def test_the_time_bound_ends_with_the_block():
    """The bound is the search's: later queries on the connection have none
    (on PostgreSQL, also inside an outer transaction, as in this test)."""
    with time_bound(0.05), connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SHOW statement_timeout")
            assert cursor.fetchone() == ("0",)
            cursor.execute("SHOW enable_seqscan")
            assert cursor.fetchone() == ("on",)
    else:
        assert connection.connection.execute("SELECT 1").fetchone() == (1,)


@pytest.mark.django_db
def test_a_search_past_its_whole_time_is_ended_before_its_next_query():
    with pytest.raises(SearchTimeout), time_bound(0) as check:
        check()


# PostgreSQL ------------------------------------------------------------------------


@pytest.mark.postgres
@pytest.mark.django_db
def test_the_postgresql_configuration_folds_every_vietnamese_letter():
    if connection.vendor != "postgresql":
        pytest.skip("needs DATABASE_URL at PostgreSQL")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT to_tsvector('newsroom_search', %s)::text",
            ["Đảng ủy ĐƯỜNG Nguyễn Thị Định, an toàn"],
        )
        # simple: no stop words ("an" stays), no stems.
        assert cursor.fetchone()[0] == (
            "'an':7 'dang':1 'dinh':6 'duong':3 'nguyen':4 'thi':5 'toan':8 'uy':2"
        )


@pytest.mark.postgres
@pytest.mark.django_db
def test_postgresql_search_never_scans_every_document(site, news):
    """Inside the search's transaction the planner uses the GIN index or the
    key order, never a sequential scan that reads every vector."""
    if connection.vendor != "postgresql":
        pytest.skip("needs DATABASE_URL at PostgreSQL")
    ArticlePageFactory(parent=news, title="Cải cách hành chính")
    with time_bound(2), connection.cursor() as cursor:
        cursor.execute(
            "EXPLAIN " + reader_search._POSTGRESQL_BEST,
            ["cai cach", "cai cach", "p0001", 10, 10],
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "Seq Scan" not in plan
    assert "core_searchdocument" in plan
    assert search_index.portal_token("0001000A") == "p0001000a"


def test_a_portal_made_over_existing_pages_finds_them_at_once(site, news):
    other_home = HomePage(title="Xã Bình Minh", slug="binh-minh")
    HomePage.get_first_root_node().add_child(instance=other_home)
    other_news = SectionPageFactory(parent=other_home, title="Tin xã")
    article = ArticlePageFactory(parent=other_news, title="Chợ phiên vùng cao")
    assert found(site, "cho phien") == []

    other_site = type(site).objects.create(
        hostname="binhminh.example.vn", root_page=other_home
    )
    assert found(other_site, "chợ phiên") == [article.pk]
    assert found(site, "cho phien") == []

    # Given another home page, the site searches that tree instead.
    third_home = HomePage(title="Xã Tân Lập", slug="tan-lap")
    HomePage.get_first_root_node().add_child(instance=third_home)
    third_news = SectionPageFactory(parent=third_home, title="Tin xã")
    moved_to = ArticlePageFactory(parent=third_news, title="Chợ phiên ngày tết")
    other_site.root_page = third_home
    other_site.save()
    assert found(other_site, "cho phien") == [moved_to.pk]

    # Another host name for the same home page searches the same pages.
    alias = type(site).objects.create(
        hostname="tanlap.example.vn", root_page=third_home
    )
    assert found(alias, "chợ phiên") == [moved_to.pk]

    other_site.delete()
    assert found(site, "cho phien") == []
    assert found(alias, "cho phien") == [moved_to.pk]


@pytest.mark.skipif("connection.vendor != 'sqlite'")
def test_sqlite_writes_a_pages_words_again_for_each_portal_that_finds_it(site, news):
    article = ArticlePageFactory(parent=news, title="Đường làng")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT scoped_title, scoped_marked FROM core_searchindex"
            " WHERE rowid = (SELECT key FROM core_searchdocument WHERE page_id = %s)",
            [article.pk],
        )
        title, marked = cursor.fetchone()
    scope = search_index.scope_token(site.root_page_id)
    assert title == f"{scope}dường {scope}làng"
    assert marked.split()[0] == scope + accent_token("Đường")
