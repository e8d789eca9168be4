"""Local folders the settings point at, created when the settings load.

Every entry point (manage.py, granian or gunicorn, the scheduler) imports the
settings before anything opens a file, so creating the folders here does not
depend on which system check, command or request happens to touch them first:
SQLite cannot create the folder of its database file, and a fresh clone has no
`var/`.
"""

import os
import sys
from pathlib import Path

# Exit status for a folder that cannot be made. 3 is also what gunicorn's master
# takes as "worker failed to boot": it stops instead of respawning workers that
# would all fail the same way. (granian, respawning failed workers, stops on
# the second such exit: its crash-loop detection.)
EXIT_UNWRITABLE_FOLDER = 3


def ensure_writable_folder(path: Path, variable: str) -> Path:
    """Create `path` (and its parents) or stop the process with one clear line
    naming the variable to change: not a traceback from deep inside a database
    driver, long after the cause."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        _stop(f"cannot create {path} ({reason})", variable)
    if not os.access(path, os.W_OK | os.X_OK):
        _stop(f"{path} is not writable", variable)
    return path


def _stop(problem: str, variable: str) -> None:
    sys.stderr.write(
        f"newsroom: {problem}: set {variable} to a folder this user can write.\n"
    )
    raise SystemExit(EXIT_UNWRITABLE_FOLDER)
