"""Two CMS servers behind one address, as a load balancer spreads readers over
them: granian as production runs it, with production settings, on the same
PostgreSQL database and the same Redis.

- Cached API answers are shared: an answer one server built is what the other
  serves, and one publish through the first server's admin retires it on both.
- Statistics beacons spread over both servers add up exactly, before and after
  `flush_stats` writes Redis's counters to the database.

Needs PostgreSQL (DATABASE_URL; the test makes its own database beside it) and
Redis (REDIS_URL; the test uses database 10 of that server and empties it)."""

import json
import os
import secrets
from http.cookies import SimpleCookie
from urllib.parse import urlsplit, urlunsplit

import httpx
import pytest

from bench.servers import granian
from tests.hardening.processes import manage, production_env, shell
from tests.workflow.admin_actions import article_data

pytestmark = [pytest.mark.postgres, pytest.mark.redis]

PORTS = {"A": 8711, "B": 8712}
# The address readers and editors use: the load balancer passes it on to both.
HOST = "cms.hoason.example.vn"
# Far below the databases the suite's workers use (REDIS_URL's and the next
# ones down, one per pytest-xdist worker).
REDIS_DB = 10
LEADER = "ld-son"
PASSWORD = "Dong-lua-chin-vang-2026"
TITLE = "Hòa Sơn khánh thành cầu Tân Lập"
NEW_TITLE = "Hòa Sơn khánh thành cầu Tân Lập, nối hai xã bên sông Đáy"
BEACONS = 20

# A leader (Lãnh đạo) publishes without the two-step approval: the one role
# whose "publish" button publishes (tests/workflow/test_approval.py).
CREATE_CONTENT = f"""
import json
from django.contrib.auth.models import Group
from cms.workflow import roles
from tests.factories import ArticlePageFactory, SectionPageFactory, UserFactory

section = SectionPageFactory(title="Thời sự", slug="thoi-su")
article = ArticlePageFactory(parent=section, title="{TITLE}")
UserFactory(username="{LEADER}", password="{PASSWORD}",
            groups=[Group.objects.get(name=roles.LEADER)])
print(json.dumps({{"id": article.pk, "path": article.reader_path,
                   "slug": article.slug}}))
"""


def _postgres_url() -> str | None:
    url = os.environ.get("DATABASE_URL", "")
    return url if url.startswith(("postgres://", "postgresql://")) else None


def _postgres(url: str, statement: str, params=None):
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        cursor = connection.execute(statement, params)
        return cursor.fetchall() if cursor.description else None


def _on_database(url: str, name: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path=f"/{name}"))


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """Servers A and B on one migrated database holding a published article."""
    import redis

    main_url, redis_url = _postgres_url(), os.environ.get("REDIS_URL")
    if main_url is None or not redis_url:
        pytest.skip("needs DATABASE_URL at PostgreSQL and REDIS_URL")
    name = urlsplit(main_url).path.lstrip("/") + "_two_servers"
    database_url = _on_database(main_url, name)
    admin_url = _on_database(main_url, "postgres")
    drop = f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'
    own_redis = urlunsplit(urlsplit(redis_url)._replace(path=f"/{REDIS_DB}"))
    cache = redis.Redis.from_url(own_redis)

    var_dir = tmp_path_factory.mktemp("two-servers")
    env = production_env(
        var_dir,
        DATABASE_URL=database_url,
        REDIS_URL=own_redis,
        SECURE_SSL_REDIRECT="false",
    )
    env["ALLOWED_HOSTS"] = f"{HOST},127.0.0.1"
    servers = {}
    try:
        _postgres(admin_url, drop)
        _postgres(admin_url, f'CREATE DATABASE "{name}"')
        cache.flushdb()
        manage(["migrate", "--no-input", "-v0"], env)
        article = json.loads(shell(CREATE_CONTENT, env))
        for label, port in PORTS.items():
            servers[label] = granian(
                f"cms-{label}",
                "backend.wsgi:application",
                port,
                env,
                workers=1,
                log_dir=var_dir / "logs",
                ready_path="/api/v1/site/",
                access_log=True,
            )
        yield {
            "env": env,
            "database_url": database_url,
            "article": article,
            "servers": servers,
        }
    finally:
        for server in servers.values():
            server.stop()
        cache.flushdb()
        cache.close()
        _postgres(admin_url, drop)


def _client(port: int) -> httpx.Client:
    return httpx.Client(
        base_url=f"http://127.0.0.1:{port}", headers={"Host": HOST}, timeout=30
    )


@pytest.fixture(scope="module")
def clients(cluster):
    opened = {label: _client(port) for label, port in PORTS.items()}
    yield opened
    for client in opened.values():
        client.close()


def _answers(client: httpx.Client, article_id: int) -> dict:
    """The article's title in the list and in its detail, with their ETags."""
    listing = client.get("/api/v1/articles/")
    detail = client.get(f"/api/v1/articles/{article_id}/")
    assert listing.status_code == detail.status_code == 200
    titles = [a["title"] for a in listing.json()["results"] if a["id"] == article_id]
    return {
        "list": (titles, listing.headers["ETag"]),
        "detail": (detail.json()["title"], detail.headers["ETag"]),
    }


