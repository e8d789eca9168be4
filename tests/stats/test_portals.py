"""Statistics per portal: a view of portal A's reader site counts for A only,
through the beacon, the API's figures and most read, the dashboard panel, the
province's roll-up and its CSV; on both backends."""

import csv
import io
import json
import re
from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from cms.portal.models import PortalSettings
from cms.portal.provisioning import create_portal
from cms.stats import services
from cms.stats.models import DailyPageStats, DailySiteStats, SeenVisitor
from cms.workflow import roles
from tests.api.schema import SchemaValidator
from tests.factories import ArticlePageFactory, SectionPageFactory, UserFactory

from .conftest import BROWSER, default_site, local, settle

pytestmark = pytest.mark.django_db

A = "localhost"  # the default site the migrations make: the province's
B = "xa-b.localhost"
C = "xa-c.localhost"
NOW = local(2026, 3, 20, 10, 0)
HITS = "/api/v1/stats/hits/"
FIGURES = "/api/v1/stats/"
MOST_READ = "/api/v1/stats/most-read/"
ROLLUP = "/admin/stats/portals/"


@pytest.fixture
def portals(home, settings):
    """The province's portal A and the communes' portals B and C, each with
    an article under the same path; B one more article of its own."""
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, B, C]
    province = PortalSettings.for_site(default_site())
    province.name = "Tỉnh Mẫu"
    province.save()
    made = {
        "a": {"site": default_site(), "home": home, "groups": None},
    }
    for key, host, name in (("b", B, "Xã Bình An"), ("c", C, "Xã Cát Tiên")):
        portal = create_portal(hostname=host, name=name, parent=default_site())
        made[key] = {"site": portal.site, "home": portal.home, "groups": portal.groups}
    for content in made.values():
        news = SectionPageFactory(parent=content["home"], title="Tin tức")
        content["article"] = ArticlePageFactory(parent=news, title="Họp dân đầu năm")
    made["b"]["only_here"] = ArticlePageFactory(
        parent=made["b"]["article"].get_parent(), title="Chỉ có ở xã Bình An"
    )
    return made


@pytest.fixture
def clock():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def openapi(db):
    return SchemaValidator.from_view()


def user_in(group):
    client = Client()
    client.force_login(UserFactory(groups=[group]))
    return client


def province_editor():
    return user_in(Group.objects.get(name=roles.EDITOR))


def commune_editor(portals, key="b"):
    return user_in(portals[key]["groups"][roles.EDITOR])


def store(portals, key, days_ago, views, visitors):
    DailySiteStats.objects.create(
        site=portals[key]["site"],
        date=NOW.date() - timedelta(days=days_ago),
        views=views,
        visitors=visitors,
    )


@pytest.fixture
def stored(portals):
    """Figures already in the database: A, B and C each their own."""
    store(portals, "a", 0, 111, 11)
    store(portals, "a", 10, 1000, 100)
    store(portals, "b", 0, 222, 22)
    store(portals, "b", 1, 20, 2)
    store(portals, "c", 40, 5, 1)
    return portals


# The beacon and the API ------------------------------------------------------


def test_a_beacon_counts_only_for_its_portal(backend, portals, openapi, clock):
    browser = Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="198.51.100.30")

    def beacon(path, host):
        return browser.post(
            HITS, json.dumps({"path": path}), "application/json", headers={"Host": host}
        )

    b_article = portals["b"]["article"].reader_path
    assert beacon(b_article, B).json() == {"counted": True}
    # The same reader on A: a visitor of A too; the search page is a page of
    # each portal (the reload rule does not join them).
    assert beacon(portals["a"]["article"].reader_path, A).json() == {"counted": True}
    assert beacon("/tim-kiem/", A).json() == {"counted": True}
    assert beacon("/tim-kiem/", B).json() == {"counted": True}
    assert beacon("/tim-kiem/", B).json() == {"counted": False}  # a reload
    # A page of B only is no page of C.
    only_b = portals["b"]["only_here"].reader_path
    assert beacon(only_b, C).status_code == 404
    assert beacon(only_b, A).status_code == 404

    def figures(host=None, portal=None):
        params = {"portal": portal} if portal else {}
        answer = Client().get(FIGURES, params, headers={"Host": host or A})
        openapi.validate(FIGURES, answer)
        return answer.json()

    for read in (lambda: None, settle):  # before and after a flush (Redis)
        read()
        b = figures(B)
        assert b["today"] == {"views": 2, "visitors": 1}
        assert b["online"] == 1
        assert figures(portal=B) == b  # the parameter names the same portal
        a = figures(A)
        assert a["today"] == {"views": 2, "visitors": 1} and a["online"] == 1
        assert figures(C)["today"] == {"views": 0, "visitors": 0}
        assert figures(C)["online"] == 0

    rows = {row.site_id: row.views for row in DailySiteStats.objects.all()}
    assert rows == {portals["a"]["site"].pk: 2, portals["b"]["site"].pk: 2}
    if backend.name == "database":
        assert SeenVisitor.objects.count() == 2  # one reader, seen on A and B

    def most_read(host):
        answer = Client().get(MOST_READ, headers={"Host": host})
        openapi.validate(MOST_READ, answer)
        return [item["id"] for item in answer.json()["results"]]

    assert most_read(B) == [portals["b"]["article"].pk]
    assert most_read(A) == [portals["a"]["article"].pk]
    assert most_read(C) == []


