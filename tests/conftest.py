import pytest

from cms.sections.models import HomePage
from tests.i18n.conftest import REPORTED_PROPERTY

# Figures tests report for the end of the run (they print nothing while the
# output is captured). Here, in the first conftest, because under pytest-xdist
# only the main process writes the summary and it loads no other conftest.
_reported_lines: list[str] = []


def pytest_runtest_logreport(report):
    if report.when == "call":
        _reported_lines.extend(
            value for name, value in report.user_properties if name == REPORTED_PROPERTY
        )


def pytest_terminal_summary(terminalreporter):
    if _reported_lines:
        terminalreporter.write_sep("-", "Vietnamese admin")
        for line in _reported_lines:
            terminalreporter.write_line(line)


@pytest.fixture
def home(db):
    """The portal's home page, created by the migrations."""
    return HomePage.objects.get()


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache, also when the cache is a shared Redis."""
    from django.core.cache import cache

    cache.clear()
    yield