def _log_in(client: httpx.Client, username: str, password: str) -> dict[str, str]:
    """The admin's login form, posted as a browser does; returns the cookies
    that keep the editor logged in. The CSRF token is one the browser could
    hold (the cookie and the field agree), so no page has to be rendered first;
    the cookies are kept by hand since they are Secure and this is plain HTTP
    behind the proxy."""
    csrf = secrets.token_hex(16)
    answer = client.post(
        "/admin/login/",
        data={"username": username, "password": password, "csrfmiddlewaretoken": csrf},
        headers={"Cookie": f"csrftoken={csrf}"},
    )
    assert answer.status_code == 302, answer.text[:2000]
    cookies = SimpleCookie()
    for header in answer.headers.get_list("set-cookie"):
        cookies.load(header)
    assert "sessionid" in cookies, answer.headers
    return {"sessionid": cookies["sessionid"].value, "csrftoken": csrf}


def test_a_publish_on_one_server_retires_cached_answers_on_both(cluster, clients):
    article = cluster["article"]
    a, b = clients["A"], clients["B"]

    built_by_a = _answers(a, article["id"])
    assert built_by_a["list"][0] == [TITLE]
    assert built_by_a["detail"][0] == TITLE

    # Changed behind the CMS's back (no signal, no new generation): an answer
    # built now would show it, so one that does not comes from the cache.
    _postgres(
        cluster["database_url"],
        "UPDATE wagtailcore_page SET title = %s WHERE id = %s",
        ["Tiêu đề sửa thẳng trong cơ sở dữ liệu", article["id"]],
    )
    assert _answers(b, article["id"]) == built_by_a
    assert _answers(a, article["id"]) == built_by_a
    # A browser or CDN holding the answer gets a 304 from either server.
    detail_etag = built_by_a["detail"][1]
    for client in (a, b):
        again = client.get(
            f"/api/v1/articles/{article['id']}/",
            headers={"If-None-Match": detail_etag},
        )
        assert again.status_code == 304

    # The leader publishes a new title through server A's admin.
    cookies = _log_in(a, LEADER, PASSWORD)
    published = a.post(
        f"/admin/pages/{article['id']}/edit/",
        data={
            **article_data(NEW_TITLE, action="publish", slug=article["slug"]),
            "csrfmiddlewaretoken": cookies["csrftoken"],
        },
        headers={"Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items())},
    )
    assert published.status_code == 302, published.text[:2000]
    assert "/login/" not in published.headers["Location"]

    # At once, on both servers, with nothing left of the old answers.
    for client in (a, b):
        answers = _answers(client, article["id"])
        assert answers["list"][0] == [NEW_TITLE]
        assert answers["detail"][0] == NEW_TITLE
        assert answers["list"][1] != built_by_a["list"][1]
        assert answers["detail"][1] != detail_etag
        stale = client.get(
            f"/api/v1/articles/{article['id']}/",
            headers={"If-None-Match": detail_etag},
        )
        assert stale.status_code == 200
    assert _answers(a, article["id"]) == _answers(b, article["id"])


def _figures(client: httpx.Client) -> dict:
    answer = client.get("/api/v1/stats/")
    assert answer.status_code == 200
    return answer.json()


def test_beacons_spread_over_both_servers_add_up(cluster, clients):
    path = cluster["article"]["path"]
    before = {label: _figures(client) for label, client in clients.items()}
    assert before["A"]["total"] == before["B"]["total"] == {"views": 0, "visitors": 0}

    counted = []
    for n in range(BEACONS):
        # Distinct readers: the visitor is the address and the browser.
        user_agent = (
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
            f"(KHTML, like Gecko) Chrome/126.0.{n}.0 Safari/537.36"
        )
        client = clients["A" if n % 2 == 0 else "B"]
        answer = client.post(
            "/api/v1/stats/hits/",
            json={"path": path},
            headers={"User-Agent": user_agent},
        )
        assert answer.status_code == 202
        counted.append(answer.json()["counted"])
    assert counted == [True] * BEACONS

    # Still in Redis: either server adds what waits there to the database's rows.
    for client in clients.values():
        figures = _figures(client)
        assert figures["today"]["views"] == BEACONS
        assert figures["total"]["views"] == BEACONS
        assert figures["online"] == BEACONS

    result = manage(["flush_stats"], cluster["env"])
    assert f"Đã ghi {BEACONS} lượt xem" in result.stdout

    rows = _postgres(
        cluster["database_url"],
        "SELECT (SELECT sum(views) FROM stats_dailysitestats),"
        " (SELECT sum(views) FROM stats_dailypagestats WHERE page_id = %s)",
        [cluster["article"]["id"]],
    )
    assert rows == [(BEACONS, BEACONS)]
    # In the database now, and no longer counted as waiting in Redis.
    for client in clients.values():
        figures = _figures(client)
        assert figures["today"]["views"] == BEACONS
        assert figures["total"]["views"] == BEACONS
        assert figures["online"] == BEACONS
        # Daily visitors are a HyperLogLog count in Redis: 20 distinct readers
        # share a register (and count as one) about once in a hundred runs.
        assert BEACONS - 1 <= figures["today"]["visitors"] <= BEACONS
