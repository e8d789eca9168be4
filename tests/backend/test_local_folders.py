"""A fresh clone has no var/: every entry point creates what it writes there, and a
folder that cannot be made stops the process with one clear line."""

import socket
import subprocess
import sys
from pathlib import Path

from bench.servers import GRANIAN_OPTIONS
from tests.hardening.processes import ROOT, django_env, production_env


def _manage(args, env):
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_migrate_creates_a_missing_var_dir_and_its_database(tmp_path):
    var_dir = tmp_path / "fresh" / "clone" / "var"
    env = django_env(var_dir, DJANGO_SETTINGS_MODULE="backend.settings.dev")
    del env["MEDIA_ROOT"]

    result = _manage(["migrate", "--no-input", "-v0"], env)

    assert result.returncode == 0, result.stderr
    assert (var_dir / "db.sqlite3").stat().st_size > 0
    assert (var_dir / "media").is_dir()
    assert (var_dir / "cache").is_dir()


def test_a_var_dir_that_cannot_be_created_is_one_clear_line(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    env = production_env(blocker / "var")

    result = _manage(["check"], env)

    assert result.returncode == 3
    lines = result.stderr.strip().splitlines()
    assert lines == [
        f"newsroom: cannot create {blocker / 'var'} (Not a directory): "
        "set VAR_DIR to a folder this user can write."
    ]
    assert "Traceback" not in result.stdout


def test_gunicorn_stops_instead_of_respawning_workers_that_cannot_start(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    env = production_env(blocker / "var")
    gunicorn = Path(sys.executable).with_name("gunicorn")

    result = subprocess.run(  # noqa: S603
        [str(gunicorn), "--bind", "127.0.0.1:0", "backend.wsgi:application"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode != 0
    assert "set VAR_DIR to a folder this user can write" in result.stderr
    assert "Traceback" not in result.stderr


def test_granian_stops_instead_of_respawning_workers_that_cannot_start(tmp_path):
    """As production runs it (--respawn-failed-workers): granian starts the
    worker again once, sees it die the same way and exits, rather than
    respawning it forever."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    env = production_env(blocker / "var")
    granian = Path(sys.executable).with_name("granian")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]

    result = subprocess.run(  # noqa: S603
        [
            str(granian),
            *GRANIAN_OPTIONS,
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "backend.wsgi:application",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode != 0
    assert "set VAR_DIR to a folder this user can write" in result.stderr
    assert "crash loop" in result.stdout
    assert "Traceback" not in result.stderr + result.stdout
