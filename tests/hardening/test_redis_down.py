"""Redis down: REDIS_URL names a port nobody listens on. The CMS (granian as
production runs it, production settings) and the reader site still serve every
page with its content, the statistics beacon is counted in the database
instead, and the logs hold a warning, never a traceback.

Runs on every database backend: the CMS uses its own copy of a migrated SQLite
file, so it needs neither PostgreSQL nor Redis."""

import json

import httpx
import pytest

from bench.servers import granian
from tests.frontend.live import KEY_ARTICLE_TEXT, KEY_ARTICLE_TITLE
from tests.hardening.processes import copy_database, django_env, production_env, shell

CMS_PORT = 8713
READER_PORT = 8714
CLOSED_REDIS = "redis://127.0.0.1:1/0"
CMS = f"http://127.0.0.1:{CMS_PORT}"
READER = f"http://127.0.0.1:{READER_PORT}"

# The reader site's test portal, built as editors would (through the factories).
BUILD_CONTENT = """
import json
from tests.frontend.live import build_newsroom
content = build_newsroom()
key = content["key"]
print(json.dumps({"id": key.pk, "path": key.reader_path}))
"""


@pytest.fixture
def servers(tmp_path, migrated_sqlite):
    var_dir = tmp_path / "cms"
    copy_database(migrated_sqlite, var_dir)
    env = production_env(
        var_dir,
        REDIS_URL=CLOSED_REDIS,
        SECURE_SSL_REDIRECT="false",
    )
    env["ALLOWED_HOSTS"] = "127.0.0.1"
    key = json.loads(shell(BUILD_CONTENT, env))
    logs = tmp_path / "logs"
    started = []
    try:
        started.append(
            granian(
                "cms",
                "backend.wsgi:application",
                CMS_PORT,
                env,
                workers=1,
                log_dir=logs,
                ready_path="/api/v1/site/",
                access_log=True,
            )
        )
        reader_env = django_env(
            tmp_path / "reader",
            CMS_API_URL=f"{CMS}/api/v1",
            FRONTEND_URL=READER,
        )
        started.append(
            granian(
                "reader",
                "frontend.wsgi:app",
                READER_PORT,
                reader_env,
                workers=1,
                log_dir=logs,
                ready_path="/robots.txt",
                access_log=True,
            )
        )
        yield key, started
    finally:
        for server in started:
            server.stop()


def test_everything_answers_without_redis(servers):
    key, (cms, reader) = servers
    with httpx.Client(base_url=CMS, timeout=30) as api:
        articles = api.get("/api/v1/articles/")
        assert articles.status_code == 200
        assert KEY_ARTICLE_TITLE in [a["title"] for a in articles.json()["results"]]

        detail = api.get(f"/api/v1/articles/{key['id']}/")
        assert detail.status_code == 200
        assert detail.json()["title"] == KEY_ARTICLE_TITLE

        # Typed without diacritics, as readers often do.
        search = api.get("/api/v1/search/", params={"q": "cai cach hanh chinh"})
        assert search.status_code == 200
        assert key["id"] in [r["id"] for r in search.json()["results"]]

        # Two readers, one of whom reloads: the database backend applies the
        # same rules as Redis would have.
        readers = ["Mozilla/5.0 (Android 14) Chrome/126", "Mozilla/5.0 Firefox/128"]
        counted = [
            api.post(
                "/api/v1/stats/hits/",
                json={"path": key["path"]},
                headers={"User-Agent": user_agent},
            )
            for user_agent in [*readers, readers[0]]
        ]
        assert [answer.status_code for answer in counted] == [202, 202, 202]
        assert [answer.json()["counted"] for answer in counted] == [True, True, False]

        figures = api.get("/api/v1/stats/")
        assert figures.status_code == 200
        assert figures.json()["today"] == {"views": 2, "visitors": 2}
        assert figures.json()["online"] == 2

    with httpx.Client(base_url=READER, timeout=30) as site:
        home = site.get("/")
        assert home.status_code == 200
        assert KEY_ARTICLE_TITLE in home.text

        article = site.get(key["path"])
        assert article.status_code == 200
        assert KEY_ARTICLE_TITLE in article.text
        assert KEY_ARTICLE_TEXT in article.text

    cms_log = cms.log_path.read_text()
    assert "Traceback" not in cms_log, cms_log[-5000:]
    assert "Statistics: Redis unavailable" in cms_log
    reader_log = reader.log_path.read_text()
    assert "Traceback" not in reader_log, reader_log[-5000:]
