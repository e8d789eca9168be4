"""What a real Redis server runs for the code under test, as its MONITOR
command reports it: to count round trips (one command sent by a client is one
round trip; the commands a Lua script runs inside Redis are not)."""

import contextlib
import secrets
from urllib.parse import urlsplit

import redis


@contextlib.contextmanager
def redis_commands(url: str):
    """Yields a list that, once the block ends, holds the commands clients
    sent to the database of ``url`` during the block (scripts' own commands
    left out), each as its words ("EVALSHA …", "GET …"). Other databases of the
    server (other test runs) are left out too."""
    database = int(urlsplit(url).path.strip("/") or 0)
    client = redis.Redis.from_url(url)
    # Connected before the block: its handshake is not counted.
    client.ping()
    marker = f"end-of-block-{secrets.token_hex(8)}"
    seen: list[str] = []
    watcher = redis.Redis.from_url(url)
    monitor = watcher.monitor()
    with monitor:
        yield seen
        # Read up to a command of our own, sent last: no waiting on a clock.
        client.echo(marker)
        while True:
            command = monitor.next_command()
            if command["db"] != database or command["client_type"] == "lua":
                continue
            if marker in command["command"]:
                break
            seen.append(command["command"])
    client.close()
    watcher.close()
