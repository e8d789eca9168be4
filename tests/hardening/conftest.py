import pytest

from tests.hardening.processes import django_env, manage


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory):
    """A migrated SQLite file, made once per run; tests copy it rather than
    spending a dozen seconds on `migrate` each."""
    var_dir = tmp_path_factory.mktemp("migrated")
    manage(["migrate", "--no-input", "-v0"], django_env(var_dir))
    return var_dir / "db.sqlite3"