def test_the_figures_of_an_unknown_portal_are_a_json_404(portals):
    answer = Client().get(FIGURES, {"portal": "xa-khong-co.localhost"})
    assert answer.status_code == 404
    assert answer.json()["error"]["status"] == 404


def test_stored_figures_are_the_portals_own(stored, clock):
    def today(host):
        return Client().get(FIGURES, headers={"Host": host}).json()

    assert today(A)["today"] == {"views": 111, "visitors": 11}
    assert today(A)["total"] == {"views": 1111, "visitors": 111}
    assert today(B)["yesterday"] == {"views": 20, "visitors": 2}
    assert today(B)["total"] == {"views": 242, "visitors": 24}
    assert today(C)["this_month"] == {"views": 0, "visitors": 0}


# The dashboard panel ---------------------------------------------------------


def panel(client, **params) -> str:
    content = client.get("/admin/", params).content.decode()
    start = content.index('id="statistics-section"')
    return content[start : content.index("</section>", start)]


def test_a_commune_editor_sees_only_their_portals_figures(stored, clock):
    client = commune_editor(stored)
    own = panel(client)
    assert "222 lượt xem · 22 khách" in own
    assert "111 lượt xem" not in own
    assert "Xã Bình An" in own and "<select" not in own
    # Asking for another portal changes nothing.
    assert panel(client, portal=stored["a"]["site"].pk) == own
    assert panel(client, portal=stored["c"]["site"].pk) == own
    assert client.get("/admin/", {"portal": "không-phải-số"}).status_code == 200


def test_the_province_chooses_the_portal(stored, clock):
    client = province_editor()
    # The admin's own host (testserver) is no portal's: the province's first.
    default = panel(client)
    assert "111 lượt xem · 11 khách" in default
    assert "<select" in default and "So sánh các cổng" in default
    chosen = panel(client, portal=stored["b"]["site"].pk)
    assert "222 lượt xem · 22 khách" in chosen
    assert "111 lượt xem" not in chosen
    assert f'value="{stored["b"]["site"].pk}" selected' in chosen


def test_the_panel_shows_the_chosen_portals_most_read(portals, clock):
    for key, views in (("a", 7), ("b", 9)):
        DailyPageStats.objects.create(
            date=NOW.date(), page=portals[key]["article"], views=views
        )
    b_panel = panel(province_editor(), portal=portals["b"]["site"].pk)
    assert f"/admin/pages/{portals['b']['article'].pk}/edit/" in b_panel
    assert f"/admin/pages/{portals['a']['article'].pk}/edit/" not in b_panel
    own = panel(commune_editor(portals))
    assert f"/admin/pages/{portals['a']['article'].pk}/edit/" not in own


# The province's roll-up ------------------------------------------------------


def rollup_rows(content: str) -> dict[str, list[str]]:
    rows = {}
    for host, cells in re.findall(
        r'<tr data-portal="([^"]+)">(.*?)</tr>', content, re.S
    ):
        rows[host] = re.findall(r"<td>(.*?)</td>", cells)
    return rows


def test_the_roll_up_shows_every_portal_side_by_side(stored, clock):
    client = province_editor()
    week = client.get(ROLLUP)
    assert week.status_code == 200
    content = week.content.decode()
    rows = rollup_rows(content)
    # The province first, then the communes by name; views, visitors.
    assert list(rows) == [A, B, C]
    assert rows[A][-2:] == ["111", "11"]
    assert rows[B][-2:] == ["242", "24"]
    assert rows[C][-2:] == ["0", "0"]
    assert "Tổng cộng" in content
    total = re.search(r"<tr data-total>(.*?)</tr>", content, re.S).group(1)
    assert "<td>353</td>" in total
    # The visitors' total is each portal's added: it says so.
    assert (
        '<td>35 <span class="help" data-total-visitors-label>(tổng lượt khách '
        "của các cổng (một người đọc hai cổng được tính hai lần))</span></td>"
    ) in total

    month = rollup_rows(client.get(ROLLUP, {"period": "30"}).content.decode())
    assert month[A][-2:] == ["1.111", "111"]

    chosen = client.get(
        ROLLUP, {"period": "range", "start": "19/03/2026", "end": "2026-03-19"}
    )
    rows = rollup_rows(chosen.content.decode())
    assert rows[A][-2:] == ["0", "0"] and rows[B][-2:] == ["20", "2"]
    older = client.get(
        ROLLUP, {"period": "range", "start": "01/02/2026", "end": "10/02/2026"}
    )
    assert rollup_rows(older.content.decode())[C][-2:] == ["5", "1"]


