import pytest

from cms.sections.models import HomePage


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
