"""The stylesheet, script and icon over real HTTP (werkzeug's server, as in
development; gunicorn serves the same WSGI answers): compressed once with
brotli and gzip, chosen by Accept-Encoding, a year of caching."""

import gzip
import threading

import brotli
import httpx
import pytest
from werkzeug.serving import make_server

from frontend.app import create_app
from frontend.assets import STATIC_DIR, asset_url
from frontend.config import Config

# Nothing listens here: static files never ask the API.
UNREACHABLE_API = "http://127.0.0.1:9/api/v1"


@pytest.fixture(scope="module")
def site_url():
    app = create_app(Config(api_url=UNREACHABLE_API))
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=10)


def fetch(url: str, method: str = "GET", **headers) -> tuple[httpx.Response, bytes]:
    """The answer and its bytes as sent (not decoded)."""
    with (
        httpx.Client(timeout=10) as client,
        client.stream(method, url, headers=headers) as response,
    ):
        return response, b"".join(response.iter_raw())


DECODERS = {"br": brotli.decompress, "gzip": gzip.decompress, None: bytes}


@pytest.mark.parametrize("name", ["site.css", "site.js"])
@pytest.mark.parametrize(
    ("accept", "encoding"),
    [
        ("gzip, deflate, br, zstd", "br"),
        ("gzip, deflate", "gzip"),
        ("br;q=0, gzip", "gzip"),
        ("identity", None),
        ("", None),
    ],
)
def test_css_and_js_are_sent_precompressed(site_url, name, accept, encoding):
    response, sent = fetch(site_url + asset_url(name), **{"Accept-Encoding": accept})
    assert response.status_code == 200
    assert response.headers.get("Content-Encoding") == encoding
    assert "Accept-Encoding" in response.headers["Vary"]
    cache_control = response.headers["Cache-Control"]
    assert cache_control == "public, max-age=31536000, immutable"
    original = (STATIC_DIR / name).read_bytes()
    assert DECODERS[encoding](sent) == original
    assert int(response.headers["Content-Length"]) == len(sent)
    if encoding:
        assert len(sent) < len(original) / 2


def test_brotli_is_smaller_than_gzip(site_url):
    url = site_url + asset_url("site.css")
    _, br = fetch(url, **{"Accept-Encoding": "br"})
    _, gz = fetch(url, **{"Accept-Encoding": "gzip"})
    assert len(br) < len(gz)


def test_each_encoding_has_its_own_validator(site_url):
    url = site_url + asset_url("site.js")
    br, _ = fetch(url, **{"Accept-Encoding": "br"})
    gz, _ = fetch(url, **{"Accept-Encoding": "gzip"})
    assert br.headers["ETag"] != gz.headers["ETag"]
    again, body = fetch(
        url, **{"Accept-Encoding": "br", "If-None-Match": br.headers["ETag"]}
    )
    assert again.status_code == 304 and body == b""
    # A cache revalidating the brotli copy for a gzip-only client gets gzip.
    other, sent = fetch(
        url, **{"Accept-Encoding": "gzip", "If-None-Match": br.headers["ETag"]}
    )
    assert other.status_code == 200
    assert other.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(sent) == (STATIC_DIR / "site.js").read_bytes()


def test_head_and_small_files(site_url):
    head, body = fetch(
        site_url + asset_url("site.css"), "HEAD", **{"Accept-Encoding": "br"}
    )
    assert head.status_code == 200 and body == b""
    assert head.headers["Content-Encoding"] == "br"
    # The icon is smaller than compression is worth: sent as it is.
    icon, sent = fetch(site_url + asset_url("favicon.svg"), **{"Accept-Encoding": "br"})
    assert icon.headers["Content-Type"] == "image/svg+xml; charset=utf-8"
    assert "Content-Encoding" not in icon.headers
    assert sent == (STATIC_DIR / "favicon.svg").read_bytes()


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/static/nope.css", 404),
        ("/static/..%2Fapp.py", 404),
        # Arrives as "/app.py": a reader page, whose portal needs the API (down).
        ("/static/../app.py", 503),
    ],
)
def test_only_the_static_files_are_served(site_url, path, status):
    response, sent = fetch(site_url + path)
    assert response.status_code == status
    assert b"create_app" not in sent
