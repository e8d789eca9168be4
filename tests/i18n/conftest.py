"""Reports the share of the admin that speaks Vietnamese at the end of the run,
whatever the output capture: the coverage test records it on the config."""

import pytest

COVERAGE_KEY = pytest.StashKey[str]()


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    line = config.stash.get(COVERAGE_KEY, None)
    if line:
        terminalreporter.write_sep("-", "Vietnamese admin")
        terminalreporter.write_line(line)
