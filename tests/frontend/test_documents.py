"""The reader site's "Văn bản" section, served from recorded API answers."""

from .conftest import ARTICLE_PATH, recorded, soup


def test_the_library_lists_documents_with_the_filters(client, fake_cms):
    response = client.get("/van-ban/")
    assert response.status_code == 200
    page = soup(response)
    rows = page.select(".document-table tbody tr")
    assert [row.select_one("td a").get_text() for row in rows][:1] == ["42/TB-UBND"]
    assert rows[0].select_one("td a")["href"].startswith("/van-ban/")
    form = page.select_one("form.document-search")
    assert form["method"] == "get" and form["action"] == "/van-ban/"
    assert {s["name"] for s in form.select("select")} == {
        "type",
        "issuer",
        "subject",
        "year",
        "status",
    }
    assert "Quyết định (2)" in form.get_text()
    assert page.select_one('nav.menu a[href="/van-ban/"]')["aria-current"] == "page"


def test_a_search_by_number_without_diacritics_is_passed_on(client, fake_cms):
    response = client.get("/van-ban/?q=15+2025+qd+ubnd&type=&year=")
    assert response.status_code == 200
    rows = soup(response).select(".document-table tbody tr")
    assert [row.select_one("td a").get_text() for row in rows] == ["15/2025/QĐ-UBND"]
    assert soup(response).select_one("#q")["value"] == "15 2025 qd ubnd"


def test_a_search_past_the_bound_says_more_than(client, fake_cms):
    answer = {**recorded("documents-search.json"), "count": 500}
    fake_cms.set(
        "/documents/?page=1&page_size=20&q=chuyen doi so",
        {**answer, "count_is_estimate": True},
    )
    page = soup(client.get("/van-ban/?q=chuyen+doi+so"))
    assert page.select_one(".result-count").get_text() == "Hơn 500 văn bản."
    fake_cms.set("/documents/?page=1&page_size=20&q=chuyen doi", answer)
    page = soup(client.get("/van-ban/?q=chuyen+doi"))
    assert page.select_one(".result-count").get_text() == "500 văn bản."


def test_a_bad_filter_is_explained_not_a_crash(client, fake_cms):
    fake_cms.set(
        "/documents/?page=1&page_size=20&year=1800",
        {
            "error": {
                "status": 400,
                "code": "invalid_parameter",
                "message": "Tham số không hợp lệ.",
                "fields": {"year": ["Năm ban hành không hợp lệ."]},
            }
        },
        status=400,
    )
    response = client.get("/van-ban/?year=1800&status=nonsense")
    assert response.status_code == 400
    assert "Năm ban hành không hợp lệ." in response.get_data(as_text=True)


def test_the_detail_shows_every_field_and_the_download(client, fake_cms):
    page = soup(client.get("/van-ban/5/"))
    assert page.h1.get_text() == "Quyết định số 15/2025/QĐ-UBND"
    fields = page.select_one(".document-fields").get_text(" ")
    for text in (
        "Ủy ban nhân dân tỉnh",
        "Chủ tịch Nguyễn Văn An",
        "15/09/2025",
        "01/10/2025",
        "Còn hiệu lực",
        "Chuyển đổi số",
        "8/2024/QĐ-UBND",
    ):
        assert text in fields
    link = page.select_one(".document-files a")
    assert link["href"].endswith("/documents/1/qd-15-2025-ubnd.pdf")
    assert "PDF, 588 B" in page.select_one(".document-files").get_text()


def test_a_replaced_document_links_to_its_replacement(client, fake_cms):
    page = soup(client.get("/van-ban/6/"))
    link = page.select_one(".document-fields a[href='/van-ban/5/']")
    assert link.get_text() == "15/2025/QĐ-UBND"


def test_an_unknown_document_is_a_404(client, fake_cms):
    assert client.get("/van-ban/999/").status_code == 404
    assert client.get("/van-ban/abc/").status_code == 404


def test_an_article_shows_the_document_it_cites_as_a_link_card(client, fake_cms):
    page = soup(client.get(ARTICLE_PATH))
    card = page.select_one(".document-card a")
    assert card["href"] == "/van-ban/5/"
    assert "Quyết định số 15/2025/QĐ-UBND" in card.get_text(" ")