def test_the_roll_up_csv_opens_in_excel(stored, clock):
    answer = province_editor().get(ROLLUP, {"period": "30", "export": "csv"})
    assert answer.status_code == 200
    assert answer["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in answer["Content-Disposition"]
    assert answer.content.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs
    rows = list(csv.reader(io.StringIO(answer.content.decode("utf-8-sig"))))
    assert rows[0] == [
        "Cổng thông tin",
        "Tên miền",
        "Cấp",
        "Từ ngày",
        "Đến ngày",
        "Lượt xem",
        "Khách truy cập",
    ]
    # One row per portal, no total row.
    assert rows[1:] == [
        ["Tỉnh Mẫu", A, "Tỉnh", "2026-02-19", "2026-03-20", "1111", "111"],
        ["Xã Bình An", B, "Xã, phường", "2026-02-19", "2026-03-20", "242", "24"],
        ["Xã Cát Tiên", C, "Xã, phường", "2026-02-19", "2026-03-20", "0", "0"],
    ]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"period": "range", "start": "31/02/2026", "end": "01/03/2026"}, "01/03/2026"),
        ({"period": "range", "start": "hôm qua", "end": "01/03/2026"}, "không hợp lệ"),
        ({"period": "range", "start": "02/03/2026", "end": "01/03/2026"}, "phải sau"),
        ({"period": "range", "end": "01/03/2026"}, "Nhập ngày bắt đầu"),
        ({"period": "range", "start": "01/01/2020", "end": "01/03/2026"}, "731"),
        ({"period": "365"}, "Chọn 7 ngày"),
        ({"period": "range", "start": "99999-01-01", "end": "x", "export": "csv"}, ""),
    ],
)
def test_bad_periods_are_form_errors(stored, clock, params, message):
    answer = province_editor().get(ROLLUP, params)
    assert answer.status_code == 200
    assert answer["Content-Type"].startswith("text/html")
    content = answer.content.decode()
    assert "error-message" in content and message in content
    assert "data-portal" not in content


def test_commune_editors_and_reporters_cannot_open_the_roll_up(stored):
    for client in (
        commune_editor(stored),
        commune_editor(stored, "c"),
        user_in(Group.objects.get(name=roles.REPORTER)),
    ):
        assert client.get(ROLLUP).status_code == 403
        assert client.get(ROLLUP, {"export": "csv"}).status_code == 403
        # Neither the menu item nor the panel's link.
        assert ROLLUP not in client.get("/admin/").content.decode()
    province = province_editor().get("/admin/").content.decode()
    assert '"name": "portal-statistics"' in province  # the reports menu
    assert f'href="{ROLLUP}"' in province  # the panel


def test_the_roll_up_costs_the_same_queries_for_any_number_of_portals(stored, clock):
    client = province_editor()
    client.get(ROLLUP)  # the site map and the session, once

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(ROLLUP, {"period": "30"}).status_code == 200
            assert client.get(ROLLUP, {"export": "csv"}).status_code == 200
        return len(captured)

    three = queries()
    for n in range(3):
        create_portal(hostname=f"xa-{n}.localhost", name=f"Phường số {n}")
    client.get(ROLLUP)  # the map is rebuilt once, after the portals changed
    assert queries() == three
    assert len(rollup_rows(client.get(ROLLUP).content.decode())) == 6


# Counters and exports ----------------------------------------------------------


def test_counters_from_before_portals_are_flushed_to_the_default_site(
    redis_backend, portals, clock
):
    """Counted in Redis by the version that knew no portals, flushed by this
    one: the default site's, as the migration did with the rows."""
    day = NOW.date().isoformat()
    client, key = redis_backend.client, redis_backend.key
    client.hincrby(key("views", day), "site", 5)
    client.hincrby(key("views", day), f"page:{portals['a']['article'].pk}", 5)
    client.pfadd(key("visitors", day), "a" * 32, "b" * 32)
    client.sadd(key("days"), day)

    assert services.flush() == 5
    row = DailySiteStats.objects.get()
    assert (row.site_id, row.views, row.visitors) == (default_site().pk, 5, 2)
    assert DailyPageStats.objects.get().views == 5
    assert not client.exists(key("visitors", day))
    services.flush()
    row.refresh_from_db()
    assert (row.views, row.visitors) == (5, 2)


