"""The share of the admin that speaks Vietnamese is reported at the end of the run
by tests/conftest.py: the coverage test records it as a property of its report
(REPORTED_PROPERTY), which also reaches the main process under pytest-xdist."""

REPORTED_PROPERTY = "vietnamese_admin_coverage"
