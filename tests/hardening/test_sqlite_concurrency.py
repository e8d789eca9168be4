"""SQLite under concurrent writes, as several gunicorn threads or the admin and
the scheduler produce them: WAL mode, and writers that wait for the lock (busy
timeout, BEGIN IMMEDIATE) instead of failing with "database is locked".

The test database pytest-django gives SQLite is in memory, where none of this
applies, so the writers run in a fresh process on a file database built from
the real settings."""

import json

from tests.hardening.processes import django_env, shell

THREADS = 8
ROUNDS = 40

# Each transaction reads the counter, then writes it back plus one: the read-then-
# write shape of most ORM code (get, change, save). A deferred transaction that
# read before another one committed cannot upgrade to a writer and fails at once
# with "database is locked", busy timeout or not; IMMEDIATE takes the write lock
# at BEGIN, so the others wait their turn, and no increment is lost.
WRITERS = """
import json, os, threading
from django.db import connection, transaction

with connection.cursor() as cursor:
    cursor.execute("PRAGMA journal_mode")
    journal_mode = cursor.fetchone()[0]
    cursor.execute("PRAGMA busy_timeout")
    busy_timeout_ms = cursor.fetchone()[0]
    cursor.execute("CREATE TABLE counter (id INTEGER PRIMARY KEY, n INTEGER)")
    cursor.execute("INSERT INTO counter VALUES (1, 0)")
connection.close()

errors = []
threads, rounds = int(os.environ["THREADS"]), int(os.environ["ROUNDS"])
start = threading.Barrier(threads)

def write():
    start.wait()
    try:
        for _ in range(rounds):
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute("SELECT n FROM counter WHERE id = 1")
                n = cursor.fetchone()[0]
                cursor.execute("UPDATE counter SET n = %s WHERE id = 1", [n + 1])
    except Exception as error:
        errors.append(repr(error))
    finally:
        connection.close()

workers = [threading.Thread(target=write) for _ in range(threads)]
for worker in workers:
    worker.start()
for worker in workers:
    worker.join()
with connection.cursor() as cursor:
    cursor.execute("SELECT n FROM counter WHERE id = 1")
    count = cursor.fetchone()[0]
print(json.dumps({"journal_mode": journal_mode, "busy_timeout_ms": busy_timeout_ms,
                  "errors": errors, "count": count}))
"""


def test_concurrent_writers_wait_instead_of_failing(tmp_path):
    env = django_env(tmp_path, THREADS=str(THREADS), ROUNDS=str(ROUNDS))
    result = json.loads(shell(WRITERS, env))
    assert result["journal_mode"] == "wal"
    # How long a writer waits for the lock before giving up (the retries).
    assert result["busy_timeout_ms"] == 20_000
    assert result["errors"] == []
    assert result["count"] == THREADS * ROUNDS
    assert (tmp_path / "db.sqlite3").exists()
