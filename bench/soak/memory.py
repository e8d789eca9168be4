"""Each server's memory while the load runs: the RSS and PSS of its granian
main process and every process under it, read from /proc, and how they grew."""

import contextlib
import re
import statistics
import threading
import time
from pathlib import Path

from .. import servers

PROC = Path("/proc")


def status_kb(text: str, field: str) -> int | None:
    """A ``<field>: <n> kB`` line of /proc/<pid>/status or smaps_rollup."""
    match = re.search(rf"^{re.escape(field)}:\s+(\d+) kB$", text, re.MULTILINE)
    return int(match.group(1)) if match else None


def parent_pid(stat_text: str) -> int:
    """The parent's pid from /proc/<pid>/stat. The command name (second
    field) is in parentheses and may hold spaces and parentheses itself."""
    return int(stat_text.rsplit(")", 1)[1].split()[1])


def process_tree(root: int, proc: Path = PROC) -> list[int]:
    """``root`` and every process descended from it (granian's main process
    and its workers), read from the parents recorded in /proc."""
    children: dict[int, list[int]] = {}
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = parent_pid((entry / "stat").read_text())
        except (OSError, IndexError, ValueError):
            continue  # gone since the listing
        children.setdefault(ppid, []).append(int(entry.name))
    tree, pending = [], [root]
    while pending:
        pid = pending.pop()
        tree.append(pid)
        pending.extend(children.get(pid, ()))
    return sorted(tree)


def tree_memory(root: int, proc: Path = PROC) -> dict:
    """RSS and PSS of a process tree, in kB. RSS counts the pages the
    workers share with the master (--preload) once per process; PSS divides
    each shared page among its sharers, so its sum is what the tree takes."""
    rss = pss = 0
    pids = []
    for pid in process_tree(root, proc):
        try:
            status = (proc / str(pid) / "status").read_text()
        except OSError:
            continue
        pids.append(pid)
        rss += status_kb(status, "VmRSS") or 0
        with contextlib.suppress(OSError):
            pss += status_kb((proc / str(pid) / "smaps_rollup").read_text(), "Pss") or 0
    return {"pids": pids, "rss_kb": rss, "pss_kb": pss}


def memory_growth(samples: list[dict], key: str, warmup_until: float) -> dict:
    """Growth of ``key`` (kB) from the first sample after the warm-up to the
    last one, and the least-squares slope over those samples."""
    after = [s for s in samples if s["t"] >= warmup_until and s.get(key)]
    if not after:
        return {"baseline_mb": None, "end_mb": None, "growth_mb": None}
    first, last = after[0][key], after[-1][key]
    slope = None
    if len({s["t"] for s in after}) > 1:
        slope = statistics.linear_regression(
            [s["t"] for s in after], [s[key] for s in after]
        ).slope
    return {
        "baseline_mb": round(first / 1024, 1),
        "end_mb": round(last / 1024, 1),
        "peak_mb": round(max(s[key] for s in after) / 1024, 1),
        "growth_mb": round((last - first) / 1024, 1),
        "growth_pct": round((last - first) / first * 100, 1),
        "slope_mb_per_min": None if slope is None else round(slope * 60 / 1024, 2),
    }


class Sampler(threading.Thread):
    """Every ``interval`` seconds, each server's tree memory and whether its
    master still runs."""

    def __init__(self, group: dict[str, servers.Server], interval: float):
        super().__init__(daemon=True)
        self.group = group
        self.interval = interval
        self.samples: dict[str, list[dict]] = {name: [] for name in group}
        self.died: dict[str, float] = {}
        self.started = time.monotonic()
        self.stopping = threading.Event()

    def take(self) -> None:
        now = round(time.monotonic() - self.started, 1)
        for name, server in self.group.items():
            if server.process.poll() is not None:
                self.died.setdefault(name, now)
                continue
            self.samples[name].append({"t": now, **tree_memory(server.process.pid)})

    def run(self) -> None:
        while not self.stopping.wait(self.interval):
            self.take()

    def stop(self) -> None:
        self.stopping.set()
        self.join()
        self.take()
