"""The corpus builder writes pages that Wagtail, the API and search treat like
pages published through the admin (tiny sizes: these tests time nothing)."""

import datetime
import json

import pytest
from django.db.models import Count
from django.utils import timezone
from wagtail.models import Page

from bench import corpus
from cms.articles.models import ArticlePage, RelatedArticle
from cms.core.models import SearchDocument
from cms.images.models import CustomImage, CustomRendition

NOW = datetime.datetime(2026, 11, 20, 9, 0, tzinfo=datetime.UTC)


@pytest.fixture
def built(home, tmp_path):
    """Sections, a pool of three photos, 30 articles and 3 photo stories."""
    sections = corpus.make_sections(corpus.portal_home())
    pool = corpus.image_pool(tmp_path / "pool", count=3)
    article_sections = {s: p for s, p in sections.items() if s != "tin-anh"}
    article_ids = corpus.insert_articles(30, article_sections, pool, now=NOW)
    story_ids = corpus.insert_photo_stories(3, sections["tin-anh"], pool, now=NOW)
    corpus.index_pages()
    return {
        "sections": sections,
        "pool": pool,
        "articles": article_ids,
        "stories": story_ids,
        "pool_dir": tmp_path / "pool",
    }


def test_tree_is_what_add_child_would_have_made(built):
    assert Page.find_problems() == ([], [], [], [], [])
    for page in ArticlePage.objects.filter(pk__in=built["articles"]):
        parent = page.get_parent()
        assert page.url_path == f"{parent.url_path}{page.slug}/"
        assert page.depth == parent.depth + 1
        assert page.live and not page.has_unpublished_changes
        assert page.display_date == page.first_published_at

    # Editors can go on adding pages after a bulk insert.
    section = built["sections"]["kinh-te"]
    section.refresh_from_db()
    added = section.add_child(instance=ArticlePage(title="Bài mới sau khi nạp"))
    assert added.url_path.startswith(section.url_path)
    assert Page.find_problems() == ([], [], [], [], [])

    # Spread over time, the first inserted being the newest.
    dates = list(
        ArticlePage.objects.filter(pk__in=built["articles"])
        .order_by("pk")
        .values_list("display_date", flat=True)
    )
    assert dates[0] < NOW
    assert dates[-1] < dates[0] - corpus.ARTICLE_INTERVAL * 20


def test_pool_images_are_made_once_with_their_reader_renditions(built):
    for image in built["pool"]:
        specs = set(image.renditions.values_list("filter_spec", flat=True))
        assert specs == set(image.reader_filter_specs())
        for rendition in image.renditions.all():
            assert rendition.file.storage.exists(rendition.file.name)

    # A later corpus copies the pool, files and rows, without making renditions.
    manifest = json.loads((built["pool_dir"] / "manifest.json").read_text())
    renditions_before = CustomRendition.objects.count()
    copies = corpus.import_pool(built["pool_dir"])
    assert len(copies) == len(manifest) == 3
    assert CustomRendition.objects.count() == renditions_before * 2
    for copy, original in zip(copies, built["pool"], strict=True):
        assert copy.file.name == original.file.name
        assert copy.reader_renditions() == original.reader_renditions()


def test_the_api_and_search_serve_the_corpus(built, client):
    answer = client.get("/api/v1/articles/?page_size=50").json()
    assert answer["count"] == 30
    ids = [item["id"] for item in answer["results"]]
    assert ids == sorted(built["articles"])  # the first inserted is the newest
    first = answer["results"][0]
    assert first["thumbnail"]["renditions"]
    assert first["section"]["path"] != "/"
    detail = client.get(f"/api/v1/articles/{first['id']}/").json()
    assert detail["related"] == [] and detail["tags"]
    image_blocks = [block for block in detail["body"] if block["type"] == "image"]
    assert image_blocks and image_blocks[0]["image"]["renditions"]
    with_two = (
        RelatedArticle.objects.values("page")
        .annotate(n=Count("pk"))
        .filter(n=2)
        .values_list("page", flat=True)
    )
    assert with_two
    later = client.get(f"/api/v1/articles/{with_two[0]}/").json()
    assert len(later["related"]) == 2

    # Search finds the corpus's articles with and without diacritics.
    marked = client.get("/api/v1/search/", {"q": "cải cách hành chính"}).json()
    plain = client.get("/api/v1/search/", {"q": "cai cach hanh chinh"}).json()
    expected = {
        pk
        for pk in built["articles"]
        if "cải cách hành chính"
        in " ".join(ArticlePage.objects.get(pk=pk).searchable_texts()).lower()
    }
    assert expected
    assert {item["id"] for item in marked["results"]} <= set(built["articles"])
    assert marked["count"] == plain["count"] >= len(expected)

    # Photo stories have their photos from the pool.
    answer = client.get("/api/v1/photo-stories/").json()
    assert answer["count"] == 3
    assert all(
        item["photo_count"] == corpus.PHOTOS_PER_STORY for item in answer["results"]
    )

    # Readers' search index holds every article and photo story.
    assert SearchDocument.objects.count() == 33
    page = ArticlePage.objects.get(pk=built["articles"][0])
    assert CustomImage.objects.count() == 3
    assert timezone.is_aware(page.first_published_at)


def test_bulk_documents_are_found_as_admin_made_ones_are(home, client):
    from bench.documents import insert_documents
    from cms.officialdocs.models import DocumentPage

    insert_documents(home, 30, now=NOW)
    answer = client.get("/api/v1/documents/", {"page_size": 50}).json()
    assert answer["count"] == 30
    dates = [item["issued_on"] for item in answer["results"]]
    assert dates == sorted(dates, reverse=True)
    found = client.get("/api/v1/documents/", {"q": "3 2026 qd ubnd"}).json()
    assert [item["number"] for item in found["results"]] == ["3/2026/QĐ-UBND"]
    page = DocumentPage.objects.get(number="3/2026/QĐ-UBND")
    before = (page.search_number, page.search_text, page.sort_date)
    page.save()  # as the model computes them
    assert (page.search_number, page.search_text, page.sort_date) == before
