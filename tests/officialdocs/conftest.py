import pytest

from tests.factories import DocumentIndexPageFactory
from tests.workflow.conftest import editor, leader, reporter  # noqa: F401


@pytest.fixture
def library(home):
    return DocumentIndexPageFactory(parent=home)