def test_export_stats_writes_one_portals_days_or_all_added(stored):
    def export(*args):
        out = io.StringIO()
        call_command(
            "export_stats",
            "--from",
            "2026-03-19",
            "--to",
            "2026-03-20",
            *args,
            stdout=out,
        )
        return out.getvalue().splitlines()[1:]

    assert export("--portal", B) == ["2026-03-19,20,2", "2026-03-20,222,22"]
    assert export("--portal", A.upper()) == ["2026-03-19,0,0", "2026-03-20,111,11"]
    assert export() == ["2026-03-19,20,2", "2026-03-20,333,33"]
    with pytest.raises(CommandError, match="xa-khong-co"):
        export("--portal", "xa-khong-co.localhost")


def test_a_commune_portals_beacon_costs_no_query_for_its_portal(
    database_backend, portals
):
    """The hot path: the portal comes from the process's site map, so a
    beacon of B costs what one of A does, and never reads the sites."""

    path = portals["a"]["article"].reader_path
    assert portals["b"]["article"].reader_path == path  # the same on A and B

    def hit(host, address):
        browser = Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=address)
        with CaptureQueriesContext(connection) as captured:
            answer = browser.post(
                HITS,
                json.dumps({"path": path}),
                "application/json",
                headers={"Host": host},
            )
        assert answer.json() == {"counted": True}
        return [query["sql"] for query in captured]

    hit(A, "198.51.100.40")  # the path lookups, once per portal
    hit(B, "198.51.100.40")
    a, b = hit(A, "198.51.100.41"), hit(B, "198.51.100.41")
    assert len(b) == len(a)
    assert not [sql for sql in a + b if "wagtailcore_site" in sql]


# The report of views per article -------------------------------------------

REPORT = "/admin/stats/views/"


@pytest.fixture
def read_everywhere(portals):
    """Today's views of each portal's article: A 7, B 9 (and 4 of the one
    only B has), C 11."""
    for key, views in (("a", 7), ("b", 9), ("c", 11)):
        DailyPageStats.objects.create(
            date=NOW.date(), page=portals[key]["article"], views=views
        )
    DailyPageStats.objects.create(
        date=NOW.date(), page=portals["b"]["only_here"], views=4
    )
    return portals


def edited(content: str) -> set[int]:
    """The pages a report links to the editor of."""
    return {int(pk) for pk in re.findall(r"/admin/pages/(\d+)/edit/", content)}


def exported(client, **params) -> list[str]:
    answer = client.get(REPORT, {**params, "export": "csv"})
    assert answer.status_code == 200
    return b"".join(answer.streaming_content).decode("utf-8-sig").splitlines()[1:]


def test_the_province_filters_the_report_by_portal(read_everywhere, clock):
    portals = read_everywhere
    articles = {key: portals[key]["article"].pk for key in "abc"}
    client = province_editor()
    content = client.get(REPORT).content.decode()
    assert set(articles.values()) <= edited(content)
    assert 'name="portal"' in content
    for key in "abc":
        assert f'value="{portals[key]["site"].pk}"' in content
    assert "Mọi cổng" in content

    site_b = portals["b"]["site"].pk
    only_b = client.get(REPORT, {"portal": site_b}).content.decode()
    own = {articles["b"], portals["b"]["only_here"].pk}
    assert edited(only_b) & set(articles.values()) == {articles["b"]}
    assert own <= edited(only_b)
    # The export follows the filter, from the page's own link and by hand.
    assert f"portal={site_b}&amp;export=csv" in only_b
    assert exported(client, portal=site_b) == [
        "Họp dân đầu năm,9,9,9",
        "Chỉ có ở xã Bình An,4,4,4",
    ]
    assert exported(client, portal=portals["c"]["site"].pk) == [
        "Họp dân đầu năm,11,11,11"
    ]
    assert len(exported(client)) == 4
    # The results-only view the filter form refreshes filters the same.
    results = client.get(REPORT + "results/", {"portal": site_b}).content.decode()
    assert edited(results) & set(articles.values()) == {articles["b"]}


def test_a_commune_editor_sees_only_their_portals_articles(read_everywhere, clock):
    portals = read_everywhere
    client = commune_editor(portals)
    content = client.get(REPORT).content.decode()
    assert edited(content) == {portals["b"]["article"].pk, portals["b"]["only_here"].pk}
    assert 'name="portal"' not in content  # nothing to choose
    # Asking for another portal changes nothing, the export neither.
    other = client.get(REPORT, {"portal": portals["a"]["site"].pk}).content.decode()
    assert edited(other) == edited(content)
    expected = ["Họp dân đầu năm,9,9,9", "Chỉ có ở xã Bình An,4,4,4"]
    assert exported(client) == expected
    assert exported(client, portal=portals["c"]["site"].pk) == expected
