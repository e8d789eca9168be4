"""Running Django as an operator does: a fresh process with a given environment."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Variables the test run itself may carry (CI points DATABASE_URL at PostgreSQL)
# that must not leak into a process meant to use its own database.
_INHERITED_NOT = {
    "DJANGO_SETTINGS_MODULE",
    "DEBUG",
    "SECRET_KEY",
    "DATABASE_URL",
    "REDIS_URL",
    "VAR_DIR",
    "MEDIA_ROOT",
    "STATIC_ROOT",
    "BACKUP_DIR",
}


def django_env(var_dir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _INHERITED_NOT}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "backend.settings.test",
            "VAR_DIR": str(var_dir),
            "MEDIA_ROOT": str(var_dir / "media"),
        }
    )
    env.update(extra)
    return env


def production_env(var_dir: Path, **extra: str) -> dict[str, str]:
    """Production settings: unlike the test settings, they keep MEDIA_ROOT from
    the environment, so that successive processes share one media directory."""
    return django_env(
        var_dir,
        DJANGO_SETTINGS_MODULE="backend.settings.production",
        SECRET_KEY="a-long-random-production-secret-key-" + "x" * 40,
        ALLOWED_HOSTS="cms.hoason.example.vn",
        **extra,
    )


def run(args: list[str], env: dict[str, str], timeout: int = 300, check=True):
    """`python <args>` from the repository root; raises with the output on error."""
    result = subprocess.run(  # noqa: S603
        [sys.executable, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if check and result.returncode != 0:
        raise AssertionError(
            f"{' '.join(args)} exited {result.returncode}\n"
            f"--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"
        )
    return result


def manage(args: list[str], env: dict[str, str], **kwargs):
    return run(["manage.py", *args], env, **kwargs)


def shell(code: str, env: dict[str, str], **kwargs) -> str:
    """Run code in `manage.py shell`; returns the last line it printed."""
    result = manage(["shell", "--no-imports", "-c", code], env, **kwargs)
    return result.stdout.strip().splitlines()[-1]


def copy_database(template: Path, var_dir: Path) -> Path:
    var_dir.mkdir(parents=True, exist_ok=True)
    target = var_dir / "db.sqlite3"
    shutil.copyfile(template, target)
    return target
