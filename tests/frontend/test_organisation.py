"""The organisation pages (/co-cau-to-chuc/, /en/organisation/), rendered by the
real app from recorded API answers, and reachable from every page."""

import json

import pytest

from .conftest import ARTICLE_PATH, FRONTEND_URL, soup


def text(node) -> str:
    return " ".join(node.get_text(" ").split())


@pytest.mark.parametrize("url", ["/", "/tin-tuc/", ARTICLE_PATH, "/co-cau-to-chuc/"])
def test_every_page_links_the_organisation_contacts_and_english(client, url):
    footer = soup(client.get(url)).find("footer")
    links = {text(a): a["href"] for a in footer.find_all("a")}
    assert links["Cơ cấu tổ chức"] == "/co-cau-to-chuc/"
    assert links["Liên hệ"] == "/co-cau-to-chuc/#lien-he"
    assert links["English"] == "/en/organisation/"


def test_the_vietnamese_page_shows_the_chart_and_contacts(client):
    response = client.get("/co-cau-to-chuc/")
    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == "vi"
    assert text(page.h1) == "Cơ cấu tổ chức"
    chart = page.find(class_="org-chart")
    top = chart.find("li", class_="org-unit")
    assert text(top.find(class_="org-unit-name")) == "Ủy ban nhân dân xã Hòa Sơn"
    children = [
        text(li.find(class_="org-unit-name"))
        for li in top.find(class_="org-children").find_all("li", class_="org-unit")
    ]
    assert children == ["Văn phòng HĐND và UBND", "Phòng Kinh tế"]
    assert "Quản lý nhà nước trên địa bàn xã." in text(top)
    assert page.find("a", href="tel:0912345678").get_text() == "0912 345 678"
    assert page.find("a", href="mailto:mai.tt@hoason.example.vn")
    contact = page.find(id="lien-he")
    assert "Thôn Trung, xã Hòa Sơn" in text(contact)
    assert contact.find("a", href="tel:02093851234")
    assert page.find("link", rel="canonical")["href"] == FRONTEND_URL + (
        "/co-cau-to-chuc/"
    )
    assert page.find("link", hreflang="en")["href"] == FRONTEND_URL + (
        "/en/organisation/"
    )


def test_the_english_page_is_english_and_marks_what_is_not(client):
    response = client.get("/en/organisation/")
    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == "en"
    assert text(page.h1) == "Organisation and contacts"
    assert text(page.find(class_="skip-link")) == "Skip to main content"
    assert page.find("th", string="Position")
    names = [text(n) for n in page.find_all(class_="org-unit-name")]
    assert names[0] == "People's Committee of Hoa Son Commune"
    # Untranslated text is shown in Vietnamese, marked so, with a note.
    office = page.find_all("li", class_="org-unit")[1]
    assert office.find(class_="org-functions")["lang"] == "vi"
    assert "no English translation yet" in text(page.find(class_="org-note"))
    assert page.find("a", string="Tiếng Việt")["href"] == "/co-cau-to-chuc/"
    assert page.find("a", href="tel:0912345678")
    # No Vietnamese UI words outside the content it marks as Vietnamese.
    for node in page.find_all(attrs={"lang": "vi"}):
        node.decompose()
    visible = text(page.body)
    for word in ("Trang chủ", "Tìm kiếm", "Liên hệ", "Điện thoại", "Chức vụ"):
        assert word not in visible


@pytest.mark.parametrize("url", ["/co-cau-to-chuc/", "/en/organisation/"])
def test_the_pages_say_who_the_agency_is_to_search_engines(client, url):
    page = soup(client.get(url))
    data = json.loads(page.find("script", type="application/ld+json").string)
    assert data["@type"] == "GovernmentOrganization"
    assert data["name"] == "Ủy ban nhân dân xã Hòa Sơn"
    assert data["telephone"] == "0209 3 851 234"
    assert len(data["department"]) == 3
    assert data["member"][0]["name"] == "Trần Thị Mai"


def test_the_page_works_without_the_api_details_it_can_do_without(client, fake_cms):
    fake_cms.set("/site/", {"error": {"status": 404}}, status=404)
    assert client.get("/co-cau-to-chuc/").status_code == 200
