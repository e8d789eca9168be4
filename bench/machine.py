"""What the numbers were measured on."""

import os
import platform
import re
import shutil
import sqlite3
import subprocess
from importlib import metadata
from pathlib import Path

import psycopg
import redis

from . import config


def _first(pattern: str, text: str) -> str:
    match = re.search(pattern, text, re.MULTILINE)
    return match.group(1).strip() if match else "?"


def _run(*command) -> str:
    try:
        return subprocess.run(
            command, capture_output=True, text=True, timeout=10
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return ""


def load_average() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def describe() -> dict:
    cpuinfo = (
        Path("/proc/cpuinfo").read_text() if Path("/proc/cpuinfo").exists() else ""
    )
    meminfo = (
        Path("/proc/meminfo").read_text() if Path("/proc/meminfo").exists() else ""
    )
    mem_kb = _first(r"^MemTotal:\s+(\d+)", meminfo)
    versions = {
        name: metadata.version(name)
        for name in (
            "Django",
            "wagtail",
            "djangorestframework",
            "gunicorn",
            "granian",
            "whitenoise",
            "Flask",
        )
    }
    versions["Python"] = platform.python_version()
    versions["SQLite"] = sqlite3.sqlite_version
    wrk = shutil.which("wrk")
    versions["wrk"] = _first(r"^wrk (\S+)", _run(wrk, "-v")) if wrk else "missing"
    try:
        with psycopg.connect(
            f"{config.POSTGRES_SERVER}/postgres", connect_timeout=3
        ) as conn:
            versions["PostgreSQL"] = conn.execute("SHOW server_version").fetchone()[0]
    except psycopg.Error:
        versions["PostgreSQL"] = "unreachable"
    try:
        versions["Redis"] = redis.Redis.from_url(config.REDIS_URL).info("server")[
            "redis_version"
        ]
    except redis.RedisError:
        versions["Redis"] = "unreachable"
    return {
        "cpu": _first(r"^model name\s*:\s*(.+)$", cpuinfo),
        "cores": os.cpu_count(),
        "memory_gb": round(int(mem_kb) / 1024 / 1024, 1) if mem_kb.isdigit() else None,
        "kernel": platform.release(),
        "versions": versions,
    }
