import pytest

# The reader site's browser fixtures (a live CMS on the test database, the reader
# site talking to it over HTTP, headless Chromium), for the content-safety test.
from tests.frontend.conftest import (  # noqa: F401
    cms_server,
    console_errors,
    live_db,
    new_page,
    reader_site,
)
from tests.hardening.processes import django_env, manage


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory):
    """A migrated SQLite file, made once per run; tests copy it rather than
    spending a dozen seconds on `migrate` each."""
    var_dir = tmp_path_factory.mktemp("migrated")
    manage(["migrate", "--no-input", "-v0"], django_env(var_dir))
    return var_dir / "db.sqlite3"
